/**
 * English confirmshaming outside the polarity frames (en-polarity.ts) and the signals that shame only together
 * (en-signals.ts): the word classes a jab is made of, which the decline grammar also reads as evaluative, and the
 * jabs that need no second signal, as modal and body copy says them.
 */
import type { Shape } from '../pack.js';
import { POLARITY_CLASSES } from './en-polarity-words.js';

export const EN_SHAMING_CLASSES = {
  /** The first person, as a jab puts it in the visitor's mouth: "I don't care about …", "let me give up on …". */
  me: ['i', 'im', 'id', 'ill', 'ive', 'i am', 'i will', 'i would', 'let me'],
  // ── what a decline label may say about the visitor: nothing evaluative ──
  /** Tastes: a decline that states what the visitor likes or hates is about them, not about the offer. */
  taste: ['like', 'love', 'enjoy', 'hate', 'dislike', 'adore', 'detest', 'fan of', 'into', 'care about', 'care for'],
  /** Things of value (shared with the polarity scanner): a decline may not name them ("Skip the savings"). */
  valued: [...POLARITY_CLASSES.good, 'savings', 'perks', 'rewards', 'offer of a lifetime'],
  /** Losses, harms and self-insults (shared with the polarity scanner). */
  loss: ['@harm'],
  /** Boasts and smugness: "my skin is perfect as it is", "I'm rich". */
  smug: [
    ...POLARITY_CLASSES.boast,
    ...POLARITY_CLASSES.rich,
    'fine as it is',
    // the status quo claimed fine, whatever the adjective: "my wardrobe is fine the way it is"
    'the way it is',
    'the way they are',
    'good as it is',
    'perfect as it is',
    'already know',
    'know it all',
    'know everything',
    'too cool',
    'too smart',
    'too good',
  ],
  /** Paying more on purpose: the sarcastic alternative. */
  overpay: [
    'full price',
    'pay more',
    'paying more',
    'retail price',
    'more expensive',
    'the hard way',
    'the old way',
    'by hand',
    'in the dark',
    'out of the loop',
  ],
  /** Worse alternatives and giving up: "I'll settle for less", "Leave the perks behind". */
  worse: [
    'less',
    'worse',
    'nothing',
    'behind',
    'regret',
    'give up',
    'throw away',
    'walk away',
    'settle',
    'suffer',
    'alone',
  ],
  /** Who a jab calls the visitor: "Only quitters …". */
  jabbed: ['quitters', 'losers', 'suckers', 'fools', 'cowards', 'quitter', 'loser', 'amateurs', 'slackers'],
  /** Groups a jab sets the visitor against: "Smart shoppers stay", "Real fans don't miss this". */
  crowd: [
    'shoppers',
    'people',
    'buyers',
    'customers',
    'fans',
    'players',
    'parents',
    'readers',
    'travelers',
    'travellers',
    'owners',
    'cooks',
    'lovers',
    'gardeners',
    'pros',
    'professionals',
    'marketers',
    'learners',
    'investors',
    'savers',
  ],
  /** Other people, in a jab: "others won't hesitate", "smart people say yes". */
  others: ['others', 'everyone else', 'smart people', 'smarter people', 'real', 'losers', 'quitters', 'suckers'],
};

// Jabs in the second and third person, as modal and body copy says them (the first-person frames are read by
// the polarity frames of en-polarity.ts): mocking who says no, giving up on oneself, a loss pinned on the visitor.
export const EN_SHAMING_SHAPES: readonly Shape[] = [
  // "I already know everything", "Saving money isn't for me", "I'll let this deal slip away"
  'i|we|im|ive|id|ill ~3 know ( everything | it all )',
  '@good|@paying|saving ~3 isnt|arent|not for me',
  'let ~3 offer|opportunity|chance|@good ~2 go|slip|sail|pass|expire|fly|float|disappear|walk',
  // a label that is nothing but giving up something of value: "Skip the savings", "Forfeit my perks"
  '^ ( =skip|forfeit|lose|waste|ditch | pass on | give up | throw away ) the|my|your|these|this|those|all? _? @valued $',
  // "Only quitters close this", "Real fans don't miss this"
  'only|real @jabbed',
  'only|real @crowd who|that ~3',
  'real @crowd ( dont|never|wont | do not )',
  // "Smart shoppers stay for the deal"
  'smart|savvy|clever|wise|serious|true @crowd stay|say|choose|know|grab|take|dont|never|always|get|keep',
  // "Cancelling means giving up on your goals", "throw away the progress you made"
  'giving|give up on your|yourself|my',
  'throw|throwing|toss|tossing away your|the|all ~2 progress|savings|rewards|points|work|streak|discount|benefits',
  'saying|say no to free|better|more ~2',
  'youre|you are not|never serious about',
  'clearly you|youre ~4 not',
  'not everyone wants to ~3',
  // jabs that need no second signal: "Don't be the last one …", "Good luck finding better", "… and you say no?"
  '( dont | do not ) be the only|last ~1 one|person|team|shop',
  'good luck ~2 finding|getting better|cheaper',
  '( its | thats | it is | that is ) your loss',
  'and so will your ~2 savings|rewards|points|discount|perks',
  'and you ~2 say|saying no $',
  'if you ( dont | do not ) care about your|the ~3',
  'your ~3 deserves|deserve better',
  'deserves|deserve better than that|this',
  'your future self ~4',
  '<!i will|ll miss you',
  'keep paying too much|more|extra|full',
  'leave|leaving your ~3 behind',
  'you do you',
  'bold move',
  'your savings ~2 too',
  'thats|what a shame|pity $',
  'stuck ~3 with everyone else',
  // "We'll keep the discount for someone smarter"
  'someone|somebody|people else? ( smarter|savvier|wiser|cleverer | more deserving | who cares | who wants to save | who likes saving )',
  // "Only suckers pay full price"
  'only|real? losers|quitters|suckers|cowards|fools|idiots|cheapskates pay|miss|say|skip|decline|give|quit|walk|leave|stop|settle|click|choose|ignore|pass',
  // "I don't care if kids go hungry", "I give up on myself"
  '@me ( dont|never | do not ) really|even? care about|for|if|whether|what|how',
  '@me give|quit|gave up on my|myself|me|the|our',
  // "You'll regret this", "Let them fend for themselves"
  '( youll | you will | youre going to | you are going to ) really|totally|just? regret',
  'fend for themselves|itself|himself|herself|yourselves',
  // "My dog deserves cheaper food" (but "You deserve less stress" is a promise, not a jab)
  '=deserve|deserves ( less|worse|cheaper|cheap|nothing | second best | the bare minimum ) !stress|hassle|worry|pain|fee|waiting|clutter|paperwork|spam',
  // "Porch pirates don't scare me"
  '( dont|doesnt | do|does not ) scare|frighten|worry|bother me $',
  // "Decline offer and pay more"
  'and pay|spend ( more|extra|retail|double | full price | twice as much )',
  // "Are you sure you want to give up your discount?", "Really walk away from the kids?"
  '( are you sure | you sure | really | seriously | youd rather | you would rather ) ~4 ( miss out? on? | give|pass up | turn down | walk away from | lose|forfeit|skip|abandon|leave ) ~3 ( #3 %? off | discount|saving|deal|reward|bonus|perk | free _ | the? kids|children|animals|families )',
];

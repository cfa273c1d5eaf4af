/**
 * English confirmshaming outside the polarity frames (en-polarity.ts) and the signals that shame only together
 * (en-signals.ts): the word classes a jab is made of, which the decline grammar also reads as evaluative, and the
 * jabs that need no second signal, as modal and body copy says them.
 */
import type { Shape } from '../pack.js';
import { POLARITY_CLASSES } from './en-polarity-words.js';
import { EN_DESTROY_NEXT } from './en-signals.js';

export const EN_SHAMING_CLASSES = {
  /** The first person, as a jab puts it in the visitor's mouth: "I don't care about …", "let me give up on …". */
  me: ['i', 'im', 'id', 'ill', 'ive', 'i am', 'i will', 'i would', 'let me'],
  // ── what a decline label may say about the visitor: nothing evaluative ──
  /** Tastes: a decline that states what the visitor likes or hates is about them, not about the offer. */
  // "like" only as a taste with its subject ("I like paying more", "I really like ads"): "I'd like to …", "I would
  // like …" is a wish about what the visitor does next ("Not now, I'd like to compare plans first"), a reason
  taste: [
    'i like',
    'we like',
    'i really like',
    'i actually like',
    'i just like',
    'i quite like',
    'i kinda like',
    'i do like',
    'i dont like',
    'i do not like',
    'dont like',
    'who likes',
    // "love" likewise ("I'd love to, but …" is a reason's wish)
    'i love',
    'we love',
    'i really love',
    'i actually love',
    'i just love',
    'i do love',
    'who loves',
    'enjoy',
    'hate',
    'dislike',
    'adore',
    'detest',
    'fan of',
    'into',
    'care about',
    'care for',
    // the offer told as a chore, the visitor as who shirks it: "No thanks, sounds like work"
    'like work',
    'like effort',
    'like homework',
    'like hard work',
  ],
  /** Things of value (shared with the polarity scanner): a decline may not name them ("Skip the savings"). */
  valued: [...POLARITY_CLASSES.good, 'offer of a lifetime'],
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
    // prices that are too high, named as the visitor's choice: "I'll pay the full whack", "at airport prices"
    'full whack',
    'sticker price',
    'list price',
    'rack rate',
    'top dollar',
    'over the odds',
    'through the nose',
    'airport prices',
    'tourist prices',
    'inflated prices',
    'rip off prices',
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
    'given up',
    'gave up',
    // resigning oneself to luck: "I'll wing it and hope for the best"
    'hope for the best',
    'wing it',
    'wing my', // "I'll just wing my taxes"
    'cross my fingers',
    'take my chances',
    'living dangerously', // "I don't need protection, I like living dangerously"
    'live dangerously',
    'wing the',
    // the worst place to be, chosen: "stay at the back of the line", "the last to know", "in the slow lane"
    'back of the line',
    'back of the queue',
    'slow lane',
    'stone age',
    'dark ages',
    'last to know',
    'last to hear',
    'last to find out',
    'comfort zone',
    'plain old',
  ],
  /** Who a jab calls the visitor: "Only quitters …". */
  jabbed: [
    'suckers',
    'fools',
    'cowards',
    'quitter',
    'loser',
    'amateurs',
    'slackers',
    'idiots',
    'cheapskates',
    'flake',
    'freeloader',
    // the stock figures of fun a jab casts the visitor as: "like a true procrastinator", "Don't be a grinch"
    'procrastinator',
    'grinch',
    'scrooge',
    'miser',
    'skinflint',
    'tightwad',
    'penny pincher',
    'luddite',
    'caveman',
    'dinosaur',
    'couch potato',
    'slacker',
    'sloth',
    'ostrich',
    'chicken',
    'party pooper',
    'killjoy',
    'wet blanket',
    'hermit',
    'pauper',
    'peasant',
  ],
  /** Whom the visitor lets down, in guilt: "Don't let your teammates down" (not "let your hair|guard down"). */
  letDown: [
    '@dependants',
    '@crowd',
    'them',
    'him',
    'her',
    'everyone',
    'club',
    'side',
    'friend',
    'teammate',
    'colleague',
  ],
  /** Who promises not to let anyone down: "We won't let you down", "Boots that never let your team down". */
  promiser: ['we', 'never', 'wont', 'will not', 'not'],
  /** Airs a jab asks the visitor whether they put on: "Too proud for a discount?" (not "Too busy for a call?"). */
  aloof: ['proud', 'fancy', 'posh', 'cool', 'smart', 'important', 'grown up'],
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
    // whom a norm is pinned on, singular (the suffixes read the plural): "Real gamers don't quit", "A true supporter …"
    'gamer',
    'supporter',
    'member',
    'athlete',
    'runner',
    'student',
    'driver',
    'founder',
    'creator',
    'volunteer',
  ],
  /** Joining, as a question about not doing it names it: "Not upgrading?" (base forms; the suffixes read "-ing"). */
  joining: ['subscribe', 'join', 'upgrade', 'renew', 'donate', 'buy', 'protect', 'insure'],
  /** Who the visitor is cast as, the odd one out: "Don't be that parent who …", "the only one on your street without …" */
  oddOne: [
    'one',
    'person',
    'people',
    'guy',
    'parent',
    'friend',
    'member',
    'customer',
    'household',
    'family',
    'team',
    'company',
  ],
  /** Vices pinned on the visitor: "Don't let your laziness …" (not fear or doubt: "Don't let fear of the dentist stop you"). */
  vice: ['laziness', 'procrastination', 'stubbornness', 'indecision', 'inertia', 'complacency', 'apathy'],
  /** Who depends on the visitor, in guilt: "We'll tell the dog you said no", "Leave your family without cover". */
  // (session 13: the visitor's circle at work, told of the refusal: "We'll let your coworkers know you weren't interested")
  dependants: [
    '@cherished',
    'team',
    'staff',
    'employee',
    'customer',
    'client',
    'user',
    'puppy',
    'kitten',
    'plant',
    'coworker',
    'colleague',
    'teammate',
    'boss',
  ],
  /** Chores and nuisances, as a sarcastic "enjoy …" wishes them on the visitor: "Hope you like paying for repairs". */
  chore: [
    'pay',
    'wait',
    'search',
    'fix',
    'replace',
    'type',
    'lose',
    'read',
    'scroll',
    'guess',
    'queue',
    'buffering',
    'spam',
    'ads',
    'mess',
    'lag',
    'fees',
  ],
  /** Where no one keeps a valuable: the absurd alternative of a decline. */
  oddPlace: ['mattress', 'sock', 'jar', 'shoebox', 'notebook', 'sticky', 'fridge', 'post it', 'biscuit tin'],
  /** What a comparison opens: "better than the last one" names no stock. */
  comparedTo: ['than the', 'than my', 'than your', 'than our', 'like the'],
  /** The elite of a crowd by its quality, as a jab sets the visitor against it: "Successful teams …", "Real pros …" (not a
   * rank: "Top brands choose Acme", "Leading companies use us" are a customer base told, social proof). */
  elite: [
    'successful',
    'serious',
    'real',
    'true',
    'ambitious',
    'elite',
    'discerning',
    'high performing',
    'forward thinking',
    'smart',
    'smarter',
    'savvy',
    'savvier',
    'clever',
    'wise',
  ],
  /** Crowds of a trade beyond `@crowd` and `@crowdCounted`, as an elite is named: "Serious writers upgrade". */
  eliteCrowd: [
    'writer',
    'designer',
    'leader',
    'entrepreneur',
    'seller',
    'trader',
    'coach',
    'photographer',
    'artist',
    'engineer',
    'manager',
    'executive',
    'recruiter',
    'freelancer',
    'agent',
    'team',
  ],
  /** What a protection upsell covers, left exposed in a fear appeal: "Your car is not protected". */
  coveredThing: [
    'car',
    'bag',
    'bags',
    'luggage',
    'home',
    'house',
    'trip',
    'phone',
    'device',
    'laptop',
    'parcel',
    'package',
    'order',
    'purchase',
    'vehicle',
    'belongings',
    'items',
    'booking',
    'holiday',
    'flight',
    'pet',
    'family',
    'tv',
    'appliance',
  ],
  /** What a member has earned and a retention screen says they lose (session 13): rewards, status, a locked price. */
  rewardThing: [
    '@valued',
    'status',
    'streak',
    'tier',
    'points',
    'perks',
    'rewards',
    'savings',
    'badge',
    'price lock',
    'locked price',
    'locked in price',
    'locked rate',
    'founder pricing',
    'founding member rate',
    'founding member price',
    'member price',
    'member rate',
    'early bird rate',
    'legacy pricing',
    'loyalty status',
    // a place kept for the visitor (session 14): "Leaving now means losing your spot in line"
    'spot in line',
    'place in line',
    'spot in the queue',
    'place in the queue',
  ],
  /** A destructive action confirmed after "are you sure" (en-signals.ts). */
  destroyNext: EN_DESTROY_NEXT,
  /** The visitor's competitors, as loss-aversion copy pins on them what the visitor's delay hands over (singular base
   * forms: the suffixes read "competitors", "rivals"). */
  rival: ['competitor', 'competition', 'rival', 'someone else', 'somebody else', 'the other guys'],
  /** What a business loses to a rival: customers, the call, the sale. */
  customersOf: [
    'customer',
    'client',
    'lead',
    'sale',
    'deal',
    'business',
    'patient',
    'booking',
    'job',
    'call',
    'order',
    'buyer',
    'guest',
    'follower',
    'subscriber',
    'conversion',
    'revenue',
    'market share',
  ],
  /** Other people, in a jab: "others won't hesitate", "smart people say yes". */
  others: ['others', 'everyone else', 'smart people', 'smarter people', 'real', 'losers', 'quitters', 'suckers'],
};

// Jabs in the second and third person, as modal and body copy says them (the first-person frames are read by
// the polarity frames of en-polarity.ts): mocking who says no, giving up on oneself, a loss pinned on the visitor.
export const EN_SHAMING_SHAPES: readonly Shape[] = [
  // "I already know everything", "Saving money isn't for me", "I'll let this deal slip away"
  // (not "I already know how this works": a reason to skip a tour)
  'i|we|im|ive|id|ill ~3 know ~3 ( everything | it all )',
  '@good|@paying|saving ~3 isnt|arent|not for me',
  'let ~3 offer|opportunity|chance|@good|@owned ~2 go|slip|sail|pass|expire|fly|float|disappear|walk|lapse|reset',
  // those who depend on a gift left to do without: "Let the kids go without books", "let the dogs wait"
  'let ~2 @cherished ~4 go|do|stay|fend|wait|starve|suffer|freeze',
  // a valued thing one holds allowed to lapse: "My welcome credit can lapse", "my points may as well expire"
  '^ my ~2 @owned|@good ~1 can|may|will|might ~3 lapse|expire|reset|go|vanish|disappear',
  // a freebie given up (not the free tier of a product: "Skip the free trial", "Continue on the free plan")
  '( without | lose | forfeit | skip | give up | turn down | throw away | ditch | pass on ) ~1 my|the|your|this|a? free !@freeTier',
  // a value dismissed as not one's thing (not "Newsletters aren't my thing": a channel, a taste)
  '@good|@valued|@paying|saving ~3 ( isnt | arent | is not | are not ) ~1 really|so? my thing|style|cup',
  '( im | i am ) allergic to ~1 @good|@valued',
  // a fatalistic tail: "what could go wrong", "I trust my luck"
  'what could|can possibly? go wrong',
  '( trust | rely on | count on ) my luck',
  // a label that is nothing but giving up something of value: "Skip the savings", "Forfeit my perks"
  '^ ( =skip|forfeit|lose|waste|ditch | pass on | give up | throw away ) the|my|your|these|this|those|all? _? @valued $',
  // a good asked back as a taste (session 13): "Not a fan of saving money?", "Not a fan of discounts, huh?" (not "Not a
  // fan of email? Get updates by text": a channel)
  '^ not a ~1 fan of ~2 ( @valued | saving | free _ )',
  // "Only quitters close this", "Real fans don't miss this"
  'only|real @jabbed',
  'only|real @crowd who|that ~3',
  // a harm as the word for who says no (session 12): "Only lazy marketers ignore their analytics" (the harm class, not
  // a list of insults)
  '^ only @harm @crowd',
  // the visitor's preference for a harm, told back to them (the polarity frames read the first person): "So you'd
  // rather keep wasting hours?", "You'd prefer to stay disorganised?" (not "If you'd rather not …", "If you'd rather take
  // it slow, pick the 8-week plan": no going on as before)
  '( youd | you would ) rather|prefer to? ( keep | stay | go on | continue | remain | be ) ~3 @harm',
  '( youd | you would ) rather|prefer to? ( overpay | pay more | pay full price | waste | lose | struggle | suffer | miss out | fall behind )',
  // the cost of saying no asked or counted back (session 12, realdark): "How much time do you want to waste without …?",
  // "Every day you wait is another $300 in lost revenue" (not "How much time do you want to spend on setup?")
  '^ how much ~2 ( do | will | would ) you ~1 ( want to )? ( waste | lose | throw away )',
  '^ every day|week|month|hour|minute you ( wait | delay | hesitate | put it off ) ~4 lost|lose|losing|another|costs|cost',
  // the dismissive idiom: "… but it's your funeral"
  '( its | it is | thats | that is ) your funeral',
  // someone disappointed in the visitor: "Your cat will be so disappointed in you" (not "… disappointed in your order")
  '( disappointed | ashamed ) ( in | of ) you',
  // the better life given up: "You're giving up on a better night's sleep" (not "Give up your seat")
  '( give | giving | gave ) up on a|the better|healthier|happier|easier|calmer|richer|safer',
  'real|true @crowd ( dont|never|wont|wouldnt|cant | do not | would never )',
  // the jabbed label pinned on whoever says no: "Nobody likes a flake", "Don't be a quitter"
  '( nobody | no one ) likes|respects ~1 a|an @jabbed',
  '( dont | never ) be ~1 a|an|that @jabbed',
  // the visitor likened to one: "Refuse the gift like a grinch", "Ignore this like a true procrastinator"
  'like a|an true|real|proper|total|typical|complete|right|total? @jabbed',
  // living in the past, as a jab dates the visitor: "Keep working like it's 1999"
  'like ( its | it is ) ~1 #',
  // "Smart shoppers stay for the deal"
  'smart|savvy|clever|wise|serious|true @crowd stay|say|choose|know|grab|take|dont|never|always|get|keep',
  // what the elite of a crowd does, by itself (session 13): the paradigm @elite (successful, serious, real, savvy,
  // high-performing, …) + any crowd (teams, founders, writers, brands) + a habit (never|don't|always|already| use|
  // choose|upgrade|invest|settle): "Successful teams don't settle for spreadsheets", "Real pros use Premium", "Serious
  // writers upgrade", "Ambitious founders never guess" (not "Top brands choose Acme", "The best traders don't rush — they analyse": praise of
  // the visitor's pause, no habit the visitor lacks; not "Successful payment", "Top teams this week: …", a
  // leaderboard; "Real estate agents use our CRM")
  '^ the? @elite @crowd|@crowdCounted|@eliteCrowd ( already | always | never | dont | do not | wont | would never )? ( use | choose | pick | upgrade | invest | settle | guess | wait | stay | switch | know )',
  // "Cancelling means giving up on your goals", "throw away the progress you made"
  'give up on your|yourself|my',
  'throw|toss away your|the|all ~2 ( progress | work | benefits | @rewardThing )',
  // …or everything the visitor made, as what the no means: "Cancelling means throwing away everything you built" (not
  // a delete dialog's "Throw away all you saved?")
  '( throwing | tossing ) away everything|all you ~2 built|made|created|earned|achieved|saved',
  'say no to free|better|more ~2',
  'youre|you are not|never serious about',
  'clearly you|youre ~4 not',
  'not everyone wants to ~3',
  // jabs that need no second signal: "Don't be the last one …", "Good luck finding better", "… and you say no?"
  '( dont | do not ) be the only|last ~1 one|person|team|shop',
  'good luck ~2 finding|getting better|cheaper',
  '( its | thats | it is | that is ) your loss',
  'and so will your ~2 ( @rewardThing | free _ )',
  'and you ~2 say no $',
  'if you ( dont | do not ) care about your|the ~3',
  'your ~3 deserve better',
  'deserve better than that|this',
  'your future self ~4',
  '<!i will|ll miss you',
  'keep paying too much|more|extra|full',
  // a harm called the visitor's choice: "Closing this means you've chosen to keep overpaying", "you chose to pay more"
  '( chosen | choosing | chose ) to ( keep | go on | continue | stay )? ~1 ( @harm | paying more | pay more )',
  'leave your ~3 behind',
  'you do you',
  // leaving said as a choice about oneself: "If you go now, you're telling your team they can wait", "Saying no to
  // this is saying no to your future"
  'if you ~4 ,? you? youre|are telling|saying|admitting|deciding|choosing|turning',
  'saying|turning|walking|giving ~4 is|means saying|turning|giving|walking ~3 your|yourself',
  // the odd one out: "Don't be that parent who …", "Will you be the one who lets …", "the only one without …"
  'dont|not|never be that|the ~2 @oddOne ~4 who|that|still|without',
  'will you be the ~1 @oddOne who|that ~1 let|skip|say|walk|miss|leave|ignore|refuse|decline|doesnt|didnt|never|turn|give',
  'be|become the only ~1 @oddOne ~5 without|still|never',
  // an insult by comparison: "we thought you were smarter", "you're better than that"
  'thought|expected|figured|assumed ~1 you ~1 were|are|be smarter|wiser|cleverer|savvier|better',
  '( youre | you are | you were ) better|smarter|wiser than that|this $',
  // a rhetorical question that the visitor does not care or want a good: "Do you even like saving time?"
  'do ~2 even want|like|care|matter|love|value',
  'do|did you ~1 not care',
  // a vice pinned on the visitor: "Don't let your laziness win"
  'dont|not|never let ~2 @vice',
  'your ~1 @vice !proof|free',
  // regret as the fate of who says no: "Most who cancel regret it", "You'll wish you had stayed"
  'who ~1 _ ~4 regret',
  '( youll | you will ) wish you|youd ~1 said|stay|join|upgrade|sign|buy|order|keep|listen|subscribe',
  // a dependant told of the refusal or left without a good: "We'll tell the dog you said no"
  'tell|let ~2 @dependants ~2 you said|pass|decline|left|chose|didnt|walk|gave|werent|wasnt|arent',
  'leave|left your|my|our|the ~1 @dependants ~1 without|unprotected|exposed|alone|stranded|hungry|vulnerable',
  // a sarcastic regret or wish: "It's a pity you don't want …", "Good luck sorting it out by yourself"
  'shame|pity ~1 you ~1 dont|not|wont want|care|like|be|join',
  'good luck ~5 yourself|alone|own|without',
  // a self-label: "I'm not the planning type"
  '( im | i am ) not a|an|the ~2 type|kind|sort',
  // a dependant given worse, a valuable kept badly: "my kids can wear last year's shoes", "cash under the mattress"
  'my|our _ can|will|should|could|must ~1 eat|wear|drink|use|have ~2 ( cheap | cheaper | last years | leftovers | nothing | scraps | whatever )',
  'keep|store|hide|stash|write ~3 money|savings|cash|passwords|valuables ~3 @oddPlace',
  'bold move',
  'your savings ~2 too',
  'thats|what a shame|pity $',
  'stuck ~4 with everyone else',
  // the worst place to be, foretold: "you'll be the last to know", "stuck in the slow lane" (not the opt-in "Don't be the
  // last to know: turn on …")
  '( youll | you will | youre | you are ) ~2 the last to ( know | hear | find out )',
  '( stuck | left ) in the slow lane',
  // a good waved goodbye: "Bye, cheap flights 👋", "Goodbye free shipping"
  '^ ( bye | goodbye | bye bye | farewell | so long | adios ) ,? ( ~1 @valued | cheap|free|cheaper|lower|extra|bonus _ )',
  // "We'll keep the discount for someone smarter"
  'someone|somebody|people else? ( smarter|savvier|wiser|cleverer | more deserving | who cares | who wants to save | who likes saving )',
  // "I don't care if kids go hungry", "I give up on myself"
  '@me ( dont|never | do not ) really|even? care about|for|if|whether|what|how',
  '@me give|quit|gave up on my|myself|me|the|our',
  // "You'll regret this", "Let them fend for themselves"
  '( youll | you will | youre going to | you are going to ) really|totally|just? regret !nothing', // not "You'll regret nothing: 60-day returns"
  'fend for themselves|itself|himself|herself|yourselves',
  // "My dog deserves cheaper food" (but "You deserve less stress" is a promise, not a jab)
  '=deserve|deserves ( less|worse|cheaper|cheap|nothing | second best | the bare minimum ) !stress|hassle|worry|pain|fee|waiting|clutter|paperwork|spam',
  // "Porch pirates don't scare me"
  '( dont|doesnt | do not ) scare|frighten|worry|bother me $',
  // "Decline offer and pay more"
  'and pay|spend ( more|extra|retail|double | full price | twice as much )',
];

/**
 * English judgements (DeclineGrammar `judgements`, read with `openReasons`, engine decline-open.ts): what makes the
 * visitor's own words in a decline label a jab. With open reasons any clause of the visitor's own words passes
 * ("Cancel — the timing is wrong for us", "the gym closed", "money is tight", "two people left the team": bad news
 * reported as the cause passes), unless it says one of these. Each is a construction a jab is made of, not a phrase of
 * one: a good left to others, a failing pinned on oneself, a harm chosen or accepted, a liking for something bad, a
 * gift given back, someone undeserving, a basic good not needed, a boast, a sarcasm marker. A harm word alone never
 * judges here; each shape carries its frame. Examples are this file's own; probes in
 * test/core/copy/packs/judgement-families.ts and decline-judgements.test.ts.
 */
import type { Shape } from '../pack.js';

export const EN_JUDGEMENT_CLASSES = {
  /** Bad things one may say one likes or prefers, sarcastically: "I'd rather get spam", "queues are fun". */
  badThing: [
    'spam',
    'ads',
    'clutter',
    'crash',
    'fee',
    'chaos',
    'queue',
    'lag',
    'bug',
    'typo',
    'junk',
    'mess',
    'delay',
    'paperwork',
    'error',
    'headache',
    'rust',
    'burnt',
    'traffic jam',
    // nuisances and drudgery a decline may prefer only as a jab (session 13): "I'm fine with popups", "I prefer cold
    // calling", "I'd rather stick with guesswork"
    'popup',
    'pop up',
    'pop ups',
    'interruption',
    'buffering',
    'robocall',
    'cold calling',
    'cold calls',
    'guesswork',
    'trial and error',
    'manual data entry',
  ],
  /** What takes a bad thing away, between a want and it: "I'd like to avoid the fee", "I want fewer ads". */
  takeAway: [
    'pay',
    'avoid',
    'skip',
    'remove',
    'cancel',
    'stop',
    'reduce',
    'lower',
    'cut',
    'no',
    'fewer',
    'less',
    'without',
    'fix',
    'report',
    'block',
    'waive',
    'not',
    'dont',
  ],
  /** Praise, as sarcasm gives it to a bad thing: "typos make me charming", "cold showers build character". */
  praise: [
    'fun',
    'charming',
    'character',
    'adventure',
    'exciting',
    'hobby',
    'cosy',
    'cozy',
    'relaxing',
    'thrill',
    'jam',
  ],
  /** Who harms the visitor, welcomed: "hackers can have my data". */
  villain: ['hacker', 'thief', 'thieves', 'scammer', 'burglar', 'spammer', 'criminal'],
  /** Caring for a dependant or a good, left to itself or to others. */
  care: ['look after', 'take care of', 'fend for', 'cope', 'survive', 'save', 'help', 'learn'],
  /** Giving up what one has, in the visitor's own words: "ditch my points", "throw away my progress". */
  renounce: ['forfeit', 'give up', 'throw away', 'ditch', 'wipe', 'abandon'],
  /** Goods a visitor improves by, given up for good: "I'm done learning". */
  bettering: ['learn', 'improve', 'grow', 'try', 'get better', 'get fit', 'progress', 'read'],
  /** Basic goods a visitor cannot seriously not need: "I don't need to understand my own money". */
  basicGood: ['understand', 'know', 'learn', 'protect', 'improve', 'check'],
  /** The passwords everyone knows are weak, named as the visitor's own. */
  weakPassword: ['password123', 'password1', 'qwerty', 'letmein', 'abc123'],
  /** What one goes on paying for nothing: "I'll keep paying ATM fees", "carry on getting charged interest". */
  charges: [
    'fees',
    'charges',
    'interest',
    'penalties',
    'surcharges',
    'commission',
    'markups',
    'overdraft',
    'over the odds',
    'through the nose',
    'twice',
    'double',
  ],
  /** How a harm grows when it is let be: "let the bills pile up", "let the weeds take over". */
  growWorse: ['pile up', 'stack up', 'mount up', 'build up', 'get worse', 'spiral', 'fester', 'take over', 'go unpaid'],
  /** Shared goods a jab has the visitor disown: "the planet's not my problem". */
  sharedGood: [
    'planet',
    'environment',
    'climate',
    'earth',
    'ocean',
    'wildlife',
    'animals',
    'future',
    'kids',
    'children',
  ],
  /** Goods nobody seriously does without, said not needed: "I don't need a pay rise", "who needs sleep". */
  basicNeed: ['pay rise', 'raise', 'promotion', 'money', 'sleep', 'friends', 'a life', 'a social life', 'a holiday'],
  /** What a good is called when a jab makes it a chore: "saving money sounds exhausting". */
  burden: ['exhausting', 'tiring', 'tedious', 'boring', 'like hard work', 'like too much work', 'like a chore'],
  /** Boasts about what is the visitor's: "my password is strong enough as it is". */
  boastWord: ['strong', 'safe', 'secure', 'healthy', 'smart', 'fit', 'fast'],
};

/** Defects of a thing the visitor puts up with: "a lumpy mattress", "squeaky floorboards", "my cracked screen". */
const DEFECT =
  'lumpy|squeaky|cracked|broken|leaky|leaking|dripping|rusty|burnt|stale|soggy|mouldy|moldy|wobbly|creaky|blurry|holes|frayed|torn|cold|lukewarm|flat|dead|clogged|noisy';

/** The defects that stay defects whatever is kept: not "flat" (a flat rate), "cold" (cold drinks), "dead". */
const KEPT_DEFECT =
  'risky|weak|lumpy|squeaky|cracked|broken|leaky|leaking|dripping|rusty|stale|soggy|mouldy|moldy|wobbly|creaky|blurry|frayed|torn|lukewarm|clogged';

export const EN_JUDGEMENTS: readonly Shape[] = [
  // 00. going on with the chore by oneself, the worse alternative (session 13): "I'll keep reminding them myself", "I'll
  // carry on tracking it by hand", "I'll just keep doing it manually" (not "I'll set it up myself": no going on)
  '( keep | keep on | go on | carry on ) _ ~3!for ( myself | manually | by hand | on my own | by myself )',
  // 0. the page's verdict on the refusal, a word ending the label or its parenthesis (session 13): "Continue without
  // protection (risky!)", "Skip — risky", "No cover, reckless" (not the visitor's own reason: "Not now, it's too
  // risky for me", "Not now, seems risky", "too risky an investment")
  '<!too|is|s|its|seems|sounds|looks|feels|be|bit|little|quite|rather ( risky | reckless | unwise ) $',
  // 1. a good left to others or to itself: "someone else can save the whales", "other people will help", "the
  // shelter will manage without me", "my plants can look after themselves", "healthy habits are for other people"
  // (not "someone else on my team decides": what others are left is a good deed or the visitor's own share)
  '( other people | others ) ~2 can|will|could|should',
  '( someone | somebody ) else? can|will|should|could ~1 save|help|feed|rescue|care|support|donate|give|protect|grab|take|have|enjoy',
  '@care ~3 ( itself | themselves | on their|its own | without me|us )',
  '( look | looks ) after itself|themselves',
  'survive|last ( another | one more ) winter|year|summer|season',
  '( is | are ) for ( other people | others | everyone else | someone else )',
  // 2. a failing or trait the visitor pins on themself: "I'm used to losing", "numbers were never my thing", "I don't
  // take my health seriously", "I'm done improving", "I'll trust my luck"
  'used to ~2 @loss|@lossState|@badThing|disappointment|being',
  '( im | i am ) ~1 used to ~2 disappointment|losing|failing|overpaying|paying more|being',
  'never ~1 my ( thing | strength | forte | strong suit )',
  // …a basic skill told as not one's thing, or as still to be learned, or a habit of self-improvement disowned (session
  // 12): "maths isn't my thing", "once I learn to budget", "I don't read anyway" (not "Newsletters aren't my thing": a
  // channel; not "I don't drive anyway": a reason)
  '( maths | math | numbers | money | budgeting | reading | spelling | writing | cooking | planning | saving | fitness | exercise | tech | technology ) ( isnt | arent | is not | are not ) ~1 my ( thing | strength | forte | strong suit )',
  '( once | when | until | after ) ( i | ive | i have ) ~1 ( learn | learned | learnt ) ( to | how to ) ( budget | save | cook | read | spell | count | plan | manage money | use a computer )',
  '( i | we ) ( dont | never | do not ) ~1 ( read | learn | exercise | study | save ) anyway',
  'done|finished|through with? ~1 @bettering',
  '( im | i am ) done ~1 learning|growing|improving|trying|caring|saving',
  'not ready|generous|brave|caring enough? to ~1 be? @valued|help|care|give',
  '( dont | do not ) take ~3 seriously',
  'trust my memory|luck|gut|instincts',
  '( i | ill ) trust every|all|any ~1 hacker|scammer',
  'ever being|becoming fluent|fit|healthy|rich|organised|organized|better',
  // 3. a harm chosen or a bad consequence accepted: "let my garden die", "and probably get fined", "my roof can stay
  // leaky", "become a stranger", "I'll eat instant noodles again" (not "let my trial end", "let my membership expire":
  // a term allowed to end is the grammar's own; not "my team can stay on Basic")
  'let ~3 ( fall apart | fall behind | fall to pieces | go to waste )',
  'let ~3 rust|rot|die|drop|slide|suffer|decay|crumble|wither|fade|break|starve|wilt|sink|fail|spoil|mould|mold|leak|flood|freeze|overheat ( apart | down )?',
  // …a pet or a toddler doing the visitor's grown-up job, the absurd alternative (session 13): "my cat can do my
  // bookkeeping", "my toddler will handle the taxes" (not "my dog can't wear it", "my kids will use it at school")
  '( my | our ) ( cat | dog | hamster | toddler | parrot | goldfish | pet | baby | puppy | kitten ) ( can | will | could | should ) ( do | handle | manage | run | file | write | fix | sort | take care of | look after ) my|our|the',
  // …the visitor unseen or passed over, as a career or a business is (session 13): "keep me invisible to recruiters",
  // "I'm happy being invisible online", "I'll just keep getting rejected" (not "Keep my profile invisible": a privacy
  // setting, the profile's; nor "my application was rejected": news)
  '( keep | leave ) me ( invisible | unnoticed | overlooked | ignored | hidden from )',
  '( being | stay | staying | remain | remaining ) ( invisible | unnoticed | overlooked | ignored ) ( to | online | $ )',
  '( keep | keeps | keeping ) getting ( rejected | ignored | ghosted | turned down | passed over | overlooked )',
  // …or the old way gone back to: "I'll go back to paper", "back to pen and paper" (not "I'll go back to the shop")
  '( go | going | head | heading )? back to ( spreadsheets | paper | pen and paper | square one | the old way | doing it manually | doing it by hand )',
  // a harm let grow: "I'll let the bills pile up", "let the weeds take over"
  'let ~3 @growWorse',
  // going on paying for nothing: "I'll keep paying ATM fees", "carry on being charged interest"
  '( keep | continue | go on | carry on ) ( paying | being charged | getting charged ) ~2 @charges',
  // a harm joined to the refusal: "Keep my old plan and run out of data", "… and fall behind"
  'and|then ~1 ( run out of | fall behind | get left behind | go without | fall apart )',
  // a good left to do itself: "my garden can water itself", "the kids can raise themselves" (not an update)
  'can|will|could !update|renew|sync|install|reset|refresh|restart|restore|back _ itself|themselves',
  // hours lost on purpose: "I'll stand in the queue for an hour instead"
  '( stand | wait | sit | queue ) ~3 for ~1 hour|hours|ages|forever',
  // a harm to one's data welcomed: "I want my data sold to the highest bidder"
  '( want | like | happy | fine | okay | ok | rather | prefer ) ~1 my ~2 data|details|information|identity|passwords ~3 sold|leaked|stolen|hacked|exposed',
  'highest bidder',
  'my|our|the ~3 can|may|will stay|remain|keep !on|in|with|at|where|as|private|local|offline|the|my',
  'can|may ~1 stay|remain !on|with|in|at|as|subscribed|put|where|here|the|my|a|an',
  'and keep|continue ~3 @badThing',
  // a nuisance suffered on: "I'll keep seeing ads", "carry on getting spam" (not "keep receiving the newsletter")
  '( keep | continue | go on | carry on ) ~1 ( seeing | getting | receiving | dealing with | putting up with | living with ) ~2 @badThing',
  'leave|let ~5 unused|untouched|unclaimed',
  'clearly|obviously ~2 mistake',
  'become|stay|remain a|an? stranger|nobody|beginner|amateur|dinosaur|ordinary',
  'count me out of ~2 @valued',
  '( and | or ) probably',
  '( eat | eating ) ~3 again $',
  // putting up with a defect as the reason: "I sleep fine on a lumpy mattress", "I'm used to cold showers", "I'll
  // manage with my cracked screen" (not "my laptop is broken": a reason)
  `( fine | comfortable | happy | okay | ok | manage | cope | live | make do | used to | stick with | still have | still has ) ~4 ${DEFECT}`,
  // …or kept, liked or wanted so: "I'd like to keep my cracked screen" (not "Keep my flat rate": a flat is no defect there)
  `( keep | like | want | prefer ) ~4 ${KEPT_DEFECT}`,
  // a cost kept high on purpose: "I'd like to keep my energy bills high"
  '( keep | like | want ) ~3 bills|costs|fees|premiums|prices|rates ~1 high|rising|sky',
  // a sarcastic "as if": "like I need more savings"
  '^ ( like | as if ) i|we ( need | want | care )',
  '( im | i am ) ~1 good|fine|happy|okay|ok ~1 paying|overpaying|losing|wasting|missing',
  // 4. a liking or preference for something bad, a good called overrated, frightening or not for the visitor: "I'd
  // rather get spam", "I'm fine with clutter", "queues are fun", "comfort is overrated", "fresh vegetables scare me",
  // "cheap flights are not for me", "who needs a tidy inbox", "free stuff makes me nervous"
  '( rather | prefer | fine | happy | okay | ok | good | comfortable | stick with | stay with ) ~4 @badThing',
  // …or liked or wanted, when nothing between takes it away: "I'd like my inbox full of spam" (not "I'd like to avoid the fee")
  '( like | love | want ) ~3!@takeAway @badThing',
  '@badThing|@loss ~3 @praise',
  'overrated|overhyped|overvalued',
  '( scare | scares | frighten | frightens | terrify | terrifies ) me',
  'cheap|free|good|fresh|healthy|fast|great|better ~2 ( is | are ) ~1 not for me',
  'who needs',
  'make me ~1 anxious|nervous|charming|suspicious|tougher|stronger|interesting',
  'build character',
  // 5. a gift given back: "Ditch my loyalty points", "Remove my free upgrade", "Forfeit my welcome credit", "and then
  // throw away my progress" (not "Cancel my free trial", "Keep my free plan"; not a gift: "Stop my monthly gift")
  'and|then @renounce',
  'my ~1 free|welcome|bonus|loyalty|reward|birthday|anniversary|founder|early !trial|trials|plan|account|version|tier|tools|edition',
  'my # % ~2 credit|discount|off|bonus|voucher|coupon',
  '^ ( ditch | forfeit | surrender | sacrifice | throw away | give back | hand back | waive ) my',
  '( wipe | erase | lose | delete | throw away ) ~2 # years|months of',
  // 6. someone undeserving: "my kids don't deserve …", "hackers can have my data", "the dog can wait"
  'deserve',
  '@villain ~3 can|will|may ~1 have|take|get',
  'can|may ( have | take | keep ) my ~2 data|money|savings|details|identity|password',
  '@dependants ~2 can|will ~1 wait|suffer|starve|struggle',
  // 7. not needing a basic good, or a boast: "I don't need to understand my own money", "my password is strong
  // enough as it is", "my kitchen is already a masterpiece"
  '( dont | do not | never ) ~1 need to ~2 @basicGood',
  '( dont | do not ) need to ~1 understand|know|learn|improve|grow|care',
  '( dont | do not | never ) need ( a | any | more )? @basicNeed',
  // a shared good disowned: "the planet's not my problem"
  '@sharedGood ~2 ( not | isnt | is not | arent | are not ) ~1 my problem|concern|business|responsibility',
  // a good made a chore: "saving money sounds exhausting"
  'saving|@valued ~3 sounds|seems|looks|feels ~1 @burden',
  '@boastWord enough $',
  'already ~2 ( a work of art | a masterpiece | perfect | flawless )',
  // 8. sarcasm markers that turn a reason into a jab: "as always"; a later that mocks the wait ("(when it costs
  // twice as much)", "(if there's still a later)", "(it won't be)"); paying more on purpose ("I'll pay the full 40")
  'as|like always',
  'when|once|if it cost double|twice|more',
  'cost double|twice',
  'if ( theres | there is ) still',
  'if|when ~3 still ~3 by then|later $',
  '( it wont | it will not ) be $',
  'pay the full|whole ~1 #',
  // a joke at one's own expense after the reason: "my screen is unbreakable (famous last words)", "(probably)"
  'famous last words',
  'wish me luck',
  'how hard can it be',
  'said no one ever',
  '( fingers crossed | touch wood | knock on wood )',
  '( whats | what is ) the worst that could happen',
  'probably $',
  // a weak password kept as the visitor's own: "I'd like my password to stay password123", "qwerty works for me"
  '@weakPassword',
];

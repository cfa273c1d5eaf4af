/**
 * English signals of a jab that shame only together (pack.ts ShamingSignal, shaming-signals.ts): two families
 * in one text are confirmshaming; one alone is ordinary copy ("Are you sure you want to cancel?").
 */
import type { Shape, SignalFamily } from '../pack.js';

/** After "are you sure", "do you really": a destructive action the visitor asked for, confirmed before it is done
 * ("Are you sure you want to delete this project? It will be lost forever"): its loss is the plain consequence, no
 * stay (session 13). A phrase of the class counts after `!`. */
const DESTROY = [
  'delete',
  'remove',
  'erase',
  'discard',
  'wipe',
  'clear',
  'reset',
  'destroy',
  'purge',
  'permanently delete',
];
export const EN_DESTROY_NEXT = DESTROY.flatMap((verb) => [
  verb,
  `want to ${verb}`,
  `you want to ${verb}`,
  `wish to ${verb}`,
  `you wish to ${verb}`,
]);

/** Verbs of the visitor's no, as an act: what a refusal named in body copy does. */
const SAY_NO = '( cancel|decline|unsubscribe|leave|skip|quit|refuse|reject|downgrade | opt out | say no | walk away )';

export const EN_SIGNALS: Readonly<Record<SignalFamily, readonly Shape[]>> = {
  // the visitor's no named as an act (shaming-signals.ts: only with a family that judges, never with a loss or a
  // stay: "By cancelling, you lose access to your files" is an honest dialog)
  refusal: [
    '( by | before | after | when ) =cancelling|canceling|declining|unsubscribing|leaving|skipping|quitting|refusing|downgrading|opting',
    `( before | if | when | once ) you ~1 ${SAY_NO}`,
    '^ =cancelling|canceling|declining|unsubscribing|skipping|quitting|refusing|downgrading ~3 means|is|will|would|tells',
    '^ ( turning | switching ) off|down ~3 means|is|will|would',
    'say no to this|that|us|it|them|her|him',
    'turn ~2 down',
    // the visitor's no told back as a plain act: "You'll just scroll past?", "So you're walking away"
    '( you | youll | you will | youre | you are ) ~1 just ~1 scroll|walk|click|swipe|close ~1 past|away|by|off|it',
    '( you | youre | you are ) ~1 walking away',
    // the no dated to the moment, or told back as a harm's cause: "the moment you unsubscribe", "because you clicked away"
    `the moment you ~1 ${SAY_NO}`,
    'because you ~1 clicked|closed|walked|turned away|off|this',
  ],
  // a rhetorical question about the visitor's leaving or saying no
  stay: [
    '^ leaving|going|quitting|cancelling|canceling|unsubscribing|downgrading|closing ~2 $',
    // a question that names the refusal itself: "Skipping the warranty?", "Not upgrading?"
    '^ skipping|declining|refusing|ditching|rejecting|ignoring|dropping ~3 $',
    '^ ( turning | passing ) ~2 down|on|up ~2 $',
    '^ not @joining ~3 $',
    '^ ( already | so soon ) ~2 $',
    '^ really|seriously|sure $',
    '( are you | you | youre | you are ) really|sure|seriously !@destroyNext',
    'still want to !@destroyNext',
    'not ready to',
    'and you ~2 say no',
    '( dont | wont | do not | will not ) you $',
    'you ~1 ( giving up | give up )',
    'you ~1 say no $',
    '^ wait $',
    // (session 14) "Really want to miss out …?", a tag question ("…, do you?"), the visitor asked to follow others
    // ("Your competitors already use it. Are you?", "… Neither should you.", "Why should you?")
    '^ really|seriously ( want | wanna )',
    ', ( do | would | will | are | can | dont | wont | arent ) you $',
    '^ ( are | do | have | will | did ) you ( too | yet )? $',
    '( neither | nor ) should|do|would|will you $',
    'why should you $',
    '^ ( hold on | hold up | hang on ) $',
    // "Still thinking?", "After all this time?" (not "After all these years, we're still family-owned")
    '^ still thinking|deciding|unsure $',
    '^ after all ( this time | these years ) $',
    // a prophecy of the return: "You'll be back." (not "You'll be back online shortly")
    '( youll | you will ) be back $',
    // not "sorry/sad to see you go": a polite goodbye before the facts of a cancellation
    '( dont go | so soon | already leaving | giving up already | walking away )',
    // "Before you go: …" opening the modal, not an invitation's tail ("See your first results before you go", realdark)
    '^ before you go',
    '( youre | you are ) leaving|going|quitting ~1 us?',
    '^ oh no',
    '( shame | pity ) to quit|leave|go|stop',
    'still not convinced',
    '( sure you want to | you sure you want to ) !@destroyNext',
    // a rhetorical question about bearing it: "Can you live with that?"
    '( can | could ) you live with that|this|it',
    'is that really what you want',
    // "What will you choose?" after what others chose, "Still saying no?"
    '^ what will you choose $',
    'still saying no',
  ],
  // what the visitor loses, pinned on them
  loss: [
    // the visitor's things told as lost (session 14: not any "your <good>": "Hold on! Your discount code is ready" and
    // "Your family deserves a safe home" are an exit pop-up's offer and an ad's line; German reads it so too)
    'your ~4 @owned|@valued ~3 gone|lost|expire|disappear|vanish|wasted|forfeit|void|lapse|reset|unused|unclaimed|survive',
    '( lose | losing | lost | forfeit | forfeiting | miss | missing | give up | giving up | throw away | leave behind ) ~3 @owned|@valued|@rewardThing',
    'let ~4 @valued ~2 go|pass|slip|expire',
    '( saying no | say no ) to|on ~2 @valued',
    'pay full price',
    'pay more|extra|double|twice',
    // (not '# % off': a discount named is the offer, not a loss pinned on the visitor: "Wait! Here's 15% off your first
    // order", "Before you go, grab 10% off" are the exit pop-up's honest half, as de-signals.ts says of "20 % Rabatt")
    // a sum or a business's custom told as lost (session 14): "$230 lost every single day", "lost revenue", "money
    // walking out the door"
    '# ~1 lost|wasted',
    'lost|missed|wasted @customersOf|income|profit|opportunities',
    'walking|walks|going|flying|slipping out the door',
    'lose|losing|lost ~2 # % of',
    // a loss made final
    'gone|lost|disappear|vanish ~2 ( forever | for good )',
    'never get ~2 back',
    // (not a bare "you will lose": "You will lose access to this organization" is a confirmation's plain consequence)
    '( miss out | missing out | left on the table )',
    // leaving with nothing, the exit pop-up's loss: "Don't leave empty-handed", "Walking away with nothing?"
    '( leave | leaving | go | going | walk away | walking away ) ~1 ( empty handed | with nothing )',
    'never see ~3 again',
    '( on the table | could have had | missing every | missing all | miss every )',
    'leave|losing ~3 money|savings|cash|points|rewards',
    // leaving without the offer, paying too much (session 14): "You're leaving without your 15% off", "You're paying too much"
    '( leaving | leave | going | go | walk away | walking away | checking out ) without ( your | my ) ~2 ( @valued | % | free | @rewardThing )',
    '( paying | pay | spending | spend ) too much',
    // (not a file's: "Are you sure you don't want to save your changes?")
    'dont|not want to save !your|changes|the|this|it|my|draft|work|progress|file|files|document|before',
    'stay|remain uninformed|behind|stuck|exposed|unprotected',
    // …or any harm the visitor stays in or falls into (session 12, the harm class): "Your inbox will stay a mess",
    // "Choose to stay average?", "falling behind"
    '( stay | stays | remain | remains | fall | falling | fell ) a|an? @harm',
    // what pays for the visitor's no: "Your garden will pay the price"
    '( will | would | going to ) pay the price',
    // the no told as a bet, or as walking past a sum: "Leaving without cover is a gamble", "… from saving $300"
    '( is | s ) a gamble',
    // (after what passes it by: "SAVE10", a code, reads "save 10")
    '<from|without|not|skip|skipping|miss|missing ( saving | save ) # !%',
    // the visitor about to lose it, or going on with a harm (session 12, realdark): "Wait! You're about to miss
    // unlocking your pipeline", "Are you really going to keep guessing …?"
    '( youre | you are ) about to ( miss | lose | give up | forfeit | throw away | walk away )',
    '( keep | keeps | keeping | go on | continue ) @harm',
    // the old ways kept, or being left behind: "Fine, keep your old habits", "Nobody wants to be left behind"
    '( keep | stick with | stay with ) your|the|those old ~1 habits|ways|routine|routines|methods',
    'left behind',
    'back to being ~1 @harm', // "Back to being disorganised?" (not "back to your old plan")
    // doing it the hard way, as the visitor's fate: "Keep fixing it by hand"
    '( by hand | the hard|slow|old|long way )',
    'go back to ( spreadsheets | paper | pen | square one )', // "Your team will have to go back to spreadsheets"
    'start ( over | from scratch )',
    // the progress walked away from: "you were finally getting good"

    'you|youd could have',
    // the loss timed to hurt: "right when you were getting better"
    '( right | just ) when you were|youre',
    'regret',
  ],
  // what others, smarter or more caring, do
  others: [
    'smart|savvy|clever|wise|serious|real|true|smartest|savviest|wisest|cleverest @crowd',
    // …or any of the crowd's elite (session 13): "Successful teams never …", "Top founders already …"
    '@elite @crowd|@crowdCounted',
    // what most of a crowd chose, against the visitor's no: "Most of our readers chose to stay informed"
    '( most | many | all ) of our|the ~1 @crowd ~2 chose|choose|stay|stayed|keep|kept|already',
    '( everyone | everybody ) else',
    'the rest of us|them',
    // "The rest of your class already enrolled", "most successful people invest in themselves"
    'the rest of your ~1 class|team|friends|group|cohort|colleagues|family ~2 already|have|upgraded|joined|enrolled|signed',
    'most|all successful|smart|savvy|serious|clever @crowd',
    // (not a competitor-analysis tool's own copy: "See how your competitors win customers", "Track what your rivals
    // charge", "Beat your competitors")
    '<!how|what|see|track|monitor|analyse|analyze|compare|watch|spy|beat|outrank|outsell|outsmart your competitors|rivals',
    // friends and neighbours as a comparison, not as whom to tell: "Tell your friends and both get 10% off"
    'your neighbours|neighbors|friends ~2 already|all|are|have',
    'people like you',
    'others give|donate|pay ~2 more',
    '( pros | professionals | experts ) never|dont ~1 work|go',
    'most people|@crowd ~1 regret|would|say|choose', // not "nobody likes overpaying: shipping is free"
    'the only one ~3 still|who|that',
    'those|people|anyone who ~2 care|love|value|want|think',
    // a crowd that does what the visitor will not: "Thousands of readers keep this paper going"
    // "All your colleagues already switched" (not "All your friends can join for free")
    'all your friends|colleagues|neighbours|peers ~1 already|have|switched|upgraded|joined',
    '( thousands | millions | hundreds ) of ~2 readers|supporters|members|donors|listeners|viewers|people ~2 keep|help|support|fund|give|chose|choose',
  ],
  // sarcasm and shrugs
  mock: [
    'good luck ~2 finding|searching|with',
    'have fun ~2 paying|searching|finding',
    '( have it your way | suit yourself | as you wish | your call | your loss | bold move | you do you )',
    // a shrug at the no (session 12): "That's on you", "It's your funeral", "Go ahead, leave", "Cancel if you must",
    // "Feeling lucky?"
    '( thats | that is | its | it is ) on you $',
    '^ go ahead ,? leave|cancel|quit|go|close',
    'leave|cancel|quit|go|close|unsubscribe if you must',
    '^ feeling lucky',
    // "So that's it?", "Of course, you could just …", "… but here you are"
    '^ so ,? ( thats | that is ) it $',
    '^ of course ,? you could|can',
    '( but | and yet ) here you are',
    '^ fine|ok|okay|alright then? $',
    'what|thats|such a shame|pity',
    'well be here when',
    '( oh well | too bad | fair enough | bold choice | your loss | we get it | looks like you | guess you | guess youre | guess youd )',
    // a sarcastic wish after the refusal: "Enjoy the buffering", "Hope you like paying for repairs"
    // (what is enjoyed is a chore or a nuisance, never an offer: "Enjoy 10% off" is ordinary copy)
    '^ ( enjoy | hope you ~1 enjoy|like|love | have fun ) ~2 @chore',
    '^ wow|awkward $',
    // a backhanded remark on the progress walked away from: "you were just starting to get good"
    'you were ~3 get good|better|somewhere',
    '^ your choice|call $',
    '^ hmm',
    // a pitying sound or a knowing "so you …": "Aww, quitting already?", "Oh. So you don't …"
    '^ aw|aww|tsk',
    '^ oh dear',
    '^ oh|ah .|,? so you',
    '^ good luck $',
    // hope for the visitor's luck, a wince at their choice (session 14): "Let's hope your luck holds", "Ouch."
    'hope ~2 luck holds|lasts',
    '^ ouch|yikes|oof $',
    'and you know it $',
    // a hard truth, the lecturing voice before the visitor's loss or neglect: "Here's the brutal truth: …"
    'the|a brutal|painful|uncomfortable|hard|harsh|ugly|cold|sad truth',
    'less than a|one ~3 coffee|latte', // "Really? It's less than a cup of coffee a week."
    // a sarcastic aside after the jab: "Just saying.", "Asking for a friend.", "Your $0 has been noted."
    '( just saying | asking for a friend | has been noted | have been noted | duly noted )',
  ],
  // who suffers or is disappointed
  dependant: [
    'your|their|his|her ~1 family|kids|children|pets|dog|cat|planet|loved !plan|plans|account|sharing|pack|size|membership|bundle|tier|room', // not "your family plan" (a product); not "team": "everyone else on your team" is SaaS copy
    'your ~3 will|would miss you',
    'your ~3 miss you',
    'your ~3 will|would be sad|lonely|heartbroken',
    'your ~3 ( is going to | are going to ) miss you',
    'your ~3 deserve',
    'future self',
    'disappointed|heartbroken|crushed',
    'counting on you',
    'your cart|basket|wishlist ~3 lonely|sad',
    // a thing or a third party given feelings by the visitor's no: "your basket will feel abandoned"
    'will|would|wont ~1 feel|be|look|get|seem ~1 ( abandoned | lonely | neglected | forgotten | unloved | betrayed | heartbroken | hurt | let down )',
    '( is | are | feels | feel | looks ) ~1 abandoned|lonely|neglected|unloved|betrayed|heartbroken',
    // the people who lose the visitor: "the volunteers lose your support", "leave your team stuck"
    // (not "you lose your protection", "you'll miss your gift": the visitor's own loss, as cancelling cover says it)
    '<!you|will|would|youll|youd|to lose|miss your ~1 support|help|backing|donation|gift|generosity|kindness|protection|care',
    'leave your|the|them|our ~3 stuck|stranded|hanging|alone|behind',
    'notice too',
    'will|would notice the difference',
    'rely|depend on you',
    // the visitor's things left exposed (session 13): "Your car is not protected", "Your bags are uninsured", "Your home
    // stays at risk" (with another family only: "Your account is not protected by 2FA. Turn it on." is a setting's nudge)
    // (the things a protection upsell covers, not an account's security: "Your account is not protected by 2FA")
    'your ~1 @coveredThing ( is | are | remain | remains | stay | stays | will be ) ( still | currently )? ( unprotected | not protected | uninsured | not insured | not covered | exposed | at risk | vulnerable )',
    // pity for the visitor's things: "Your poor files will be stuck" (not "your little one", a baby)
    'your poor|lonely ~2 will|wont|are|is',
    // those who go without, and the guilt trip that names them: "Think of the kids who won't get a meal"
    '^ think of the|those ~1 @dependants',
    '@dependants who|that wont|cant|never get|eat',
    '@dependants ~2 go|went without|hungry',
    // the cause that fails without the visitor: "If you don't give, the shelter closes its doors"
    '( if | unless ) you ~4 ,? the|our ~3 ( go dark | close its|their doors | go hungry )',
  ],
  // the visitor cast as not caring
  careless: [
    'dont|didnt|not ~1 care about|for',
    'not serious about',
    'take ~3 seriously',
    'let ~1 laziness|fear|doubt win',
    'not|isnt|arent that|so important to you',
    'dont ~1 like good',
    '( dont you | who doesnt | who wouldnt ) want|love|like|care',
    'guess you|youd|youre',
    // "do you just not care?"
    'do|did you ~1 not care',
    '( thought you cared | not everyone cares | you cared )',
    'fine|ok|happy ( paying | with paying )',
    // a harm accepted (session 12, the harm class): "Are you really okay with falling behind?" (with another family only)
    '( okay | ok | fine | happy | comfortable | content ) with ~2 @harm',
    // "You chose not to.", "Shame."
    '^ you ( chose | decided ) not to $',
    // an excuse asked back, a good not wanted: "Too busy to save money?", "Don't want to be the smartest person …?",
    // "Are you sure you don't want to grow?" (one family alone: "Too busy to cook? Try our meal kits")
    '^ too busy|lazy|scared|tired|proud to',
    // (not "save": "Are you sure you don't want to save your changes?" is every editor's dialog)
    '^ ( dont | do not ) want to ( be | get | have | grow | learn | look | feel )',
    '( dont | do not ) want to ~2!save|saving|keep @good',
    '^ ( shame | pity | such a shame | what a pity ) $',
    // the visitor told what their no says about them: "you've stopped caring", "their work doesn't matter"
    '( stopped | stop | stopping | quit ) caring',
    '( doesnt | dont | does not | do not | didnt ) matter ( ~2 to you | $ )',
    '( isnt | is not | arent | are not ) for everyone',
    'not everyone is|wants ~1 ready|willing|able',
    '( brave | bold | heartless | cold | tough ) enough to',
    // the visitor's excuse asked for, their neglect told back (session 14): "What's your excuse?", "… and you ignored
    // them", "They left because you were slow"
    '( whats | what is ) your excuse',
    'you ignored|ignore them|it|their|this',
    'because you were|are ~1 slow|late|absent|unavailable|offline|busy',
    'only a|an fool|idiot|amateur',
    // a harm let happen to who depends on the visitor: "Don't let them go without" (not "Don't let your plants die
    // while you're away", a product's promise: the dependant is named, not a pronoun)
    '( dont | do not ) let them|it ( wither | wilt | die | starve | suffer | go without | go hungry )',
  ],
};

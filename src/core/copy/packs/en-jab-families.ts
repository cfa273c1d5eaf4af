/**
 * English confirmshaming in copy of no role by FAMILY: the jabs body and modal copy make at the visitor who says no,
 * described from the language, not from the rows of any batch. Probes of each family, dark and honest, are in
 * test/core/copy/packs/jab-families.ts. Spread into the pack's `confirmshaming.shapes`.
 */
import type { Shape } from '../pack.js';

/** Saying no, as the subject of a sentence: "Skipping this …", "Saying no …", "Turning this down …". */
const SAYING_NO =
  '( =skipping|declining|cancelling|canceling|closing|leaving|unsubscribing|quitting | saying|clicking no | turning ~1 down | opting out | going without )';

export const EN_JAB_FAMILIES: readonly Shape[] = [
  // ── saying no framed as a verdict on the visitor or a harm to those who depend on it ──
  // "Skipping this means you're fine with slower growth", "Declining means you accept …"
  // (not "Cancelling means your access ends …", "Declining means we store no cookies")
  `${SAYING_NO} ~3 means ( youre | you are | you ) ~1 fine|okay|ok|happy|content|accept|choose|prefer`,
  // "Saying no tells your customers their time isn't worth it" (not "… tells us to stop")
  `${SAYING_NO} ~3 tells|telling your|the ~2 they|their|them`,
  // "Cancelling today hurts the small farms we work with"
  `${SAYING_NO} ~3 hurts|harms|abandons|punishes|betrays`,
  // "Closing this won't make your money worries disappear" (not "… does not cancel your order")
  `${SAYING_NO} ~3 ( wont | will not | doesnt | does not ) make ~4 go|disappear|vanish|better`,
  // "… is how people miss the things that matter"
  `${SAYING_NO} ~3 is how ~3 miss|lose|fall|end`,
  // "If you leave now, a shelter cat waits another winter" (not "If you leave now, your answers are saved")
  '( if | when | once ) you ~1 leave|close|cancel|decline|skip|go ~3 ,? a|an|one|the|our|some|another ~2 @cherished ~2 waits|goes|stays|suffers|starves|loses|misses|cries|sleeps',

  // ── a loved one, a pet or a future self who would have said yes, or who will notice ──
  // "Even your dog would have said yes", "Your kids would have picked the bigger box" (not "… would have arrived")
  '( even | your ) ~2 ( would have | wouldve ) ~1 ( said yes | taken | picked | wanted | loved | grabbed | chosen | clicked | signed | bought )',
  // "She will definitely notice"
  'will|would ( definitely | surely | certainly | totally | absolutely ) ( notice | mind | be disappointed )',

  // ── an identity challenge or a disappointment ──
  // "Are you a true fan or not?" (not "Are you a new or returning customer?")
  '^ are you a|an real|true|proper',
  // "Are you really that cold?"
  '^ are you ~1 that|so cold|cheap|stingy|selfish|heartless|lazy|scared',
  // "Honestly, we expected more from you"
  'we|i expected|hoped for? more from you',
  // "That's not the savvy shopper we know"
  '( thats | that is ) not the ~3 we know|knew',
  // "Unlike you, our members keep growing" (not "Unlike paper tickets, …")
  '^ unlike you ,',

  // ── a sarcastic send-off after the refusal, as the answer to its own question ──
  // "Going without the warranty? Bold. Very bold.", "No upgrade? Okay then, enjoy the lag.", "Leaving? Brave choice."
  // (not "No upgrade? You can change plans anytime", "Leaving? Your basket is saved.")
  '( giving up | going without | leaving | cancelling | canceling | skipping | no ) ~5 . ( sure | okay|ok|fine then | well ,? good luck | good luck | bold|brave|interesting|risky ( choice | move | decision )? ) $',

  // ── the relationship invoked against leaving ──
  // "After everything we've done for you?", "After all we have been through" (not "After everything is set up")
  'after everything|all ( weve | we have | we ve )? ( done | been through )',
  // "Walking away after 6 years together?" (not "Thanks for 6 years together")
  '( walking away | leaving | quitting | cancelling | canceling | going ) ~2 after # ~1 years|months together',
  // "You are about to erase 4 years of memories" (not "Download 2 years of invoices")
  '( erase | erases | erasing | abandon | abandons | abandoning | throw away | throws away | throwing away ) # ~1 years|months of ~1 memories|moments|progress|work',
  // "… your badges and your dignity"
  'your dignity|pride $',
  // "You're about to turn your back on the people who …": the visitor's no as abandoning someone
  '( turn | turning | turned | turns ) your back on',

  // ── those counting on the visitor, or condescension about what they can afford or value ──
  // "Not everyone can afford to look after themselves" (not "Not everyone can attend in person")
  'not everyone can afford to ~3 themselves|yourself',
  'not everyone values|appreciates ~1 quality|themselves|health|their',
  // "Don't let your stinginess win"
  '( dont | do not ) let your ~1 cheapness|stinginess|laziness|fear|doubts|excuses win',
  // "… come crawling back", "… called us to beg for it", "… admit we were right"
  '( come | comes | coming | came ) crawling|begging back',
  'beg for it',
  'admit we were right',

  // ── the visitor's no as quitting or as wasting what they built ──
  // "… because you gave up", "you give up so easily" (not "Give up your seat for someone who needs it")
  '( because | since | now that ) you ~1 ( gave up | give up | quit | stopped )',
  '( give | gave ) up so ~1 easily|quickly|soon',
  // "throwing away everything you built", "wasting your whole trial" (not "Throw away the packaging")
  'throw|waste away? everything|all you|youve|you have ~1 built|made|done|learned|achieved',
  '( wasting | waste | wastes ) your whole|entire|full',
  // "You were so close to finally …" (the progress walked away from)
  '( you were | youre | you are ) so close to ~1 finally',
  // ── the odd one out, left behind ──
  // "Everyone on your team upgraded except you", "… the last to know"
  '( everyone | everybody | all ) ~5 except|but you $',
  'the last to know|find out|hear',
  // "Hackers love easy targets like you"
  'easy target|prey',
  // "The animals were counting on you" (a disappointment, past: not "We're counting on your feedback")
  '( were | was | had been ) counting on you',
  // "… because of this click", "… won't get a meal because of you"
  'because of this|your click|choice|decision',
  // "Founders who take growth seriously upgrade", "the kind of person who finishes things"
  'who take ~3 seriously',
  'the kind|sort|type of person|people who',
  '( thought you cared | we thought you | i thought you ) ~2 cared|were|would|wanted|valued|meant',
  '^ your loss $',
  '^ interesting|bold|brave choice $',
  '( chosen | choose | choosing | decided ) to keep overpaying|paying more|wasting|losing',

  // ── letting people down: the visitor as the one who fails those counting on them ──
  // "Don't let your teammates down", "… letting the whole community down" (not "We won't let you down", "let your
  // hair|guard down", "Boots that never let your team down": a promise; "let them down gently": a rejection template)
  '<!@promiser let ~2 @letDown down !gently|easy',

  // ── disbelief and mock pity at the refusal ──
  // "Too proud for a discount?" (not "Too busy for a call?", "Too cool for school": a slogan)
  '^ too @aloof for !school',
  // "We're shocked you'd skip this" (not "You'll be surprised how quickly it arrives")
  'surprised|shocked ~2 you|youd ~2 pass|skip|turn|walk|miss|decline|leave',
  // "You obviously don't need our help" (not "You clearly marked this as a gift")
  '( you | youre ) clearly|obviously dont|arent|cant|not',
  // a sarcastic wish to cope alone: "Hope you remember it all yourself" (not "We hope you enjoy exploring on your own")
  'hope you ~2 remember|manage|cope|sort|figure ~4 yourself|alone|own',
  'good luck remembering|managing|coping|sorting|figuring',

  // ── who goes without because the visitor said no ──
  // "Without you, these puppies won't survive the winter" (not "Without you, we couldn't have planted 10,000 trees")
  'without you|your ~3 ,? ~6 not|wont|cant|cannot|never ( survive | make it | eat | get through )',
  // …or what stays shut or goes without (session 12): "Without you, the library stays closed on Sundays" (not "Without
  // you, none of this would be possible")
  '^ without you|your ~2 ,? ~5 ( stays | stay | remain | remains | goes | go ) closed|empty|dark|hungry|silent|unfunded|quiet',
  // "Without your support, Max will spend another winter in the kennel"
  '^ without you|your ~2 ,? ~5 ( spend | face | go through | endure | wait ) ( another | one more )',
  // the counterfactual good of a gift not given: "Your donation could have fed a child for a week" (not "This could
  // have been an email", "You could have saved $20 with the annual plan": a price's fact)
  '( could | would ) have ( fed | sheltered | rescued | protected | clothed | vaccinated | educated )',
  // the no foretold as a mistake: "People who cancel usually come back" (not "Members who cancel can come back anytime")
  'who ~1 cancel|leave|quit|unsubscribe|go ~3 ( usually | always | often | eventually | all | soon ) come back',
  '( youll | you will ) never know how good|much|far',
  // the visitor told they are not made for it: "Some people just aren't meant to be fit"
  '( some people | not everyone ) ( just | simply )? ( arent | isnt | are not | is not ) ( meant | cut out | made ) for|to',
  // "Not everyone is ready to take their health seriously" (not "Not everyone is able to attend, so we record it")
  'not everyone is|wants ~1 ready|willing to ~3 ( seriously | invest | commit | grow | improve | change | succeed )',
  // "You were this close." (not "You were this close to the venue")
  '^ ( you were | you came ) ( this | so ) close $',
  // "You clearly have better things to do than save"
  '( you | youve ) clearly|obviously ( have | got ) better things',

  // ── saying no as choosing failure, or as a demotion ──
  // "Skipping this is choosing to fail" (not "Choosing annual billing means paying once a year")
  'is|means choosing|deciding to ( fall behind | fail | lose | settle | give up | stay stuck|behind )',
  // "… you'll be just another ordinary member" (not "You'll be charged just another $5")
  '( youll | you will | youre ) ~1 be just|only another ~1 @crowd|customer|user|face|number',

  // ── condescending consolation ──
  // "Not everyone can follow through" (not "Not everyone can attend in person, so we stream it")
  'not everyone can ( commit | stick | follow through | persevere | see it through )',
  // "No worries, not everyone can keep up" (not "Not everyone can keep up with the news, so we send a digest")
  '( no worries | its|thats ok|okay|fine ) ,? not everyone can ( keep up | cope )',

  // ── the effort or the memories lost, told as a lament ──
  // "All that hard work, wasted" (not "All that effort pays off", "All your progress is saved")
  '^ all that|this ~1 work|effort|progress ,? ( gone | wasted | lost | for nothing | down the drain | thrown away )',
  // "Months of memories will disappear" (not "Years of photos are deleted after 30 days": a plain warning)
  'years|months of ~1 memories|moments ~3 ,? ~2 gone|lost|disappear|vanish|erased',
  // "Your team loses everything you built together"
  'lose everything|all ( you | youve | weve ) ~1 built|made together',

  // ── the visitor's delay or absence handing customers to a rival (session 13: SaaS, agency and lead-gen copy): "While
  // you wait, your competitor closes the deal", "While you're reading this, your competitors are getting found",
  // "Every day without a website, your competitor gets the call", "… is a day your competitor wins", "You're losing
  // customers to competitors", "you hand those customers to someone else", "Customers go to the competition", "Will they answer — or message your competitor?",
  // "… and you're not", "The longer you wait, the harder it is to catch up". Not a competitor-analysis tool's own
  // copy ("See how your competitors win customers", "Find out why you're losing customers to competitors", "Compare us
  // with our competitors", "While you wait, check our blog"), nor a contest ("Go to the competition page") ──
  '^ while you|youre ( wait | waiting | read | reading | think | thinking | decide | deciding | sleep | sleeping | hesitate | hesitating | scroll | scrolling | are waiting | are reading | are deciding | are thinking ) ~3 ,? ( ~1 @rival | others ~1 already | everyone else )',
  '^ every day|week|month|hour|night ( without | you wait | you dont | you do not | you delay | you hesitate ) ~5 ,? ~4 ( your | a )? @rival',
  // (the visitor's loss told to them, not a diagnosis offered: "Find out why you're losing customers to competitors")
  '<!why|how|if|whether|where|what|see ( youre | you are | you re | you | youll | you will ) ~1 ( losing | lose | hand | handing | give | giving | send | sending ) ~2 @customersOf ~2 to ( your | the | a )? @rival',
  '@customersOf|they ~3 ( go | goes | going | went | turn | switch | message | call | buy from ) to? ( your | a ) @rival',
  '@customersOf|they ~6 ( go | goes | going | went | turn | switch ) to the competition',
  '( your | a ) @rival ( gets | get | takes | steals | grabs | lands | books | wins ) the|your|those ~1 @customersOf',
  '( day | week | month ) ( your | a ) @rival ( wins | gets ahead | pulls ahead )',
  '( your | the ) @rival ~8 ( and | but | while ) ( youre not | you are not | you arent | you re not | you dont | you do not )',
  'or will they ( find | go to | call | message | buy from | choose | pick | switch to ) ( someone | somebody | your | a | the )',
  'the longer you wait|delay|hesitate ,? the ( harder | further | more | worse | bigger | less ) ~4 ( catch up | behind | lose | losing | lost | cost | costs | miss )',
  // ── the exit pop-up's "don't leave without …" (session 13): leave|go|walk away|check out (yet|now) without a thing of
  // value or its cover: "Don't leave without your free gift", "Don't go without your 10% off", "Don't leave without
  // protection", "Do not check out without your discount" (not "Don't leave without saving!", "Don't leave without your
  // boarding pass", "Don't leave home without it") ──
  '( dont | do not ) ( leave | go | walk away | check out | head out ) ( yet | now | just yet )? without ( your | my | the | this | a | an )? ( free | exclusive | special | extra | welcome )? ( @valued | protection | cover | coverage | insurance | # % )',
  // ── the thing left behind made sad, by itself (session 13): your cart, plants, pet or inbox sad, lonely or heartbroken
  // without the visitor, or missing them: "Your plants will be sad without you", "Your cart feels lonely", "Your cart
  // misses you" (not "Your dog will love these treats", "We'll miss you": the shop's own goodbye; nor "Your cart is
  // saved") ──
  'your ~3 ( will | would | is | are | feels | feel | looks | look | gets | get | is going to | are going to ) ~1 be? ~1 ( sad | lonely | heartbroken | devastated | upset | abandoned | neglected | forgotten | unloved ) ( without you | $ )',
  'your ~1 ( cart | basket | bag | wishlist | plants | garden | pet | dog | cat | inbox | closet | wardrobe | items | stuff ) ( will | would | is going to )? ~1 ( misses | miss ) you',
  // ── giving up, asked back (session 13): "Giving up already?", "Quitting so soon?", "Throwing in the towel?" (not
  // "Giving up smoking? We can help": an object follows) ──
  '^ ( giving up | quitting | throwing in the towel | calling it quits ) ( already | so soon | now | just like that )? $',
  // ── the visitor's things waved goodbye (session 13): "Say goodbye to your exclusive perks", "Kiss your 20% off goodbye"
  // (not "Say goodbye to messy spreadsheets", a product's promise: a harm waved off) ──
  '( say | wave | kiss ) ( goodbye | bye ) to ~1 your|those|these|all ~2 @valued',
  'kiss your ~3 ( @valued | % off ) ~1 goodbye',
  // ── the visitor's own things left exposed, told as a fear (session 13): "Unprotected — this is risky", "No cover?
  // That's a gamble" (not "Unprotected branches can be pushed to", a setting) ──
  '( unprotected | uninsured | not protected | not covered | no protection | no cover | without cover ) ,? ~2 ( this is | thats | that is | its | it is | s ) ~1 ( risky | a risk | dangerous | a gamble | reckless )',
  '( without | no ) ~1 ( protection | cover | coverage | insurance ) ,? ( risky | reckless | dangerous | unwise ) $', // "… (risky!)"
  // ── the retention screen pinning the member's earned things on the leaver (session 13): what they'll miss, what
  // saying no means, what they are about to lose: "Think of all the savings you'll miss", "Cancelling now means losing
  // your loyalty status", "Leaving means no more free deliveries", "Wait — you're about to lose 2,400 points", "… lose
  // everything you've worked for" (not "Cancelling means losing access to Pro features", "You're about to lose unsaved
  // changes", "You are about to lose access to this workspace": access and data are a plain consequence) ──
  '@rewardThing ( youll | you will | youd | you would | youre going to | you are going to ) ~1 ( miss | lose | give up | leave behind | forfeit | walk away from )',
  `${SAYING_NO} ~3 means ( losing | giving up | forfeiting | throwing away | saying goodbye to | leaving behind | no more ) ~2 ( @rewardThing | free _ )`,
  '( youre | you are ) about to ( lose | forfeit | give up | throw away | miss out on | walk away from ) ~2 ( # | your | all ) ~2 @rewardThing',
  '( lose | losing | give up | giving up | throw away | throwing away ) everything|all ( youve | you have | you ) ~1 worked|fought|saved|waited for',
  // those who rely on the visitor, named to keep them (session 13): "Think about the people who rely on you", "Without
  // you, our community won't be the same" (not "Think about who needs access, then invite them")
  '^ think ( of | about ) ( the | those | your ) ~2 ( @dependants | people | ones ) who|that ( rely | depend | count | need you )',
  '^ without you ,? ~4 ( wont | will not | isnt | is not | wouldnt | would not ) be the same',
  // ── the effort thrown away, the old way gone back to, what people like the visitor do (session 13): "Quitting now
  // would be a shame after all your hard work", "All that hard work, down the drain", "You'll go back to doing
  // everything manually", "Most people in your position choose to stay", "Don't want to grow your business?" (not
  // "All your hard work is saved automatically", "You can always go back to doing it manually") ──
  '( shame | waste | pity ) ~4 after all ( your | that | this ) ~1 ( hard work | effort | progress | work )',
  'all ( your | that | this ) hard work ~3 ( wasted | lost | gone | for nothing | down the drain )',
  '<!can|could|always|may ( go | going ) back to doing ~3 ( manually | by hand | yourself | the hard way | the old way )',
  'most ~1 ( people | members | customers | users | parents | owners ) ( in your position | like you | in your shoes | in your situation ) ~2 ( stay | choose | keep | decide | upgrade )',
  '^ ( dont | do not ) want to ( grow | improve | succeed | earn more | get ahead | get better | save money | save time ) ~3 . $',
  // ── a thing given feelings against the visitor ──
  // "Your wallet won't forgive you", "We'll miss you. Your savings won't." (not "Forgive us for the delay")
  '( wont | never ) forgive you',
  'miss you . your ~3 wont $',
  // "Don't be the odd one out" (not "Spot the odd one out": a game)
  'be|stay the odd one out',
  // ── session 14: the cost of the visitor's no or delay, counted against them (loss-aversion copy of any trade), as
  // a marketer varies it: the unit (each|every day, hour, minute, night), the delay (you wait, delay, hesitate, put it
  // off, don't …, go without, a time without the product) and the loss after a comma or not ("Every minute you wait,
  // you're losing sales", "Each day you put this off costs you customers", "Every hour without a chatbot means lost
  // leads"). Not a reward per day ("Every day you use the app, you earn 10 points"), nor time saved ("Every hour you
  // save is an hour back with your family") ──
  '^ each|every day|week|month|hour|minute|night|second ( you ( wait | delay | hesitate | dont | do not | stay | leave | ignore | spend | go | put ~2 off ) | without ) ~4 ,? ~5 ( lost | lose | losing | another | cost | slip | slipping | miss | missing | behind )',
  // …the visitor's ongoing loss, pinned on them: "You're missing out on 30% more sales", "You're throwing away money
  // every single day", "You are wasting 10 hours a week" (not a diagnosis offered: "Find out why you're losing customers")
  '<!why|how|if|whether|see|find|where|what ( youre | you are | youve been | you have been ) ~1 ( losing | missing out on | throwing away | wasting | bleeding | burning ) ~3 ( money | cash | thousands | hundreds | @customersOf | income | profit | # !unread|new|messages|notifications|items|updates )',
  '( youre | you are | dont | do not | stop ) leave|leaving ~3 ( money | cash | savings | dollars | # ) on the table',
  // …its price: "Ignoring this could cost you thousands", "Waiting costs you customers", "Doing nothing costs you $400 a month"
  // (not "Skipping this step may cost you your data": a plain warning names no sum)
  '( ignoring | skipping | waiting | delaying | putting ~2 off | doing nothing | inaction | hesitating ) ~4 ( could | can | will | may | might | would | is )? ~1 cost|costs|costing you ~1 ( dearly | thousands | a fortune | more | money | # | everything | @customersOf )',
  // …whether the visitor can bear it: "Can you really afford to wait?", "Can you afford not to?", "… whether you can afford not to"
  '^ can|could you ~1 ( really | honestly | truly )? afford to ( wait | lose | miss | ignore | skip | go without | be without | go unprotected | fall behind | keep losing | pass )',
  'afford not to $',
  // ── the rival that will not wait or pulls ahead, told as the visitor's fear (session 14): "Your competitors won't wait",
  // "Meanwhile, your competition is pulling ahead" (not "Your Competitors Are Already There", a heading: realdark) ──
  '@rival ~2 ( wont | will not | dont | do not | never | arent | are not ) ~1 ( wait | waiting | hesitate | hesitating | sleep | sleeping )',
  '( your | the ) @rival ~2 ( pulling | getting | moving | racing | surging | pushing | speeding ) ahead',
  // ── regret foretold (session 14): "You'll kick yourself", "You'll be sorry you passed" (not "You won't be sorry", a promise) ──
  '( youll | you will | youre going to | you are going to ) ( really | definitely | totally | so )? ( kick yourself | be sorry !to | hate yourself )',
  // ── the rhetorical challenge after what others do (session 14): "Other customers are saving 40%. Why aren't you?" ──
  '^ why ( arent | dont | havent | wont ) you $',
  // ── what the visitor gives up, or lets befall those in their care (session 14): "Think of what you're giving up", "Don't
  // leave them exposed", "Is your business really safe without it?", "You'd carry that risk alone" (not "Don't leave your
  // account unprotected: turn on 2FA", a setting; nor "Think about what you need, then choose a plan") ──
  '^ think ( of | about ) ( what | everything | all ) ~1 ( youre | you are | youll | you will | youd ) ~1 ( giving up | losing | missing | leaving behind | throwing away )',
  '( dont | do not | never ) leave ( them | your ~1 @dependants | your ~1 @coveredThing ) ~1 ( exposed | unprotected | uninsured | vulnerable | at risk | stranded )',
  '^ is|are your ~2 really|truly|still safe|protected|secure|covered without',
  '( carry | bear | shoulder | face ) ~2 risk|risks|cost|costs ~1 alone|yourself',
  // ── the refusal as the visitor's own harm (session 14): "I don't want to protect my bags" (the polarity frames read "bags"
  // as a product after a good) ──
  '( dont | do not ) want to ( protect | insure | safeguard ) my|our',
  // …or denied to those in the visitor's care: "No thanks, my family doesn't need protection" (the visitor's own "I don't
  // need protection" is a plain decline)
  '( my | our ) ~1 @dependants|@coveredThing ( dont | doesnt | do not | does not ) need ~2 ( protection | cover | coverage | insurance | @valued )',
  // …or the risk relished: "I like living dangerously"
  'like|love|enjoy ~1 ( living | to live ) dangerously|recklessly',
  // ── the refusal spelled out as losing the deals, the spot or the work (session 14): "Unsubscribing means you'll miss every
  // deal we send", "Leaving now means losing your spot in line", "Why throw it all away now?" (not "Cancelling means you'll
  // lose access to premium features at the end of your billing period": access is the plain consequence) ──
  `${SAYING_NO} ~3 means ( youll | you will | you ) ~1 ( miss | lose | forfeit | give up ) ~1 out? on? ~3 ( deal | offer | discount | savings | perk | spot | place )`,
  '^ why ( throw | toss | flush | give ) ( it all | everything | all that | all this | all of it | all your ~2 ) ~1 away|up',
  '^ why ( give up | quit ) now',
  // ── the discount given to someone worthier (session 14): "We'll just give your discount to someone who deserves it" (not
  // "Send a gift card to someone who deserves it": the visitor's own good, given away by the page) ──
  '( give | giving | pass | passing | hand | handing | offer | offering ) your ~2 @valued|spot|place to ( someone | somebody | another ) ~2 ( who | else )',
  // ── the harm kept as a sarcastic choice (session 14): "You can keep struggling, or you can fix it today", "Keep wasting hours
  // on spreadsheets, or try Acme" (not "Keep paying monthly, or switch to annual") ──
  '( keep | go on | continue ) ~1 ( @harm | wasting | losing | overpaying | guessing | struggling | paying more ) ~5 ,? or',
  // ── a good not wanted, asked back: "Don't want free shipping?", "Don't want a discount?" (not "Don't want emails?
  // Unsubscribe here", "Don't want to grow? Pick the starter plan") ──
  '^ ( dont | do not ) want ( free _ | # % off | a|an|the|your ~1 @valued | @valued ) $',
  // ── the smart crowd already there (session 14): "Thousands of smart shoppers already said yes" ──
  '@elite @crowd|@eliteCrowd ( already | have | all ) ~1 ( said yes | joined | upgraded | signed up | switched | grabbed | claimed | chose | picked | know )',
];

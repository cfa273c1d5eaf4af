/**
 * The copy rules as small named pattern pieces over the token string of `tokens.ts`
 * (" no thanks , i dont like saving money . ").
 *
 * Conventions that keep every match linear in the length of the copy:
 * - A piece matches whole tokens and consumes the space after each one; a rule starts with a space.
 * - "Any word" is `[^ .,:]{1,32} ` (a token is never longer than 32 characters and never crosses a
 *   clause boundary); gaps between pieces are bounded (`{0,3}`), never `*` or `+` over words.
 * - Alternatives are fixed word lists, so at each position the work is bounded by the size of the
 *   pattern, not by the text.
 */

/** `w('a|b c')` → `(?:a|b c) `: alternatives of one or more words, followed by the space after the last. */
const w = (list: string) => `(?:${list}) `;
const alt = (...xs: string[]) => `(?:${xs.join('|')})`;
const opt = (x: string) => `(?:${x})?`;
const upTo = (n: number, x: string) => `(?:${x}){0,${n}}`;

// ─── shared pieces ───────────────────────────────────────────────────────────────────────────────
/** Any word, number or symbol token, but not a clause boundary (. , :). */
const ANY = '[^ .,:]{1,32} ';
/** A number, with an optional "+" ("100+"). */
const NUM = String.raw`\d{1,12} (?:k )?(?:\+ )?`;
const SMALL = String.raw`\d{1,3} (?:\+ )?`;
const NUMWORD = w('one|two|three|four|five|six|seven|eight|nine|ten|a single|a handful of');
/** An imprecise crowd or count: "several", "dozens of". */
const SOME = w('a few|few|a couple of|a couple|several|many|lots of|a lot of|dozens of|hundreds of|thousands of');
const COUNT = alt(NUM, NUMWORD);
/** End of a clause or of the text. */
const END = '(?:[.,:] |$)';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Time units of a countdown, by kind (d/h/m/s); abbreviated ones are how timers write them. */
export const UNITS: Record<string, string> = {
  day: 'd', days: 'd', d: 'd',
  hour: 'h', hours: 'h', hr: 'h', hrs: 'h', h: 'h',
  minute: 'm', minutes: 'm', min: 'm', mins: 'm', m: 'm',
  second: 's', seconds: 's', sec: 's', secs: 's', s: 's',
};
const UNIT_ALT = 'days?|hours?|hrs?|minutes?|mins?|seconds?|secs?';

// ─── confirmshaming ──────────────────────────────────────────────────────────────────────────────
// Marked in three passes (check-copy.ts `markShaming`): each phrase of a class is replaced by one letter
// and "_" per further word, so the structural patterns below stay small and token positions stay put.
//   V  someone to feel guilty about   "the children", "animals", "them"
//   G  something the visitor values   "saving money", "10% off", "a free gift", "to help V", "to be healthy"
//   B  a loss the label pretends to prefer   "full price", "missing out", "stay uninformed", "without a G"
const mark = (letter: string, max: number) => `${letter} (?:_ ){0,${max}}`;
export const MARK_V = mark('V', 4);
export const MARK_G = mark('G', 8);
export const MARK_B = mark('B', 12);

const VICTIM_DET = opt(w('the|these|those|your|our|my|all|all the|this|these poor|the poor|little'));
export const VICTIM =
  VICTIM_DET +
  w('child(?:ren)?|kids|bab(?:y|ies)|animals?|pets|dogs|cats|puppies|kittens|famil(?:y|ies)|patients|refugees|communit(?:y|ies)|planet|earth|people in need|those in need|the needy|needy|victims|students|orphans|elderly|veterans|wildlife|cause|them|mothers|girls|women|the homeless|the hungry|the sick|neighbou?rs|oceans|forests|bees');

/** Channels: "I don't want deals by email" declines messages, not deals. */
const NOT_A_CHANNEL = '(?!(?:e ?mails?|messages?|texts?|sms|newsletters?|notifications?|updates?|alerts?|mail|mailings?|calls?|by|via|sent|from|in my inbox) )';
const GOOD_STATE = w('good|great|better|amazing|awesome|beautiful|my best|your best|lucky|younger|health(?:y|ier)|happ(?:y|ier)|successful|rich(?:er)?|smart(?:er)?|fit(?:ter)?|informed|safe(?:r)?|protected|organi[sz]ed|productive|confident|ahead|in the (?:loop|know)|(?:the )?first to know|rewarded|noticed|promoted|paid more|a better|an expert|a pro|the best');
/** Things a visitor values: saying you don't want them is the self-deprecating refusal. */
export const GOOD = alt(
  w('money|cash|savings|deals?|discounts?|bargains?|coupons?|vouchers?|promos?|rewards?|perks?|bonus(?:es)?|prizes?|fun|games?|luck(?:y)?|winning|freebies?|treats?|surprises?|(?:cool|nice|good|great|awesome|free) (?:stuff|things)|specials?|protection|my best|success') + NOT_A_CHANNEL,
  '(?:gifts?|presents?) (?!(?:receipts?|cards?|wrap(?:ping)?|messages?|notes?|box(?:es)?|bags?|certificates?|aid) )',
  'free (?!(?:trials?|accounts?|plans?|versions?|tiers?|returns?|text|of|from|to|and|or|time|cancellation) )[^ .,:]{1,32} ',
  '(?!0 )' + NUM + '(?:% )?' + w('off|discount|savings|cash ?back'),
  String.raw`sav(?:e|ing) (?=[.,:] |$|money |big |more |cash |\d|% |on |up |a lot |lots |today |now )`,
  w('better|a better|healthier|happier|smarter|richer') + NOT_A_CHANNEL + ANY,
  w('growing|improving|learning|succeeding|winning|helping|protecting|saving (?:money|lives)|making a difference|mak(?:e|ing) the world (?:a )?better(?: place)?|chang(?:e|ing) the world'),
  w('becoming|being|getting|staying|looking|feeling') + GOOD_STATE,
  // after "to" or "not": "I don't want to help", "I'd rather not win"
  '(?<= (?:to|not) )' +
    alt(
      w('win|protect|help|support|learn|improve|grow|succeed|give back|do good|make a difference|change lives|save lives'),
      w('look|feel|be|stay|get|become|keep') + GOOD_STATE,
      w('save|rescue|feed|protect|help|support|care for') + MARK_V,
    ),
);

/**
 * Small words allowed between a preference and its object ("want to get a free …"). At most 4: V8 unrolls
 * bounded repeats of 3 or fewer, which would copy this long alternation into every pattern three times.
 */
const FILL = upTo(
  4,
  w(String.raw`a|an|the|any|my|this|that|these|those|some|more|great|big|huge|extra|real|exclusive|special|cool|amazing|awesome|good|nice|best|exciting|your|such|to|get(?:ting)?|hav(?:e|ing)|be|being|tak(?:e|ing)|grab|claim(?:ing)?|earn(?:ing)?|unlock(?:ing)?|collect|all|our|latest|fantastic|incredible|hot|new|instant|additional|up|on|with|using|\d{1,6}|%`),
);
const BAD_STATE = w('uninformed|ignorant|clueless|broke|poor|boring|bored|average|mediocre|behind|unprotected|vulnerable|out of the loop|(?:left )?in the dark|ugly|unhealthy|out of shape|unfit|lonely|left behind|stressed|miserable|uncool|unsafe|disorgani[sz]ed|a loser|stupid|dumb|old fashioned|outdated|unproductive|lazy|unattractive|tired|exhausted|confused|overwhelmed|frustrated|unhappy|stuck|struggling|unprepared|uninspired|sleepy|overweight|sick');
/** Losses the label pretends the visitor prefers. */
export const BAD = alt(
  w('(?:to )?pay(?:ing)?|spend(?:ing)?') + opt(w('the')) + w('full|regular|retail|normal|top|original|sticker') + w('prices?'),
  w('full prices?'),
  w('pay(?:ing)?|spend(?:ing)?') + w('more|extra|too much|double|twice as much|a premium'),
  w('pay(?:ing)?') + opt(w('(?:more |extra )?for')) + opt(w('the')) + w('shipping|delivery|postage'),
  w('over(?:pay|spend)(?:ing)?|pay(?:ing)? too much'),
  opt(w('my|a|the|this')) + w('bad|worse|terrible|lousy|crappy|awful') + ANY,
  w('miss(?:ing)? out|los(?:e|ing) out|(?:the )?hard way'),
  w('0|zero') + opt(w('%')) + w('off|discount|savings'),
  w('no discount|nothing off|no savings'),
  w('without') + opt(w('a|any|the|my')) + MARK_G,
  w('stay(?:ing)?|remain(?:ing)?|be|being|keep being|continue being|feel(?:ing)?|look(?:ing)?') + BAD_STATE,
  BAD_STATE + '(?=[.,:] |$)',
  w('my|this|our') + BAD_STATE,
  w('wast(?:e|ing)|los(?:e|ing)|throw(?:ing)? away') + opt(w('my|more|all my')) + w('money|time|cash'),
  w('skip(?:ping)?|miss(?:ing)?|giv(?:e|ing) up|turn(?:ing)? down|say(?:ing)? no to|los(?:e|ing)|forfeit(?:ing)?|leav(?:e|ing)|pass(?:ing)? (?:on|up)') + FILL + MARK_G,
);

/** The visitor speaking: the label puts words in their mouth. */
const I = w('i|im|id|ill|ive|i am|i will|i would|i shall|let me');
const IM = w('im|i am');
/** "don't want", "hate", "would rather not", "not interested in". */
const NEG_PREF = alt(
  w('dont|do not|didnt|did not|never|wont|will not|would not|wouldnt|cant|cannot|can not') +
    opt(w('even|really|actually|particularly|much|ever|need to|want to')) +
    w('like|love|want|need|care about|care for|enjoy|feel|fancy|deserve'),
  w('hate|dislike|detest|refuse to|hate to'),
  opt(w('would|d')) + w('rather|prefer|choose|like') + w('not|to not'),
  opt(w('am|m')) + w('not interested in|have no interest in|not into|not a fan of|no fan of|say no to|will pass on|ll pass on|pass on|will skip|ll skip'),
);
/** Words between "I" and what they supposedly prefer, never a negation ("I'll still want to pay …"). */
const PREF = upTo(
  4,
  w('rather|prefer(?: to)?|like|love|enjoy|want|choose|happy|fine|ok|okay|good|content|glad|gladly|will|ll|d|would|shall|just|still|really|totally|actually|definitely|always|am|to|be|keep|continue|stay|join|the|a|an|simply|happily|going|gonna|can|must|should|go|do|it|shop|buy|order|check ?out|proceed|take|stick|with|on|instead|go ahead and|m|absolutely|much|everything|myself|things|all|this'),
);
const LOSE = w('miss(?: out on)?|give up|pass up|turn down|say no to|walk away from|lose|throw away|waste|leave|abandon|forfeit|skip');

export const CONFIRMSHAMING = [
  // I don't like saving money · I'd rather not win · I prefer not to have a protection plan
  ' ' + I + opt(w('really|just|honestly|simply|truly|clearly|obviously')) + NEG_PREF + FILL + opt(ANY) + MARK_G,
  // no thanks, not interested in saving · who needs savings?
  ' ' + w('no|nope|nah') + opt(w(',')) + opt(w('thanks|thank you')) + opt(w(',')) + w('not interested in|i dont care about|who needs') + FILL + MARK_G,
  ' ' + w('who needs|who wants|who cares about') + FILL + MARK_G,
  // I'll pay full price · I'd rather stay uninformed · I'll shop without a discount · I'd rather sleep on a bad mattress
  ' ' + I + PREF + MARK_B,
  ' ' + I + opt(w('would|d')) + w('rather|prefer(?: to)?') + upTo(4, ANY) + MARK_B,
  ' ' + I + w('dont|do not') + w('mind') + MARK_B,
  // I'll save another day · I'll let this offer slip away
  ' ' + I + upTo(3, ANY) + alt(MARK_G, w('save|get|claim|take') + opt(w('money|big|it|them|the discount|my discount'))) + w('another (?:day|time)|some other (?:day|time)|(?:maybe )?next time'),
  ' ' + I + opt(w('just|will|ll')) + w('let') + FILL + alt(MARK_G, w('offers?|opportunity|chance|sale')) + w('go|sail(?: away)?|slip(?: away)?|pass|expire|get away|fly|disappear|walk|float'),
  // I'm a cheapskate · I'm a genius already · I am not smart enough · I already know everything · I'm too cool for discounts
  ' ' + IM + opt(w('a|an|just a|such a|too')) + w('heartless|selfish|cheap|stingy|greedy|lazy|weak|stupid|dumb|boring|coward|loser|quitter|failure|idiot|fool|sucker|cheapskate|scrooge|luddite|dinosaur'),
  ' ' + IM + opt(w('already')) + opt(w('a|an')) + w('genius|perfect|expert|know it all|smartest') + opt(w('already')) + END,
  ' ' + IM + w('not') + w('smart|rich|clever|cool|brave|ambitious|serious|strong|disciplined|motivated|savvy|good|young') + w('enough'),
  ' ' + I + opt(w('already|obviously|clearly')) + w('know') + w('everything|it all|all of it|better'),
  ' ' + IM + w('too') + w('cool|good|rich|smart|clever|busy|important|proud') + w('for|to') + FILL + MARK_G,
  ' ' + I + w('give up on|quit on|gave up on') + w('my|myself|me|the|our'),
  // we'll keep it for someone smarter · saving money isn't for me · only suckers pay full price
  ' ' + w('someone|somebody|people') + opt(w('else')) + w('smarter|savvier|wiser|cleverer|more deserving|who cares|who wants to save|who likes saving'),
  ' ' + alt(MARK_G, w('saving(?: money| time)?')) + w('isnt|arent|is not|are not|not') + opt(w('really')) + w('for me|my thing'),
  ' ' + opt(w('only|real')) + w('losers|quitters|suckers|cowards|fools|idiots|cheapskates') + alt(MARK_B, w('pay|miss|say|skip|decline|give|quit|walk|leave|stop|settle|click|choose|ignore|pass')),
  // Guilt: I don't care about the planet · abandon the children? · let them go hungry · I'm fine with kids going hungry
  ' ' + I + w('dont|do not|never') + opt(w('really|even')) + w('care') + w('about|for|if|whether|what|how'),
  ' ' + w('abandon(?:ing)?|desert(?:ing)?|turn(?:ing)? (?:your |my |our )?backs? on|turn away from|giv(?:e|ing) up on|walk(?:ing)? away from|let(?:ting)? down|fail(?:ing)?|forget about|ignor(?:e|ing)|leav(?:e|ing) behind') + MARK_V,
  ' ' + w('let|leave') + opt(MARK_V) + alt(MARK_B, w('down|suffer|starve|go hungry|die|freeze|struggle|go without|fend for themselves|behind|hungry|alone|in need')),
  ' ' + I + PREF + MARK_V + alt(
    w('go(?:ing)?|stay(?:ing)?|being|be|left|get(?:ting)?') + w('hungry|homeless|cold|sick|without|untreated|unvaccinated|uneducated|behind|alone|unprotected|hurt'),
    w('burn(?:ing)?|dy(?:e|ing)|die|suffer(?:ing)?|starv(?:e|ing)|struggl(?:e|ing)|drown(?:ing)?|freez(?:e|ing)'),
  ),
  // are you sure you want to give up your discount? · you're really going to walk away from the kids?
  ' ' + w('are you sure|you sure|really|seriously|youd rather|you would rather') + upTo(4, ANY) + alt(alt(LOSE, MARK_B) + FILL + alt(MARK_G, MARK_V), MARK_B),
];

/** A loaded yes ("Yes, I want to save money!") beside a plain no: the no is framed as refusing the good. */
export const LOADED_YES = ' ' + w('yes|yeah|yep|sure') + opt(w(',')) + opt(w('please')) + opt(w(',')) + I + w('want|would like|d like|like|love|need') + FILL + MARK_G;
export const PLAIN_NO = ' ' + w('no|nope|nah|not now|not interested|no thanks|no thank you');

// ─── false-urgency ───────────────────────────────────────────────────────────────────────────────
/** Subjects whose end is a disclosure, not a push ("Your trial ends tomorrow", "The pilot ends after 6 weeks"). */
const DISCLOSED = '(?<! (?:trial|subscription|membership|term|contract|access|plan|period|cycle|lease|warranty|guarantee|pilot|proof|workshop|meeting|session|call|webinar|class|course|program|programme|window|policy|billing|service|support|payments?|renewal|coverage|insurance|agreement|commitment|loan|notice|link|password|token|card|code|verification|season|day|week|month|year|shift|journey|story|road|path))';
const PROMO = w('(?:this )?(?:offer|deal|price)s?|sales?|discounts?|promo(?:tion)?s?|pricing|savings|coupons?|vouchers?|specials?|events?|bonus|giveaways?|(?:free )?(?:shipping|delivery)|price drop|clearance|bundles?|flash sale|markdowns?|reductions?|early ?bird|rebates?|cash ?back|(?:promo|discount|coupon) codes?');
const END_VERB = w('(?:will )?(?:end|expire|close|disappear)|ends|ending|expires|expiring|closes|closing|finishes|(?:is|are) (?:almost )?over|goes? away|disappears|vanish(?:es)?|(?:wont|will not) last|(?:is|are) ending|runs out|(?:(?:valid|good|available)(?: only)?|lasts?) (?:until|till|through|thru)|(?:un)?till midnight') + '(?!(?:used|further notice|cancelled|canceled|you cancel|redeemed|revoked|you stop) )';
const IMMINENT = alt(
  w(`soon|shortly|today|tonight|tomorrow|(?:at )?midnight|at the end of (?:the day|today|the week)|(?:this )?(?:${DAYS})|this (?:week(?:end)?|evening|afternoon|morning)|(?:once|when) the (?:timer|clock|countdown|counter)|within`),
  w('at') + String.raw`\d{1,2} `,
  w('in') + alt(END, NUM, w('less than|under|just|only|about|approx|approximately|the next|a few|few|an|a|one|two|three|four|five|six|twelve')),
);
/** "ends in", "offer ends 31 December", "ending soon", "sale ends." — but not "Close" or "trial ends". */
const ENDS = alt(
  ' ' + PROMO + END_VERB,
  DISCLOSED + ' ' + END_VERB + IMMINENT,
  DISCLOSED + ' ' + w('ends in|expires in|ending in|ending|expiring|is ending|are ending') + END,
);

export const FALSE_URGENCY = [
  '(?<! (?:no|not|dont|never|without|in no|no need to|wont)) hurry (?!up and wait )',
  ' ' + w('act (?:now|fast|quickly|today)|(?:dont|do not) (?:wait|delay|miss(?: out| it| this| your| the (?:deal|sale|offer)| these (?:deals|savings)))|while (?:it|this|they|the (?:offer|deal|sale)) lasts?|now or never|before it(?:s| is) too late|while you still can|times? (?:is )?running out|running out of time|(?:clock|time) is ticking|tick tock'),
  ' ' + w('once|when|before|until') + w('the') + w('timer|clock|countdown|counter') + w('hits|reaches|runs out|ends|expires|stops'),
  ' ' + w('timer|counter|countdown|clock') + w('hits|reaches') + w('zero|0'),
  ' ' + w('last|final') + alt(w('chance|call|opportunity|hours|minutes|few hours|few days|moments|weekend'), '(?:days?|orders?) (?!(?:of|in|on|at|for|to|before|after|we|you|i) )'),
  ' ' + w('limited (?:time|period|offers?|deals?)|for a (?:short|limited) (?:time|period|while)|short time only|one (?:time (?:offer|only|deal)|(?:day|night) only)|once in a lifetime|(?:lightning|flash) deals?|doorbusters?|deal of the hour|(?:almost|nearly) over'),
  ' ' + w('last|final') + w('day|days|chance|call|hours') + w('to') + w('save|buy|order|shop|get|claim|book|enter|register|join|sign up|grab|enjoy|redeem|use|apply|subscribe'),
  ' ' + w('checkout|check out|order|buy|book|purchase|complete your order|complete your purchase|claim|redeem|activate|sign up|subscribe|register|reserve|act') + upTo(3, ANY) + w('within|in the next|in the following|during the next') + alt(COUNT, SOME, w('the next')) + w('minutes?|mins?|hours?|hrs?|seconds?|secs?'),
  ' ' + w('for the next|in the next|within the next') + alt(COUNT, SOME) + w('minutes?|mins?|hours?|hrs?|seconds?|secs?'),
  ' ' + alt(w(`today|tonight|this weekend|this week|weekend|24 hours|48 hours|72 hours|1 day|one day|2 days|two days|3 days|three days|(?:through |thru |until |till )?(?:${DAYS})`), w('today and tomorrow')) + w('only'),
  ' ' + alt(COUNT, w('one|two|three')) + w('hours?|hrs?|days?') + opt(w('flash|only')) + w('sales?|deals?|offers?|events?|specials?|promos?'),
  ' ' + w('now (?:through|thru|until|till)'),
  ' ' + w('only') + opt(w('for|available|valid')) + w('today|tonight|this weekend|this week|until midnight|till midnight|24 hours|48 hours|72 hours'),
  ENDS,
  ' ' + w('price|prices|pricing|rates?') + opt(w('will|(?:are|is)(?: going to| set to| about to)?|go|goes')) + w('(?:go(?:es|ing)? )?(?:back )?up|increas(?:e|es|ing)|ris(?:e|es|ing)|jumps?|changes?|doubles?|go(?:es)? back|returns? to normal|reverts?') + w(String.raw`in|on|at|soon|tomorrow|after|from|next|tonight|by|when|once|this|\d{1,4}`),
  ' ' + w('cart|basket|bag|order|orders|items?|products?|seats?|tickets?|spots?|places?|rooms?|booking|reservation|price|discount|deal|offer|stock|selection') + opt(w('is|are|will be|has been|have been|was|were|only')) + w('reserved|held|saved|guaranteed|locked|locked in') + upTo(3, ANY) + w('for|until|till') + alt(END, `(?=(?:\\d{1,4} (?::|${UNIT_ALT}) |the next |(?:${UNIT_ALT}) ))`),
  ' ' + alt(COUNT, SOME) + opt(w('more')) + w('days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|nights?') + w('left|remaining|to go|only'),
  ' ' + w('time left|time remaining|time is limited|times limited'),
  ' ' + alt(w('offer|deal|price|sale|discount|this'), '') + w('wont last|will not last|wont be around|will not be around|wont be repeated|will not be repeated|never be repeated|wont come back|never again'),
  ' ' + w('gone|going away|goes away|disappears?|disappearing|vanishes|vanishing') + w('soon|tomorrow|forever|at midnight|tonight|in'),
  ' ' + w('before') + w('it|the price|prices?|the offer') + w('rises?|goes up|go up|increases?|changes?|ends|expires'),
  ' ' + w('last|final') + w('days?') + w('of|for') + opt(w('the|our|this')) + PROMO,
  ' ' + PROMO + w('(?:only )?(?:valid|available|good)(?: only)? for') + COUNT + w('hours?|hrs?|minutes?|mins?|seconds?|secs?'),
  '(?<! (?:the|past|in|over|during)) ' + w('last|final') + SMALL + w('hours?|hrs?|minutes?|mins?') + w(':|to'),
  ' ' + opt(w('only|just|mere|a few|few')) + w('hours|minutes|seconds') + w('left|remaining|to go'),
  ' ' + w('before|by|until|till') + w('midnight|the clock runs out|the timer runs out|time runs out|its too late'),
];

/** Two numbers joined by ":" read as a timer only with a cue nearby ("ends in 08:41", "reserved for 09:35"). */
export const TIMER_CUES = new Set(['in', 'within', 'ends', 'end', 'ending', 'expires', 'expire', 'expiring', 'left', 'remaining', 'hurry', 'timer', 'countdown', 'only', 'reserved', 'held', 'closes', 'pending']);
/** …and never when it reads as a clock time ("by 9:00", "9:30 am", "from 9:00 to 17:00") or a duration of media. */
export const CLOCK_BEFORE = new Set(['at', 'by', 'from', 'until', 'till', 'before', 'after', 'opens', 'open', 'between', 'since', 'to', 'on', 'duration', 'runtime', 'length', 'lap', 'pace', 'record', 'playtime', 'total', 'track', 'video', 'episode', 'running']);
export const CLOCK_AFTER = new Set(['am', 'pm', 'uhr', 'h', 'o', 'oclock', 'gmt', 'utc', 'cet', 'est', 'pst', 'bst']);

// ─── pressure ────────────────────────────────────────────────────────────────────────────────────
/** Not a time span: "only 3 days left" is urgency, not stock. */
const STOCK_WORD = '(?!(?:days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|nights?|weeks?|months?|steps?|questions?|pages?|fields?|chapters?|lessons?|modules?|tasks?|characters?|words?|attempts?|tries) )[^ .,:]{1,32} ';
const LEFT = w('left|remaining|remain|available|in stock|stock available|to go|at this price|in our stock');
const PEOPLE = w('people|persons?|peoples|users?|customers?|shoppers?|visitors?|buyers?|others?|members?|guests?|travell?ers?|viewers?|readers?|fans|clients?|donors?|supporters?|bidders?|families|learners|students|companies|teams');
const ACT_NOW = w('viewing|looking|watching|eyeing|checking|considering|browsing|interested|seeing|shopping|active|online|reading|booking|buying|purchasing|in their|right now|at the moment|on this page|on the site|on our site');
const ACT_PAST = w('viewed|looked|watched|bought|purchased|ordered|added|checked|booked|saved|favorited|favourited|wishlisted|claimed|grabbed|donated|signed up|joined|subscribed|chose|picked|reserved|visited|upgraded|selected|opted|went|got|snapped up');
const SOCIAL_VERB = alt(ACT_NOW, ACT_PAST);
const PEOPLE_GAP = upTo(5, w('are|is|have|has|were|was|had|also|currently|recently|right|now|just|already|other than you|besides you|like you|this|it|item|product|page|today|who|that|each|every|other'));
const SOLD = w('snapped up|sold|bought|purchased|ordered|booked|claimed|viewed|added to (?:their )?(?:carts?|bag|basket|wishlists?)|in (?:carts|baskets|bags)');
const SOLD_NOUN = w('views|sales|orders|purchases|bookings|reservations|signups|sign ups|downloads');
/** "You have 3 orders today" is the visitor's own account, not a crowd. */
const NOT_YOURS = '(?<! (?:you|you have|youve|your|we have|i have|ive))';
const WINDOW = w('(?:in )?(?:the )?(?:last|past)|in|during|over|since|within|this|today|tonight|yesterday|recently|per|an?|every|each|already|so far|just|right|now');
const PURCHASE_VERB = w('bought|purchased|ordered|booked|donated|subscribed|signed up|joined|started buying|grabbed|snagged|claimed|picked up|reserved|added|viewed|checked out|(?:is|are) (?:now )?(?:viewing|looking at|checking out|buying)');

export const PRESSURE = [
  // only 2 left · less than 5 left in stock · last 1 left · just 3 items remaining
  ' ' + w('only|just|less than|fewer than|under|last|no more than') + alt(COUNT, SOME, w('a few more|few more|a small number of|limited')) + upTo(3, STOCK_WORD) + LEFT,
  ' ' + w('only|just') + upTo(3, STOCK_WORD) + w('left|remaining|remain'),
  // 3 items left · 4 seats left at this price · 2 in stock
  ' ' + SMALL + upTo(3, STOCK_WORD) + w('left|remaining') + alt(END, w('in stock|at this price|for this|for|in|at|on|hurry|order|buy|get|grab|book|now|only|before')),
  String.raw` (?<! (?:over|more than|from) )\d{1,2} ` + opt(w('items?|units?|pieces?|pcs|pairs?|copies|left')) + w('in stock'),
  // 80% claimed · sold: 87%
  ' ' + NUM + w('%') + upTo(2, ANY) + w('claimed|sold|gone|taken|booked|redeemed|reserved|sold out'),
  ' ' + w('claimed|sold|booked|taken|gone|reserved') + opt(w(':')) + NUM + w('%'),
  // low stock · limited quantities · almost sold out · selling fast · high demand · last items
  ' ' + w('low (?:inventory|supply|availability|(?:in )?stock)(?! (?:alerts?|notifications?|warnings?|thresholds?|reports?) )|(?:inventory|stocks?|supply|supplies) (?:is|are) (?:running )?low|running (?:low|out)|(?:almost|nearly|practically) (?:gone|sold out|out of stock)|sell ?out risk|(?:will|could|may|might|about to|going to|set to|expected to|likely to|predicted to) sell out|snapping (?:these |them |it |this )?up|demand (?:is|are) (?:very |extremely |unusually )?high|sells out fast|selling out|sold out soon|flying off the shelves|few left|only a (?:handful|few)|while (?:stocks?|supplies|supply|quantities) lasts?|(?:before|once|when) (?:its|it is|theyre|they are|they re) (?:gone|sold out)|before (?:they|it) sells? out'),
  ' ' + w('limited|very limited|extremely limited') + w('stock|stocks|quantity|quantities|supply|supplies|availability|inventory|numbers|pieces|spots|seats|places|units|items|edition stock'),
  ' ' + w('selling|sells|sell|going|moving|disappearing|flying') + opt(w('out')) + w('fast|quickly|quick|rapidly|like hot cakes|like hotcakes'),
  ' ' + w('last|final') + w('one|few|items?|units?|pieces?|pairs?|sizes?|seats?|spots?|tickets?|rooms?|places?|tables?|copies|remaining') + alt(LEFT, END, w('hurry|in stock|available|remaining')),
  ' ' + w('last|final') + w('few') + w('tickets?|seats?|spots?|places?|rooms?|items?|pieces?|units?|pairs?|sizes?|copies|left|remaining|available'),
  ' ' + w('in|under|due to|because of|experiencing|is in|are in|so much|such') + w('high|huge|great|strong|heavy|massive|extreme|unusually high|very high') + w('demand'),
  ' ' + w('high|huge|strong|heavy|massive|extreme|unusually high|very high') + w('demand') + alt(END, w('for|right now|alert|warning|item|items|product|style|size|on this|today|expected')),
  ' ' + w('in demand') + END,
  ' ' + w('(?:almost|nearly) out') + END,
  // 38 people are viewing this · 5,338 people bought this · 2 customers recently bought it
  ' ' + alt(COUNT, SOME) + opt(w('other')) + PEOPLE + PEOPLE_GAP + SOCIAL_VERB,
  ' ' + NUM + PEOPLE + w('right now|now|currently|online|at the moment'),
  ' ' + NUM + w('watchers'),
  // 72 viewing this · 143 bought · 4 sold in the last 5 hours · 43 added to bag today · 200 views in 24 hrs
  NOT_YOURS + ' ' + NUM + opt(w('items?|units?|pieces?|pcs|products?|copies')) + opt(w('are|have been|were|currently|recently|just|already')) +
    alt(w('viewing|looking at|watching|eyeing|browsing'), SOLD + alt(END, WINDOW, w('it|this|them')), SOLD_NOUN + WINDOW),
  // sold 4 times today · viewed 480 times · added to basket 490 times
  ' ' + SOLD + upTo(2, w('over|more than|about|nearly|almost')) + NUM + w('times|x'),
  // bought by 39 people · favoured by 400 shoppers
  ' ' + w('bought|purchased|ordered|viewed|favored|favoured|booked|added|chosen|picked|wishlisted|saved|claimed|liked|added to cart') + w('by') + opt(w(':')) + opt(w('over|more than|about|nearly|almost')) + alt(COUNT, SOME) + PEOPLE,
  // 65% of our customers added protection
  ' ' + NUM + w('%') + w('of') + opt(w('our|all|the')) + PEOPLE + upTo(2, ANY) + alt(ACT_PAST, w('choose|pick|add|buy|upgrade|opt')),
  // in 5 other carts · in other shoppers' baskets
  ' ' + w('in') + alt(NUM + opt(w('other')), w('other')) + upTo(2, ANY) + w('carts?|bags?|baskets?|shopping carts?|wishlists?'),
  // Jamie from Leeds just bought … · Someone in Madrid, Spain purchased … · Sarah K. bought …
  ' ' + w('from|in') + '(?!(?:your|my|our|stock|store|stores|cart|bag|basket|the cart|the bag|the basket) )' + upTo(7, '[^ .:]{1,32} ') + opt(w('just|recently|has|have')) + PURCHASE_VERB,
  ' [a-z] \\. ' + opt(w('just|recently')) + PURCHASE_VERB,
  ' ' + w('bought|purchased|ordered|booked|grabbed|claimed|reserved') + w('by') + upTo(3, ANY) + w('from|in'),
  ' ' + w('someone|somebody|(?:a|another) (?:customer|shopper|buyer|visitor|person)') + upTo(7, '[^ .:]{1,32} ') + PURCHASE_VERB,
  '(?<! (?:you|youve|you have|we|weve|i|ive|have you|youll)) just ' + w('bought|purchased|ordered|booked|donated|subscribed|signed up|joined|started buying|grabbed|snagged|snapped up|claimed|picked up'),
  // our latest customers are from …
  ' ' + w('recent|latest|last|most recent') + w('customers?|buyers?|shoppers?|orders?|purchases?|visitors?|donors?|bookings?|sales?') + opt(w('are|were|came|is|was|come')) + w('from|in'),
];

/** Activity told by its time: a purchase word and "7 minutes ago" in the same copy. */
export const RELATIVE_TIME = ' ' + alt(alt(COUNT, SOME, w('a|an|about a|about an')) + w('seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|moments?') + w('ago'), w('just now|moments ago|seconds ago'));
export const ACTIVITY_WORD = '(?<! (?:you|youve|you have|your|we|weve|we have|i|ive|i have|have you|did you)) ' + w('bought|purchased|ordered|booked|donated|subscribed|signed up|joined|started buying|grabbed|snagged|viewed|checked out|added|purchase|booking|donation');

// ─── vague-cta ───────────────────────────────────────────────────────────────────────────────────
/** A whole label that says nothing about what happens next ("Submit", "OK", "Continue »"), or "Click here …". */
export const VAGUE_CTA =
  '^ ' +
  w('submit(?: form)?|ok(?:ay)?|continue(?: here| to next step)?|go(?: ahead| on)?|yes(?: please)?|no|next(?: step)?|proceed|confirm|send(?: form)?|enter|done|accept|(?:click|tap|press)(?: here)?|here|(?:learn|read|see|find out)? ?more|(?:this )?link|start|sure|yep|cancel|close|dismiss|apply|select|choose|lets go|view|details|info') +
  upTo(2, w('now|please|\\.')) +
  '$|^ ' + w('click|tap|press') + w('here|this link|this button');

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
  day: 'd',
  days: 'd',
  d: 'd',
  hour: 'h',
  hours: 'h',
  hr: 'h',
  hrs: 'h',
  h: 'h',
  minute: 'm',
  minutes: 'm',
  min: 'm',
  mins: 'm',
  m: 'm',
  second: 's',
  seconds: 's',
  sec: 's',
  secs: 's',
  s: 's',
};
const UNIT_ALT = 'days?|hours?|hrs?|minutes?|mins?|seconds?|secs?';

// ─── confirmshaming ──────────────────────────────────────────────────────────────────────────────
// The structure — a refusal of something valued, a preference for a loss, guilt, a loaded yes — is read by
// polarity.ts over the tokens. These are the few fixed shapes of mockery and guilt it does not read.
const I = w('i|im|id|ill|ive|i am|i will|i would|let me');
/** What a "are you sure?" label says the visitor gives up. */
const GIVEN_UP = String.raw`(?:\d{1,3} (?:% )?off|discounts?|savings|deals?|free [^ .,:]{1,32}|rewards?|bonus(?:es)?|perks?|(?:the )?(?:kids|children|animals|families)) `;

export const CONFIRMSHAMING = [
  // we'll keep the discount for someone smarter
  ' ' +
    w('someone|somebody|people') +
    opt(w('else')) +
    w('smarter|savvier|wiser|cleverer|more deserving|who cares|who wants to save|who likes saving'),
  // only suckers pay full price
  ' ' +
    opt(w('only|real')) +
    w('losers|quitters|suckers|cowards|fools|idiots|cheapskates') +
    w('pay|miss|say|skip|decline|give|quit|walk|leave|stop|settle|click|choose|ignore|pass'),
  // I don't care if kids go hungry · I give up on myself
  ' ' + I + w('dont|do not|never') + opt(w('really|even')) + w('care') + w('about|for|if|whether|what|how'),
  ' ' + I + w('give up on|quit on|gave up on') + w('my|myself|me|the|our'),
  // are you sure you want to give up your discount? · you're really going to walk away from the kids?
  // you'll regret this · let them fend for themselves · my dog deserves cheaper food · porch pirates don't scare me
  ' ' + w('youll|you will|youre going to|you are going to') + opt(w('really|totally|just')) + w('regret'),
  ' ' + w('fend for') + w('themselves|itself|himself|herself|yourselves'),
  ' ' +
    w('deserves?') +
    w('less|worse|cheaper|cheap|nothing|second best|the bare minimum') +
    '(?!(?:stress|hassle|worry|worries|pain|fees|waiting|clutter|paperwork|spam) )',
  ' ' + w('dont|doesnt|do not|does not') + w('scare|frighten|worry|bother') + w('me') + END,
  // decline offer and pay more · close and pay full price
  ' ' + w('and') + w('pay|spend') + w('more|extra|full price|retail|double|twice as much'),
  ' ' +
    w('are you sure|you sure|really|seriously|youd rather|you would rather') +
    upTo(4, ANY) +
    w('miss(?: out)?(?: on)?|give up|pass up|turn down|walk away from|lose|forfeit|skip|abandon|leave') +
    upTo(3, ANY) +
    GIVEN_UP,
];

// ─── false-urgency ───────────────────────────────────────────────────────────────────────────────
/** Subjects whose end is a disclosure, not a push ("Your trial ends tomorrow", "The pilot ends after 6 weeks"). */
const DISCLOSED =
  '(?<! (?:trial|subscription|membership|term|contract|access|plan|period|cycle|lease|warranty|guarantee|pilot|proof|workshop|meeting|session|call|webinar|class|course|program|programme|window|policy|billing|service|support|payments?|renewal|coverage|insurance|agreement|commitment|loan|notice|link|password|token|card|code|verification|season|day|week|month|year|shift|journey|story|road|path))';
const PROMO = w(
  'deal of the day|(?:this )?(?:offer|deal|price)s?|sales?|discounts?|promo(?:tion)?s?|pricing|savings|coupons?|vouchers?|specials?|events?|bonus|giveaways?|(?:free )?(?:shipping|delivery)|price drop|clearance|bundles?|flash sale|markdowns?|reductions?|early ?bird|rebates?|cash ?back|(?:promo|discount|coupon) codes?',
);
const END_VERB =
  w(
    '(?:will )?(?:end|expire|close|disappear)|ends|ending|expires|expiring|closes|closing|finishes|(?:is|are) (?:almost )?over|goes? away|disappears|vanish(?:es)?|(?:wont|will not) last|(?:is|are) ending|runs out|(?:(?:valid|good|available)(?: only)?|lasts?) (?:until|till|through|thru)|(?:un)?till midnight',
  ) + '(?!(?:used|further notice|cancelled|canceled|you cancel|redeemed|revoked|you stop) )';
const IMMINENT = alt(
  w(
    `soon|shortly|today|tonight|tomorrow|(?:at )?midnight|at the end of (?:the day|today|the week)|(?:this )?(?:${DAYS})|this (?:week(?:end)?|evening|afternoon|morning)|(?:once|when) the (?:timer|clock|countdown|counter)|within`,
  ),
  w('at') + String.raw`\d{1,2} `,
  w('in') +
    alt(
      END,
      NUM,
      w(
        'less than|under|just|only|about|approx|approximately|the next|a few|few|an|a|one|two|three|four|five|six|twelve',
      ),
    ),
);
/** "ends in", "offer ends 31 December", "ending soon", "sale ends." — but not "Close" or "trial ends". */
// Three patterns, not one alternation, so each is gated by its own first words (first-words.ts).
const ENDS = [
  ' ' + PROMO + END_VERB,
  DISCLOSED + ' ' + END_VERB + IMMINENT,
  DISCLOSED + ' ' + w('ends in|expires in|ending in|ending|expiring|is ending|are ending') + END,
];

export const FALSE_URGENCY = [
  '(?<! (?:no|not|dont|never|without|in no|no need to|wont)) hurry (?!up and wait )',
  ' ' +
    w(
      'act (?:now|fast|quickly|today)|(?:dont|do not) (?:wait|delay|miss(?: out| it| this| your| the (?:deal|sale|offer)| these (?:deals|savings)))|while (?:it|this|they|the (?:offer|deal|sale)) lasts?|now or never|before it(?:s| is) too late|while you still can|times? (?:is )?running out|running out of time|(?:clock|time) is ticking|tick tock',
    ),
  ' ' +
    w('once|when|before|until') +
    w('the') +
    w('timer|clock|countdown|counter') +
    w('hits|reaches|runs out|ends|expires|stops'),
  ' ' + w('timer|counter|countdown|clock') + w('hits|reaches') + w('zero|0'),
  ' ' +
    w('last|final') +
    alt(
      w('chance|call|opportunity|hours|minutes|few hours|few days|moments|weekend'),
      '(?:days?|orders?) (?!(?:of|in|on|at|for|to|before|after|we|you|i) )',
    ),
  ' ' +
    w(
      'limited (?:time|period|offers?|deals?)|for a (?:short|limited) (?:time|period|while)|short time only|one (?:time (?:offer|only|deal)|(?:day|night) only)|once in a lifetime|(?:lightning|flash) deals?|doorbusters?|deal of the hour|(?:almost|nearly) over',
    ),
  ' ' +
    w('last|final') +
    w('day|days|chance|call|hours') +
    w('to') +
    w('save|buy|order|shop|get|claim|book|enter|register|join|sign up|grab|enjoy|redeem|use|apply|subscribe'),
  ' ' +
    w(
      'checkout|check out|order|buy|book|purchase|complete your order|complete your purchase|claim|redeem|activate|sign up|subscribe|register|reserve|act',
    ) +
    upTo(3, ANY) +
    w('within|in the next|in the following|during the next') +
    alt(COUNT, SOME, w('the next')) +
    w('minutes?|mins?|hours?|hrs?|seconds?|secs?'),
  ' ' +
    w('for the next|in the next|within the next') +
    alt(COUNT, SOME) +
    w('minutes?|mins?|hours?|hrs?|seconds?|secs?'),
  ' ' +
    alt(
      w(
        `today|tonight|this weekend|this week|weekend|24 hours|48 hours|72 hours|1 day|one day|2 days|two days|3 days|three days|(?:through |thru |until |till )?(?:${DAYS})`,
      ),
      w('today and tomorrow'),
    ) +
    w('only'),
  ' ' +
    alt(COUNT, w('one|two|three')) +
    w('hours?|hrs?|days?') +
    opt(w('flash|only')) +
    w('sales?|deals?|offers?|events?|specials?|promos?'),
  ' ' + w('now (?:through|thru|until|till)'),
  ' ' +
    w('only') +
    opt(w('for|available|valid')) +
    w('today|tonight|this weekend|this week|until midnight|till midnight|24 hours|48 hours|72 hours'),
  ...ENDS,
  ' ' +
    w('price|prices|pricing|rates?') +
    opt(w('will|(?:are|is)(?: going to| set to| about to)?|go|goes')) +
    w(
      '(?:go(?:es|ing)? )?(?:back )?up|increas(?:e|es|ing)|ris(?:e|es|ing)|jumps?|changes?|doubles?|go(?:es)? back|returns? to normal|reverts?',
    ) +
    w(String.raw`in|on|at|soon|tomorrow|after|from|next|tonight|by|when|once|this|\d{1,4}`),
  ' ' +
    w(
      'cart|basket|bag|order|orders|items?|products?|seats?|tickets?|spots?|places?|rooms?|booking|reservation|price|discount|deal|offer|stock|selection',
    ) +
    opt(w('is|are|will be|has been|have been|was|were|only')) +
    w('reserved|held|saved|guaranteed|locked|locked in') +
    upTo(3, ANY) +
    w('for|until|till') +
    alt(END, `(?=(?:\\d{1,4} (?::|${UNIT_ALT}) |the next |(?:${UNIT_ALT}) ))`),
  ' ' +
    alt(COUNT, SOME) +
    opt(w('more')) +
    w('days?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|nights?') +
    w('left|remaining|to go|only'),
  ' ' + w('time left|time remaining|time is limited|times limited'),
  ' ' +
    alt(w('offer|deal|price|sale|discount|this'), '') +
    w(
      'wont last|will not last|wont be around|will not be around|wont be repeated|will not be repeated|never be repeated|wont come back|never again',
    ),
  ' ' +
    w('gone|going away|goes away|disappears?|disappearing|vanishes|vanishing') +
    w('soon|tomorrow|forever|at midnight|tonight|in'),
  ' ' + w('before') + w('it|the price|prices?|the offer') + w('rises?|goes up|go up|increases?|changes?|ends|expires'),
  ' ' + w('last|final') + w('days?') + w('of|for') + opt(w('the|our|this')) + PROMO,
  ' ' +
    PROMO +
    w('(?:only )?(?:valid|available|good)(?: only)? for') +
    COUNT +
    w('hours?|hrs?|minutes?|mins?|seconds?|secs?'),
  '(?<! (?:the|past|in|over|during)) ' + w('last|final') + SMALL + w('hours?|hrs?|minutes?|mins?') + w(':|to'),
  ' ' + opt(w('only|just|mere|a few|few')) + w('hours|minutes|seconds') + w('left|remaining|to go'),
  ' ' + w('before|by|until|till') + w('midnight|the clock runs out|the timer runs out|time runs out|its too late'),
];

/** Two numbers joined by ":" read as a timer only with a cue nearby ("ends in 08:41", "reserved for 09:35"). */
export const TIMER_CUES = new Set([
  'in',
  'within',
  'ends',
  'end',
  'ending',
  'expires',
  'expire',
  'expiring',
  'left',
  'remaining',
  'hurry',
  'timer',
  'countdown',
  'only',
  'reserved',
  'held',
  'closes',
  'pending',
]);
/** …and never when it reads as a clock time ("by 9:00", "9:30 am", "from 9:00 to 17:00") or a duration of media. */
export const CLOCK_BEFORE = new Set([
  'at',
  'by',
  'from',
  'until',
  'till',
  'before',
  'after',
  'opens',
  'open',
  'between',
  'since',
  'to',
  'on',
  'duration',
  'runtime',
  'length',
  'lap',
  'pace',
  'record',
  'playtime',
  'total',
  'track',
  'video',
  'episode',
  'running',
]);
export const CLOCK_AFTER = new Set(['am', 'pm', 'uhr', 'h', 'o', 'oclock', 'gmt', 'utc', 'cet', 'est', 'pst', 'bst']);

// ─── pressure ────────────────────────────────────────────────────────────────────────────────────
/** Not a time span: "only 3 days left" is urgency, not stock. */
const STOCK_WORD =
  '(?!(?:days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|nights?|weeks?|months?|steps?|questions?|pages?|fields?|chapters?|lessons?|modules?|tasks?|characters?|words?|attempts?|tries) )[^ .,:]{1,32} ';
const LEFT = w('left|remaining|remain|available|in stock|stock available|to go|at this price|in our stock');
const PEOPLE = w(
  'people|persons?|peoples|users?|customers?|shoppers?|visitors?|buyers?|others?|members?|guests?|travell?ers?|viewers?|readers?|fans|clients?|donors?|supporters?|bidders?|families|learners|students|companies|teams',
);
const ACT_NOW = w(
  'viewing|looking|watching|eyeing|checking|considering|browsing|interested|seeing|shopping|active|online|reading|booking|buying|purchasing|in their|right now|at the moment|on this page|on the site|on our site',
);
const ACT_PAST = w(
  'viewed|looked|watched|bought|purchased|ordered|added|checked|booked|saved|favorited|favourited|wishlisted|claimed|grabbed|donated|signed up|joined|subscribed|chose|picked|reserved|visited|upgraded|selected|opted|went|got|snapped up',
);
const SOCIAL_VERB = alt(ACT_NOW, ACT_PAST);
const PEOPLE_GAP = upTo(
  5,
  w(
    'are|is|have|has|were|was|had|also|currently|recently|right|now|just|already|other than you|besides you|like you|this|it|item|product|page|today|who|that|each|every|other',
  ),
);
const SOLD = w(
  'snapped up|sold|bought|purchased|ordered|booked|claimed|viewed|added to (?:their )?(?:carts?|bag|basket|wishlists?)|in (?:carts|baskets|bags)',
);
const SOLD_NOUN = w('views|sales|orders|purchases|bookings|reservations|signups|sign ups|downloads');
/** "You have 3 orders today" is the visitor's own account, not a crowd. */
const NOT_YOURS = '(?<! (?:you|you have|youve|your|we have|i have|ive))';
const WINDOW = w(
  '(?:in )?(?:the )?(?:last|past)|in|during|over|since|within|this|today|tonight|yesterday|recently|per|an?|every|each|already|so far|just|right|now',
);
const PURCHASE_VERB = w(
  'bought|purchased|ordered|booked|donated|subscribed|signed up|joined|started buying|grabbed|snagged|claimed|picked up|reserved|added|viewed|checked out|(?:is|are) (?:now )?(?:viewing|looking at|checking out|buying)',
);

export const PRESSURE = [
  // only 2 left · less than 5 left in stock · last 1 left · just 3 items remaining
  ' ' +
    w('only|just|less than|fewer than|under|last|no more than') +
    alt(COUNT, SOME, w('a few more|few more|a small number of|limited')) +
    upTo(3, STOCK_WORD) +
    LEFT,
  ' ' + w('only|just') + upTo(3, STOCK_WORD) + w('left|remaining|remain'),
  ' ' + w('few|a few|very few') + upTo(2, STOCK_WORD) + w('left|remaining'),
  ' ' +
    w('last|final') +
    SMALL +
    w('tickets?|seats?|spots?|places?|rooms?|items?|pieces?|units?|pairs?|copies|sizes?') +
    alt(END, LEFT),
  ' ' +
    w('stocks?|supply|supplies|availability|quantities|quantity') +
    w('is|are') +
    opt(w('very|extremely')) +
    w('limited'),
  // 3 items left · 4 seats left at this price · 2 in stock
  ' ' +
    SMALL +
    upTo(3, STOCK_WORD) +
    w('left|remaining') +
    alt(END, w('in stock|at this price|for this|for|in|at|on|hurry|order|buy|get|grab|book|now|only|before')),
  String.raw` (?<! (?:over|more than|from) )\d{1,2} ` +
    opt(w('items?|units?|pieces?|pcs|pairs?|copies|left')) +
    w('in stock'),
  // 80% claimed · sold: 87%
  ' ' + NUM + w('%') + upTo(2, ANY) + w('claimed|sold|gone|taken|booked|redeemed|reserved|sold out'),
  ' ' + w('claimed|sold|booked|taken|gone|reserved') + opt(w(':')) + NUM + w('%'),
  // low stock · limited quantities · almost sold out · selling fast · high demand · last items
  ' ' +
    w(
      'low (?:inventory|supply|availability|(?:in )?stock)(?! (?:alerts?|notifications?|warnings?|thresholds?|reports?) )|(?:inventory|stocks?|supply|supplies) (?:is|are) (?:running )?low|running (?:low|out)|(?:almost|nearly|practically) (?:gone|sold out|out of stock)|sell ?out risk|(?:will|could|may|might|about to|going to|set to|expected to|likely to|predicted to) sell out|snapping (?:these |them |it |this )?up|demand (?:is|are) (?:very |extremely |unusually )?high|sells out fast|selling out|sold out soon|flying off the shelves|few left|only a (?:handful|few)|while (?:stocks?|supplies|supply|quantities) lasts?|(?:before|once|when) (?:its|it is|theyre|they are|they re) (?:gone|sold out)|before (?:they|it) sells? out',
    ),
  ' ' +
    w('limited|very limited|extremely limited') +
    w(
      'stock|stocks|quantity|quantities|supply|supplies|availability|inventory|numbers|pieces|spots|seats|places|units|items|edition stock',
    ),
  ' ' +
    w('selling|sells|sell|going|moving|disappearing|flying') +
    opt(w('out')) +
    w('fast|quickly|quick|rapidly|like hot cakes|like hotcakes'),
  ' ' +
    w('last|final') +
    w('one|few|items?|units?|pieces?|pairs?|sizes?|seats?|spots?|tickets?|rooms?|places?|tables?|copies|remaining') +
    alt(LEFT, END, w('hurry|in stock|available|remaining')),
  ' ' +
    w('last|final') +
    w('few') +
    w('tickets?|seats?|spots?|places?|rooms?|items?|pieces?|units?|pairs?|sizes?|copies|left|remaining|available'),
  ' ' +
    w('in|under|due to|because of|experiencing|is in|are in|so much|such') +
    w('high|huge|great|strong|heavy|massive|extreme|unusually high|very high') +
    w('demand'),
  ' ' +
    w('high|huge|strong|heavy|massive|extreme|unusually high|very high') +
    w('demand') +
    alt(END, w('for|right now|alert|warning|item|items|product|style|size|on this|today|expected')),
  ' ' + w('in demand') + END,
  // back in stock, but not for long · rare find: usually sold out
  ' ' + w('but not for long|not for long') + END,
  ' ' +
    w('usually|normally|often|always|typically|frequently') +
    w('sold out|sells out|sell out|books up|booked up|gone'),
  ' ' + w('rare find'),
  ' ' + w('(?:almost|nearly) out') + END,
  // 38 people are viewing this · 5,338 people bought this · 2 customers recently bought it
  ' ' + alt(COUNT, SOME) + opt(w('other')) + PEOPLE + PEOPLE_GAP + SOCIAL_VERB,
  ' ' + NUM + PEOPLE + w('right now|now|currently|online|at the moment'),
  ' ' + NUM + w('watchers'),
  // 72 viewing this · 143 bought · 4 sold in the last 5 hours · 43 added to bag today · 200 views in 24 hrs
  NOT_YOURS +
    ' ' +
    NUM +
    opt(w('items?|units?|pieces?|pcs|products?|copies')) +
    opt(w('are|have been|were|currently|recently|just|already')) +
    alt(
      w('viewing|looking at|watching|eyeing|browsing'),
      SOLD + alt(END, WINDOW, w('it|this|them')),
      SOLD_NOUN + WINDOW,
    ),
  // sold 4 times today · viewed 480 times · added to basket 490 times
  ' ' + SOLD + upTo(2, w('over|more than|about|nearly|almost')) + NUM + w('times|x'),
  // bought by 39 people · favoured by 400 shoppers
  ' ' +
    w(
      'bought|purchased|ordered|viewed|favored|favoured|booked|added|chosen|picked|wishlisted|saved|claimed|liked|added to cart',
    ) +
    w('by') +
    opt(w(':')) +
    opt(w('over|more than|about|nearly|almost')) +
    alt(COUNT, SOME) +
    PEOPLE,
  // 65% of our customers added protection
  ' ' +
    NUM +
    w('%') +
    w('of') +
    opt(w('our|all|the')) +
    PEOPLE +
    upTo(2, ANY) +
    alt(ACT_PAST, w('choose|pick|add|buy|upgrade|opt')),
  // in 5 other carts · in other shoppers' baskets
  ' ' +
    w('in') +
    alt(NUM + opt(w('other')), w('other')) +
    upTo(2, ANY) +
    w('carts?|bags?|baskets?|shopping carts?|wishlists?'),
  // Jamie from Leeds just bought … · Someone in Madrid, Spain purchased … · Sarah K. bought …
  ' ' +
    w('from|in') +
    '(?!(?:your|my|our|stock|store|stores|cart|bag|basket|the cart|the bag|the basket) )' +
    upTo(7, '[^ .:]{1,32} ') +
    opt(w('just|recently|has|have')) +
    PURCHASE_VERB,
  ' [a-z] \\. ' + opt(w('just|recently')) + PURCHASE_VERB,
  ' ' + w('bought|purchased|ordered|booked|grabbed|claimed|reserved') + w('by') + upTo(3, ANY) + w('from|in'),
  ' ' +
    w('someone|somebody|(?:a|another) (?:customer|shopper|buyer|visitor|person)') +
    upTo(7, '[^ .:]{1,32} ') +
    PURCHASE_VERB,
  '(?<! (?:you|youve|you have|we|weve|i|ive|have you|youll)) just ' +
    w(
      'bought|purchased|ordered|booked|donated|subscribed|signed up|joined|started buying|grabbed|snagged|snapped up|claimed|picked up',
    ),
  // our latest customers are from …
  ' ' +
    w('recent|latest|last|most recent') +
    w('customers?|buyers?|shoppers?|orders?|purchases?|visitors?|donors?|bookings?|sales?') +
    opt(w('are|were|came|is|was|come')) +
    w('from|in'),
];

/** Activity told by its time: a purchase word and "7 minutes ago" in the same copy. */
export const RELATIVE_TIME =
  ' ' +
  alt(
    alt(COUNT, SOME, w('a|an|about a|about an')) +
      w('seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|moments?') +
      w('ago'),
    w('just now|moments ago|seconds ago'),
  );
export const ACTIVITY_WORD =
  '(?<! (?:you|youve|you have|your|we|weve|we have|i|ive|i have|have you|did you)) ' +
  w(
    'bought|purchased|ordered|booked|donated|subscribed|signed up|joined|started buying|grabbed|snagged|viewed|checked out|added|purchase|booking|donation',
  );

// ─── vague-cta ───────────────────────────────────────────────────────────────────────────────────
/** A whole label that says nothing about what happens next ("Submit", "OK", "Continue »"), or "Click here …". */
export const VAGUE_CTA =
  '^ ' +
  w(
    'submit(?: form)?|ok(?:ay)?|continue(?: here| to next step)?|go(?: ahead| on)?|yes(?: please)?|no|next(?: step)?|proceed|confirm|send(?: form)?|enter|done|accept|(?:click|tap|press)(?: here)?|here|(?:learn|read|see|find out)? ?more|(?:this )?link|start|sure|yep|cancel|close|dismiss|apply|select|choose|lets go|view|details|info',
  ) +
  upTo(2, w('now|please|\\.')) +
  '$|^ ' +
  w('click|tap|press') +
  w('here|this link|this button');

/**
 * English false urgency: time pressure said in words (countdown timers are found by the engine, from the
 * countdown words at the end of this file). Shapes in the shape language of shapes.ts; classes and parts
 * (`@promo`, `@count`, …) are in en-claims-words.ts.
 */

export const EN_URGENCY = [
  // "Hurry!", but not "No need to hurry", "hurry up and wait" or "hurry-free"
  '<!@calm hurry !@idle|free',
  // pushes that are nothing but a push
  'act now|fast|quickly|today',
  '( dont | do not ) wait|delay',
  '( dont | do not ) miss ( out | it | this | =your | the deal|sale|offer | these deals|savings )',
  'while ( it | this | they | the offer|deal|sale ) last',
  'now or never',
  'before ( its | it is ) too late',
  'while you still can',
  'time is? running out',
  // "Time's nearly up" ("Time is up" alone closes a quiz)
  '^ time is? almost|nearly up|over',
  'running out of time',
  'clock|time is ticking',
  'tick tock',
  'once|when|before|until the timer|clock|countdown|counter ( hits|reaches|ends|expires|stops | runs out )',
  'timer|counter|countdown|clock hits|reaches zero|0',
  // "Last chance", "final hours", "last day to save" (but "last day of school" is a date, not a push)
  'last|final ( chance|call|opportunity|hours|minutes|moments|weekend | few hours|days | day|order !of|in|on|at|for|to|before|after|we|you|i|date|dates|deadline !# )', // "last orders 9:45pm" is a closing time
  'last|final day|chance|call|hours to ( save|buy|order|shop|get|claim|book|enter|register|join|grab|enjoy|redeem|use|apply|subscribe | sign up )',
  'last|final =day|days of|for ( the | our | this )? @promo',
  '<!the|past|in|over|during last|final #3 +? hour|hr|minute|min :|to',
  // limited time, one day only, flash deals
  'limited time|period|offer|deal',
  'for a short|limited time|period|while',
  'short time only',
  'one ( time offer|only|deal | day|night only )',
  'once in a lifetime',
  'lightning|flash deal',
  'doorbuster',
  'deal of the hour',
  'almost|nearly over',
  // one shape per first word: a number starts many strings, and each shape tried there should fail fast
  '( today|tonight|weekend | this weekend|week | through|thru|until|till? @weekday | today and tomorrow ) only',
  '24|48|72 hours only',
  '1|one day only',
  '2|two|3|three days only',
  // "=today": "Only today's orders are shown" is a filter
  'only for|available|valid? ( =today|tonight | this weekend|week | until|till midnight | 24|48|72 hours )',
  '@count hour|hr|day flash|only? sale|deal|offer|event|special|promo',
  'now through|thru|until|till',
  // order within the next 2 hours
  '( checkout|order|buy|book|purchase|claim|redeem|activate|subscribe|register|reserve|act | check out | complete your order|purchase | sign up ) ~3 ( within | in the next | in the following | during the next ) ( @count | @some | the next ) hour|hr|minute|min|second|sec',
  'for|in|within the next ( @count | @some ) hour|hr|minute|min|second|sec',
  '( @count | @some ) more? @unit|h|night ( left|remaining|only | to go )',
  '=hours|minutes|seconds ( left|remaining | to go )',
  'time left|remaining',
  'time is limited',
  '=times limited',
  // a promotion that ends (but not "Your trial ends tomorrow")
  // …at a date it names: a validity date is a term of the offer, not time pressed on the visitor
  '@promo @endVerb !@calendarDate',
  '<!@disclosed @endVerb @imminent',
  '_ <!@disclosed ( =ends|expires|ending in | =ending|expiring | is|are =ending ) $', // not a status alone: "Ending"
  '@promo only? valid|available|good only? for @count hour|hr|minute|min|second|sec',
  '( wont | will not ) last',
  '( wont | will not ) be around',
  '( wont | will not | never ) be repeated',
  'wont come back',
  'never again',
  '( =gone|disappear|disappears|disappearing|vanishes|vanishing | going|goes away ) ( soon|tomorrow|forever|tonight|in | at midnight )',
  'before ( it | the? price|offer ) ( =rise|rises|increase|increases|change|changes|ends|expires | go up )',
  // (not opening hours: "Open until midnight on Fridays")
  '<!open|opened|closed|serving before|by|until|till ( midnight | the clock|timer runs out | time runs out | its too late )',
  // prices that go up soon
  // (session 10: a fare too, and a named day: "Prices go back up Monday", "Fares rise Friday")
  'price|rate|fare ( will | is|are ( going|set|about to )? | =go|goes )? ( =go|goes|going? back? up | =increase|increases|increasing|rise|rises|rising|jump|jumps|change|changes|double|doubles ) ( in|on|at|soon|tomorrow|after|from|next|tonight|by|when|once|this | #4 | @weekday )',
  // the end of a discount is a date like "Sale ends 6 January" when it names a calendar date, urgency when soon
  'price|rate ( will | is|are ( going|set|about to )? )? ( revert | =go|goes back | =return|returns to normal ) !@calendarDate ( in|on|at|soon|tomorrow|after|from|next|tonight|by|when|once|this | #4 )',
  // a cart held for a time ("Your cart is reserved for 09:35")
  'cart|basket|bag|order|item|product|seat|ticket|spot|place|room|booking|reservation|price|discount|deal|offer|stock|selection ( is|are|was|were|only | will be | has|have been )? reserved|held|saved|guaranteed|locked in? ~3 for|until|till ( $ | #4 :|@unit | the next | @unit )',
];

/** Countdown words (countdown.ts): time units by kind, as timers write them. */
export const EN_COUNTDOWN = {
  units: {
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
  } as Record<string, 'd' | 'h' | 'm' | 's'>,
  /** Two numbers joined by ":" read as a timer only with a cue nearby ("ends in 08:41", "reserved for 09:35"). */
  cues: [
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
    // the visitor given a timer: "You have 14:59 to complete your order", "You've got 09:59" (the visitor's own payment
    // window, "You have 14:59 to pay", is stated.paymentWindow)
    'have',
    'got',
  ],
  /** …and never when it reads as a clock time ("by 9:00", "from 9:00 to 17:00") or a duration of media. */
  clockBefore: [
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
    // an estimate is a duration, never a countdown: "This process will take approximately 3 minute(s)"
    'approximately',
    'approx',
    'roughly',
    'estimated',
    'take',
    'takes',
  ],
  // …or is followed by what makes it a time of day: "You have 10:30 booked with Dr Patel"
  clockAfter: ['am', 'pm', 'uhr', 'h', 'o', 'oclock', 'gmt', 'utc', 'cet', 'est', 'pst', 'bst', 'booked'],
};

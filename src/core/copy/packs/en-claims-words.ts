/**
 * English word classes and shape parts for false urgency and pressure, used by en-urgency.ts and en-pressure.ts
 * as `@name` (the classes only pressure names are in en-pressure-words.ts). Entries are written as copy is typed; the pack's suffixes read their inflections ("deal" also
 * reads "deals"), so a class names each idea once.
 */

export const CLAIMS_CLASSES = {
  /** Number words that count like digits: "two left", "a handful of people". */
  numberword: [
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'a single',
    'a handful of',
  ],
  /** An imprecise crowd or count: "several", "dozens of". */
  some: [
    'a few',
    'few',
    'a couple of',
    'a couple',
    'several',
    'many',
    'lots of',
    'a lot of',
    'dozens of',
    'hundreds of',
    'thousands of',
  ],
  /** Units of a time span: what "3 days left" counts, and what a stock claim never counts. */
  unit: ['day', 'hour', 'hr', 'minute', 'min', 'second', 'sec'],
  weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  monthName:
    'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec'.split(
      '|',
    ),

  // ── urgency ──
  /** Before "hurry" these make it calm: "No need to hurry", "Don't hurry". */
  calm: [
    'no',
    'not',
    'dont',
    'never',
    'without',
    'wont',
    'in no',
    'no need to',
    'not in a',
    'not in any',
    'never in a',
  ],
  /** After "hurry", a joke about waiting: "hurry up and wait". */
  idle: ['up and wait'],
  /** Things on sale, whose end is a push ("sale ends tonight"). */
  promo: [
    'deal of the day',
    'offer',
    'deal',
    'price',
    'sale',
    'discount',
    'promo',
    'promotion',
    'savings',
    'coupon',
    'voucher',
    'special',
    'event',
    'bonus',
    'giveaway',
    'shipping',
    'delivery',
    'free shipping',
    'free delivery',
    'price drop',
    'clearance',
    'bundle',
    'flash sale',
    'markdown',
    'reduction',
    'early bird',
    'earlybird',
    'rebate',
    'cash back',
    'cashback',
    'promo code',
    'discount code',
    'coupon code',
    // an offer's own link or code, told by "exclusive": "Your exclusive link expires in 30 minutes" (a sign-in link or
    // code is notOffer)
    'exclusive link',
    'exclusive code',
    'exclusive access',
    'exclusive price',
  ],
  /** Subjects whose end is a disclosure, not a push: "Your trial ends tomorrow", "The pilot ends after 6 weeks". */
  disclosed: [
    'trial',
    // opening hours: "The store closes at 6 pm today"
    'store',
    'shop',
    'office',
    'branch',
    // a kitchen's or a venue's hours (session 10): "Kitchen closes at 10pm", "The museum closes at 6"
    'kitchen',
    'restaurant',
    'bar',
    'cafe',
    'museum',
    'gallery',
    'venue',
    'pool',
    'gym',
    'library',
    // an auction's or a vote's close is its rule, not a push (session 10): "The auction ends Sunday at 8pm"
    'auction',
    'bidding',
    'voting',
    'poll',
    'application',
    'submission',
    'subscription',
    'membership',
    'term',
    'contract',
    'access',
    'plan',
    'period',
    'cycle',
    'lease',
    'warranty',
    'guarantee',
    'pilot',
    'proof',
    'workshop',
    'meeting',
    'session',
    'call',
    'webinar',
    'class',
    'course',
    'program',
    'programme',
    'window',
    'policy',
    'billing',
    'service',
    'support',
    'payment',
    'renewal',
    'coverage',
    'insurance',
    'agreement',
    'commitment',
    'loan',
    'notice',
    'link',
    'password',
    'token',
    'card',
    'code',
    'verification',
    'season',
    'day',
    'week',
    'month',
    'year',
    'shift',
    'journey',
    'story',
    'road',
    'path',
  ],
  /** What an end "until" names that makes it a term, not a push: "valid until used", "until you cancel". */
  termEnd: ['used', 'further notice', 'cancelled', 'canceled', 'you cancel', 'redeemed', 'revoked', 'you stop'],
  /** How soon, after "in": "ends in 3 hours", "ends in a few days". */
  soonCount: [
    'less than',
    'under',
    'just',
    'only',
    'about',
    'approx',
    'approximately',
    'the next',
    'a few',
    'few',
    'an',
    'a',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'twelve',
  ],
};

/** Shapes named for reuse (`@count` in a shape). */
export const CLAIMS_PARTS = {
  /** "stay a", "be the", "go in": before a loss state ("stay a beginner"). */
  becomeA: '@become a|the|in',
  /** A number, with the "k" and "+" shops write ("2k+"), or a number word. */
  num: '# k? +?',
  count: '( # k? +? | @numberword )',
  /** A step of an admin's or a form's process left out: "without associating", "without notifying". */
  skippedStep:
    'without associating|linking|assigning|attaching|connecting|mapping|syncing|importing|exporting|uploading|publishing|tagging|notifying|sending|printing',
  /** How many in a crowd: a count, but not "one" as a pronoun ("the one customer selected", "each one"). */
  crowdCount: '( !one ( @count | @some ) | <!the|this|that|which|each|every|any|no =one )',
  /** A promotion ending: "ends", "will expire", "is almost over", "valid until" (not "ended": that is past). */
  endVerb:
    '( will? =end|expire|close|disappear|ends|ending|expires|expiring|closes|closing|finishes|disappears|vanish|vanishes|evaporate|evaporates | =melt|melts|evaporate|evaporates away | self destruct | is|are almost? over | =go|goes away | wont|will not last | will not last | is|are =ending | runs out | valid|good|available only? until|till|through|thru | last until|till|through|thru | until|till midnight ) !@termEnd',
  /** A calendar date or period, not "only" after it: "ends 14 September", "valid until 12 April 2029", "through
   * Dec 15", "at the end of June" (not "the end of the day" or "week": those are `imminent`). */
  calendarDate:
    'on|at|the? ( #2 @monthName | @monthName #2 | the end of ( the? month|year|season|quarter | @monthName ) ) !only',
  /** When it ends, soon: "tonight", "this Friday", "in 3 hours", "at 9" (not a card's "ending in 4242"). */
  imminent:
    '( soon|shortly|today|tonight|tomorrow|midnight|within | at midnight | at the end of ( the day | today | the week ) | this? @weekday | this week|weekend|evening|afternoon|morning | once|when the timer|clock|countdown|counter | at #2 | in ( $ | !@lastDigits @count | @soonCount ) )',
  /** The last digits of a stored card or an account ("Visa ending in 4242"): four digits or more, no time unit. */
  lastDigits: '!#3 # !@unit',
  /** What a crowd did, sold or bought: "sold", "added to their cart", "in carts". */
  sold: '( snapped up | sold|bought|purchased|ordered|booked|claimed|viewed | added to their? cart|bag|basket|wishlist | in carts|baskets|bags )',
  /** When: "in the last 24 hours", "today", "so far". */
  window:
    '( in? the? last|past | in|during|over|since|within|this|today|tonight|yesterday|recently|per|an|a|every|each|already|just|right|now | so far )',
  /** A purchase told of a named or unnamed stranger: "just bought", "is now viewing" (session 14: a lead's sign-up of any kind,
   * as service sites tell it: "Tom in Austin scheduled a call", "… downloaded the guide"; not "requested" or "activated": "someone else has
   * requested a password reset", "once SSO is activated"). */
  purchase:
    '( bought|purchased|ordered|booked|donated|subscribed|joined|grabbed|snagged|claimed|reserved|added|viewed|upgraded|switched|enrolled|scheduled|downloaded|registered|redeemed | signed|picked up | started buying | checked out | is|are now? ( viewing|buying | looking at | checking out ) )',
  /** Relative time of an activity: "7 minutes ago", "just now". */
  ago: '( ( @count | @some | a|an | about a|an ) @unit|moment ago | just now | moments ago | seconds ago )',
};

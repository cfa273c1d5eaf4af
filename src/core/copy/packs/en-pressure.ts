/**
 * English pressure: scarcity and activity claims with no declared source. Shapes in the shape language of
 * shapes.ts; classes and parts (`@left`, `@people`, `@sold`, …) are in en-claims-words.ts and en-pressure-words.ts.
 */

export const EN_PRESSURE = [
  // stock: "only 2 left", "less than 5 left in stock", "just 3 items remaining" (not "only 3 days left": urgency)
  '( only|just|under|last | less|fewer than | no more than ) ( @count | @some | a few more | few more | a small number of | limited ) ~3!@notStock @left',
  'only|just ~3!@notStock left|remain',
  'a|very? few ~2!@notStock left|remaining',
  // "Last 2 rooms at this hotel" (not "last 3 orders on your account")
  'last|final #3 +? ticket|seat|spot|place|room|item|piece|unit|pair|copy|size|cabin|table|bed|slot ( $ | @left | at|on this|our )',
  // not a comparison: "smarter than the last one"
  '<!@comparedTo last|final one|few|item|unit|piece|pair|size|seat|spot|ticket|room|place|table|copy|remaining ( @left | $ | hurry )',
  'last|final few ticket|seat|spot|place|room|item|piece|unit|pair|size|copy|left|remaining|available',
  '#3 +? ~3!@notStock left|remaining ( $ | in stock | at this price | for this | for|in|at|on|hurry|order|buy|get|grab|book|now|only|before )',
  // a place or a slot left today ("1 spot remaining today", "3 seats left tonight"), not the visitor's own allowance
  // of a period ("2 GB of data left this month", "10 lookups remaining today": any count but a slot's)
  '#3 +? ~1 @slot left|remaining today|tonight|this', // "3 express slots left today"
  // a count in stock is plain inventory (session 11's decision: "12 in stock", "4 in stock" pass), unless it is the last
  // one or two, which real shops print as a low-stock warning ("1 in stock", "2 in stock")
  '<!@atLeast 1|2|one|two ( item|unit|piece|pcs|pair|copy|left )? in stock',
  'stock|supply|availability|quantity is|are very|extremely? limited',
  // "80% claimed", "sold: 87%"
  '@num % ~2 claimed|sold|gone|taken|booked|redeemed|reserved',
  'claimed|sold|booked|taken|gone|reserved :? @num %',
  // low stock, selling fast, high demand (but not "low stock alerts", an admin's tool)
  'low inventory|supply|availability|stock !@stockTool',
  'low in stock !@stockTool',
  '<!your|my inventory|stock|supply is|are running? low', // (not an admin's "Your stock is low on 3 items")
  'running low|out',
  'almost|nearly|practically ( gone | sold out | out of stock )',
  '( sell out | sellout ) risk',
  '( will|could|may|might | about|going|set|expected|likely|predicted to ) sell out',
  'snapping these|them|it|this? up',
  'demand is|are very|extremely|unusually? high',
  'selling out',
  'sold out soon',
  'flying off the shelves',
  'only a handful|few !@notStock', // not "Only a few fields are required"
  // "while stocks last" alone is a stock disclaimer: it states a condition of the offer (a count or "selling
  // fast" beside it is still a claim); pressed on the visitor it is: "Grab yours while supplies last"
  'get|grab|buy|order|claim|snag ( yours | one | it | them )? while ( stock|supply|quantity last | you can | they last )',
  'before|once|when ( its | it is | theyre | they are | they re ) ( gone | sold out )',
  'before they|it =sell|sells out',
  'limited stock|quantity|supply|availability|inventory|number|piece|spot|seat|place|unit|item',
  'limited edition stock',
  '=selling|sells|sell|going|moving|disappearing|flying out? ( fast|quickly|quick|rapidly | like hot cakes | like hotcakes )',
  '( in | under | experiencing | such | so much | due to | because of ) ( unusually | very )? high|huge|great|strong|heavy|massive|extreme demand',
  '( unusually | very )? high|huge|strong|heavy|massive|extreme demand ( $ | for|alert|warning|item|product|style|size|today|expected|in | right now | on this )',
  'in demand $',
  'not for long $',
  'usually|normally|often|always|typically|frequently ( sold|sell out | books|booked up | =gone )',
  'rare find',
  // rarity as the item's own: "Rarely available", "seldom in stock"
  '( rarely | seldom | hardly ever ) ( available | in stock | on sale | comes up | come up )',
  'almost|nearly out $',
  // a crowd: "38 people are viewing this", "5,338 people bought this", "2 customers recently bought it"
  '@crowdCount other? @people ~5@crowdFiller @activeNow|@activePast',
  '@num @people ( now|currently|online | right now | at the moment )',
  '@num watchers',
  // counts of sales: "72 viewing this", "143 bought", "4 sold in the last 5 hours" (not "You have 3 orders")
  '<!@yours @num item|unit|piece|pcs|product|copy? ( are | have been | were|currently|recently|just|already )? ( viewing|watching|eyeing|browsing | looking at | @sold ( $ | @window | it|this|them ) | @salesNoun ( confirmed | made | placed | completed | received | taken )? @window )', // "2 bookings confirmed this week"
  '@sold ~2@roughly @num times|x',
  '( bought|purchased|ordered|viewed|favored|favoured|booked|added|chosen|picked|wishlisted|saved|claimed|liked | added to cart ) by :? @roughly? ( @count | @some ) @people',
  '@num % of our|all|the? @people ~2 @activePast|choose|pick|add|buy|upgrade|opt',
  'in ( @num other? | other ) ~2 cart|bag|basket|wishlist',
  // a stranger's purchase: "Jamie from Leeds just bought …", "Someone in Madrid, Spain purchased …", "Sarah K. bought …"
  // (not an account's own activity: "Someone in London just bought your product", "… joined your workspace")
  'from|in !@notPlace ~4 ,? ~3 just|recently|has|have? @purchase !your|my',
  '@letter . just|recently? @purchase',
  'bought|purchased|ordered|booked|grabbed|claimed|reserved by ~3 from|in',
  '( someone|somebody | a|another customer|shopper|buyer|visitor|person ) ~4 ,? ~3 @purchase !your|my',
  '<!@ourselves just ( bought|purchased|ordered|booked|donated|subscribed|joined|grabbed|snagged|claimed | signed|picked|snapped up | started buying ) !your|my',
  '( recent|latest|last | most recent ) customer|buyer|shopper|order|purchase|visitor|donor|booking|sale ( are|were|came|is|was|come )? from|in',
];

/** Activity told by its time: a purchase word and "7 minutes ago" anywhere in the same copy. */
export const EN_PRESSURE_PAIRS = [
  [
    '@ago',
    '<!@ourOwn ( bought|ordered|booked|donated|subscribed|joined|grabbed|snagged|viewed|added|purchase|booking|donation|upgraded|switched | signed up | started buying | checked out )',
  ],
  // "saved" only by a stranger: "Someone saved this 4 minutes ago", "Priya in Pune saved $30 …" (not a draft's "Last saved 5 minutes ago")
  ['@ago', '( someone | somebody | @people | from | in ) ~3 saved'],
  // a sale told by its time as a badge of its own, "sold" opening it as "bought" does a stranger's purchase: "Sold 12
  // minutes ago", "Last sold 3 hours ago" (not "Your item sold 2 hours ago", the seller's own; nor "Sold out …", "Sold by Acme")
  ['@ago', '^ ( last | recently | just )? =sold !out|by|to|for'],
] as const;

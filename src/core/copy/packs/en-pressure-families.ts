/**
 * English pressure by FAMILY: each block describes one way copy presses a crowd or a scarcity on the visitor,
 * from the language (synonyms, inflections, word orders, registers), not from the rows of any batch. Probes of
 * each family, dark and honest, are in test/core/copy/packs/families-en.ts. Spread into the pack's `pressure`.
 */
import type { Shape } from '../pack.js';

export const EN_PRESSURE_FAMILY_CLASSES = {
  /** How a crowd is praised before it is counted: "happy customers", "savvy shoppers", "fellow parents". */
  crowdAdjective: ['happy', 'satisfied', 'savvy', 'smart', 'loyal', 'fellow', 'other', 'existing', 'new'],
  /** Who a crowd is, beyond `@people`: parents, readers, households, businesses. */
  crowdOf: ['@people', 'parent', 'household', 'business', 'subscriber', 'fan', 'renter', 'driver'],
  /** The visitor's own circle, whose choice is pressed on them. */
  circle: [
    'colleague',
    'coworker',
    'teammate',
    'team',
    'friend',
    'neighbour',
    'neighbor',
    'peer',
    'classmate',
    'competitor',
  ],
  /** What the crowd or circle did or does. */
  joinedIn: ['@activePast', 'use', 'on', 'in', 'switched', 'moved', 'made the switch', 'signed', 'enrolled'],
  /** Everyone doing it now: "everyone's switching". */
  everyone: ['everyone', 'everybody'],
  /** After what everyone is doing: "switching to", "getting one". */
  crowdDoingWhat: ['to', 'on', 'up', 'one', 'it', 'this', 'them', 'about', 'over', 'these'],
  /** What others may take from the visitor: the slot, the room, the table. */
  slot: [
    'room',
    'seat',
    'spot',
    'place',
    'table',
    'slot',
    'date',
    'ticket',
    'item',
    'appointment',
    'booking',
    'deal',
    'one',
    'size',
    'capacity',
  ],
  /** Others lined up for it. */
  queuing: ['waiting', 'queuing', 'queueing', 'in line', 'lined up', 'in the queue'],
  /** Taking it before the visitor does. */
  takeIt: ['take', 'grab', 'book', 'snag', 'snap', 'claim', 'buy', 'nab', 'steal', 'reserve'],
  /** Capacity nearly gone: "almost fully booked", "nearly at capacity". */
  nearly: ['almost', 'nearly', 'practically', 'virtually'],
  nearlyFull: ['booked', 'booked up', 'at capacity', 'reserved', 'sold'],
  /** The visitor's own space, which fills up without anyone's demand: "Your mailbox is almost full". */
  fullOwn: [
    'your',
    'my',
    'storage',
    'disk',
    'mailbox',
    'inbox',
    'drive',
    'memory',
    'battery',
    'tank',
    'plan',
    'quota',
    'account',
    'space',
    'folder',
    'cart',
    'bag',
    'basket',
    'calendar',
    'queue',
    'bin',
    'trash',
  ],
  capacityGone: ['taken', 'booked', 'gone', 'sold', 'reserved', 'claimed', 'filled'],
  /** First words of a clause's subject that name a thing or the visitor's own, not a stranger: "Your parcel from
   * Leeds just arrived", "A reply from Anna just came in", "Prices in Berlin just went up". */
  notStranger: [
    'your',
    'my',
    'our',
    'the',
    'this',
    'that',
    'these',
    'those',
    'new',
    'message',
    'email',
    'reply',
    'update',
    'note',
    'letter',
    'parcel',
    'package',
    'order',
    'delivery',
    'shipment',
    'payment',
    'transfer',
    'call',
    'text',
    'notification',
    'news',
    'post',
    'photo',
    'review',
    'invoice',
    'refund',
    'request',
    'price',
    'item',
    'stock',
    'file',
    'data',
    'login',
    'session',
    'device',
  ],
  /** What notification plugins say a stranger just did besides a purchase (`@purchase`): a sign-up, a win; not an ordinary act told to the
   * visitor ("Tom from Acme just accepted your invitation", "… just replied", "… just approved the budget"). */
  strangerDid: [
    'renewed',
    'registered',
    'started',
    'unlocked',
    'redeemed',
    'downloaded',
    'activated',
    'closed',
    'found',
    'saved',
    'won',
    'earned',
    'scored',
    'got',
    'made',
    'tried',
  ],
  /** Where a stranger is said to be now: "… is on this page right now", "… is shopping". */
  hereNow: [
    'on this page',
    'on the page',
    'on this site',
    'on our site',
    'shopping',
    'browsing',
    'viewing',
    'checking out',
    'looking at this',
  ],
  /** What a listing is said to have drawn: "This listing has 14 offers", "This home has 9 enquiries". */
  listingDraw: [
    'offers',
    'favourites',
    'favorites',
    'watchers',
    'enquiries',
    'inquiries',
    'saves',
    'viewings',
    'visits',
    'applications',
    'applicants',
    'interested buyers',
  ],
  /** What a listing is: the thing a draw is told of. */
  listing: [
    'listing',
    'property',
    'item',
    'ad',
    'advert',
    'home',
    'flat',
    'apartment',
    'house',
    'car',
    'room',
    'product',
    'deal',
    'offer',
  ],
  /** A lot, as a listing's draw is told without a count: "a lot of interest". */
  aLot: ['a lot of', 'lots of', 'plenty of', 'loads of', 'huge', 'strong', 'high', 'massive', 'so much'],
  /** What a scarcity badge makes limited: "Limited release", "Our limited merchandise", "Limited activations today".
   * Not the size of a run ("Limited edition", "Limited run", "Limited batch"): a product attribute, not a claim about
   * what is left (product decision, session 13, as de/es/fr read it); scarcity told around it stays pressure by its own
   * words ("Limited edition — almost gone", "Only a few of the limited run left"). */
  scarceNoun: [
    'release',
    'drop',
    'merchandise',
    'allocation',
    'activation',
    'places',
    'spaces',
    'slots',
    'spots',
    'seats',
    'tickets',
    'quantities',
  ],
  /** What a crowd's demand is counted in, told as a trend: "Bookings keep climbing", "Sign-ups are soaring". */
  demandOf: [
    'demand',
    'sales',
    'orders',
    'bookings',
    'sign ups',
    'signups',
    'registrations',
    'enrolments',
    'enrollments',
    'reservations',
    'preorders',
    'pre orders',
    'enquiries',
    'inquiries',
    'interest',
    'waitlist',
    'waiting list',
  ],
  /** Growth, as a trend presses it: "still climbing", "through the roof" (not "rolling in": an admin's own orders). */
  growing: [
    'climbing',
    'rising',
    'soaring',
    'growing',
    'surging',
    'skyrocketing',
    'booming',
    'exploding',
    'spiking',
    'shooting up',
    'going up',
    'through the roof',
    'off the charts',
  ],
  /** Who a crowd is as a rounded popularity count counts it: "1,800+ subscribers", "Trusted by 1000+ companies". */
  // (not @crowdOf: its "other" is no crowd in "50+ other CRMs")
  crowdCounted: [
    'people',
    'shoppers',
    'buyers',
    'fans',
    'parents',
    'households',
    'families',
    'travellers',
    'travelers',
    'donors',
    'supporters',
    'players',
    'gamers',
    'subscribers',
    'members',
    'users',
    'readers',
    'developers',
    'builders',
    'creators',
    'companies',
    'businesses',
    'brands',
    'teams',
    'agencies',
    'professionals',
    'founders',
    'marketers',
    'students',
    'learners',
    'customers',
    'clients',
  ],
  /** Who moves over to the shop, in a crowd or the visitor's circle: "Your neighbours are switching to us". */
  movers: ['@people', '@circle', 'everyone', 'thousands', 'millions', 'more and more people'],
  /** Whose share is told with its choice: any crowd a shop counts ("9 in 10 guests keep it"). */
  shareWho: [
    '@crowdCounted',
    'guests',
    'travellers',
    'travelers',
    'patients',
    'owners',
    'homeowners',
    'drivers',
    'couples',
    'diners',
    'riders',
    'renters',
    'visitors',
    'donors',
  ],
};

export const EN_PRESSURE_FAMILIES: readonly Shape[] = [
  // ── a crowd of others who already did it, offered to join ──
  // (a count alone is testimony, not pressure: "Join 2,000 subscribers", "Over 10,000 happy customers")
  // a praised crowd that did it: "3k smart parents have already upgraded", "12,000+ savvy shoppers who switched"
  '@crowdCount ~2@crowdAdjective @crowdOf ~5@crowdFiller @activePast|@activeNow|switched|moved',
  // the visitor's circle: "Most of your teammates already use Pro", "All your neighbours are already on it"
  '( most | many | half | all | # % ) of? your|my|our ~1 @circle ~2 already|now ~2 @joinedIn',
  // "Everyone's switching to …", "everybody is getting one"
  '@everyone ( is | s )? =switching|joining|upgrading|getting|wearing|trying|signing|moving|talking|loving|raving|using @crowdDoingWhat',
  // "Don't be the only one without it", "… the only one left out"
  '( dont | do not ) be the only one ~2 without|missing|left|who',
  // a crowd or the visitor's circle moving over to the shop: "Your neighbours are switching to us", "People are moving
  // over to our plan" (not "Your team is switching to the new dashboard", "We are switching to a new provider",
  // "Customers are moving over to the new checkout on Monday")
  '<!@ourselves @movers ( are | is | re | s )? ~2 =switching|moving|flocking|signing ( to us | to our | over to us | over to our | up with us )',

  // ── others want the same thing now ──
  // "Other guests are waiting for this room", "others are queuing for this slot"
  '( others | other @people | another @people | someone else | somebody else ) ~2 @queuing for this|these|that|your|the ~1 @slot',
  // "Someone else could book your seat", "somebody else might snap up your table" (not "take over your shift")
  '( someone | somebody | another @people ) else? ( could | might | may | will | can | is about to | is going to ) ~1 @takeIt !over',
  // …or doing it now, in the present: "Someone else in your area claims your slot" (not "takes over your shift", nor
  // the status "Someone else booked your slot while you were paying")
  '( someone | somebody ) else ~4 =takes|claims|grabs|books|snaps|nabs|reserves|taking|claiming|grabbing|booking|snapping|reserving !over ~1 your ~2 @slot',
  // "Grab it before someone else does"
  'before ( someone | somebody | anyone ) else? ( does | do | gets|grabs|takes|books|snags|snaps|claims|buys|nabs )',
  // "Another shopper has these dates on hold", "other people have it in their cart"
  '( another | other ) @people ~1 has|have|is|are ~3 ( on hold | in their cart|basket|bag )',

  // ── scarcity told by a quantifier instead of a count (session 13): few|very few|not many|hardly|barely|scarcely
  // any|a handful + (seats|units|…)? + left|remain|remaining|available|in stock, the clause ending there or with the
  // stock's tail ("Few remain", "Not many left!", "Hardly any seats available", "Barely any left in stock", "A handful
  // remain at this price"; not "Few people left a review", "Not many fields remain to fill in", "Hardly any setup
  // left to do": the clause goes on, or counts no stock) ──
  '^ ( few | very few | not many | not a lot | hardly any | barely any | scarcely any | a handful ) ~2!@notStock =left|remain|remains|remaining|available ( $ | in stock | at this price | today | now | for this )',
  // capacity said full as a badge or of an event (session 13): "Almost full!", "Class nearly full", "This tour is
  // almost full" (not "Your mailbox is almost full", "Storage almost full": the visitor's own space)
  '^ @nearly full $',
  '<!@fullOwn ( is | s | are | re ) @nearly full $',
  '<!@fullOwn <!is|s|are|re @nearly full $',
  // ── scarcity or demand told without a count (session 13): the stock tight, the shelves emptied, demand huge, and a
  // per-customer limit given demand as its reason ("Limit 2 per customer — stock is tight", "We can't keep these in
  // stock", "Strictly one per customer: demand is huge", "Limited to 1 per household due to demand"; not a plain
  // limit: "Limit 2 per customer", "Max 2 per customer to keep prices low", "Limited to 2 per customer so that
  // everyone gets a chance") ──
  '<!your|my stock|supply|supplies|inventory ( is | are | s ) ~1 tight|scarce',
  '( cant | cannot | can not | couldnt ) keep ~2 ( in stock | on the shelves | on shelves | on the shelf )',
  'demand ( is | s ) ~1 ( huge | insane | crazy | wild | enormous | intense | unreal | off the charts )',
  '( per | each ) ( customer | person | household | order | account | visitor ) ~3 ( due to | because of | given ) the? demand',
  '( due to | because of ) the? demand ,? ~6 ( per | each ) ( customer | person | household | order | account | visitor )',
  // ── capacity almost reached ──
  // "Almost fully booked", "practically booked up", "nearly at capacity" (not "almost full": a mailbox, a disk)
  '@nearly fully? @nearlyFull',
  // "Tables are filling up fast", "spots filling quickly"
  '=filling|fills|fill up? fast|quickly|rapidly|quick',
  // "90% of seats already taken"
  '# % of ~1 @slot ~2 @capacityGone',
  // most of it gone, without a count: "most sizes already gone", "nearly all dates booked" (not "Most rooms have a
  // balcony", "Most sizes are in stock")
  '( most | many | nearly all | almost all | half ) ( of the | of our )? ~1 sizes|colours|colors|@slot ~2 already? @capacityGone',
  // demand as a rush or a crowd: "being snapped up", "don't get left behind", "extremely popular right now", "Most
  // people in your area upgrade today", "Mike and 27 others just enrolled", "Just sold: …", "one of our most wanted"
  '( being | getting ) snapped up',
  'popular ~4 dont|do not get left behind',
  'extremely|hugely|insanely popular right now',
  'most people in your area|city|street',
  'and # others just',
  // a stranger's act as a ticker's header (session 13: the verbs of customers' activity, not a changelog's "Just added:",
  // "Just released:")
  '^ just ( sold | bought | booked | ordered | joined | claimed | purchased | enrolled | subscribed | reserved | signed up ) :',
  // a live counter alone: "12 active now", "38 online right now" (not "3 active now on your team", "12 active users")
  '^ @num ( active | online | browsing | viewing | shopping | here ) ( now | right now | at the moment ) $',
  'one of our most wanted|popular|requested',
  'the last ~2 spots|seats|places|tickets are going',
  'already saving|switching|using with us',
  'only # units|pieces|items left at',

  // ── a stranger's act as a notification: "<name> from <place> just …", "… is on this page right now" ──
  // what notification plugins report ("just unlocked her report", "just closed a $340 trade"), but not news of the
  // visitor's own things ("Your parcel from Leeds just arrived", "A reply from Anna just came in", "Ana from your team
  // just commented") nor a named person's ordinary act told to the visitor ("Tom from Acme just accepted …")
  // (nor the visitor's own thing acted on, an account's activity: "Someone in London just bought your product")
  '^ ~2!@notStranger from|in !@notPlace ~3 ,? just|recently ( @purchase | @strangerDid ) !your|my|our',
  '^ ~2!@notStranger from|in !@notPlace ~3 ( is | are ) ( now | currently | right now )? @hereNow !your|my|our',

  // ── demand told as a trend, without a number (session 12): "Bookings keep climbing", "Sign-ups are still rising",
  // "Demand is through the roof", "Interest has been off the charts" (not "Your sales are climbing": the visitor's own
  // figures; nor "Prices are rising": no crowd) ──
  '<!your|my|our @demandOf ( is | are | s | has been | have been | keeps | keep )? still|just? @growing',
  // …or told by its multiple or its rise this week (session 13): "Sign-ups have tripled this week", "Bookings are up 300%
  // this month", "Demand has doubled since Monday", "Orders keep pouring in" (not "Your sales doubled", "Prices have
  // doubled", "Orders are up 12% vs last week": a dashboard's comparison names what it compares with)
  '<!your|my|our @demandOf ( has | have | s | are | is | re )? ( doubled | tripled | quadrupled | =up # % | jumped # % | grown # % ) ( $ | this week | this month | today | overnight | since | in the last | in just ) !vs|versus|compared|from|on',
  '<!your|my|our @demandOf ( keep | keeps | are | is | have been | has been ) ( pouring | flooding | flying ) in', // (not "rolling in": an admin's own orders)
  // the crowd that wants more of it: "Customers can't get enough of these" (not "I can't get enough sleep")
  '( cant | cannot | can not ) get enough of ~1 this|these|it|them|our',
  // the items going fast, told of them: "Limit 2 per customer, they go quickly", "These sell fast" (not "It goes
  // quickly once you start": a process)
  '( they | these | those | theyre | they are | these are ) ( go | going | sell | selling | move | moving ) ~1 fast|quickly|quick|rapidly',
  // what the shop can only make or take a day, as a scarcity: "We can only bake 40 a day", "Only 100 orders accepted
  // per day" (not "We ship twice a day")
  'only ( make | bake | brew | produce | roast | craft | build | take | accept | open ) ~2 # ~2 ( a | per | each ) day|week|month|batch',
  'only # ~2 ( accepted | taken | made | available | released ) ( a | per | each ) day|week',
  // (the size of a customer base, rounded or exact, is no claim of scarcity or activity: "Join 50,000+ developers",
  // "Trusted by 1000+ companies" pass; product decision, session 12)
  // the visitor's competitors said to be in the crowd: "Your competitors might be among them"
  'your competitors|rivals ~2 ( be | are ) among them|those',
  // a reward for the first few: "50% off for the first 100 signups" (not "Free shipping on your first 3 orders")
  '( for | to ) the first # ~2 @crowdCounted|signups|buyers|orders|subscribers|people',
  // the cart's items said to run out: "Your cart items might be out of stock soon"
  '( might | may | could | will ) ( be | go | sell ) ~1 ( out of stock | sold out | out ) soon',
  // a giveaway's prizes as a stock or a crowd's take (session 12, realdark): "3 big prizes left today", "Last big prize
  // available", "27 prizes given today" (not "Prizes are given at the end of the month")
  '# ~2 prize|prizes|rewards|gifts left|remaining',
  '( last | final ) ~1 prize|reward|gift ( available | left | remaining | up for grabs )',
  // a stranger's win told as news, the name and little else: "Laura just won", "Sam K. just won a voucher" (not "Our team
  // just won an award", "The Lakers just won")
  '^ ~2!@notStranger <!@ourselves just won',
  '# ~1 prizes|rewards|gifts ( given | given away | won | claimed | awarded ) ( today | tonight | this week | so far | already | just now )',
  // an offer's codes counted down ("code" alone is the visitor's own: "3 backup codes left"): "Only 5 coupon codes left"
  '# ( coupon | discount | promo | voucher ) code|codes left|remaining',
  // ── a listing's draw: "This listing has 14 offers", "This property has received a lot of interest", "67 favourites"
  // (not "This item has 120 reviews", "Your listing has 14 offers": the seller's own account) ──
  'this|the ~1 @listing ( has | already has | has had | has received | has got | got | received ) ~2 ( # | @some ) ~1 @listingDraw',
  'this|the ~1 @listing ( has | already has | has had | has received | has got | got | received ) ~1 @aLot interest',
  '^ @num favourites|favorites|saves|hearts|watchers $',

  // ── a scarcity badge: "Limited release", "Our limited merchandise", "Limited activations today" (not "Limited
  // edition", a run's size; not "Limited edition prints, numbered and signed", "Limited edition: numbered prints", a description; not "Limited
  // to 2 per customer", "Limited warranty") ──
  '^ our? limited @scarceNoun ( $ !: | today | tonight | this week | now )',
];

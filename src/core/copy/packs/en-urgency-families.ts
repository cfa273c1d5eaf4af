/**
 * English false urgency by FAMILY: each block describes one way marketers press time on a visitor, from the
 * language (its synonyms, inflections, word orders and registers), not from the rows of any batch. Probes of
 * each family, dark and honest, are in test/core/copy/packs/families-en.ts. Spread into the pack's `urgency`.
 */
import type { Shape } from '../pack.js';

export const EN_URGENCY_FAMILY_CLASSES = {
  /** What a visit is, as copy names it: the session, the page, the tab, the window, the pop-up. */
  visitThing: ['session', 'visit', 'page', 'tab', 'window', 'screen', 'pop up', 'popup'],
  /** Which visit: this one ("your current visit", "this session"). */
  thisVisit: ['this', 'the current', 'your current'],
  /** Leaving the visit. */
  leaveVisit: ['leave', 'close', 'exit', 'refresh', 'reload', 'navigate'],
  /** What an offer does when it is lost. */
  lost: ['gone', 'lost', 'disappear', 'vanish', 'expire', 'over', 'end', 'history'],
  /** Things on offer whose window can be pressed, beyond `@promo`: a rate, a code, a member price, a fare. */
  offered: ['@promo', 'rate', 'code', 'bundle', 'fare'],
  /** Held for the visitor a while: "frozen", "locked", "yours". */
  heldFor: ['frozen', 'locked', 'held', 'guaranteed', 'reserved', 'valid', 'good', 'yours', 'live'],
  /** How long more, before the count: "for another 8 minutes", "for the next 2 hours", "for just 20 minutes". */
  forMore: ['another', 'the next', 'just', 'only', 'a further'],
  /** What an offer is about to do. */
  aboutTo: ['end', 'expire', 'close', 'disappear', 'vanish', 'rise', 'run out', 'go'],
  /** Losing the offer unless the visitor acts: "… or lose the deal". */
  loseIt: ['lose', 'miss', 'forfeit'],
  /** Not there later: "won't be around tomorrow", "no longer available after tonight". */
  notThere: ['around', 'here', 'available', 'valid', 'offered', 'on offer', 'live'],
  /** Later, when it is gone. */
  later: [
    'tomorrow',
    'tonight',
    'after today',
    'after tonight',
    'by tomorrow',
    'by morning',
    'next week',
    'for long',
    'again',
  ],
  /** Named sale events whose last hours are counted: "Cyber Week: last 3 hours". */
  saleName: ['sale', 'clearance', 'drop', 'presale', 'offer', 'deal', 'week', 'weekend', 'friday', 'monday', 'eofy'],
  /** From a day on, when a price is higher: "tomorrow", "after tonight", "from Monday". */
  fromLater: [
    'tomorrow',
    'after today',
    'after tonight',
    'after midnight',
    'from tomorrow',
    'from midnight',
    'next week',
    'from monday',
    'from tuesday',
    'from wednesday',
    'from thursday',
    'from friday',
    'from saturday',
    'from sunday',
  ],
  /** A deadline before a penalty of price: "by Friday", "before midnight", "today". */
  byWhen: ['@weekday', 'tonight', 'midnight', 'tomorrow', 'today', 'the weekend', 'the end of the day'],
  /** How much more is paid after it: "or pay double", "otherwise you pay the full fee" (not "pay in full", "a penalty"). */
  payMore: ['more', 'double', 'twice', 'extra', 'full price', 'the full', 'full', '# more'],
  /** Access to a sale that closes: "early access", "VIP access", "members' access". */
  accessKind: ['early', 'vip', 'member', 'members', 'insider', 'presale', 'sale', 'priority'],
  /** Things held for the visitor a few minutes: "holding your room for 15 minutes" (not a restaurant's table). */
  holdThing: [
    'seat',
    'room',
    'ticket',
    'cart',
    'basket',
    'bag',
    'spot',
    'place',
    'booking',
    'item',
    'price',
    'fare',
    'deal',
  ],
  /** Taking the offer, after "you have N minutes to …": "complete your purchase", "check out", "claim it". */
  takeOffer: [
    'complete',
    'finish your purchase',
    'finish your order',
    'check out',
    'checkout',
    'buy',
    'book',
    'claim',
    'grab',
    'purchase',
    'order',
    'pay',
    'secure',
    'lock in',
    'redeem',
    'decide',
  ],
  /** Getting the offer, before a near day: "Get yours before Friday", "Grab one before midnight". */
  getIt: ['get', 'grab', 'claim', 'snag', 'score', 'nab'],
  /** The price it goes back to: "back to full price", "regular pricing returns". */
  fullPrice: [
    'full price',
    'full pricing',
    'regular price',
    'regular pricing',
    'normal price',
    'original price',
    'list price',
  ],
  /** What a one-time-offer page says the visitor will never see again (session 13): the offer or the page itself
   * ("You'll never see this page again"), not a key, a code or a message ("You won't see this key again"). */
  onceThing: ['@offered', 'page', 'opportunity', 'upgrade', 'chance'],
  /** Rates that are terms, not offers: "Exchange rate locked for 24 hours", "Interest rate locked for 60 days". */
  termRate: ['exchange', 'interest', 'mortgage', 'conversion', 'fx', 'tax', 'currency'],
};

export const EN_URGENCY_FAMILIES: readonly Shape[] = [
  // ── an offer tied to this visit: the session, page, tab or window, gone when the visitor leaves ──
  // "only valid during your current visit", "exclusive price for this session", "valid in this window"
  'only|exclusive|exclusively|valid ~2 for|during|in @thisVisit ~1 @visitThing',
  // "good for this visit only", "available for the current session"
  'available|good ~1 for|during @thisVisit @visitThing',
  // "only on this page", "exclusively while on this screen"
  'only|exclusive|exclusively ( on | while on ) @thisVisit @visitThing',
  // "… this session only" (not "This page only lists …": the clause ends there)
  '@thisVisit ~1 @visitThing only $',
  // "only while this tab stays open", "valid as long as the window is open"
  'only|valid|available|lasts|good ~2 ( while | as long as | until ) this|the @visitThing ~2 open|active',
  // "lasts as long as you stay on this page", "only while you're on the page"
  'only|valid|available|lasts|good|stays ~2 ( while | as long as ) you|youre ~1 on|in this|the @visitThing',
  // the offer first, then leaving: "the code disappears as soon as you close this window"
  '@offered ~3 @lost ~1 ( when | once | if | as soon as | the moment | after ) you ~1 @leaveVisit',

  // ── a validity window counted in minutes or hours from now, with no date ──
  // "frozen for another 8 minutes", "yours for the next 2 hours", "held for 10 more minutes", "good for just 20 minutes"
  '<!@termRate @offered ~3 @heldFor for @forMore? ( @count | @some | a few )? more|extra|further? @unit|h|hrs|mins',
  // "Only 45 more minutes at this price", "3 more hours to save"
  '( @count | @some | a few ) more @unit|h|hrs ( at|for this|that|the ~1 price|rate|deal | to save|claim|order|buy|book|grab|get )',

  // ── the offer gone tomorrow, or lost unless the visitor acts ──
  // "This price won't be around tomorrow", "the rate will no longer be available after tonight",
  // "today's special is not available tomorrow"
  '@offered ~4 ( wont | will not | will no longer | no longer | not | isnt ) be? ~1 @notThere ~1 @later',
  // "Tomorrow this deal is history", "by tomorrow the coupon is done"
  '( tomorrow | tonight | by tomorrow | by morning ) ~3 @offered ~3 history|finished|done|past',
  // "Book now or lose the discount", "… otherwise you'll miss out on the deal"
  '( or | otherwise | else ) ~2 ( @loseIt | say|kiss|wave goodbye to ) ~2 @offered',
  // "Order today, otherwise the offer is gone"
  '( or | otherwise | else ) ~3 @offered ~2 =gone|lost|over|expires|ends|history',

  // ── an end said to be imminent, with no number ──
  // "This deal could end any minute now", "the sale may close at any moment", "promo ending any second"
  '@offered ~4 at? any minute|moment|second',
  // "… could end at any time" (but "Prices may change at any time" is a disclaimer: changing is no going away)
  '@offered ~4 ( end | expire | go | vanish | disappear | close | rise | jump | sell out | be gone ) at? any time',
  // "Your discount is about to expire", "Offer about to disappear", "Prices are about to go back up"
  '@offered ~3 about to @aboutTo',

  // ── a countdown said in words ──
  'final|last countdown',
  'countdown ( is on | has started | has begun | started | begins | begun | is running )',
  // "3, 2, 1 …", "3... 2... 1..." (at a clause start, so "version 3.2.1" or "rooms 3, 2 and 1" are not)
  '^ 3 ,|.? 2 ,|.? 1 ,|.',
  // a short window counted from now, a price or deal that resets on the clock: "For the next hour only", "Prices
  // climb again in 47 minutes", "Deal of the day — resets at 00:00", "Only until the end of this session"
  'for the next # ~1 minutes|hour|mins ~1 only',
  '^ for the next hour|minute ~1 only',
  // (grouped in session 10: "climb|rise|go up|jump" read as "climb|rise|go" + "up|jump" and missed "Prices climb again")
  'price ~1 ( climb | rise | go up | jump ) ~1 again? in # minutes|hours|mins',
  'deal|offer|price ~4 resets at #',
  'only until the end of this|your session|visit',
  'discount|deal|offer|price ~1 is almost|nearly gone',

  // ── a sale's last hours counted (session 10): "Summer sale — final 48 hours", "Cyber Week: last 3 hours" ──
  // "final" and a count is the end coming, unless it is the end of something named ("the final 2 days of the
  // conference") or of a past span ("over the final 3 hours")
  '<!the|past|in|over|during|from|of|for|its|their final #3 hrs|hour|day|minutes|mins !of',
  // "last" and a count is a report's span ("Orders in the last 24 hours", a "Last 7 days" filter) unless a sale names
  // it, and only in hours or minutes
  // ("=event": an "Event" by name, not analytics' "Events: last 24 hours")
  '( @saleName | =event ) :? last #3 hours|hrs|minutes|mins ( $ | to | of ( the | this | our )? @promo )',

  // ── a price told by what it costs later (session 10): "Tomorrow this costs $20 more", "This will cost more tomorrow" ──
  '@fromLater ,? ~3 cost|pay ~3 more|double|twice|extra',
  'cost ~3 more|double|twice|extra @fromLater',

  // ── a deadline with a penalty of price (session 10): "Register by Friday or pay double", "Sign up today or pay more
  // later" (not "Pay by card or pay by transfer", "or pay a penalty", "or pay in full")
  '( by | before | until ) ~2 @byWhen ~3 ,? ( or | otherwise ) ~2 pay @payMore',
  'today|tonight|now ~3 ,? ( or | otherwise ) ~2 pay @payMore',

  // ── gone after today (session 10): "After today, this kit is gone for good", "Gone for good at midnight" (the visitor's
  // own trial or plan is a term: "After today your trial is over and billing starts")
  '( after | from | past ) today|tonight|midnight ,? ~4!@disclosed =gone|history|unavailable|over',
  'gone|over for good ( tonight | at midnight | after today | after tonight | tomorrow | soon )',

  // ── a price's own timer (session 10): "The deal timer is running: 04:51", "Discount clock started" (a time tracker's or
  // a workout's "Your timer is running" names no offer)
  '@offered timer|clock|countdown ( is | s | has )? running|ticking|started|live|on',

  // ── today's price only (session 10): "Today's price only — order now", "Tonight's rate only" (not "Today's price: $4")
  '( todays | tonights | this weeks | this weekends ) @offered|rate|fare only',

  // ── a sale's doors closing (session 10): "VIP early access ends tonight", "Members' sale: access closes in 30 minutes",
  // "Cart closes in 2 hours" (an access that is the visitor's own subscription or a beta's dated end is a term)
  '@accessKind access @endVerb @imminent',
  '^ access|cart close ( in ( @count | @soonCount ) minutes|mins|hours|hrs | tonight | at midnight )',

  // ── a hold of minutes said as its end or its keeping (session 10): "Your seats will be released in 10 minutes",
  // "We're holding your room for 15 minutes" (hours and days are a service: "Unpaid bookings are cancelled in 48 hours")
  '@holdThing ~3 ( released | expire | expires | cancelled | canceled | emptied | lost | removed ) in ( @count | @soonCount ) minutes|min',
  'hold|reserve|save ~2 @holdThing ~2 for @forMore? # minutes|min',

  // ── the offer not staying or coming back (session 10): "This price won't stick around", "We will never offer this
  // price again", "Only until Sunday" (not "We won't ask you again", "Returns accepted only until Friday")
  '( wont | will not | doesnt | does not ) stick around',
  '( never | wont | will not ) ~2 offer|run|repeat ~3 @offered|this|it ~1 again',
  '<!accepted|open|opened|closed only until|till|through|thru ( @weekday | tonight | tomorrow | midnight )',

  // ── a discount that runs to a near day (session 10): "40% off until Sunday", "Save 25% through Friday" (not "Free
  // returns until Sunday", "Open until Sunday 6pm": no discount)
  '# % ~2 until|till|through|thru ( @weekday | tonight | tomorrow | midnight )',
  // "Deal of the week — ends Sunday" ("week" is a disclosed span on its own: "The week ends on Friday")
  '@promo of the day|week|weekend|month ~1 @endVerb @imminent',
  // "Book by Sunday to save 20%", "Lock in your price before Friday", "Get yours before Friday" (not "Order by Sunday for
  // delivery before Christmas", "Book by Friday to get your badge printed")
  'by|before ( @weekday | tonight | midnight | tomorrow ) to save|unlock',
  'lock in ~2 @offered|rate|price before|by ( @weekday | tonight | midnight | tomorrow )',
  // (not "get it by Friday": a delivery estimate)
  '@getIt yours|one|them|these before ( @weekday | tonight | midnight | tomorrow )',
  // "You have 10 minutes to complete your purchase", "You've got 15 minutes to check out" (a code, a quiz or a session
  // is no offer: en-stated notOffer)
  '( you have | youve got | you ve got | you got ) ( only | just )? ( @count | @some ) minutes|mins|min ( to | before you ) @takeOffer',

  // ── the price it goes back to (session 10): "Back to full price tomorrow", "Full price from Monday", "Regular pricing
  // returns at midnight" (not "Full price: $49", "Back to the full price list")
  '( back to | returns to | reverts to | goes back to ) @fullPrice ( tomorrow | tonight | soon | at midnight | after today | after tonight | in | on? @weekday )',
  '@fullPrice ( from | after | on | starting ) ( tomorrow | tonight | midnight | @weekday | next week )',
  '@fullPrice ( returns | resumes | is back | comes back | kicks in ) ( tomorrow | tonight | soon | at midnight | in | on? @weekday )',
  'price|prices hike|increase|rise ( coming | incoming | ahead | is coming | on the way )',

  // ── never this low again, not here long, a window, a midnight deadline (session 10)
  '( never | not ) be this low|cheap|good ~1 again',
  '( wont | will not ) ( be here | be around | stay ) long',
  'limited window', // (not "a short window of maintenance")
  'midnight deadline',
  '( hours | minutes | moments ) away from ( ending | closing | expiring | going up | the end )',
  'while ( its | it is ) hot',
  '( only | just ) days|hours|minutes ( left | remaining | to go )',
  '( dont | do not ) let ~3 ( slip away | pass you by | get away | slip through your fingers )',
  '^ the? clocks ticking', // "The clock's ticking" ("clock is ticking" is in en-urgency.ts)
  // "Only until 5pm" (not "Open only until 5pm": opening hours)
  '<!accepted|open|opened|closed only until|till #2',
  // "Tomorrow, the price doubles", "Prices up 20% from tomorrow", "3 days until prices go up"
  '@fromLater ,? ~3 price|prices|rate|fare ( doubles | double | rises | rise | goes up | go up | increases | jumps | climbs )',
  'prices|price up # % ( from | after | on ) ( tomorrow | tonight | midnight | @weekday | next week )',
  'until|till|before ( the | our | this )? @promo|price ~1 ( ends | expires | goes up | go up | rises | rise | increases | increase | is gone | closes )',
  // "Time-limited offer", "a time-sensitive deal" (not "Time-sensitive: update your card")
  'time limited ( @promo | $ )', // not "a time-limited access token"
  'time sensitive @promo',
  // "Be quick!", "Tomorrow may be too late"
  '^ be quick|fast $',
  '( soon | tomorrow | later ) ~3 too late',

  // ── an offer held, guaranteed or valid until a near time (session 10): "Rate guaranteed until 5pm", "We can only hold
  // this price until Friday", "Sale price valid today", "Prices are only this low until the weekend"
  '<!@termRate @offered ~2 @heldFor until|till|through ( #2 am|pm | #2 : # | @weekday | tonight | tomorrow | midnight )', // not "until 31 December"
  'only hold|keep|guarantee ~3 @offered|@holdThing until|till|for',
  '@offered ~2 valid|good ( =today | =tonight | this weekend | today and tomorrow ) $',
  '( valid | good ) ( for | on ) ( todays | tonights ) ~2 only',
  '( only | just ) this low|cheap until|till|through',
  '<!accepted|open|opened|closed only until|till|through the weekend|end',
  // "… won't be available later", "You'll only see this offer once" (not "This message won't be shown again": a
  // dismissal, and a dismissed offer may say so)
  '@offered ~3 ( wont | will not | never ) be ( available | offered | repeated ) ~1 again|later|twice',
  'only see|get ~2 @offered once',
  // ── time running out on the offer, or the offer lost unless taken (session 12, realdark): "This exclusive offer is
  // ticking away", "Activate it now or it will be lost" (not "Save now or your changes will be lost": no offer taken)
  'ticking away',
  '( activate | claim | redeem | use | grab | get | book | collect ) ~4 ,? ( or | otherwise ) ( it | itll | this | @offered | prize | reward | bonus | gift | discount ) ~2 ( lost | gone | forfeited | expire | expires | disappear )',
  // ── the chance that does not come back (session 12): "This chance won't come again", "Deals like this don't come
  // twice", "An opportunity like this never comes around again", "You won't see this price again" (not "You won't
  // see this message again", "Your chance to win comes again next week") ──
  '( chance | opportunity | @offered ) ~3 ( wont | will not | doesnt | does not | dont | do not | never | may not | might not ) ( come | happen ) ( around | along | back | by )? ( again | twice )',
  '( wont | will not | may not | might not ) ( see | get | find ) ~2 @offered ~2 again',
  '( chance | opportunity | @offered ) ( like this | like that )? ( comes | come | happens | happen ) ( only | just )? once !a|per|every|each',
  // ── the one-time-offer page (session 13): the funnel's upsell step says the offer or the page is seen once, and
  // leaving or going back loses it for good. Paradigm: never|won't|can't + see|get|find|have + this offer|deal|price|
  // page + (ever) again, in the visitor's voice too ("I understand I will never see this page again"); "the only|last
  // time you('ll) see this offer"; "your only chance|opportunity … this price"; "only available on this page";
  // "we can't show you this again"; "don't hit the back button or else …"; "Wait! Your order is not complete". Not a
  // key, a code or a tip ("This is the only time it will be displayed", "You won't see this key again", "We won't show
  // you this again": a dismissal), nor a payment page's warning ("Please do not click the back button or refresh",
  // "Don't press back while we process your payment", "Your order is not complete until you pay") ──
  '( never | wont | will not | cant | cannot | can not ) ( see | get | find | have | access ) ~2 @onceThing ~1 ever? again',
  '( only | last ) time ( youll | you will | you | youre | you are | we | well | we will ) ~2 ( see | get | be offered | offer | show ) ~2 @onceThing',
  '( only | one ) chance|opportunity ~4 ( @offered | # % )',
  '@leaveVisit ~1 @thisVisit @visitThing ,? ~3 @loseIt ~2 @offered',
  '@offered ~3 ( only | exclusively ) ( available | valid | offered )? ( on | from ) @thisVisit @visitThing',
  '( we | i ) ( cant | cannot | can not ) ( show | offer | give ) ~2 ( this | it | @offered ) ~2 again',
  '( dont | do not ) ( hit | press | click | tap | use ) ~1 back button? ( or else | otherwise )',
  // access or the doors shut for good (session 13): "Then access closes forever", "Doors close for good at midnight",
  // "Enrolment shuts permanently" (not "Your access closes when you delete your account": no "forever")
  '<!your|my ( access | doors | enrolment | enrollment | registration | cart | the offer | this offer | the sale ) ( closes | close | shuts | shut | ends | locks | disappears ) ( forever | for good | permanently )',
  '^ wait ~3. your order|purchase|checkout ( is not | isnt | is not yet | isnt yet ) ( complete | completed | finished | done ) yet? $',
  // "Today's deals reset at midnight", "New price kicks in at midnight" (not "New pricing applies at renewal")
  'deal|offer|price ~4 reset|resets|refresh|refreshes at|in ( midnight | # )',
  '( new | higher | full | regular ) price|prices|pricing|rate|rates ( kicks in | kick in | starts | start | applies | apply | takes effect | take effect ) ( at midnight | at # | in # | tomorrow | tonight | on? @weekday | soon )',
  // time short: "Quick!", "Time is short", "Almost out of time", "There's still time — but not much"
  '^ quick .',
  'time is|s short',
  '( almost | nearly ) out of time',
  'still time ~2 but not much',
  // "Your window to save is closing" (a return window or a delivery window is a term: only a window to take the offer)
  'window to save|buy|book|claim|shop|join|grab|get ~2 @endVerb',
  '( sale | deal | offer | discount | savings | promo ) window ~1 @endVerb', // not "The delivery window closes at 6pm"
  // "Save before Sunday", "20% off before Friday"
  '^ save|shop before|by ( @weekday | tonight | midnight | tomorrow )',
  '# % ~2 before|by ( @weekday | tonight | midnight | tomorrow )',
  // "Countdown to price increase: 2 days" (not "Countdown to launch", "Countdown to Christmas")
  'countdown to the? ( @promo | price ) ~1 ( increase | rise | ends | end | expiry )',
  'countdown to the end of the? @promo',
  // "Claim within 24h", "Redeem in 30 mins"
  'claim|redeem|activate|book|order|buy within|in # h|hr|hrs|min|mins',
  // "Expiring offer: 30% off"
  '=expiring|ending @promo',
  // "Book in the next hour to get this rate"
  '( order | buy | book | claim | checkout | check out | sign up | subscribe | register | purchase | reserve | act ) ~3 ( in | within ) the next ( hour | minute | half hour )',
  // ── a countdown's label whose timer is a separate element (session 11, realdark/dev: real themes print the label and
  // the digits apart): "Offer valid for", "Reserved for you for", "Deal good for:" (not "Offer valid for new
  // customers", "Reserved for members") ──
  '@promo ~1 valid|good|available|live for $',
  '^ reserved|held|saved|kept for you ( for | until ) $',
];

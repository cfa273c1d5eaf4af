/**
 * English popularity badges (session 11 product decision): a lone, unsourced popularity, rank or trend badge on an
 * item or a plan ("Most popular", "Bestseller", "#1 Bestseller", "Customer favourite", "Trending", "Top pick",
 * "Popular in your area") is pressure. It passes with a source or a measure ("#1 New York Times Best Seller",
 * "Most chosen by teams in 2025 (41 % of sign-ups)") and as navigation, a sort, a filter or a collection's heading:
 * a heading names the collection in the plural ("Bestsellers", "Customer favourites", "Most popular products",
 * "Trending searches"), a sort or a filter names its cue ("Sort by: Most popular"). So a badge is read only at the
 * start of a clause, in the singular (the exact words of `oneItem`, never their plurals) and alone on its clause or
 * with the few words a badge's line goes on with. Spread into the pack's `pressure`.
 */
import type { Shape } from '../pack.js';

/** The singular things a badge is pinned on: "Most popular plan", "Top pick", "Popular choice" (exact forms, so
 * the plural of a heading, "Most popular plans", is not one). */
const ONE_ITEM = [
  // one word each: the part is one exact alternation
  'plan',
  'tier',
  'package',
  'bundle',
  'option',
  'choice',
  'pick',
  'item',
  'product',
  'model',
  'style',
  'colour',
  'color',
  'size',
  'flavour',
  'flavor',
  'dish',
  'gift',
  'set',
  'kit',
  'box',
  'design',
  'edition',
  'course',
  'class',
  'tour',
  'trip',
  'room',
  'hotel',
  'stay',
  'destination',
  'property',
  'listing',
  'service',
  'one', // "our most popular one"
];

export const EN_BADGE_PARTS = {
  /** One thing a badge is pinned on, in the singular. */
  oneItem: `=${ONE_ITEM.join('|')}`,
  /** The top rank, spelled as a number ("#1": the tokenizer keeps "1") or in words ("No. 1", "number one"). */
  rankOne: '( 1 | no . 1 | no 1 | nr 1 | number one )',
  /** The top rank in words only: "1 in stock" is a count, "No. 1 in sneakers" a rank. */
  rankOneWord: '( no . 1 | no 1 | nr 1 | number one )',
  /** A seller badge in the singular: "Bestseller", "Best-seller", "Top seller", "Hot seller". */
  sellerBadge: '( =bestseller | best|top|hot =seller )',
  /** Where a badge's clause may go: its end, its scope ("in Electronics", "near you", "with families"), its time
   * ("right now", "this week") or the words its line goes on with once a dash or a dot is dropped ("· Save 20%"). */
  badgeEnd: '( $ | @badgeTime | in|near|with|among|around|for|on ~4 $ | @badgeGoesOn )',
};

export const EN_BADGE_CLASSES = {
  /** What "most" makes a popularity badge of: "most popular", "most booked", "most-loved" (not news tabs' "most
   * read", "most shared": a collection's navigation). */
  mostWhat: [
    'popular',
    'booked',
    'bought',
    'ordered',
    'purchased',
    'sold',
    'chosen',
    'picked',
    'wanted',
    'loved',
    'requested',
    'gifted',
    'wished for',
    'wishlisted',
    'reserved',
    'rented',
    'in demand',
    // a product badge module's lone badges (session 12, realdark: "Most Shared"); a list's heading stays ("Most viewed
    // products", plural: no @oneItem)
    'shared',
    'viewed',
    'liked',
    'watched',
  ],
  /** Whose favourite a badge claims: "Customer favourite", "Crowd favourite", "Fan-favourite", "All-time favourite"
   * (not "Staff favourite" or "Our favourite": the shop's own taste, a curation). */
  favouriteOf: [
    'customer',
    'crowd',
    'fan',
    'guest',
    'shopper',
    'buyer',
    'reader',
    'client',
    'member',
    'community',
    'local',
    'cult',
    'firm',
    'all time',
    'everyones',
    'audience',
    'viewer',
    'traveller',
    'traveler',
    'family',
    'kids',
  ],
  /** A badge's time: "Hot right now", "Bestseller this week", "Trending today". */
  badgeTime: [
    'now',
    'right now',
    'today',
    'this week',
    'this month',
    'this season',
    'this year',
    'at the moment',
    'of the week',
    'of the month',
    'of the season',
    'of the year',
  ],
  /** What a badge's line goes on with once a dash, a dot or a bar between them is dropped by the tokenizer:
   * "Bestseller · Free delivery", "Most popular — save 20%". */
  badgeGoesOn: [
    'save',
    'free',
    'only',
    'just',
    'limited',
    'hurry',
    'shop now',
    'buy now',
    'book now',
    'order now',
    'get yours',
    'grab yours',
    // a push after it: "Our most popular plan — don't get left behind"
    'dont',
    'do not',
    // another badge after it, the badges of one line run together (session 13): "Trending #1 · Most popular",
    // "Bestseller · Trending", "Hot pick — top rated"
    'most popular',
    'bestseller',
    'best seller',
    'trending',
    'top rated',
    'top pick',
    'hot',
  ],
  /** Before a sort or a filter's value, or a collection's link, a badge word is navigation: "Sort by: Most popular",
   * "Shop the bestseller", "Filter: Trending". */
  listCue: [
    'sort by',
    'sort by :',
    'sort :',
    'sorted by',
    'sorted by :',
    'order by',
    'order by :',
    'filter',
    'filter :',
    'filter by',
    'filter by :',
    'show',
    'show :',
    'showing',
    'showing :',
    'view',
    'browse',
    'shop',
    'shop the',
    'shop our',
    'see',
    'see our',
    'explore',
    'explore our',
    'discover',
    'view our',
  ],
  /** What a badge word names when it modifies a list: "Bestseller list", "Best Seller Rank: #2,341". */
  listNoun: ['list', 'lists', 'rank', 'ranking', 'chart', 'charts', 'category', 'section', 'page', 'collection'],
};

export const EN_BADGES: readonly Shape[] = [
  // a seller badge, ranked or not: "Bestseller", "#1 Bestseller", "Our best-seller", "Bestseller in Home & Kitchen"
  // (not "#1 New York Times Best Seller": a named list is its source; not "Best Seller Rank", a list's name)
  '<!@listCue ^ our|the|a? @rankOne? @sellerBadge @badgeEnd',
  '( is | its | s ) ( our | a | the ) @rankOne? @sellerBadge @badgeEnd',
  // "most" and a crowd's verb: "Most popular", "Our most popular plan", "Most booked", "The most-loved set in Paris"
  // (not "Most popular products", "Most popular first", "Most chosen by teams in 2025 (41 % of sign-ups)")
  '<!@listCue ^ our|the? most @mostWhat ( @badgeEnd | @oneItem @badgeEnd )',
  '( is | its | s ) our most @mostWhat @oneItem?',
  // best- or top-selling pinned on one thing: "Our best-selling plan", "Top-selling model" (not "Best-selling
  // products", a heading, nor "Sort by: Best selling")
  '<!@listCue ^ our|the? @rankOne? ( best selling | top selling | fastest selling | bestselling ) @oneItem @badgeEnd',
  // a crowd's favourite: "Customer favourite", "Crowd-pleaser", "A fan favourite" (not "Customer favourites")
  '<!@listCue ^ a|an|our|the? @favouriteOf =favourite|=favorite|=fave|=pleaser !@listNoun',
  'crowd =pleaser',
  // the top pick or choice: "Top pick in Electronics", "Top choice" (not "Top picks for you")
  '<!@listCue ^ our|the? top =pick|=choice @badgeEnd',
  // a rank claimed: "#1 choice", "No. 1 pick for families", "Number one in sneakers", "#1 most popular"
  '<!@listCue ^ our|the? @rankOne =choice|=pick|selling|rated|=favourite|=favorite',
  '<!@listCue ^ our|the? @rankOneWord in|for|among|with ~4 $',
  '( rated | voted | ranked ) @rankOne ( $ | by ~2 @people|thousands|millions|everyone ~2 $ | in|for|among ~3 $ )',
  // trending: "Trending", "Trending 📈", "New & trending", "Now trending", "Trending in Electronics" (not "Trending
  // searches", "What's trending", "Trending topics this week: …")
  // …and ranked: "Trending #1", "#1 Trending", "Trending No. 1 in Toys"
  '<!@listCue ^ ( new and | hot and | now | currently | @rankOne )? =trending @rankOne? @badgeEnd',
  // (not a heading's question: "What is trending in AI", "See what is trending")
  '<!what|who|whats ( is | its | s | are | re ) ( now | currently )? =trending ( $ | @badgeTime | on|in|with|among )',
  // hot: "Hot right now", "🔥 Hot item", "Our hottest pick" (not "Hot drinks", "Hot deals", "What's hot")
  '<!@listCue ^ so|super|really? hot ( @badgeTime | =item|=pick|=seller|=product )',
  '<!@listCue ^ our|the? hottest @oneItem',
  // popular, alone with a mark or on one thing, now, or among a crowd or a place: "Popular!", "Popular choice",
  // "Popular right now", "Popular in your area", "Popular with shoppers near Leeds" (not "Popular categories", a
  // "Popular destinations"; a bare "Popular" is the ribbon of a pricing table, as real plugins print it)
  '<!@listCue ^ very|super|hugely|really|so? popular ( $ | @oneItem @badgeEnd | @badgeTime | in|near|with|among|around ~4 $ )',
];

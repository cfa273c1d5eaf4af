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
  /** Things on offer whose window can be pressed, beyond `@promo`: a rate, a code, a member price. */
  offered: ['@promo', 'rate', 'code', 'bundle'],
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
  '@offered ~3 @heldFor for @forMore? ( @count | @some | a few )? more|extra|further? @unit|h|hrs|mins',
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
  '@offered ~4 at? any minute|moment|second|time',
  // "Your discount is about to expire", "Offer about to disappear", "Prices are about to go back up"
  '@offered ~3 about to @aboutTo',

  // ── a countdown said in words ──
  'final|last countdown',
  'countdown ( is on | has started | has begun | started | begins | begun | is running )',
  // "3, 2, 1 …", "3... 2... 1..." (at a clause start, so "version 3.2.1" or "rooms 3, 2 and 1" are not)
  '^ 3 ,|.? 2 ,|.? 1 ,|.',
  // a short window counted from now, a price or deal that resets on the clock: "For the next hour only", "Prices
  // climb again in 47 minutes", "Deal of the day — resets at 00:00", "Only until the end of this session"
  'for the next # ~1 minutes|hours|hour|mins ~1 only',
  '^ for the next hour|minute ~1 only',
  'prices|price ~1 climb|rise|go up|jump ~1 again? in # minutes|hours|mins',
  'deal|offer|price ~4 resets at #',
  'only until the end of this|your session|visit',
  'discount|deal|offer|price ~1 is almost|nearly gone',
];

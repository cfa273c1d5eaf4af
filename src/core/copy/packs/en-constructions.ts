/**
 * English urgency and pressure written as constructions rather than phrases: a deadline told by what runs out, a
 * rhetorical "why wait", a price rise promised for tomorrow; a share of customers, activity near the visitor,
 * someone's saving or purchase told by its time. Spread into the pack's `urgency` and `pressure` lists.
 */
import type { Shape } from '../pack.js';

export const EN_URGENCY_CONSTRUCTIONS: readonly Shape[] = [
  // what runs out: "before the time runs out", "before the deal expires" (not "before your session expires")
  'before the|this time|timer|clock|countdown|offer|deal|sale|discount|price ( runs out | run out | ends | expires )',
  'tomorrow ,? ~3 too late',
  'only a few hours|minutes|days',
  'only ( until | till ) tonight|today|midnight',
  // (not a queue: "Why wait in line? Order ahead in the app")
  '( what are you waiting for | why wait !in|on|at|around )',
  'whoever|who hesitates',
  'todays orders|purchases only',
  // the offer lost when the visitor leaves the page: "Close this window and the discount disappears for good"
  'leave|close|refresh|exit ~4 ,|and? ~3 @promo ~4 gone|lost|disappear|vanish|expire',
  'never see ~2 @promo ~1 again',
  // a near time first, then the offer gone: "Tonight this coupon will be gone"
  '( tonight | tomorrow | by morning | at midnight | by midnight ) ~3 @promo ~3 gone|over|expire|end|disappear',
];

export const EN_PRESSURE_CONSTRUCTIONS: readonly Shape[] = [
  // a share of customers: "2 out of 3 customers pick this plan", "1 in 4 shoppers"
  // (with their choice: "3 out of 10 users" is an admin screen's seat count)
  '# ( out of | in ) # customers|shoppers|people|buyers ~2 pick|choose|buy|prefer|chose|bought|go',
  // …the paradigm (session 13): a share as "N in|out of M", "N% of (our) …", "most", "almost|nearly everyone", of any
  // crowd (guests, travellers, patients), with a verb of choosing or keeping, active or passive: "9 in 10 guests keep
  // the upgrade", "8 out of 10 travellers add cover", "Chosen by 90% of customers", "Picked by 3 out of 4 guests", "Almost
  // everyone keeps it" (not "Most members choose the monthly plan": a plain fact of the plans, copy-en-shapes.ts; "1 in 3 adults has high blood pressure", "9 in 10
  // dentists recommend brushing", "80% of customers never contact support", "Most customers receive their order
  // within 3 days", "Trusted by 90% of …": a customer base)
  '( # ( out of | in ) # | # % of ( our | all | the )? ) ~1 @shareWho ~2 ( pick | picks | choose | chooses | chose | keep | keeps | kept | add | adds | added | buy | bought | prefer | select | opt | upgrade | stay | renew | go for | stick with )',
  '=chosen|=picked|=preferred|=selected|=kept|=added by ( # ( out of | in ) # | # % of ( our | all | the )? | most | the majority of ) ~1 @shareWho?',
  '( almost | nearly | virtually ) ( everyone | everybody ) ( keeps | chooses | picks | adds | goes for | sticks with ) ( it | this | these | them | the | our )',
  // activity near the visitor, or someone's purchase told by its time
  'near you ~3 buying|bought|ordering|ordered|booking|booked',
  'bought|ordered|booked|purchased|grabbed|claimed ~3 ( just now | minutes ago | moments ago )',
  // (a draft's status is no one's activity: "Last saved 5 minutes ago")
  '<!last|autosaved|draft|changes|was|were saved ~3 ( just now | minutes ago | moments ago )',
  // demand and sales told as a trend: "demand is rising", "selling like hot cakes"
  'demand is? rising|soaring|growing|surging|skyrocketing',
  // a crowd doing it now: "Everyone is grabbing this", "Others are checking out with it", "not the only one eyeing this"
  '( everyone | everybody | everyones ) is? =buying|grabbing|ordering|snapping|booking',
  '( others | other shoppers | other people ) are|is ~1 buying|viewing|checking|looking|ordering|booking|eyeing|watching',
  'not the only one ~2 looking|eyeing|viewing|watching|considering|interested',
  // people of the visitor's circle: "14 people from your school already joined"
  '@count @people from|at|in your|the ~2 already|just|recently @purchase',
  // the last one in the visitor's size or colour
  'last|final one|pair|item|piece ~1 in your|this|that size|colour|color|style',
];

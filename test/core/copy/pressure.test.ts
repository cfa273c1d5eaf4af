/**
 * pressure: scarcity and activity claims the visitor cannot check, unless the copy declares a source.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { rulesFor } from './helpers.js';

const CLAIMS = [
  // a lone popularity badge on one item (session 11's product decision)
  'Best seller',
  'Our most popular plan',
  'Restocked, but not for long',
  'These usually sell out',
  'A rare find in your area',
  // from the product brief
  'Only 2 left',
  'Low stock',
  'Selling fast',
  'In high demand',
  '23 people are viewing this',
  'Jamie from Leeds just bought a blue scarf',
  'Purchased 3 hours ago',
  '3 seats left in the Tuesday workshop (room capacity 12)',
  // numeric scarcity
  'Only 3 seats left',
  'Only 3 left in your size',
  'Hurry, only 4 remaining',
  'Only 5 spots remaining',
  'Just 1 left at this price',
  'Only 1 room left at this price',
  'There are only 7 pairs left',
  'Less than 10 remaining',
  '2 units left',
  '1 left',
  '2 in stock',
  'Only 3 in stock',
  '2 left in stock - order soon',
  'Only 3 available',
  'Only 2 pieces available at this price',
  '85% claimed',
  // scarcity words
  'Just a few left!',
  'Few left',
  'Only a handful left',
  'Only few pieces left',
  'Last one!',
  'Last few tickets available',
  'Almost gone!',
  'Nearly sold out',
  'Almost sold out in your size',
  'Selling out fast',
  'Going fast!',
  'Limited quantities available',
  'Limited supply',
  'Hurry! Limited stock',
  'Low inventory',
  'Stock is running low',
  "Get it before it's gone",
  'Get yours while supplies last',
  // activity of other visitors
  '5 people are looking at this right now',
  '3 other teams are looking at this plan',
  'High demand: 3 other travellers are looking',
  '12 people are watching this auction',
  '1.2k people viewing',
  '40 people viewed this in the past hour',
  '15 people have this in their carts',
  'Over 120 people have this in their basket',
  '8 people added this to their cart in the last hour',
  'This item is in 12 carts',
  'In 14 other carts',
  '3 others bought this product',
  'Hot! 47 people have bought this',
  '9 people booked this hotel in the last 24 hours',
  '12 sold in the last 24 hours',
  '87 sold this week',
  'Popular! 23 bought today',
  'Over 1,000 sold',
  'Popular: 9 bookings today',
  'Trending: 300+ views today',
  'Sold 120 times in the last 24 hours',
  'Viewed 1,200 times today',
  'Booked 14 times today',
  'This deal has been claimed 340 times',
  'Bought by 57 people this week',
  'Recently bought by 4 shoppers',
  // someone, somewhere, just did something
  'Someone just bought this',
  'Sarah K. bought this',
  'John D. from New York bought a kettle',
  'Someone in London, UK purchased a lamp 5 minutes ago',
  'Someone in Austin booked this 5 minutes ago',
  'A customer in Porto purchased this an hour ago',
  'A shopper in Denver added this to cart',
  'This lamp was purchased by someone in Paris',
  'Kim in Oslo signed up 2 min ago',
  'Maria signed up 10 minutes ago',
  'Last booked 3 hours ago',
  'Almost out!',
  '15 watchers',
  'Someone from Berlin is viewing this',
  'Last 2 remaining',
];

const PLAIN = [
  'Usually ships in 2 days',
  'Not for long-haul flights',
  'In stock',
  'In stock: ships tomorrow',
  'Back in stock',
  'Out of stock in this colour',
  'Notify me when available',
  'Ships in 2 days',
  'Only available in the EU',
  'Only the best ingredients',
  'Only 100% cotton',
  'Only 2 steps left',
  'Step 2 of 3',
  '2 left-handed models',
  'Left sleeve detail',
  'Turn left at the station',
  'Seats are limited to 12 per workshop',
  'Your seat is reserved for you',
  'Items in your cart are not reserved',
  'Recently viewed',
  'People also viewed',
  'Customers also bought',
  'Customers who bought this also bought',
  'You bought this 2 days ago',
  'Your order was placed 3 hours ago',
  'Order placed. We will email you when it ships.',
  'You have 3 orders',
  'Updated 5 minutes ago',
  'Just added: new colours',
  'Just in',
  // a heading or a menu entry names a collection in the plural (session 11's badge decision: a lone badge is a claim)
  // plain inventory (session 11's decision): a count of three or more in stock
  '4 in stock',
  '12 in stock',
  'There are 3 of this item in stock',
  'Best sellers',
  'Shop our best sellers',
  'Most popular plans',
  'Back by popular demand',
  'High-demand skills course',
  'Demand planning software',
  'Trusted by teams at 40 companies',
  'Used by 500 teams',
  'Loved by 10,000 customers',
  'Join 2,000 subscribers',
  'Rated 4.8 by 1,200 customers',
  '4.6 out of 5 from 2,310 reviews',
  'Read 1,234 reviews',
  'Over 10,000 happy customers',
  'We raised €12,000 from 300 donors in 2025',
  'Every gift is reported in the yearly accounts',
  'Sold in packs of 10',
  'Buy 2 now, get 1 free',
  'Free returns within 30 days',
  'Made in Portugal',
  'Made by hand in Lisbon, shipped worldwide',
  'Offices in London, Paris and Berlin',
  'Written by Sam in Leeds',
  'Someone from our team will call you',
  'Most of our orders are from repeat customers.',
  'I always order from them!',
  'Up to 6 leaders for 90 minutes',
  '€20 a month pays for 8 patient visits each month',
  'Almost out of ideas? Try our gift guide',
  '2 available colours',
  'The Last Word notebook',
];

describe('pressure', () => {
  it.each(CLAIMS)('refuses %j without a source', (text) => {
    expect(rulesFor(text)).toContain('pressure');
  });

  it.each(CLAIMS)('accepts %j with a declared source', (text) => {
    expect(rulesFor(text, { source: 'Bookings system, updated hourly' })).not.toContain('pressure');
  });

  it.each(PLAIN)('accepts %j', (text) => {
    expect(rulesFor(text)).not.toContain('pressure');
  });

  it('accepts the brief’s workshop claim with its source, and refuses it without', () => {
    const claim = '3 seats left in the Tuesday workshop (room capacity 12)';
    expect(checkCopy(claim, { role: 'claim', source: 'Room capacity 12, bookings system' })).toEqual([]);
    expect(rulesFor(claim, { role: 'claim' })).toEqual(['pressure']);
    expect(rulesFor(claim, { role: 'claim', source: '   ' })).toEqual(['pressure']);
  });

  it('is an error that quotes the claim and asks for its source', () => {
    const [finding] = checkCopy('Great choice. Only 2 left!', { path: 'full.title' });
    expect(finding).toMatchObject({ rule: 'pressure', severity: 'error', path: 'full.title' });
    expect(finding!.message).toContain('Only 2 left');
    expect(finding!.message).toContain('source');
  });
});

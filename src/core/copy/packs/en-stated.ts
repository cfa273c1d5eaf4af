/**
 * What English copy may declare itself (pack.ts StatedInCopy): a deadline with its date and its reason, a claim
 * with its source or as a condition. Urgency words still need both a date and a reason that is not more urgency.
 */
import type { StatedInCopy } from '../pack.js';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

export const EN_STATED: StatedInCopy = {
  deadline: {
    // a date or a clock time: "31 May", "Friday at 5pm", "6 PM"
    dates: [`# ${MONTHS}`, `${MONTHS} #`, '@weekday', '#2 am|pm', '# : # am|pm?'],
    reasons: [
      // why it ends then: "…, when the speaker line-up is published", "so the committee can review them"
      '( when we | when the | once we | once the | because | as we | since we | after which | at which point )',
      'so that|the|we|our|they|it',
      'due to', // "Prices go up on 1 January due to supplier costs"
      // where the date was published: "as printed in our catalogue"
      'as printed|published|stated|announced|advertised in|on',
      // a carrier or kitchen cut-off: "orders placed tonight ship tomorrow"
      'order ~3 ship|dispatched|delivered|arrive',
      // a holiday's delivery cut-off (session 10): "Last day to order for Christmas delivery: 20 December"
      '( christmas | xmas | holiday | holidays | new year | easter | valentines | mothers day | fathers day ) delivery|shipping|dispatch|arrival',
    ],
  },
  // a clause that names an offer is urgency unless it says itself it is about no offer (the engine's `stated.offer`)
  offer: ['@promo'],
  notOffer: [
    'your|the session|password|link|code|token|login|appointment|quiz|test|exam|verification|passcode|otp|pin',
    // a sign-in code by its form (session 10): "Enter the 6-digit code …", "your one-time passcode"
    '# digit|character|letter code|pin|passcode',
    'one time code|password|passcode|pin',
    // a sign-in or reset link or email by its kind: "Reset link sent. It expires in 1 hour."
    '( reset | sign in | login | log in | magic | verification | confirmation | download | password ) link|code|email',
    // the time to a delivery: "2 days until delivery" (not "… free delivery")
    'until|before delivery|arrival $',
    // the visitor's account kept in order: "update your payment details", "keep your domain"
    'your payment details|method|information',
    'your domain',
    // the visitor's own details set before a shipment or a renewal (session 13): "Last chance to update your address
    // before we ship", "Confirm your delivery address by Friday"
    '( update | change | confirm | edit | correct | check ) your ~1 ( address | email | phone number | details | profile )',
    // a return or exchange window: "Time left to return: 12 days"
    'left|remaining to return|exchange|cancel|send',
    // the visitor's own trial or plan: "Time left in your trial: 5 days"
    'left|remaining in|on your trial|plan|subscription|membership|parking|meter|rental|lease|exam|test|quiz|session',
    // the allowance of the visitor's own plan in its period (session 11): "150 minutes remaining this month"
    'minutes|mins|hours|texts|calls|data|gb|mb|credits ~2 left|remaining ( this month | this cycle | this billing period | this billing cycle | until renewal | until your plan renews )',
    // the visitor's own time told in their voice, a decline's reason: "Not now, my trial still has 9 days left"
    'my trial|plan|subscription|membership|contract ~1 has|have|runs',
    // a code or a link of access by its kind (session 12): "This QR code is valid for 15 minutes", "Backup codes expire …"
    '( qr | access | backup | recovery | invite | invitation ) code|codes|link',
    // the visitor's own trial told as its period, a notice of the term: "Your project trial period will expire in 3 days"
    'your ~2 trial period',
    // a progress estimate (session 10): "Estimated time left: 3 minutes"
    '( estimated | approx | approximately | est ) time left|remaining',
    // the visitor's own file kept a while (session 10): "Your download expires in 7 days"
    'your|the download|export|backup|report|file|files|upload',
    // how long something is kept, not reserved: "Your cart will be saved for 7 days"
    'saved|kept|stored for # days|weeks|months',
    // the visitor's own account or data deleted, a notice of the term (session 13): "Your account will be permanently
    // deleted in 24 hours", "If you don't act within 24 hours, your Acme account will be deleted", "Delete your account?
    // All your data will be gone forever" (not an offer: no deal is pressed, the visitor's data is)
    'your ~2 account|data|project|projects|photos|files|workspace|profile|site|store|history ~4 deleted|removed|erased|wiped|closed|suspended|deactivated|purged',
    'delete|deleting|erase|erasing|remove|removing|wipe|wiping ~1 your|this|the|my ~2 account|data|project|photos|files|workspace|profile|site|store|history',
  ],
  source: [
    // the visitor's own account or cart: "Only 3 seats left on your plan", "2 items left in your cart"
    'left|remaining|available on|in your|my ~1 plan|account|cart|basket|subscription|workspace|team|order',
    // an inventory report of an admin screen: "3 products are low in stock", "12 left in the warehouse"
    '# products|variants|skus|listings are|is ( low in | out of ) stock',
    'left|remaining in the? warehouse|inventory|depot',
    // an inventory line of an admin screen: a count at a named location, a reorder point, the next delivery, none
    // in stock ("4 units left in the Bristol depot; next delivery Tuesday", "0 in stock, reorder point 40")
    'left|remaining|stock at|in the ~2 warehouse|depot|branch|distribution|location|stockroom',
    'reorder|restock point|level|threshold|quantity',
    '( next | more | new ) delivery|shipment|restock|stock ~2 ( due | expected | arriving | on | @weekday )',
    'more|restock ( arriving | due | expected )',
    '^ on hand|inventory|sku',
    // an item code or a bin of a stock line: "Low stock: 4 units of SKU … left in bin C3"
    '( of | for ) sku|item|part _',
    'in bin|aisle|shelf|rack _',
    // an order's own items in an admin screen: "Only one item is available for fulfillment", "2 left to refund"
    'available|left|remaining for|to fulfillment|fulfilment|fulfill|fulfil|refund|capture|allocation|allocate',
    // a rule's scope, not a stock: "Applies value to a limited number of items", "restricted to a limited number"
    'applies|apply|applied|applying|restrict|restricts|restricted|limit|limits|limited ~3 to a limited number|quantity',
    // a report of the shop's own figures: "Sales report: 312 orders last week"
    '^ sales|inventory|stock|weekly|monthly report :',
    '^ ( 0 | zero | none ) in stock',
    // a badge with its measure, as a report prints it: "Top seller this month: Linen Shirt (318 orders)"
    '# units|orders|sales|bookings $',
    // its source: "per the venue's box office", "according to the organiser"
    '( per | according to | as counted by | as reported by | source : ) the|a ~3',
    // a condition, not a claim: "alert me when fewer than 5 are left"
    'when|if|once ~2 ( fewer than | less than | below | under ) #',
    // a count with its capacity: "the hall seats 60 and 52 are booked"
    'holds|seats|sleeps #',
    'capacity is|of|: ? #',
    // a waiting list open: missing out is not final ("Almost fully booked; the waiting list is open")
    'waitlist|waiting list is? open',
  ],
  // the visitor's own payment window, set by the payment provider: "You have 14 minutes 59 seconds to pay"
  paymentWindow: [
    '( you have | youve got | you still have ) ( # : # ( : # )? | ~5 ) left? to ( pay | transfer | make|complete the|your? payment )',
  ],
};

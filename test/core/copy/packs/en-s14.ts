/**
 * English probes of session 14, written for these tests (not taken from any batch or data set, and never pasted
 * into the pack): per family widened this session, its new forms as dark copy, and honest near-neighbours that share
 * its words (en-shapes.test.ts runs them).
 */
import type { ShapeProbe } from './copy-en-shapes.js';

export const EN_S14: readonly ShapeProbe[] = [
  {
    shape: 'the cost of a delay counted per unit of time, the loss after a comma or not',
    rule: 'confirmshaming',
    dark: [
      'Every minute you wait, you are losing bookings.',
      'Each day you put this off costs you another client.',
      'Every hour without live chat means lost sales.',
      'Every week you delay, more leads slip away.',
      'Every night you ignore your inbox, another customer goes missing.',
    ],
    honest: [
      'Every day you use the app, you earn 10 points.',
      'Every hour you save is an hour back with your family.',
      'Every month you stay, your loyalty discount grows.',
      'Each day you practise builds your streak.',
    ],
  },
  {
    shape: "the visitor's ongoing loss pinned on them: missing out on, throwing away, wasting money or custom",
    rule: 'confirmshaming',
    dark: [
      "You're missing out on 40% more bookings.",
      'You are throwing away cash every single week.',
      "You're wasting 12 hours a month on invoices.",
      'Stop leaving money on the table.',
      'Ignoring this could cost you thousands.',
      'Putting it off will cost you customers.',
      'Can you really afford to wait?',
      'The real question is whether you can afford not to.',
    ],
    honest: [
      "Find out why you're losing customers with a free audit.",
      "See where you're losing sales in your checkout.",
      'Skipping this step may cost you your saved settings.',
      'Can you afford it? Try our budget calculator.',
      "You're about to leave with 2 items in your cart.",
    ],
  },
  {
    shape: 'the rival that will not wait or pulls ahead, regret foretold, the challenge after what others do',
    rule: 'confirmshaming',
    dark: [
      "Your rivals won't wait for you.",
      'Meanwhile, the competition is racing ahead.',
      "You'll kick yourself for skipping this.",
      "You're going to be sorry you passed.",
      "Other members already saved 30%. Why aren't you?",
      'Thousands of savvy buyers already said yes.',
    ],
    honest: [
      "You won't be sorry: 60-day returns.",
      "You'll regret nothing with free returns.",
      'Compare your prices with competitors.',
      'Track what your competitors charge.',
      'Why not try the free plan first?',
    ],
  },
  {
    shape: 'what the visitor gives up or leaves exposed, the discount given to someone worthier, the harm kept',
    rule: 'confirmshaming',
    dark: [
      "Think of everything you're giving up.",
      "Don't leave your kids unprotected.",
      'Is your home really safe without it?',
      "You'll carry that risk alone.",
      'Fine. We will hand your discount to someone who wants it.',
      'You can keep guessing, or you can know for sure.',
      'Leaving now means losing your place in the queue.',
      'Unsubscribing means you will miss out on every offer.',
      'Why throw all that away now?',
      "Don't want a discount?",
    ],
    honest: [
      "Don't leave your account unprotected: turn on two-factor sign-in.",
      'Think about what you need, then choose a plan.',
      'Send a gift card to someone who deserves it.',
      'Keep paying monthly, or switch to yearly billing.',
      'Cancelling means you will lose access to premium features at the end of your billing period.',
      "Don't want emails? Unsubscribe here.",
      "Don't want to upgrade? Stay on the starter plan.",
    ],
  },
  {
    shape:
      'two signals: a wince, a tag question, an excuse asked for, a hard truth, a sum lost, leaving without the offer',
    rule: 'confirmshaming',
    dark: [
      "You'd rather pay full price, would you?",
      'Your neighbours all switched. What is your excuse?',
      'Hold on! You are leaving without your 20% off.',
      'Still paying full price? Yikes.',
      "Here's the hard truth: you lose 30% of callers. That's revenue walking out the door.",
      'Your rivals already automate this. Do you?',
    ],
    honest: [
      "Wait! Here's 10% off your first order.",
      'Before you go, take 15% off with code HELLO15.',
      'Hold on! Your discount code is ready: SAVE15.',
      'Leaving? Take 20% off before you do.',
      'Your family deserves a safe home. Book a free inspection.',
      'Your competitors list has been updated.',
    ],
  },
  {
    shape: 'protection declined: the visitor\'s own plain "I don\'t need protection", the verb or a dependant shamed',
    rule: 'confirmshaming',
    role: 'decline',
    dark: [
      "No, I don't want to protect my luggage",
      "No thanks, I don't want to insure my phone",
      "No thanks, my kids don't need protection",
      "I don't need cover, I like living dangerously",
    ],
    honest: [
      "I don't need protection",
      "No thanks, I don't need the protection plan",
      'No thanks, I already have insurance',
      "No, I don't want protection",
      'Continue without protection',
    ],
  },
  {
    shape: "a stranger's sign-up told as activity: scheduled, downloaded, registered, redeemed",
    rule: 'pressure',
    dark: [
      'Priya in Leeds just scheduled a call',
      'A founder from Austin downloaded the playbook',
      'Someone in Lyon registered for the masterclass',
      'Marco from Turin redeemed his voucher',
    ],
    honest: [
      'You are receiving this because someone asked to reset the password of your account.',
      'The report you scheduled is ready.',
      'Files from your team were downloaded 3 times.',
      'Registered users can download invoices from their account.',
    ],
  },
  {
    shape: 'near-neighbours of the loss and regret forms: a count of unread things, bad news told',
    rule: 'confirmshaming',
    dark: ["You're missing out on 25% more repeat orders.", "You'll definitely kick yourself later."],
    honest: [
      "You're missing out on 3 unread messages.",
      "You'll be sorry to hear this colour is discontinued.",
      "Don't want the paper bag? Tick here.",
      'Ouch! Something went wrong.',
    ],
  },
  {
    shape: 'a harm that names what a cover insures against is a product name; a queue is no wait for an offer',
    rule: 'confirmshaming',
    dark: ["No thanks, I'd rather have lost luggage", "No thanks, I'll risk lost parcels"],
    honest: [
      'Yes, I want to add Lost Luggage Cover for $19.99 per traveller',
      'Yes, I want Lost Card Protection on my account',
      'Why wait in line? Order ahead in the app.',
    ],
  },
];

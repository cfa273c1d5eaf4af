/**
 * The copy rules, described for people: the README table and the SARIF rule help (`fair-offer lint --format sarif`).
 * Documentation only: check-copy.ts does not import it, so it never reaches the browser bundle.
 */
export interface CopyRuleInfo {
  id: 'confirmshaming' | 'false-urgency' | 'pressure' | 'vague-cta' | 'reading-level';
  severity: 'error' | 'warning';
  /** Where it applies. */
  appliesTo: string;
  /** What it refuses, in one sentence. */
  refuses: string;
  /** The language patterns it recognises (not a list of strings: the patterns are composed from word classes). */
  detects: string[];
  /** When the same words are fine. */
  allowedWhen?: string;
  /** What to change. */
  fix: string;
  /** Copy written for the tests (test/core/copy/rules.test.ts checks them): refused and accepted, with no options but the role. */
  examples: { refused: string[]; accepted: string[] };
}

export const COPY_RULES: readonly CopyRuleInfo[] = [
  {
    id: 'confirmshaming',
    severity: 'error',
    appliesTo: 'Every copy field, with or without a role.',
    refuses: 'Copy that shames, guilts or mocks the visitor for saying no.',
    detects: [
      'Decline and stop labels (role decline or stop), and any copy that is a decline label by its shape (opens with a plain refusal, "No thanks, …"; or short, opening with a refusing verb and going on after a break or an "and", or naming the visitor\'s own thing: "Skip, I\'m …", "Cancel and lose …", "Leave without my free gift"), are read against the grammar of a neutral refusal (decline.ts, each pack\'s `decline`): a refusal head ("No thanks", "Not now", "Skip", "Cancel my subscription") with an optional neutral object or time, and the visitor\'s own reason or alternative ("I\'ll pay monthly", "I need to check with my team"). Whatever goes beyond it about the visitor (tastes, a loss, a self-insult, a worse alternative, a jab after a dash or in parentheses) is shaming, and the finding quotes those words.',
      'Read as structure over word classes (the polarity frames of polarity-frames.ts, with each pack\'s lexicon: packs/en-polarity.ts for English), not as listed strings: a refusal frame ("I don\'t want / don\'t like / hate / would rather not / not interested in / who needs", also "my business doesn\'t need") + something valued (savings, deals, "% off", free things, customers, growth, learning, health, safety, time, money) is shaming; a preference frame ("I\'d rather / I prefer / I like / I enjoy / I\'ll keep / I\'m fine with / No thanks, / Continue") + a loss (paying more or full price, wasting or losing, missing out, by hand, the hard way, staying uninformed, behind, broke, unsafe, suffering) is shaming.',
      'The same frames with the opposite object are honest: "I don\'t want to lose my data", "I\'ll stay on the free plan"; a plain "No thanks" has no object. "without", "not" and "never" flip a frame ("I\'ll shop without a discount"); refusing verbs (skip, pass on, give up, turn down) refuse what follows.',
      'Guilt: turning away from someone ("Abandon the children?", "Leave them behind?", "No, let the animals suffer", "I don\'t care if …"); a good let slip or put off ("I\'ll let this deal slip away", "I\'ll save another day").',
      'Mockery and self-insult: "I\'m too cool for discounts", "I\'m already perfect", "I already know everything", "I\'m not smart enough", "Saving money isn\'t for me", "Only suckers pay full price", "we\'ll keep it for someone smarter".',
      'Second-person pressure to stay: "Are you sure you want to give up your discount?". A loaded "Yes, I want to save money" beside a plain "No".',
      'Giving up what the visitor owns, in cancel flows and pop-ups: a label that loses, forfeits, skips, ignores or gives up "my" or "your" points, streak, rewards, discount or "% off" ("Cancel and forfeit my points", "Leave and miss your 20% off"); refusing a comparative of a good ("I don\'t want smoother skin"); boasts after a decline ("No thanks, I\'m rich"); "You\'ll regret this", "my dog deserves cheaper food".',
    ],
    fix: 'Let the visitor say no in neutral words: "No thanks", "Not now", "Maybe later", "Cancel my subscription".',
    examples: {
      refused: [
        "No thanks, I don't like saving money",
        "I'd rather stay uninformed",
        'Abandon the children?',
        "No thanks, my business doesn't need more customers",
      ],
      accepted: [
        'No thanks',
        'Not now',
        'Maybe later',
        'Cancel my subscription',
        "No thanks, I'll stay on the free plan",
        "I don't want to lose my data",
      ],
    },
  },
  {
    id: 'false-urgency',
    severity: 'error',
    appliesTo: 'Every copy field.',
    refuses:
      'Urgency or countdown copy without a declared real deadline, or under a declared deadline that has passed or is not a date.',
    detects: [
      "Time-pressure words: hurry, act now, last chance, final hours, limited time, today only, ending soon, don't miss out, time is running out, won't last.",
      'An offer, sale, price or code that ends, expires, closes or is valid until a time; prices that go up; "ends in …"; "N days left"; "order within the next 2 hours".',
      'Countdown timers in any format: 02:14:33, "Ends in 08:41", 2h 14m, "0 Days 16 Hours 09 Minutes", 00DAYS00HOURS14MINUTES, the bare labels "DAYS HRS MINS SECS"; carts "reserved for 09:35".',
    ],
    allowedWhen:
      'The offer declares `deadline: { at, reason }` with a real future date (the widget then shows that date and reason, never a ticking countdown). Disclosures such as "Your trial ends on 1 March" or "The pilot ends after 6 weeks" are not urgency.',
    fix: 'Declare the real deadline as `deadline: { at, reason }`, or remove the urgency words and any timer.',
    examples: {
      refused: ['Ends tonight', 'Last chance!', 'Only today', 'Expires in 02:14:33', 'Limited time offer'],
      accepted: ['Weekly report ready by Monday 9:00', 'Your trial ends on 1 March', 'No hurry: the offer stays open'],
    },
  },
  {
    id: 'pressure',
    severity: 'error',
    appliesTo: 'Every copy field; a claim with a declared `source` is allowed.',
    refuses: 'Scarcity or activity claims the visitor cannot check, without a declared source.',
    detects: [
      'Numeric scarcity: "only 2 left", "3 seats left", "less than 5 remaining", "1 in stock", "1 left at this price", "85% claimed" (a plain count in stock, "12 in stock", is inventory).',
      'A lone popularity, rank or trend badge on one item or plan: "Most popular", "Bestseller", "#1 in Kitchen", "Customer favourite", "Trending" (not a sourced or measured one, "#1 New York Times Best Seller", nor navigation, sorting or a heading, "Sort by: Best selling", "Shop our best sellers").',
      "Scarcity words: low stock, limited quantities, almost gone, nearly sold out, selling fast, in high demand, while supplies last, before it's gone.",
      'Activity of other visitors: "23 people are viewing this", "5 people have this in their cart", "12 sold in the last 24 hours", "sold 120 times today", "in 14 other carts", "bought by 57 people".',
      'Someone somewhere just did something: "Jamie from Leeds just bought …", "Someone in Madrid purchased …", "Sarah K. bought …", "… 7 minutes ago".',
    ],
    allowedWhen:
      'The claim declares where the number comes from (`claims: [{ text, source }]`), e.g. "3 seats left in the Tuesday workshop" with "Room capacity 12, bookings system".',
    fix: "Declare the claim's source, or remove the claim.",
    examples: {
      refused: ['Only 2 left', '23 people are viewing this', 'Jamie from Leeds just bought a blue scarf'],
      accepted: ['In stock', 'Ships in 2 days', 'Only 2 steps left'],
    },
  },
  {
    id: 'vague-cta',
    severity: 'warning',
    appliesTo: 'Action labels, and the decline and stop labels (roles `action`, `decline`, `stop`).',
    refuses: 'A label that does not say what happens next.',
    detects: [
      'The whole label is "Submit", "OK", "Continue", "Go", "Yes", "No", "Next", "Click here", "Learn more", "Cancel" and the like, or it starts with "Click here".',
    ],
    fix: 'Name the action and its object: "Start the 2-week proof", "Give €20 a month", "Cancel my subscription".',
    examples: {
      refused: ['Submit', 'OK', 'Click here', 'Continue'],
      accepted: ['Start the 2-week proof', 'Not now', 'No thanks'],
    },
  },
  {
    id: 'reading-level',
    severity: 'warning',
    appliesTo:
      'Copy of at least 20 words, or of two sentences and 12 words, in a language with a formula (English, German, Spanish, French); text mostly in another script is skipped.',
    refuses:
      "Copy above a plain-language reading level, measured with the language's own formula: English Flesch–Kincaid grade above 9; German Flesch–Amstad below 60; Spanish Szigriszt-Pazos below 55 (INFLESZ 'normal'); French Kandel–Moles below 60.",
    detects: [
      'Flesch–Kincaid grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59, with syllables counted by vowel groups.',
      'Flesch–Amstad (Amstad 1978) = 180 − words per sentence − 58.5 × syllables per word; German syllables by vowel nuclei (ei, au, eu, äu, ie one sound), "z. B." and "am 1. März" end no sentence.',
      'Szigriszt-Pazos (1993) = 206.835 − 62.3 × syllables per word − words per sentence; Spanish syllables by strong and weak vowels (diphthongs, hiatus, accented í/ú), silent u in que/gui.',
      'Kandel–Moles (1958) = 207 − 1.015 × words per sentence − 73.6 × syllables per word; French spoken syllables (mute final e, é and the diaeresis opening a syllable, elision).',
    ],
    fix: 'Use shorter sentences and everyday words.',
    examples: {
      refused: [
        'Notwithstanding the aforementioned contractual stipulations, subscribers irrevocably acknowledge that remuneration obligations persist throughout the subsequent evaluation period and any administratively determined extension.',
      ],
      accepted: ['Stop at any time by email. We delete your data within 7 days.'],
    },
  },
];

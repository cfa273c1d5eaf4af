/**
 * Built-in strings, replaceable per instance for localisation. `{x}` placeholders are filled by `fill()`.
 * Core-side so that the receipt and the one-page plan use the very words the element shows.
 */
import type { TermKey } from './offer-schema.js';

export const EN_STRINGS = {
  recommended: 'Recommended',
  smallerOption: 'Smaller option',
  // Says where it leads (the optional question, then the one smaller option), unlike "Not now" beside it.
  decline: 'See a smaller option',
  stop: 'Not now',
  back: 'Back to the recommended option',
  constraintQuestion: 'What got in the way?',
  constraintHint: 'Optional. It helps us show the option that fits.',
  constraintTime: 'Time',
  constraintBudget: 'Budget',
  constraintPolicy: 'Policy or security',
  constraintOther: 'Something else',
  skip: 'Skip',
  stillAnswers: 'What it still lets you decide',
  whyRecommended: 'Why we recommend it',
  differencesCaption: 'What is different between the two options',
  differs: 'Differs',
  same: 'Same',
  termColumn: 'Term',
  explainTerm: 'About {term}',
  termScope: 'Scope',
  termEvidence: 'Evidence',
  termDataAccess: 'Data access',
  termTime: 'Time',
  termPrice: 'Price',
  termRenewal: 'Renewal',
  termExit: 'Exit',
  helpScope: 'What is included.',
  helpEvidence: 'What the option will prove or deliver. A shorter option proves less.',
  helpDataAccess: 'Which data or systems the option touches, and at which level: none, read, write or admin.',
  helpTime: 'Calendar time, and the effort it asks of you.',
  helpPrice: 'Amount, how often, the minimum term and the total you commit to.',
  helpRenewal: 'Whether it renews by itself, when, at what price, and how to cancel.',
  helpExit: 'How to stop, and what happens to your data and money.',
  accessNone: 'No access',
  accessRead: 'Read only',
  accessWrite: 'Read and write',
  accessAdmin: 'Administrator',
  free: 'Free',
  periodOnce: '{amount} once',
  periodMonth: '{amount} a month',
  periodYear: '{amount} a year',
  minimumTerm: 'minimum {count} {unit}',
  unitMonths: 'months',
  unitYears: 'years',
  totalCommitment: '{total} in total',
  fees: 'plus {fees} in fees',
  renewsAuto: 'Renews automatically',
  renewsNot: 'Does not renew',
  payLabel: '{label}, pay {price}',
  /** The action once priced extras are ticked: the button states what they add to the first charge. */
  payExtras: '{label} (+ {price} for extras)',
  deadline: 'Until {date}: {reason}',
  chosenHeading: 'You chose: {title}',
  successCriteria: 'Success criteria',
  howToExit: 'How to stop or change',
  change: 'Change my choice',
  stoppedHeading: 'No problem',
  stoppedDefault: 'Nothing was chosen and nothing will be charged. We will not ask again for now.',
  undoStop: 'Show the options again',
  // A stop after a recorded choice withdraws it: it says so, and asks once.
  chosenAddOns: 'Extras you added',
  withdraw: 'Withdraw my choice',
  withdrawQuestion: 'Withdraw your choice of {title}? Nothing will be charged for it.',
  withdrawConfirm: 'Yes, withdraw my choice',
  withdrawKeep: 'Keep my choice',
  withdrawnHeading: 'Your choice is withdrawn',
  withdrawnText:
    'You withdrew your choice of {title}. Nothing will be charged for it, and we will not ask again for now.',
  announceWithdrawn: 'Choice withdrawn: {title}. Nothing is chosen now.',
  // A visitor who comes back after a remembered "Not now" did nothing on this visit: say what happened before.
  stoppedEarlierHeading: 'Not asking again for now',
  stoppedEarlierText:
    'On an earlier visit you chose "{stop}" for this offer. Nothing was chosen and nothing will be charged.',
  requestedBy: 'Asked by {name}, {role}',
  decisionLabel: 'The decision',
  // Focus moves to the stage heading, which says the title: the live message says what changed, not the title again.
  announceRetreat: 'Showing a smaller option.',
  announceConstraint: 'One optional question.',
  announceFull: 'Showing the recommended option.',
  announceChosen: 'Choice recorded.',
  announceStopped: 'Stopped. Nothing was chosen.',
  invalidHeading: 'This offer cannot be shown',
  /** A part of the widget (a chunk beside the standalone) could not load: shown above the host's fallback. */
  partUnavailable: 'This part of the offer could not load. Check your connection and reload the page.',
  // Element-only words (not in receipts or plans).
  addOnsLegend: 'Optional extras (none is selected unless you tick it)',
  termsCaption: 'Terms of {title}',
  verifyImpact: 'How this is verified',
  inShort: 'In short',
  differencesInShort: 'Compared with the recommended option',
  insteadOf: '{term}: {option} instead of {other}',
  alsoDiffers: 'Also different: {terms}.',
  showAllTerms: 'All terms',
  invalidJson: 'The <script type="application/json"> inside <fair-offer> is not valid JSON: {error}',
  feedbackQuestion: 'Were the differences between the options clear?',
  feedbackYes: 'Yes',
  feedbackPartly: 'Partly',
  feedbackNo: 'No',
  feedbackDismiss: 'Skip this question',
  announceFeedbackThanks: 'Thank you for your answer.',
  saveSummary: 'Save this summary',
  saveSummaryHint: 'Downloads a one-page summary of both options that you can print or keep.',
  formRequired: 'Choose an option or "{stop}".',
} as const;

export type StringKey = keyof typeof EN_STRINGS;
export type Strings = Record<StringKey, string>;

/** The string that names each term, for the widget's table and the one-page plan alike. */
export const TERM_LABEL: Record<TermKey, StringKey> = {
  scope: 'termScope',
  evidence: 'termEvidence',
  dataAccess: 'termDataAccess',
  time: 'termTime',
  price: 'termPrice',
  renewal: 'termRenewal',
  exit: 'termExit',
};

/** Fills `{name}` placeholders; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

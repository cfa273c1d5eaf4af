/**
 * The offer model: one source for the runtime structure check, the TypeScript types
 * and the shipped JSON Schema (`schema/offer.schema.json` is generated from this file).
 *
 * Only structure lives here. Policy (what the widget refuses and why) lives in the
 * guardrail rules, which run on the parsed offer and report findings with paths.
 */
import * as v from 'valibot';
import { isTimeZone } from './deadline-line.js';
import { say } from './guardrails/wording.js';
import type { Wording } from './guardrails/wording-group.js';
import { ACCESS_LEVELS, ARM_KINDS, ESCALATIONS, PERIODS } from './offer-constants.js';
import { JURISDICTIONS } from './guardrails/jurisdiction/jurisdictions.js';
export { JURISDICTIONS, type Jurisdiction } from './guardrails/jurisdiction/jurisdictions.js';

/**
 * Each message is said by key when valibot makes the issue (guardrails/wording/offer-schema.ts): only an offer
 * that does not match the model shows one, and its words come with the wording group (validateOffer refuses such
 * an offer with `checks-not-loaded` until they are there).
 */
const said =
  <Key extends keyof Wording>(key: Key, ...values: Parameters<Wording[Key]>) =>
  (): string =>
    say(key, ...values);

/** Copy is text only; the cap keeps a hostile 1 MB string from reaching the copy checks. */
export const MAX_TEXT = 2000;
const text = (what: string) =>
  v.pipe(
    v.string(said('text', what)),
    v.trim(),
    v.nonEmpty(said('empty', what)),
    v.maxLength(MAX_TEXT, said('textTooLong', what, MAX_TEXT)),
  );
const url = (what: string) =>
  v.pipe(
    v.string(said('urlText', what)),
    v.maxLength(MAX_TEXT, said('urlTooLong', what)),
    v.url(said('urlAbsolute', what)),
    v.check((u) => /^https?:/i.test(u), said('urlScheme', what)),
  );

export {
  ACCESS_LEVELS,
  ARM_KINDS,
  CONSTRAINTS,
  ESCALATIONS,
  PERIODS,
  TERM_KEYS,
  type AccessLevel,
  type ArmKind,
  type Constraint,
  type Escalation,
  type Period,
  type TermKey,
} from './offer-constants.js';

export const PriceSchema = v.object({
  /** Amount per period in the currency's major unit (49.5 = 49.50). 0 for free. */
  amount: v.pipe(v.number(said('amountNumber')), v.finite(), v.minValue(0, said('amountMin'))),
  /** ISO 4217 code, e.g. "EUR". */
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, said('currency'))),
  period: v.picklist(PERIODS, said('period')),
  /** Minimum number of periods the buyer commits to (1 when omitted). */
  minimumTerm: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** One-off fees on top of the amount (setup, onboarding). */
  fees: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  /** Extra words shown with the price, e.g. "plus VAT". */
  note: v.optional(text('price.note')),
});

/** Either a length in days, or open-ended (`ongoing: true`: a pledge or plan that runs until the visitor stops). */
export const hasDaysOrOngoing = (t: { days?: number; ongoing?: boolean }) => t.ongoing === true || t.days !== undefined;
export const notBothDaysAndOngoing = (t: { days?: number; ongoing?: boolean }) =>
  !(t.ongoing === true && t.days !== undefined);

export const TimeSchema = v.pipe(
  v.object({
    /** Calendar time as people say it, e.g. "6 weeks" or "Until you stop". */
    duration: text('time.duration'),
    /** The same in days, for comparing the two options. Leave out for an open-ended commitment. */
    days: v.optional(v.pipe(v.number(said('daysNumber')), v.finite(), v.minValue(0))),
    /** True for a commitment with no end date (a monthly pledge "until you stop", a free-forever plan). */
    ongoing: v.optional(v.boolean(said('ongoingBoolean'))),
    /** The buyer's effort, e.g. "2 hours a week from one analyst". */
    effort: text('time.effort'),
  }),
  v.forward(v.partialCheck([['days'], ['ongoing']], hasDaysOrOngoing, said('daysOrOngoing')), ['days']),
  v.forward(v.partialCheck([['days'], ['ongoing']], notBothDaysAndOngoing, said('notBothDaysAndOngoing')), ['ongoing']),
);

export const TermsSchema = v.object({
  /** What is included. */
  scope: text('scope'),
  /** What the option will prove or deliver; a smaller option proves less: say so. */
  evidence: text('evidence'),
  dataAccess: v.object({
    level: v.picklist(ACCESS_LEVELS, said('accessLevel')),
    detail: text('dataAccess.detail'),
  }),
  time: TimeSchema,
  price: PriceSchema,
  renewal: v.object({
    auto: v.boolean(said('renewalAuto')),
    /** When and at what price it renews, or that it does not. */
    detail: text('renewal.detail'),
    /** How to cancel. */
    cancel: text('renewal.cancel'),
    /** The page where the contract is cancelled (de: the „Verträge hier kündigen" button leads there). */
    cancelUrl: v.optional(url('renewal.cancelUrl')),
    /** By when the visitor must cancel to avoid the next charge (us-ny), e.g. "by 11:59 pm the day before". */
    cancelBy: v.optional(text('renewal.cancelBy')),
  }),
  /** How to stop, and what happens to data and money. */
  exit: text('exit'),
});

export const ActionSchema = v.object({
  label: text('action label'),
  /** Where the widget sends the visitor after an `offer-choice` no listener cancelled; never required. */
  href: v.optional(url('action href')),
});

export const ImpactSchema = v.object({
  text: text('impact.text'),
  verificationUrl: v.optional(url('impact.verificationUrl')),
});

export const OptionSchema = v.object({
  /** Stable id of the option, used in events and receipts. */
  id: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, said('optionId')))),
  title: text('title'),
  summary: v.optional(text('summary')),
  /** Why it is worth it, in the buyer's terms. Required for the full option. */
  rationale: v.optional(text('rationale')),
  /** Retreat only: the decision it still lets the buyer make ("same KPIs, fewer variables"). */
  stillAnswers: v.optional(text('stillAnswers')),
  action: ActionSchema,
  terms: TermsSchema,
  /** Differences over the full option this option knowingly adds (retreat only). */
  escalations: v.optional(v.array(v.picklist(ESCALATIONS))),
  /** Text shown beside the action button (renewal, fees, what changes). */
  notice: v.optional(text('notice')),
  impact: v.optional(ImpactSchema),
});

/** Strict: an unknown key (`default: "on"`, `optOut: true`) is refused, not dropped, so no flag can pre-select an extra. */
export const AddOnSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, said('addOnId'))),
  label: text('add-on label'),
  price: v.optional(PriceSchema),
  /** Must be false or absent: the visitor opts in. */
  selected: v.optional(v.literal(false, said('selected'))),
  recurring: v.optional(v.boolean()),
});

export const ClaimSchema = v.object({
  /** A scarcity or activity claim, e.g. "3 seats left in the Tuesday workshop". */
  text: text('claim text'),
  /** Where the number comes from, e.g. "room capacity 12, bookings system". */
  source: text('claim source'),
});

export const ArmSchema = v.object({
  /** Arm name in events, e.g. "rtr", "small-only", "rtr-short". */
  name: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, said('armName'))),
  kind: v.picklist(ARM_KINDS, said('armKind')),
  weight: v.pipe(v.number(), v.finite(), v.minValue(0)),
  /** Which retreat variant (by option id in `retreatVariants`) this arm shows; the default retreat when absent. */
  retreat: v.optional(v.string()),
});

export const OfferSchema = v.object({
  /** Stable id: receipts, remembered "Not now" and experiment assignment key on it. */
  id: v.pipe(v.string(said('idText')), v.regex(/^[\w.:-]{1,128}$/, said('idShape'))),
  /** The decision both options serve. */
  decision: text('decision'),
  /** KPIs / success criteria both options are judged by. */
  successCriteria: v.pipe(v.array(text('success criterion')), v.minLength(1, said('successCriteria')), v.maxLength(10)),
  /** The one person who makes both asks. */
  requester: v.object({ name: text('requester.name'), role: text('requester.role') }),
  full: OptionSchema,
  /** The one smaller option. */
  retreat: OptionSchema,
  /** Optional retreat per named constraint; the visitor still sees only one. */
  retreatFor: v.optional(
    v.object({
      time: v.optional(OptionSchema),
      budget: v.optional(OptionSchema),
      policy: v.optional(OptionSchema),
    }),
  ),
  /** Retreat-size variants for experiments; each visitor sees exactly one. */
  retreatVariants: v.optional(v.array(OptionSchema)),
  /** Ask which constraint got in the way after "Not this one" (skippable). Default true. */
  askConstraint: v.optional(v.boolean()),
  addOns: v.optional(v.array(AddOnSchema)),
  deadline: v.optional(
    v.object({
      at: v.pipe(v.string(), v.isoTimestamp(said('deadlineAt'))),
      reason: text('deadline.reason'),
      /** IANA zone the date is shown in, e.g. "Europe/Berlin"; UTC when absent (never the browser's zone). */
      timeZone: v.optional(v.pipe(v.string(), v.check(isTimeZone, said('timeZone')))),
    }),
  ),
  claims: v.optional(v.array(ClaimSchema)),
  stop: v.optional(
    v.object({
      label: v.optional(text('stop label')),
      confirmation: v.optional(text('stop confirmation')),
      /** Where "Not now" leads once its `offer-choice` is not cancelled (the widget follows it), e.g. back to the page. */
      href: v.optional(url('stop href')),
      /** Days a "Not now" is remembered for this offer id. Default 30; 0 = not remembered. */
      rememberDays: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(400))),
    }),
  ),
  /** Replaces the decline label ("Not this one"). */
  declineLabel: v.optional(text('decline label')),
  experiment: v.optional(
    v.object({
      id: v.pipe(v.string(), v.regex(/^[\w.:-]{1,128}$/)),
      arms: v.pipe(v.array(ArmSchema), v.minLength(1)),
    }),
  ),
  /** BCP 47 locale for prices and dates; the page's `lang` when absent. */
  locale: v.optional(v.string()),
  /** Legal packs to check and show, e.g. ["eu", "de"]; none by default. */
  jurisdictions: v.optional(v.array(v.picklist(JURISDICTIONS, said('jurisdictions', JURISDICTIONS.join(', '))))),
  /** The right of withdrawal (eu): its period in days and the page of the withdrawal function. */
  withdrawal: v.optional(
    v.object({
      days: v.pipe(v.number(said('withdrawalDays')), v.integer(), v.minValue(0)),
      url: url('withdrawal.url'),
    }),
  ),
});

export type Offer = v.InferOutput<typeof OfferSchema>;
export type OfferOption = v.InferOutput<typeof OptionSchema>;
export type Terms = v.InferOutput<typeof TermsSchema>;
export type Time = v.InferOutput<typeof TimeSchema>;
export type Price = v.InferOutput<typeof PriceSchema>;
export type AddOn = v.InferOutput<typeof AddOnSchema>;
export type Arm = v.InferOutput<typeof ArmSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;

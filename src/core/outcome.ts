/**
 * Outcome records: what happened after the choice, reported by the host from its billing or CRM webhooks as
 * lines in the same events log as the widget's events:
 *   {"type":"offer-outcome","detail":{"offerId":"acme","outcome":"refunded","at":"2026-03-01T10:00:00Z",
 *    "digest":"<the receipt's digest>"},"visitorId":"v1"}
 * The analysis joins them to the visit (offerId + visitorId). A digest, when given, must equal the digest of the
 * visit's final receipt: a mismatch is counted and reported, never matched by guesswork.
 */
import * as v from 'valibot';

export const OUTCOME_TYPE = 'offer-outcome';
export const OUTCOMES = ['renewed', 'cancelled', 'refunded', 'converted', 'complaint', 'chargeback'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** Outcomes that end retention: the customer was not kept. */
export const LOST_OUTCOMES: readonly Outcome[] = ['cancelled', 'refunded', 'chargeback'];

/**
 * A strict ISO 8601 date-time with seconds and a zone ("2026-03-01T10:00:00Z", "…T10:00:00.250+01:00").
 * Strict on purpose: every engine (JavaScript, DuckDB, BigQuery) must read the same instant from it, and
 * lenient parsers disagree on dates without seconds or without a zone.
 */
export const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Milliseconds since the epoch for a strict ISO time, or null (not text, not strict ISO, or no such date). */
export function isoMillis(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = ISO_TIME.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.parse rolls 30 February over into March; a calendar that has no such day has no such time.
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

const DIGEST = /^[0-9a-f]{64}$/;

export const OutcomeDetailSchema = v.object({
  offerId: v.pipe(
    v.string('detail.offerId must be text: the offer id the visitor saw'),
    v.regex(/^[\w.:-]{1,128}$/, 'detail.offerId must be 1-128 letters, digits, ".", ":", "-" or "_"'),
  ),
  outcome: v.picklist(OUTCOMES, `detail.outcome must be one of ${OUTCOMES.map((o) => `"${o}"`).join(', ')}`),
  at: v.pipe(
    v.string('detail.at must be text: an ISO 8601 time'),
    v.check(
      (at) => isoMillis(at) !== null,
      'detail.at must be an ISO 8601 date-time with seconds and a zone, e.g. "2026-03-01T10:00:00Z"',
    ),
  ),
  digest: v.optional(
    v.pipe(
      v.string('detail.digest must be text when given'),
      v.regex(DIGEST, 'detail.digest must be the receipt digest: 64 lowercase hex characters'),
    ),
  ),
});

export const OutcomeRecordSchema = v.object({
  type: v.literal(OUTCOME_TYPE, `type must be "${OUTCOME_TYPE}"`),
  detail: OutcomeDetailSchema,
  visitorId: v.pipe(
    v.string('visitorId must be text: the visitor id the widget used for this visit'),
    v.nonEmpty('visitorId must not be empty'),
  ),
});

export type OutcomeDetail = v.InferOutput<typeof OutcomeDetailSchema>;
export type OutcomeRecord = v.InferOutput<typeof OutcomeRecordSchema>;

export interface OutcomeIssue {
  /** Dotted path of the field, e.g. "detail.at". */
  path: string;
  message: string;
}

export type OutcomeCheck = { ok: true; record: OutcomeRecord } | { ok: false; issues: OutcomeIssue[] };

/** Checks one parsed log line as an outcome record; every wrong field is named. */
export function checkOutcome(input: unknown): OutcomeCheck {
  const parsed = v.safeParse(OutcomeRecordSchema, input);
  if (parsed.success) return { ok: true, record: parsed.output };
  return {
    ok: false,
    issues: parsed.issues.map((issue) => ({
      path: issue.path?.map((item) => String(item.key)).join('.') ?? '',
      message: issue.message,
    })),
  };
}

export class OutcomeError extends Error {
  constructor(readonly issues: OutcomeIssue[]) {
    super(`invalid offer-outcome: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'OutcomeError';
  }
}

export interface OutcomeInput {
  offerId: string;
  visitorId: string;
  outcome: Outcome;
  /** When it happened: a Date, or a strict ISO time. */
  at: Date | string;
  /** The receipt's digest, when the host kept it (recommended: it proves which visit the outcome belongs to). */
  digest?: string;
}

/** Builds one outcome record (a line for the events log); throws an OutcomeError naming each wrong field. */
export function createOutcome(input: OutcomeInput): OutcomeRecord {
  // An invalid Date has no ISO form: pass its text on so the error names detail.at instead of throwing here.
  const at =
    input.at instanceof Date
      ? Number.isNaN(input.at.getTime())
        ? String(input.at)
        : input.at.toISOString()
      : input.at;
  const record = {
    type: OUTCOME_TYPE,
    detail: {
      offerId: input.offerId,
      outcome: input.outcome,
      at,
      ...(input.digest !== undefined ? { digest: input.digest } : {}),
    },
    visitorId: input.visitorId,
  };
  const checked = checkOutcome(record);
  if (!checked.ok) throw new OutcomeError(checked.issues);
  return checked.record;
}

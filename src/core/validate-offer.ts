/**
 * validateOffer: the structure check (valibot schema), the guardrail rules and the copy checks on every
 * copy field. Never throws: any value yields `{ ok, findings }`, with at least one finding when `ok` is false.
 *
 * Rules that can be judged on the raw input (stacked retreats, a hidden stop path, pre-checked add-ons,
 * a missing rationale, unsafe URLs, copy) run even when the structure is broken, so one pass lists
 * everything to fix. Rules that compare the two options need the parsed offer.
 */
import * as v from 'valibot';
import { MAX_TEXT, OfferSchema, type Offer } from './offer-schema.js';
import type { Finding } from './finding.js';
import { checkCopy } from './copy/check-copy.js';
import { structureFindings } from './guardrails/structure.js';
import { optionCountFindings } from './guardrails/option-count.js';
import { shamedStopFindings, stopPathFindings } from './guardrails/stop-path.js';
import { precheckedUpsellFindings } from './guardrails/prechecked-upsell.js';
import { justificationFindings, sameAsFullFindings } from './guardrails/justification.js';
import { unsafeUrlFindings } from './guardrails/unsafe-url.js';
import { retreatSizeFindings } from './guardrails/retreat-size.js';
import { hiddenEscalationFindings } from './guardrails/hidden-escalation.js';
import { undisclosedDifferenceFindings } from './guardrails/undisclosed-difference.js';
import { unverifiedImpactFindings } from './guardrails/unverified-impact.js';
import { experimentFindings } from './guardrails/experiment.js';
import { experimentFramingFindings } from './guardrails/experiment-framing.js';
import { pastDeadlineFindings } from './guardrails/deadline.js';
import { collectCopyFields } from './guardrails/copy-fields.js';
import { isRecord, own, visibleText } from './guardrails/raw.js';

export interface ValidationResult {
  ok: boolean;
  findings: Finding[];
  /** The parsed offer (trimmed strings) when the structure is valid, even if rules reported errors. */
  offer?: Offer;
}

export interface ValidateOptions {
  /** Clock for the deadline checks (tests, previews of a future date). Defaults to the current time. */
  now?: Date;
}

/** The declared deadline as the copy checks want it, read safely from raw or parsed input. */
function declaredDeadline(offer: unknown): { at: string; reason: string } | undefined {
  const deadline = own(offer, 'deadline');
  const at = own(deadline, 'at');
  const reason = own(deadline, 'reason');
  return typeof at === 'string' && typeof reason === 'string' ? { at, reason } : undefined;
}

/** Embedding and override controls (LRE, RLE, PDF, LRO, RLO): an unterminated one reorders the text after it. */
const BIDI_OVERRIDE = /[\u202A-\u202E]/;

function copyFindings(offer: unknown, now: Date): Finding[] {
  const deadline = declaredDeadline(offer);
  const findings: Finding[] = [];
  for (const field of collectCopyFields(offer, MAX_TEXT)) {
    if (BIDI_OVERRIDE.test(field.text)) {
      findings.push({
        rule: 'bidi-control',
        severity: 'warning',
        path: field.path,
        message:
          'This text contains bidi embedding or override characters (U+202A–U+202E), which can make the words shown differ from the words written (e.g. reorder a price). Remove them: the browser orders Arabic and Hebrew text without them.',
      });
    }
    // Copy is judged as read: zero-width and bidi characters cannot split "last chance" past the checks.
    const found = checkCopy(visibleText(field.text), {
      role: field.role,
      path: field.path,
      now,
      ...(deadline ? { deadline } : {}),
      ...(field.source !== undefined ? { source: field.source } : {}),
    });
    for (const f of found) findings.push({ ...f, path: f.path ?? field.path });
  }
  return findings;
}

/**
 * One finding per (rule, path, message); an `invalid-offer` is dropped when a more specific rule
 * already reports the same path.
 */
function dedupe(findings: Finding[]): Finding[] {
  // Only a more specific *error* may stand in for a structure error: a warning at the same path must not hide it.
  const specific = new Set(
    findings.filter((f) => f.rule !== 'invalid-offer' && f.severity === 'error' && f.path).map((f) => f.path),
  );
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.rule === 'invalid-offer' && f.path && specific.has(f.path)) continue;
    // Same rule on the same path from the raw and the structure pass: keep the first (structure's or raw's wording).
    const key = `${f.rule}\u0000${f.path ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function describe(err: unknown): string {
  try {
    return (err instanceof Error ? err.message : String(err)).slice(0, 200);
  } catch {
    return 'unknown error';
  }
}

function run(input: unknown, now: Date): ValidationResult {
  if (!isRecord(input)) {
    const what = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
    return {
      ok: false,
      findings: [
        {
          rule: 'invalid-offer',
          severity: 'error',
          message: `The offer is ${what}: give an object with id, decision, successCriteria, requester, full and retreat (see schema/offer.schema.json).`,
        },
      ],
    };
  }
  const parsed = v.safeParse(OfferSchema, input);
  const findings: Finding[] = parsed.success ? [] : structureFindings(parsed.issues);
  findings.push(
    ...optionCountFindings(input),
    ...stopPathFindings(input),
    ...precheckedUpsellFindings(input),
    ...justificationFindings(input),
    ...unsafeUrlFindings(input),
  );
  const copy = copyFindings(parsed.success ? parsed.output : input, now);
  findings.push(...copy, ...shamedStopFindings(copy));
  if (parsed.success) {
    const offer = parsed.output;
    findings.push(
      ...undisclosedDifferenceFindings(offer),
      ...sameAsFullFindings(offer),
      ...retreatSizeFindings(offer),
      ...hiddenEscalationFindings(offer),
      ...unverifiedImpactFindings(offer),
      ...experimentFindings(offer),
      ...experimentFramingFindings(offer, input),
      ...pastDeadlineFindings(offer, now),
    );
  }
  const unique = dedupe(findings);
  const ok = !unique.some((f) => f.severity === 'error');
  return parsed.success ? { ok, findings: unique, offer: parsed.output } : { ok: false, findings: unique };
}

export function validateOffer(input: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    const now = options?.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
    return run(input, now);
  } catch (err) {
    // Host objects (proxies, throwing getters) are not JSON; refuse them rather than break the page.
    return {
      ok: false,
      findings: [
        {
          rule: 'invalid-offer',
          severity: 'error',
          message: `The offer could not be read (${describe(err)}): give plain JSON data.`,
        },
      ],
    };
  }
}

/**
 * validateOffer: the structure check (valibot schema), the guardrail rules and the copy checks on every
 * copy field. Never throws: any value yields `{ ok, findings }`, with at least one finding when `ok` is false.
 *
 * The checks run in the order of guardrails/checks.ts. Those that can judge the raw input (stacked retreats,
 * a hidden stop path, pre-checked add-ons, a missing rationale, unsafe URLs, copy) run even when the structure
 * is broken, so one pass lists everything to fix. Those that compare the two options need the parsed offer.
 */
import * as v from 'valibot';
import { OfferSchema, type Jurisdiction, type Offer } from './offer-schema.js';
import { primaryLanguage } from './locales/index.js';
import type { Finding } from './finding.js';
import { CHECKS } from './guardrails/checks.js';
import type { InputContext } from './guardrails/rule.js';
import { isRecord } from './guardrails/untrusted-input.js';
import { effectiveJurisdictions } from './guardrails/jurisdiction/jurisdictions.js';

export interface ValidationResult {
  ok: boolean;
  findings: Finding[];
  /** The parsed offer (trimmed strings) when the structure is valid, even if rules reported errors. */
  offer?: Offer;
}

export interface ValidateOptions {
  /** Clock for the deadline checks (tests, previews of a future date). Defaults to the current time. */
  now?: Date;
  /** Legal packs the host adds to the offer's `jurisdictions` (the element attribute, `lint --jurisdiction`). */
  jurisdictions?: readonly Jurisdiction[];
  /** The language the offer is shown in when it declares no `locale` (the element's resolved `lang`). */
  language?: string;
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

function run(input: unknown, now: Date, options: ValidateOptions): ValidationResult {
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
  const findings: Finding[] = [];
  const offer = parsed.success ? parsed.output : undefined;
  const language = offer?.locale || (typeof options.language === 'string' ? options.language : undefined);
  const context: InputContext = {
    input,
    issues: parsed.success ? [] : parsed.issues,
    offer,
    now,
    findings,
    jurisdictions: effectiveJurisdictions(offer?.jurisdictions, options.jurisdictions),
    language: language ? primaryLanguage(language) : undefined,
  };
  for (const check of CHECKS) {
    if (check.needs === 'input') findings.push(...check.run(context));
    else if (context.offer) findings.push(...check.run({ ...context, offer: context.offer }));
  }
  const unique = dedupe(findings);
  const ok = !unique.some((f) => f.severity === 'error');
  return parsed.success ? { ok, findings: unique, offer: parsed.output } : { ok: false, findings: unique };
}

export function validateOffer(input: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    const now = options?.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
    return run(input, now, options ?? {});
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

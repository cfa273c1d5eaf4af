/**
 * The console and event side of a verdict: a refused offer is said once in the console with what to fix and
 * reported as `offer-invalid` (not a user event, so not queued: it fires with the render that shows the
 * fallback); an offer shown with warnings is said once per page.
 */
import type { Finding } from '../core/finding.js';
import type { ValidationResult } from '../core/validate-offer.js';
import { offerEvent } from './events.js';
import { warnOnce } from './warn-once.js';

function listFindings(findings: Finding[]): string {
  return findings.map((f) => `- [${f.rule}]${f.path ? ` ${f.path}:` : ''} ${f.message}`).join('\n');
}

/** `rawOffer` is what the host gave (its `id`, if any, names the refused offer in the event). */
export function reportVerdict(
  target: EventTarget,
  verdict: ValidationResult,
  rawOffer: unknown,
  shownOfferId: string | null,
): void {
  const errors = verdict.findings.filter((f) => f.severity === 'error');
  const warnings = verdict.findings.filter((f) => f.severity === 'warning');
  if (errors.length || !verdict.ok) {
    console.error(`<fair-offer> refused the offer. Fix:\n${listFindings(errors.length ? errors : verdict.findings)}`);
    const id = (rawOffer as { id?: unknown } | undefined)?.id;
    target.dispatchEvent(
      offerEvent('offer-invalid', { offerId: typeof id === 'string' ? id : null, findings: verdict.findings }),
    );
  } else if (warnings.length) {
    const list = listFindings(warnings);
    warnOnce(shownOfferId + list, `<fair-offer> shows the offer, with warnings:\n${list}`);
  }
}

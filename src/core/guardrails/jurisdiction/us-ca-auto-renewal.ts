/**
 * `us-ca-auto-renewal`: the auto-renewal terms (that it continues until cancelled, the charge and how often, how
 * to cancel) clear and conspicuous beside the request for consent, and the visitor's express affirmative consent
 * to the renewal itself. Lint checks the terms as displayed; the element shows an unticked consent checkbox that
 * states them, refuses the action until it is ticked, and records the consent in the receipt.
 */
import type { Finding } from '../../finding.js';
import type { Check, RuleInfo } from '../rule.js';
import { payingOptions } from './paying-options.js';
import { autoRenewing, missingRenewalTerms } from './renewal-terms.js';

export const usCaAutoRenewalRule = {
  id: 'us-ca-auto-renewal',
  severity: 'error',
  kind: 'jurisdiction',
  refuses:
    'With `us-ca`: an auto-renewing paid option whose renewal line, as displayed, does not state the charge and how often it recurs.',
  why: 'California requires the automatic renewal offer terms clearly and conspicuously beside the consent request, and the consumer’s express affirmative consent before charging.',
  fix: 'State the charge and period in `terms.renewal.detail` ("Renews every month at $49 until you cancel") and how to cancel in `terms.renewal.cancel`. The widget asks for consent with an unticked checkbox and records it in the receipt.',
  citation: 'Cal. Bus. & Prof. Code §17601(b), §17602(a), as amended by AB 2863 (from 1 July 2025)',
  readme: 'jurisdiction-california',
} as const satisfies RuleInfo;

export const usCaAutoRenewalCheck: Check = {
  name: 'us-ca auto-renewal',
  needs: 'offer',
  run: ({ offer, jurisdictions, language }) => {
    if (!jurisdictions.has('us-ca')) return [];
    const findings: Finding[] = [];
    for (const [path, option] of autoRenewing(payingOptions(offer))) {
      const missing = missingRenewalTerms(option, path, language);
      if (missing.length === 0) continue;
      findings.push({
        rule: 'us-ca-auto-renewal',
        severity: 'error',
        path: `${path}.terms.renewal.detail`,
        message: `\`${path}\` renews automatically, but its renewal line does not state ${missing.join(' or ')} (Cal. Bus. & Prof. Code §17602(a)(1)). Say it in \`terms.renewal.detail\`, e.g. "Renews every month at $49 until you cancel".`,
      });
    }
    return findings;
  },
};

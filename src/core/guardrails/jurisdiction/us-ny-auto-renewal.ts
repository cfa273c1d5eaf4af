/**
 * `us-ny-auto-renewal`: the same disclosure and consent as California, plus the deadline by which the visitor must
 * act to stop the next charge (`renewal.cancelBy`), shown beside the action.
 */
import type { Finding } from '../../finding.js';
import type { Check, RuleInfo } from '../rule.js';
import { payingOptions } from './paying-options.js';
import { autoRenewing, missingRenewalTerms } from './renewal-terms.js';

export const usNyAutoRenewalRule = {
  id: 'us-ny-auto-renewal',
  severity: 'error',
  kind: 'jurisdiction',
  refuses:
    'With `us-ny`: an auto-renewing paid option without `terms.renewal.cancelBy`, or whose renewal line does not state the charge and how often it recurs.',
  why: 'New York requires the material terms, including the deadline by date or frequency by which the consumer must act to stop further charges, beside the consent request, and affirmative consent.',
  fix: 'Add `terms.renewal.cancelBy` ("by 11:59 pm the day before each renewal date") and state the charge and period in `terms.renewal.detail`. The widget shows the deadline beside the button and asks for consent.',
  citation: 'N.Y. Gen. Bus. Law §527-a(1)(a)-(b), as amended in 2025 (in force 5 November 2025)',
  readme: 'jurisdiction-new-york',
} as const satisfies RuleInfo;

export const usNyAutoRenewalCheck: Check = {
  name: 'us-ny auto-renewal',
  needs: 'offer',
  run: ({ offer, jurisdictions, language }) => {
    if (!jurisdictions.has('us-ny')) return [];
    const findings: Finding[] = [];
    for (const [path, option] of autoRenewing(payingOptions(offer))) {
      if (option.terms.renewal.cancelBy === undefined) {
        findings.push({
          rule: 'us-ny-auto-renewal',
          severity: 'error',
          path: `${path}.terms.renewal.cancelBy`,
          message: `\`${path}\` renews automatically but does not say by when the visitor must cancel to avoid the next charge (N.Y. GBL §527-a(1)(a)): add \`terms.renewal.cancelBy\`, e.g. "by 11:59 pm the day before each renewal date". The widget shows it beside the button.`,
        });
      }
      const missing = missingRenewalTerms(option, path, language);
      if (missing.length > 0) {
        findings.push({
          rule: 'us-ny-auto-renewal',
          severity: 'error',
          path: `${path}.terms.renewal.detail`,
          message: `\`${path}\` renews automatically, but its renewal line does not state ${missing.join(' or ')} (N.Y. GBL §527-a(1)(a)). Say it in \`terms.renewal.detail\`, e.g. "Renews every month at $49 until you cancel".`,
        });
      }
    }
    return findings;
  },
};

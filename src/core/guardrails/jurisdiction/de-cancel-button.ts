/**
 * `de-cancel-button`: a paid continuing contract concluded on a website can be cancelled there, through a button
 * labelled „Verträge hier kündigen" that leads straight to a confirmation page („jetzt kündigen"), without a login.
 * The offer declares that page; the recap shows the labelled link.
 */
import type { Finding } from '../../finding.js';
import type { Check, RuleInfo } from '../rule.js';
import { isContinuing, isHttps, payingOptions } from './paying-options.js';

export const deCancelButtonRule = {
  id: 'de-cancel-button',
  severity: 'error',
  kind: 'jurisdiction',
  refuses:
    'With `de`: a paid subscription or renewing option without `terms.renewal.cancelUrl` (the https confirmation page the „Verträge hier kündigen" button leads to).',
  why: 'Since 1 July 2022 a paid continuing contract that can be concluded on a website must be cancellable there through a cancellation button and a confirmation page, always available and without a login.',
  fix: 'Add `terms.renewal.cancelUrl`: the https page with the „jetzt kündigen" button, reachable without logging in. The widget shows „Verträge hier kündigen" linking there.',
  citation: 'BGB §312k (in force since 1 July 2022)',
  readme: 'jurisdiction-germany',
} as const satisfies RuleInfo;

export const deCancelButtonCheck: Check = {
  name: 'de cancel button',
  needs: 'offer',
  run: ({ offer, jurisdictions }) => {
    if (!jurisdictions.has('de')) return [];
    const findings: Finding[] = [];
    for (const [path, option] of payingOptions(offer)) {
      if (!isContinuing(option)) continue;
      const url = option.terms.renewal.cancelUrl;
      const at = `${path}.terms.renewal.cancelUrl`;
      if (url === undefined) {
        findings.push({
          rule: 'de-cancel-button',
          severity: 'error',
          path: at,
          message: `\`${path}\` is a paid continuing contract but has no \`terms.renewal.cancelUrl\`: add the https page where it is cancelled with „jetzt kündigen", without a login (BGB §312k). The widget shows „Verträge hier kündigen" linking there.`,
        });
      } else if (!isHttps(url)) {
        findings.push({
          rule: 'de-cancel-button',
          severity: 'error',
          path: at,
          message: `\`${at}\` is ${JSON.stringify(url)}: the cancellation page must be an https: page. Change it.`,
        });
      }
    }
    return findings;
  },
};

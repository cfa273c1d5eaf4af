/**
 * `eu-withdrawal-function`: a paying distance contract with a right of withdrawal offers a withdrawal function,
 * labelled "withdraw from contract here", for the whole withdrawal period (at least 14 days). The offer declares
 * its page and the period; the recap and the one-page plan show the labelled link beside the choice.
 */
import type { Finding } from '../../finding.js';
import type { Check, RuleInfo } from '../rule.js';
import { isHttps, payingOptions } from './paying-options.js';

export const euWithdrawalFunctionRule = {
  id: 'eu-withdrawal-function',
  severity: 'error',
  kind: 'jurisdiction',
  refuses:
    'With `eu` (or de, fr, es): a paying offer without `withdrawal: { days, url }` (an https page, a period of at least 14 days).',
  why: 'From 19 June 2026 a contract concluded online must be withdrawable through a function labelled "withdraw from contract here", available for the whole withdrawal period.',
  fix: 'Declare `withdrawal: { "days": 14, "url": "https://…" }`: the page of your withdrawal function. The widget shows the labelled link and the period in the recap and the one-page plan.',
  citation:
    'Directive 2011/83/EU art. 11a, inserted by Directive (EU) 2023/2673 (applies from 19 June 2026); art. 9(1) (14 days)',
  readme: 'jurisdiction-eu',
} as const satisfies RuleInfo;

/** CRD art. 9(1): the withdrawal period is 14 days; member states and traders may give more, never less. */
const MIN_DAYS = 14;

export const euWithdrawalFunctionCheck: Check = {
  name: 'eu withdrawal function',
  needs: 'offer',
  run: ({ offer, jurisdictions }) => {
    if (!jurisdictions.has('eu') || payingOptions(offer).length === 0) return [];
    const error = (path: string, message: string): Finding => ({
      rule: 'eu-withdrawal-function',
      severity: 'error',
      path,
      message,
    });
    const withdrawal = offer.withdrawal;
    if (!withdrawal) {
      return [
        error(
          'withdrawal',
          'The offer asks for payment under EU rules but declares no withdrawal function: add `withdrawal: { "days": 14, "url": "https://…" }` with the page where the visitor withdraws (labelled "withdraw from contract here", CRD art. 11a).',
        ),
      ];
    }
    const findings: Finding[] = [];
    if (!isHttps(withdrawal.url))
      findings.push(
        error(
          'withdrawal.url',
          `\`withdrawal.url\` is ${JSON.stringify(withdrawal.url)}: the withdrawal function must be an https: page. Change it.`,
        ),
      );
    if (withdrawal.days < MIN_DAYS)
      findings.push(
        error(
          'withdrawal.days',
          `\`withdrawal.days\` is ${withdrawal.days}: the EU withdrawal period is at least ${MIN_DAYS} days (CRD art. 9(1)). Give ${MIN_DAYS} or more.`,
        ),
      );
    return findings;
  },
};

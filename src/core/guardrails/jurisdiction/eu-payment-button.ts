/**
 * `eu-payment-button`: the label of an action that commits the visitor to pay states that obligation
 * unambiguously, in the language it is shown in, judged on the label as displayed (the widget's own additions
 * included) and on nothing else (CJEU C-249/21).
 */
import type { Finding } from '../../finding.js';
import type { Check, RuleInfo } from '../rule.js';
import { PAYMENT_BUTTON_WORDING, paymentPhraseIn } from './payment-button-wording.js';
import { payingOptions, shown } from './paying-options.js';

export const euPaymentButtonRule = {
  id: 'eu-payment-button',
  severity: 'error',
  kind: 'jurisdiction',
  refuses:
    'With `eu` (or de, fr, es): a paying action whose label, as displayed, does not say that ordering commits the visitor to pay.',
  why: 'Without such a label the consumer is not bound by the order; only the words on the button count.',
  fix: 'Label the action with the wording of its language: "Order with obligation to pay" or "Pay €…", „Zahlungspflichtig bestellen", « Commande avec obligation de paiement », "Pedido con obligación de pago".',
  citation:
    'Directive 2011/83/EU art. 8(2); CJEU C-249/21 Fuhrmann-2 (7 April 2022); BGB §312j(3); Code de la consommation L221-14; TRLGDCU art. 98.2',
  readme: 'jurisdiction-eu',
} as const satisfies RuleInfo;

type Listed = keyof typeof PAYMENT_BUTTON_WORDING;
const isListed = (language: string | undefined): language is Listed =>
  language !== undefined && Object.hasOwn(PAYMENT_BUTTON_WORDING, language);

const quote = (phrase: string) => `"${phrase.replace(/^./, (c) => c.toUpperCase())}"`;

export const euPaymentButtonCheck: Check = {
  name: 'eu payment button',
  needs: 'offer',
  run: ({ offer, jurisdictions, language }) => {
    if (!jurisdictions.has('eu')) return [];
    const findings: Finding[] = [];
    // Without a known language the label may be in any of the listed ones; an unlisted language is not passed in silence.
    const lists: Listed[] = isListed(language) ? [language] : (Object.keys(PAYMENT_BUTTON_WORDING) as Listed[]);
    for (const [path, option] of payingOptions(offer)) {
      const label = shown(option, path, language).actionLabel;
      if (language !== undefined && !isListed(language)) {
        findings.push({
          rule: 'eu-payment-button',
          severity: 'warning',
          path: `${path}.action.label`,
          message: `fair-offer has no order-button wording for language "${language}", so "${label}" was not checked: make sure it says that ordering commits the visitor to pay (CRD art. 8(2)), in the words your country's law gives.`,
        });
        continue;
      }
      if (lists.some((lang) => paymentPhraseIn(label, PAYMENT_BUTTON_WORDING[lang]))) continue;
      const examples = PAYMENT_BUTTON_WORDING[lists[0]!]
        .slice(0, 2)
        .map((p) => quote(p.replace(' …', lists[0] === 'en' ? ' €…' : ' …')));
      findings.push({
        rule: 'eu-payment-button',
        severity: 'error',
        path: `${path}.action.label`,
        message: `\`${path}.action.label\` is shown as "${label}", which does not say that ordering commits the visitor to pay (EU CRD art. 8(2); only the button's words count, CJEU C-249/21). Label it ${examples.join(' or ')}.`,
      });
    }
    return findings;
  },
};

/**
 * The jurisdiction packs' checks as one group: registered by `fair-offer/core` (every pack, synchronously) and
 * loaded by the element as its own chunk when an offer has `jurisdictions` or the host adds some. Registering it
 * registers the packs' words in German, French and Spanish too (legal-translations.ts).
 */
import type { CheckGroup } from '../check-groups.js';
import { euPaymentButtonCheck } from './eu-payment-button.js';
import { euWithdrawalFunctionCheck } from './eu-withdrawal-function.js';
import { deCancelButtonCheck } from './de-cancel-button.js';
import { usCaAutoRenewalCheck } from './us-ca-auto-renewal.js';
import { usNyAutoRenewalCheck } from './us-ny-auto-renewal.js';
import { LEGAL_TRANSLATIONS } from '../../locales/legal-translations.js';
import { registerLegalStrings } from '../../locales/legal-strings.js';

export const JURISDICTION_GROUP: CheckGroup = {
  name: 'jurisdiction',
  checks: [
    euPaymentButtonCheck,
    euWithdrawalFunctionCheck,
    deCancelButtonCheck,
    usCaAutoRenewalCheck,
    usNyAutoRenewalCheck,
  ],
  // The packs' words beyond English: whatever shows them (the element's legal parts, a receipt's consent, the
  // plan's notices) only runs for an offer under a jurisdiction, which needs this group.
  onRegister: () => {
    for (const [lang, words] of Object.entries(LEGAL_TRANSLATIONS)) registerLegalStrings(lang, words);
  },
};

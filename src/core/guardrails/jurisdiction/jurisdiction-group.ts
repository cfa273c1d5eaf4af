/**
 * The jurisdiction packs' checks as one group: registered by `fair-offer/core` (every pack, synchronously) and
 * loaded by the element as its own chunk when an offer has `jurisdictions` or the host adds some. It brings the
 * packs' words in German, French and Spanish with it: only an offer under a jurisdiction shows them.
 */
import type { CheckGroup } from '../check-groups.js';
import { euPaymentButtonCheck } from './eu-payment-button.js';
import { euWithdrawalFunctionCheck } from './eu-withdrawal-function.js';
import { deCancelButtonCheck } from './de-cancel-button.js';
import { usCaAutoRenewalCheck } from './us-ca-auto-renewal.js';
import { usNyAutoRenewalCheck } from './us-ny-auto-renewal.js';
import { LEGAL_TRANSLATIONS } from '../../locales/legal-translations.js';

export const JURISDICTION_GROUP: CheckGroup = {
  name: 'jurisdiction',
  checks: [
    euPaymentButtonCheck,
    euWithdrawalFunctionCheck,
    deCancelButtonCheck,
    usCaAutoRenewalCheck,
    usNyAutoRenewalCheck,
  ],
  legalStrings: LEGAL_TRANSLATIONS,
};

/**
 * Spanish word classes (`@name` in the shapes of the Spanish pack and its decline grammar), gathered from the
 * files that hold them by concern.
 */
import { ES_CLAIMS_WORDS } from './es-claims-words.js';
import { ES_JAB_FAMILY_WORDS } from './es-jab-families.js';
import { ES_URGENCY_FAMILY_WORDS } from './es-urgency-families.js';
import { ES_PRESSURE_FAMILY_WORDS } from './es-pressure-families.js';
import { ES_DECLINE_JABS } from './es-decline-jabs.js';
import { ES_JUDGEMENT_WORDS } from './es-judgements.js';
import { ES_GOOD_WORDS } from './es-good-words.js';
import { ES_LOSS_WORDS } from './es-loss-words.js';
import { ES_PAGE_ASKS } from './es-decline-reasons.js';
import { ES_DECLINE_MODIFIERS, ES_NP_DETERMINERS, ES_NP_MODIFIERS, ES_PAYMODES } from './es-decline-objects.js';

export const ES_CLASSES: Readonly<Record<string, readonly string[]>> = {
  ...ES_GOOD_WORDS,
  ...ES_LOSS_WORDS,
  ...ES_CLAIMS_WORDS,
  ...ES_URGENCY_FAMILY_WORDS,
  ...ES_PRESSURE_FAMILY_WORDS,
  ...ES_DECLINE_JABS,
  ...ES_JUDGEMENT_WORDS,
  ...ES_JAB_FAMILY_WORDS,
  // the decline grammar's noun phrases and ways to pay (es-decline-reasons.ts)
  npdet: ES_NP_DETERMINERS,
  npmod: [...ES_DECLINE_MODIFIERS, ...ES_NP_MODIFIERS],
  paymode: ES_PAYMODES,
  pageAsk: ES_PAGE_ASKS, // what a page asks the visitor to do (es-decline-reasons.ts)
};

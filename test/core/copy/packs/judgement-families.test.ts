/** Judgements by family (judgement-families.ts), tested as every decline probe table is (decline-probes.ts). */
import { JUDGEMENT_FAMILIES } from './judgement-families.js';
import { describeDeclineProbes } from './decline-probes.js';

describeDeclineProbes('$locale judgement: $shape', JUDGEMENT_FAMILIES);

/** Spanish and French decline labels with open reasons and judgements (judgements-es-fr.ts), tested as every decline probe table is. */
import { JUDGEMENT_PROBES } from './judgements-es-fr.js';
import { describeDeclineProbes } from './decline-probes.js';

describeDeclineProbes('$locale open reasons and judgements: $shape', JUDGEMENT_PROBES);

/** Spanish and French reasons by kind (reason-kinds-es-fr.ts), tested as every decline probe table is. */
import { REASON_KIND_FAMILIES } from './reason-kinds-es-fr.js';
import { describeDeclineProbes } from './decline-probes.js';

describeDeclineProbes('$locale reasons by kind: $shape', REASON_KIND_FAMILIES);

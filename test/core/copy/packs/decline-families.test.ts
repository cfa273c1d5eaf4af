/** Decline labels by family (decline-families.ts), tested as every decline probe table is (decline-probes.ts). */
import { DECLINE_FAMILIES } from './decline-families.js';
import { describeDeclineProbes } from './decline-probes.js';

describeDeclineProbes('$locale decline family: $shape', DECLINE_FAMILIES);

/**
 * The experiment checks and arm assignment as one group: registered by `fair-offer/core` and loaded by the
 * element as its own chunk when an offer has an `experiment` (or `retreatVariants`, which only arms show).
 */
import type { CheckGroup } from './check-groups.js';
import { experimentArmsCheck } from './experiment-arms.js';
import { experimentFramingCheck } from './experiment-framing.js';
import { applyArm, armFor, getVisitorId } from '../experiment.js';

export const EXPERIMENT_GROUP: CheckGroup = {
  name: 'experiment',
  checks: [experimentArmsCheck, experimentFramingCheck],
  arms: { applyArm, armFor, getVisitorId: (storage) => getVisitorId(storage) },
};

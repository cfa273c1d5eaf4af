/** Exports kept for hosts that imported them before the strings moved to src/core/strings.ts. */
import { EN_STRINGS, type Strings } from '../core/strings.js';

/**
 * @deprecated Every built-in string now lives in `Strings` (src/core/strings.ts, with de/es); these are the
 * element-only ones, kept for hosts that imported them.
 */
export const ELEMENT_STRINGS = {
  addOnsLegend: EN_STRINGS.addOnsLegend,
  termsCaption: EN_STRINGS.termsCaption,
  verifyImpact: EN_STRINGS.verifyImpact,
  invalidJson: EN_STRINGS.invalidJson,
};
/** @deprecated Same as `Strings`. */
export type FairOfferStrings = Strings;

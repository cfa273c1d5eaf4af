import { checkCopy } from '../../../src/core/copy/check-copy.js';
import type { CopyCheckOptions } from '../../../src/core/finding.js';

/** The rule ids checkCopy reports for a text. */
export const rulesFor = (text: string, options?: CopyCheckOptions) => checkCopy(text, options).map((f) => f.rule);

/** The three rules the benchmark scores (the dark patterns proper). */
export const DARK_RULES = ['confirmshaming', 'false-urgency', 'pressure'];

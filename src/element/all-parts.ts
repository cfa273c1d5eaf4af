/**
 * Every lazily loaded part (lazy-parts.ts), registered synchronously: for Lit's server renderer (src/ssr), which
 * renders in one pass, and for hosts that would rather bundle everything than fetch chunks.
 */
import * as receipts from '../core/receipt.js';
import { registerPart } from './lazy-parts.js';
import * as legal from './templates/legal-parts.js';
import * as stages from './templates/later-stages.js';

registerPart('stages', stages);
registerPart('legal', legal);
registerPart('receipts', receipts);

/**
 * The lazily loaded parts a render uses (lazy-parts.ts: the later stages and the legal parts), registered
 * synchronously for Lit's server renderer (src/ssr), which renders in one pass, with the checks (checks.ts). What only a visitor's action needs
 * (receipts, the plan, toggletip positioning) never runs on a server. A function, not an import for its side
 * effect, so a bundler of the server code (package.json `sideEffects`) cannot drop it.
 */
import { registerPart } from './lazy-parts.js';
import { registerChecks } from './checks-loader.js';
import * as checks from './checks.js';
import * as legal from './templates/legal-parts.js';
import * as stages from './templates/later-stages.js';

export function registerRenderedParts(): void {
  registerPart('stages', stages);
  registerPart('legal', legal);
  registerChecks(checks); // a server validates before it renders, never on a lint digest's word
}

/**
 * Asks for the checks chunk (checks-loader.ts) while the entry is still evaluating, when the page already holds
 * an offer without a lint digest (`<fair-offer>` with a script child, its JSON, and no `linted`) and this browser
 * remembers no verdict (verdict-memory.ts): that offer cannot paint before their verdict, so their request, download and
 * compile overlap Lit's setup and the element's definition instead of following the element's first update.
 * With verdicts remembered the element first compares the offer's digest with them (a match paints at once and
 * loads the checks after that paint, as for a linted offer); a page whose offers are all linted asks for nothing.
 * Imported first by the entry (src/define.ts), so it runs before the rest of it.
 */
import { loadChecks } from './checks-loader.js';
import { remembered } from './verdict-memory.js';

if (
  typeof document !== 'undefined' &&
  document.querySelector('fair-offer:not([linted])>script') &&
  !remembered().length
)
  void loadChecks();

/**
 * `invalid-json`: the element's `<script type="application/json">` offer is not JSON. The element reports it
 * (validateOffer receives values, not text; the CLI reports unreadable files as failures with their position).
 */
import type { RuleInfo } from './rule.js';

export const invalidJsonRule = {
  id: 'invalid-json',
  severity: 'error',
  kind: 'structure',
  refuses: 'An offer script element whose text is not JSON.',
  why: 'The widget cannot show what it cannot read.',
  fix: 'Correct the JSON at the position the message names (a trailing comma, a missing quote).',
  readme: 'rules',
} as const satisfies RuleInfo;

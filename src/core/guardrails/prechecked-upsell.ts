/**
 * `prechecked-upsell`: add-ons and recurring toggles are opt-in. Reads the raw input so that flags the
 * schema does not know (`checked`, `default: "on"`, `optOut: true`, `selected: "true"`, `defaultRecurring`) are
 * refused as pre-selection; the schema also rejects any unknown add-on key, so editors flag them as well.
 */
import type { Finding } from '../finding.js';
import type { Check, RuleInfo } from './rule.js';
import { extend, isRecord, join, own, ownKeys } from './untrusted-input.js';
import { say } from './wording.js';

/** Keys that mean "on by default" on an add-on. `optOut` is one too: an extra you must opt out of is pre-selected. */
const ON_FLAG =
  /^(selected|checked|ticked|on|enabled|active|included|pre-?(selected|checked|ticked|enabled)|opt-?_?out|(on|add(ed)?|included?)-?_?by-?_?default|auto-?_?(add(ed)?|select(ed)?|check(ed)?|include[ds]?)|default(-?_?(selected|checked|on|value|state|enabled))?|initial(ly)?-?_?(selected|checked|on|value|state)?)$/i;
/** Values that leave an extra off; anything else on a pre-selection key (true, "true", "on", "yes", 1) turns it on. */
const OFF_VALUE = /^(false|off|no|none|0|unchecked|unselected|disabled|)$/i;

/** True when `key: value` would switch an add-on on before the visitor ticks it. */
export function isOnByDefault(key: string, value: unknown): boolean {
  if (!ON_FLAG.test(key) || value === false || value === null || value === undefined || value === 0) return false;
  return typeof value === 'string' ? !OFF_VALUE.test(value.trim()) : true;
}

/** A recurring toggle anywhere in the offer: both a recurring word and a default word, set to true. */
const RECURRING_WORD = /recurr|monthly|yearly|annual|renew|subscri/i;
const DEFAULT_WORD = /default|checked|selected|pre-?select|ticked|initial/i;
const MAX_DEPTH = 8;

export function precheckedUpsellFindings(raw: unknown): Finding[] {
  if (!isRecord(raw)) return [];
  const findings: Finding[] = [];
  const addOns = own(raw, 'addOns');
  if (Array.isArray(addOns)) {
    addOns.forEach((addOn, i) => {
      if (!isRecord(addOn)) return;
      for (const key of ownKeys(addOn)) {
        if (isOnByDefault(key, addOn[key])) {
          findings.push({
            rule: 'prechecked-upsell',
            severity: 'error',
            path: join('addOns', i, key),
            message: say(
              'addOnPreselected',
              JSON.stringify(typeof addOn.id === 'string' ? addOn.id : i),
              key,
              JSON.stringify(addOn[key]),
            ),
          });
        }
      }
    });
  }
  const walk = (node: unknown, path: string, depth: number) => {
    if (depth > MAX_DEPTH || !isRecord(node)) return;
    for (const key of ownKeys(node)) {
      const value = node[key];
      const here = extend(path, key);
      if (value === true && RECURRING_WORD.test(key) && DEFAULT_WORD.test(key)) {
        findings.push({
          rule: 'prechecked-upsell',
          severity: 'error',
          path: here,
          message: say('recurringOnByDefault', here),
        });
      }
      if (key !== 'addOns') walk(value, here, depth + 1);
    }
  };
  walk(raw, '', 0);
  return findings;
}

export const precheckedUpsellRule = {
  id: 'prechecked-upsell',
  severity: 'error',
  kind: 'structure',
  refuses: 'Any add-on, upgrade or recurring toggle that is selected by default.',
  why: 'Seed: "pre-checked upsells undermine trust"; CJEU Planet49 (C-673/17); EU CRD art. 22; WinRed/ActBlue 2020-21.',
  fix: 'Remove `selected: true` (or any "checked"/"on by default" flag): the visitor opts in.',
  citation: 'Directive 2011/83/EU (CRD) art. 22; CJEU C-673/17 Planet49',
  readme: 'rules',
} as const satisfies RuleInfo;

export const precheckedUpsellCheck: Check = {
  name: 'prechecked upsell',
  needs: 'input',
  run: ({ input }) => precheckedUpsellFindings(input),
};

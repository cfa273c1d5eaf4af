/**
 * Where each check group runs in validateOffer's list (checks.ts), and the refusal when a group an offer needs is
 * not registered. Apart from check-groups.ts (the registry the element also uses, in the first paint) because
 * only the checks run these.
 */
import type { Finding } from '../finding.js';
import { checkGroup, type CheckGroupName } from './check-groups.js';
import type { Check, InputContext } from './rule.js';
import { WORDING_NOT_LOADED } from './wording.js';

/** Where a missing group's refusal points, and what it says is missing. */
const MISSING: Record<CheckGroupName, { path?: string; what: string }> = {
  wording: { what: 'The words of its findings (what to fix)' },
  jurisdiction: { path: 'jurisdictions', what: 'The jurisdiction checks' },
  experiment: { path: 'experiment', what: 'The experiment checks' },
};

function missingGroup(name: CheckGroupName): Finding[] {
  const { path, what } = MISSING[name];
  return [
    {
      rule: 'checks-not-loaded',
      severity: 'error',
      ...(path ? { path } : {}),
      message: `${what} are not loaded on this page, so this offer was not shown unchecked: load the chunks beside fair-offer.js, or import \`fair-offer/core\` (or \`await loadCheckGroup('${name}')\`) before validating.`,
    },
  ];
}

/**
 * The slot a group's checks run in: nothing when the offer does not need them, the group's checks when it is
 * registered (those that compare options only on a parsed offer), else one `checks-not-loaded` error.
 */
export function groupSlot(name: CheckGroupName, needed: (context: InputContext) => boolean): Check {
  return {
    name: `${name} checks`,
    needs: 'input',
    run: (context) => {
      if (!needed(context)) return [];
      const group = checkGroup(name);
      if (!group) return missingGroup(name);
      const { offer } = context;
      return group.checks.flatMap((check) =>
        check.needs === 'input' ? check.run(context) : offer ? check.run({ ...context, offer }) : [],
      );
    },
  };
}

/**
 * The last check: a finding made while the wording is not loaded says WORDING_NOT_LOADED, and the offer is then
 * refused until it is (the element loads it and validates again), whatever the finding's severity.
 */
export const wordingCheck: Check = {
  name: 'wording',
  needs: 'input',
  run: ({ findings }) =>
    !checkGroup('wording') && findings.some((f) => f.message === WORDING_NOT_LOADED) ? missingGroup('wording') : [],
};

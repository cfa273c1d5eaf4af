/**
 * Check groups: what only some offers need (the jurisdiction packs, experiments, and the wording of findings, which
 * only an offer with findings needs), registered on demand so the browser's first paint does not carry them. Node
 * (`fair-offer/core`, the CLI, the server renderer) registers every group on import (register-all.ts); the element
 * awaits `loadCheckGroup` before it validates (or, for the wording, shows) an offer that needs one. An offer that
 * needs a group that is not registered is refused (`checks-not-loaded`), never passed (group-slots.ts: the slots
 * validateOffer runs, which only the checks need, so they are not in the browser's first paint).
 */
import type { Jurisdiction } from '../offer-schema.js';
import type { ArmCode } from '../arm-view.js';
import type { Check, RuleInfo } from './rule.js';
import { effectiveJurisdictions } from './jurisdiction/jurisdictions.js';
import { own } from './untrusted-input.js';
import { registerWording } from './wording.js';
import type { Wording } from './wording-group.js';

export type CheckGroupName = 'wording' | 'jurisdiction' | 'experiment';

export interface CheckGroup {
  name: CheckGroupName;
  /** Run in this order where the group's slot is in checks.ts. */
  checks: readonly Check[];
  /** The experiment group also brings arm assignment, which prepareOffer needs once an experiment is accepted. */
  arms?: ArmCode;
  /** The wording group brings what every guardrail finding says (wording.ts). */
  wording?: Wording;
  /** Anything else the group brings, registered with it (the jurisdiction group's legal words). */
  onRegister?: () => void;
}

export const checksNotLoadedRule = {
  id: 'checks-not-loaded',
  severity: 'error',
  kind: 'structure',
  refuses:
    'An offer whose checks, or the words of its findings, are not loaded on the page (a chunk beside `fair-offer.js` that failed to load, or core modules used without `fair-offer/core`).',
  why: 'Never a silent pass: an offer is shown only after every guardrail that applies to it has run.',
  fix: 'Serve `dist/fair-offer-chunks/` beside `fair-offer.js`; in your own bundle import `fair-offer/core` (it registers every check) or `await loadCheckGroup(name)` before validating.',
  readme: 'guardrails',
} as const satisfies RuleInfo;

const registered = new Map<CheckGroupName, CheckGroup>();

/** Registers (or replaces) a group. */
export function registerCheckGroup(group: CheckGroup): void {
  if (group.wording) registerWording(group.wording);
  group.onRegister?.();
  registered.set(group.name, group);
}

/** The registered group, or undefined while it is not loaded. */
export function checkGroup(name: CheckGroupName): CheckGroup | undefined {
  return registered.get(name);
}

/** Loads and registers a group; one literal `import()` each, so bundlers split each group into its own chunk. */
export async function loadCheckGroup(name: CheckGroupName): Promise<void> {
  if (registered.has(name)) return;
  if (name === 'wording') registerCheckGroup((await import('./wording-group.js')).WORDING_GROUP);
  else if (name === 'jurisdiction')
    registerCheckGroup((await import('./jurisdiction/jurisdiction-group.js')).JURISDICTION_GROUP);
  else registerCheckGroup((await import('./experiment-group.js')).EXPERIMENT_GROUP);
}

/** Whether a parsed offer needs the experiment group: an experiment, or variants only an experiment shows. */
export const needsExperimentChecks = (offer: { experiment?: unknown; retreatVariants?: unknown }): boolean =>
  offer.experiment !== undefined || offer.retreatVariants !== undefined;

/**
 * The groups an offer will need, read from the raw input before it is validated (the element loads them first).
 * Errs on the side of loading: an offer that turns out invalid still gets a complete verdict.
 */
export function checkGroupsFor(input: unknown, hostJurisdictions: readonly Jurisdiction[] = []): CheckGroupName[] {
  const groups: CheckGroupName[] = [];
  try {
    const listed = own(input, 'jurisdictions');
    if (effectiveJurisdictions(Array.isArray(listed) ? listed : [], hostJurisdictions).size > 0)
      groups.push('jurisdiction');
    if (needsExperimentChecks({ experiment: own(input, 'experiment'), retreatVariants: own(input, 'retreatVariants') }))
      groups.push('experiment');
  } catch {
    // A host object that throws when read: validateOffer refuses it whatever is loaded.
  }
  return groups;
}

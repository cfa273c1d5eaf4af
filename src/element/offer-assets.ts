/**
 * What an offer needs before it is validated and shown, loaded on demand: the language's built-in strings and
 * copy-rule pack (English is in the first-paint bundle; German, Spanish and French each load as a chunk beside
 * the standalone), and the check groups it needs (the jurisdiction checks when it has `jurisdictions` or the host
 * adds some, the experiment checks and arm assignment when it has an `experiment`, the wording of structure findings
 * when it does not match the offer model). Each loads once per page.
 * A chunk that cannot load (offline, blocked) is said once: a language falls back to English strings, and an
 * offer whose checks are missing is refused by validateOffer (`checks-not-loaded`), never shown unchecked.
 */
import { copyPackFor, loadCopyPack, PACK_LANGUAGES, primaryLanguage } from '../core/copy/pack-registry.js';
import { hasStringsFor, loadStrings } from '../core/locales/index.js';
import { checkGroup, checkGroupsFor, loadCheckGroup, type CheckGroupName } from '../core/guardrails/check-groups.js';
import type { Jurisdiction } from '../core/offer-schema.js';

/** What the element knows before it validates: the offer as given, the language it is shown in, the host's packs. */
export interface OfferNeeds {
  source: unknown;
  lang: string;
  jurisdictions: readonly Jurisdiction[];
}

const loading = new Map<string, Promise<void>>();
/** Assets whose chunks could not load: not asked for again on this page. */
const unavailable = new Set<string>();

function languageReady(code: string): boolean {
  if (unavailable.has(`lang:${code}`)) return true;
  const packNeeded = (PACK_LANGUAGES as readonly string[]).includes(code) && !copyPackFor(code);
  return hasStringsFor(code) && !packNeeded;
}

/**
 * The groups a source needs, remembered per source object and host packs: shouldUpdate asks on every update, and
 * telling whether an offer matches the model means parsing it. The element treats a source it already validated
 * as unchanged too (a new offer is a new object).
 */
const groupsSeen = new WeakMap<object, { hostKey: string; groups: CheckGroupName[] }>();
function groupsFor(needs: OfferNeeds): CheckGroupName[] {
  const hostKey = needs.jurisdictions.join(' ');
  const source = needs.source;
  if (typeof source !== 'object' || source === null) return checkGroupsFor(source, needs.jurisdictions);
  const seen = groupsSeen.get(source);
  if (seen?.hostKey === hostKey) return seen.groups;
  const groups = checkGroupsFor(source, needs.jurisdictions);
  groupsSeen.set(source, { hostKey, groups });
  return groups;
}

const groupReady = (name: CheckGroupName) => unavailable.has(`group:${name}`) || checkGroup(name) !== undefined;

/** True when nothing has to be loaded before the offer is validated. */
export function offerReady(needs: OfferNeeds): boolean {
  return languageReady(primaryLanguage(needs.lang)) && groupsFor(needs).every(groupReady);
}

/** Loads one asset once per page; a failure is said once and remembered. */
function once(key: string, what: string, load: () => Promise<unknown>): Promise<void> {
  let pending = loading.get(key);
  if (!pending) {
    pending = load().then(
      () => undefined,
      (error) => {
        unavailable.add(key);
        console.warn(`<fair-offer>: could not load ${what}`, error);
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Loads whatever the offer still needs; resolves when all of it has loaded or failed. */
export function loadOfferNeeds(needs: OfferNeeds): Promise<void> {
  const code = primaryLanguage(needs.lang);
  const pending = [
    once(`lang:${code}`, `the "${code}" strings or copy checks`, () =>
      Promise.all([loadStrings(code), loadCopyPack(code)]),
    ),
    ...groupsFor(needs).map((name) => once(`group:${name}`, `the ${name} checks`, () => loadCheckGroup(name))),
  ];
  return Promise.all(pending).then(() => undefined);
}

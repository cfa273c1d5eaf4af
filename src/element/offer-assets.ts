/**
 * What an offer needs before it is validated and shown, loaded on demand: the language's built-in strings and
 * copy-rule pack (English comes with the checks chunk this module is part of, checks.ts; German, Spanish and French
 * each load as a chunk beside the standalone), the copy packs of any other language its copy is in (a Spanish line
 * in a German offer: copyLanguagesIn, so the verdict is Node's, which has every pack), and the check groups it needs (the jurisdiction checks when it has `jurisdictions` or the host
 * adds some, the experiment checks and arm assignment when it has an `experiment`), and then, for an offer that has
 * findings (refused, or shown with warnings), what those findings say (the wording group: most offers shown have no
 * findings, so it is not in the first paint). Each loads once per page.
 * A chunk that cannot load (offline, blocked) is said once: a language falls back to English strings, copy in a
 * language whose pack is missing gets `copy-language-unchecked`, and an offer whose checks are missing is refused
 * by validateOffer (`checks-not-loaded`): never shown as if checked.
 */
import { copyPackFor, loadCopyPack, PACK_LANGUAGES, primaryLanguage } from '../core/copy/pack-registry.js';
import { hasStringsFor, loadStrings } from '../core/locales/index.js';
import { checkGroup, checkGroupsFor, loadCheckGroup, type CheckGroupName } from '../core/guardrails/check-groups.js';
import type { Jurisdiction } from '../core/offer-schema.js';
import { cachedValidateOffer } from '../core/verdict-cache.js';
import { copyLanguagesIn } from '../core/copy-languages.js';

/**
 * What the element knows before it validates: the offer as given, the language it is shown in, and the options it
 * validates with (the host's packs and language: exactly prepareOffer's, so the verdict asked for here is the one
 * prepareOffer then finds in the verdict cache).
 */
export interface OfferNeeds {
  source: unknown;
  lang: string;
  jurisdictions: readonly Jurisdiction[];
  language: string;
}

const loading = new Map<string, Promise<void>>();
/** Assets whose chunks could not load: not asked for again on this page. */
const unavailable = new Set<string>();

function languageReady(code: string): boolean {
  if (unavailable.has(`lang:${code}`)) return true;
  const packNeeded = (PACK_LANGUAGES as readonly string[]).includes(code) && !copyPackFor(code);
  return hasStringsFor(code) && !packNeeded;
}

/** The languages of each source's copy (copyLanguagesIn walks the offer; offerReady asks on every update). */
const copyLanguagesSeen = new WeakMap<object, readonly string[]>();

function copyLanguages(source: unknown): readonly string[] {
  if (typeof source !== 'object' || source === null) return copyLanguagesIn(source);
  let languages = copyLanguagesSeen.get(source);
  if (!languages) copyLanguagesSeen.set(source, (languages = copyLanguagesIn(source)));
  return languages;
}

/** Copy packs the offer's copy needs that are neither registered nor known to be unavailable. */
function copyPacksMissing(source: unknown): string[] {
  return copyLanguages(source).filter(
    (code) => !copyPackFor(code) && !unavailable.has(`pack:${code}`) && !unavailable.has(`lang:${code}`),
  );
}

const groupReady = (name: CheckGroupName) => unavailable.has(`group:${name}`) || checkGroup(name) !== undefined;

/** Sources whose verdict needs no wording, per validation options: shouldUpdate asks on every update. */
const wordingSeen = new WeakMap<object, string>();

/**
 * Whether the offer's findings can be said: the wording is loaded, or the verdict has no finding made without it.
 * Asked only once everything else is there, so the verdict it caches is the complete one.
 */
function wordingReady(needs: OfferNeeds): boolean {
  const { source, jurisdictions, language } = needs;
  if (groupReady('wording') || source === undefined || source === null) return true;
  const key = `${jurisdictions.join(' ')}|${language}`;
  if (typeof source === 'object' && wordingSeen.get(source) === key) return true;
  const verdict = cachedValidateOffer(source, { jurisdictions, language });
  if (verdict.findings.some((f) => f.rule === 'checks-not-loaded')) return false;
  if (typeof source === 'object') wordingSeen.set(source, key);
  return true;
}

/** True when nothing has to be loaded before the offer is validated and shown. */
export function offerReady(needs: OfferNeeds): boolean {
  return (
    languageReady(primaryLanguage(needs.lang)) &&
    copyPacksMissing(needs.source).length === 0 &&
    checkGroupsFor(needs.source, needs.jurisdictions).every(groupReady) &&
    wordingReady(needs)
  );
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

/**
 * Loads whatever the offer still needs; resolves when all of it has loaded or failed. The wording is asked for
 * once the rest is there and the verdict shows it is needed (offerReady then asks again).
 */
export function loadOfferNeeds(needs: OfferNeeds): Promise<void> {
  const code = primaryLanguage(needs.lang);
  const packs = copyPacksMissing(needs.source).filter((lang) => lang !== code);
  if (languageReady(code) && !packs.length && checkGroupsFor(needs.source, needs.jurisdictions).every(groupReady))
    return once('group:wording', "the words of the offer's findings", () => loadCheckGroup('wording'));
  const pending = [
    once(`lang:${code}`, `the "${code}" strings or copy checks`, () =>
      Promise.all([loadStrings(code), loadCopyPack(code)]),
    ),
    ...packs.map((lang) => once(`pack:${lang}`, `the "${lang}" copy checks`, () => loadCopyPack(lang))),
    ...checkGroupsFor(needs.source, needs.jurisdictions).map((name) =>
      once(`group:${name}`, `the ${name} checks`, () => loadCheckGroup(name)),
    ),
  ];
  return Promise.all(pending).then(() => undefined);
}

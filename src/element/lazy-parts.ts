/**
 * The element's parts that the first paint of an offer does not need, each its own chunk beside the standalone
 * (imported relative to the module's URL, so a CDN path works and `script-src 'self'` allows it):
 *   stages    the stages after the first one (constraint, retreat, side by side, chosen, stopped), the withdraw
 *             question and the comprehension question: asked for when the page is idle after the first render,
 *             at the latest when the sequence reaches one of them
 *   legal     what the jurisdiction packs show beside an action and in the recap: only for an offer that has
 *             `jurisdictions` (or a host that adds some), before that offer first renders
 *   receipts  what a choice sends (controllers/choice-reports.ts, with receipt hashing): asked for when idle
 *             after the first render, at the latest at the first choice
 *   plan      the one-page plan ("Save this summary"): asked for when the chosen stage shows
 *   tips      an open toggletip's positioning (with Floating UI) and dismissal: asked for when idle after the
 *             first render, at the latest when a toggletip first opens
 *
 * The element does not render a state whose part is still loading (updateComplete waits for it), so a click made
 * meanwhile is applied once and shown when the part arrives. A part that cannot load is said in the console
 * and not asked for again; the element then shows the fallback slot instead (see stage-template.ts).
 * A server renders synchronously: src/ssr registers every part it renders statically (all-parts.ts).
 */
export interface PartModules {
  stages: typeof import('./templates/later-stages.js');
  legal: typeof import('./templates/legal-parts.js');
  receipts: typeof import('./controllers/choice-reports.js');
  plan: typeof import('../core/plan.js');
  tips: typeof import('./toggletip-session.js');
}
export type PartName = keyof PartModules;

/** How each part is fetched. Tests replace one to delay it or make it fail. */
export const partImports: { [Name in PartName]: () => Promise<PartModules[Name]> } = {
  stages: () => import('./templates/later-stages.js'),
  legal: () => import('./templates/legal-parts.js'),
  receipts: () => import('./controllers/choice-reports.js'),
  plan: () => import('../core/plan.js'),
  tips: () => import('./toggletip-session.js'),
};
const WHAT: Record<PartName, string> = {
  stages: 'the later stages of the offer',
  legal: 'the jurisdiction notices',
  receipts: 'the receipt code',
  plan: 'the one-page plan',
  tips: 'the toggletip positioning (its button still closes it)',
};

const loaded: Partial<PartModules> = {};
const loading = new Map<PartName, Promise<void>>();
const failed = new Set<PartName>();

/** The part's module once loaded (or registered), else undefined. */
export function loadedPart<Name extends PartName>(name: Name): PartModules[Name] | undefined {
  return loaded[name] as PartModules[Name] | undefined;
}

/** The part could not load on this page: the element shows its fallback instead of what needs it. */
export const partFailed = (name: PartName): boolean => failed.has(name);

/** Makes a part available synchronously (a server render, or a host that bundles everything). */
export function registerPart<Name extends PartName>(name: Name, module: PartModules[Name]): void {
  loaded[name] = module;
}

/**
 * Loads a part once per page; never rejects (a failure is said, and `partFailed` then says so). With `retry`, a
 * part that failed earlier (e.g. while preloading) is asked for once more.
 */
export function loadPart(name: PartName, { retry = false } = {}): Promise<void> {
  if (retry && failed.delete(name)) loading.delete(name);
  if (loaded[name] || failed.has(name)) return Promise.resolve();
  let pending = loading.get(name);
  if (!pending) {
    pending = partImports[name]().then(
      (module) => void ((loaded as Record<PartName, unknown>)[name] = module),
      (error) => {
        failed.add(name);
        console.error(`<fair-offer>: could not load ${WHAT[name]}`, error);
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

/** Of `names`, what is still to load: a promise for it, or null when every one is there (or failed). */
export function missingParts(names: readonly PartName[]): Promise<void> | null {
  const missing = names.filter((name) => !loaded[name] && !failed.has(name));
  return missing.length ? Promise.all(missing.map((name) => loadPart(name))).then(() => undefined) : null;
}

const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run) : (run) => setTimeout(run, 200);
let preloadScheduled = false;

/** After the first render on the page: fetch what a visitor's next steps need while the page is idle. */
export function preloadWhenIdle(): void {
  if (preloadScheduled) return;
  preloadScheduled = true;
  whenIdle(() => {
    void loadPart('stages');
    void loadPart('receipts');
    void loadPart('tips');
  });
}

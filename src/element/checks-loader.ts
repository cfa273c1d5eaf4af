/**
 * Loads the checks chunk (checks.ts) once per page, relative to this module like the other chunks (so a CDN path
 * works and `script-src 'self'` allows it). A chunk that cannot load is said once, and every offer is then refused
 * (`checks-not-loaded`): an offer is never shown on an unchecked verdict, a linted one is withdrawn.
 */
import type { PreparedOffer } from '../core/prepare-verdict.js';

export type ChecksModule = typeof import('./checks.js');
export type Checks = Pick<
  ChecksModule,
  'prepareOffer' | 'offerReady' | 'loadOfferNeeds' | 'keepVerdict' | 'mismatchMessage'
>;

/** How the chunk is fetched, and how often it was asked for. Tests replace `load` to delay it or count it. */
export const checksImport = {
  // Picked into a plain object: returning the module itself makes the bundler build a namespace object, whose
  // helper is a chunk of its own (one more request before an unlinted offer paints).
  load: (): Promise<Checks> =>
    import('./checks.js').then(({ prepareOffer, offerReady, loadOfferNeeds, keepVerdict, mismatchMessage }) => ({
      prepareOffer,
      offerReady,
      loadOfferNeeds,
      keepVerdict,
      mismatchMessage,
    })),
  requests: 0,
};

const NOT_LOADED: PreparedOffer = {
  validation: {
    ok: false,
    findings: [
      {
        rule: 'checks-not-loaded',
        severity: 'error',
        message:
          'The checks could not load on this page, so this offer was not shown unchecked: serve dist/fair-offer-chunks/ beside fair-offer.js.',
      },
    ],
  },
  arm: null,
  stopRemembered: false,
  refusedBy: 'guardrails',
};

/** Stands in for the chunk when it could not load: nothing more to load, and every offer refused. */
const UNAVAILABLE: Checks = {
  prepareOffer: () => NOT_LOADED,
  offerReady: () => true,
  loadOfferNeeds: () => Promise.resolve(),
  keepVerdict: () => undefined,
  mismatchMessage: () => '',
};

let loaded: Checks | undefined;
let pending: Promise<void> | undefined;

/** The checks once loaded (or their refusing stand-in after a failure), else undefined. */
export const loadedChecks = () => loaded;

/** Loads the checks once; never rejects. */
export function loadChecks(): Promise<void> {
  if (!pending) {
    checksImport.requests++;
    pending = checksImport.load().then(
      (module) => void (loaded = module),
      (error) => {
        loaded = UNAVAILABLE;
        console.error('<fair-offer>: could not load the checks; no offer is shown unchecked', error);
      },
    );
  }
  return pending;
}

/** Makes the checks available synchronously (a server render, a bundle that has them anyway, tests). */
export function registerChecks(module: Checks): void {
  loaded = module;
  pending = Promise.resolve();
}

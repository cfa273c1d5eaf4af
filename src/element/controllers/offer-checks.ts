/**
 * When an offer is checked, for the offer controller. An offer whose `linted` digest matches (linted.ts) paints
 * at once from trustedOffer, a model built without the checks; right after that paint the checks chunk loads
 * (checks-loader.ts) and the full prepareOffer runs anyway. Until that verdict is in, the visitor's actions (and
 * the first `offer-view`) are held, then handled once if the offer is accepted, or dropped if it is refused: a
 * refused offer is withdrawn to the fallback with `offer-invalid`, and no choice was recorded. An offer without
 * `linted` whose digest this browser's checks accepted on an earlier visit (verdict-memory.ts) is treated the same;
 * the checks' verdict on an offer without `linted` is remembered for the next visit. Any other offer (another
 * digest, a deadline, packs or an experiment) waits for the checks before it is shown.
 */
import { hasStringsFor, loadStrings } from '../../core/locales/index.js';
import { prepareVerdict, type PrepareOptions, type PreparedOffer } from '../../core/prepare-verdict.js';
import { trustedOffer } from '../../core/trusted-offer.js';
import { loadChecks, loadedChecks } from '../checks-loader.js';
import type { OfferNeeds } from '../offer-assets.js';
import { paintDigest } from '../linted.js';
import { remembered } from '../verdict-memory.js';

export interface OfferChecksHooks {
  /** Something the next render needs is loading: `updateComplete` waits for it. */
  waitFor(pending: Promise<void>): void;
  requestUpdate(): void;
}

/** The frame every provisional widget waits for: one per page at a time, however many widgets painted in it. */
let nextPaint: Promise<void> | null = null;

/**
 * Resolves once the frame after this one was painted (or soon, in a tab that paints no frames), one task later
 * than the first task after that paint: the page's own work right after the frame (another widget's, a host's
 * after-paint callback) goes first, and the import of the checks (a few ms on a first visit) after it.
 */
function afterPaint(): Promise<void> {
  if (nextPaint) return nextPaint;
  const painted = new Promise<void>((resolve) => {
    const done = () => {
      if (nextPaint === painted) nextPaint = null;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(() => setTimeout(done)));
    setTimeout(done, 100);
  });
  return (nextPaint = painted);
}

interface Trust {
  source: unknown;
  key: string;
  pending: Promise<void>;
  matches?: boolean;
}

export class OfferChecks {
  readonly #hooks: OfferChecksHooks;
  /** The last digest comparison: for which source, attribute and options, and its answer (undefined: pending). */
  #trust: Trust | null = null;
  /** The verdict shown is trustedOffer's, not the checks' yet. */
  #provisional = false;
  #verifying = false;
  /** Actions made while provisional, for the source they were made on. */
  #held: Array<() => void> = [];
  #heldFor: unknown = undefined;
  /** The full verdict replaced a provisional one: hand over (or drop) the held actions after that render. */
  #settled: boolean | null = null;

  constructor(hooks: OfferChecksHooks) {
    this.#hooks = hooks;
  }

  get provisional(): boolean {
    return this.#provisional;
  }

  /** The shown verdict is provisional and the checks are now here: prepare again. */
  get stale(): boolean {
    return this.#provisional && loadedChecks() !== undefined;
  }

  /**
   * The element connected. Without `linted`, and with no verdict remembered in this browser to compare its digest
   * with, any offer it gets waits for the checks before it paints: they are asked for now, not when the offer
   * arrives (an element a framework mounts before it sets `offer`; early-checks.ts does this for offers already in
   * the page when the entry runs). Every shown offer loads them anyway, a linted one right after its paint.
   */
  connected(linted: string | null): void {
    if (!linted && !loadedChecks() && !remembered().length) void loadChecks();
  }

  /** True when the offer can be prepared now; else what it waits for is loading (and updates the host). */
  ready(needs: OfferNeeds, linted: string | null): boolean {
    const checks = loadedChecks();
    if (checks) {
      const ready = checks.offerReady(needs);
      if (!ready) this.#wait(checks.loadOfferNeeds(needs));
      return ready;
    }
    const source = needs.source;
    const trusted = source === undefined || source === null ? true : this.#trusted(needs, linted);
    if (trusted === false) this.#wait(loadChecks());
    else if (trusted !== true) this.#wait(trusted);
    else if (hasStringsFor(needs.lang)) return true;
    else this.#wait(loadStrings(needs.lang));
    return false;
  }

  /** The full preparation once the checks are here; before that (a matching digest) the trusted one. */
  prepare(source: unknown, options: PrepareOptions, linted: string | null): PreparedOffer {
    if (source !== this.#heldFor) this.#held = [];
    const checks = loadedChecks();
    if (!checks) {
      this.#provisional = true;
      this.#heldFor = source;
      return prepareVerdict({ ok: true, findings: [], offer: trustedOffer(source) }, options);
    }
    const prepared = checks.prepareOffer(source, options);
    // (A chunk that could not load is said where it is loaded: that is not the digest's doing, nor a verdict.)
    const unchecked = prepared.validation.findings.some((finding) => finding.rule === 'checks-not-loaded');
    if (this.#provisional) {
      this.#provisional = false;
      this.#settled = prepared.validation.ok;
      if (!prepared.validation.ok && !unchecked) console.error(checks.mismatchMessage(!linted));
    }
    // Without `linted`: the verdict is kept for the next visit, once this render has painted (keep-verdict.ts).
    const { ok } = prepared.validation;
    if (!linted && !unchecked) void afterPaint().then(() => checks.keepVerdict(source, options, ok));
    return prepared;
  }

  /** Holds `run` while the verdict is provisional (true), to run it once the checks accepted the offer. */
  hold(run: () => void): boolean {
    if (!this.#provisional) return false;
    this.#held.push(run);
    return true;
  }

  /** After each render: a provisional verdict sends for the checks once it painted; a full one settles the held. */
  hostUpdated(): void {
    if (this.#provisional && !this.#verifying) {
      this.#verifying = true;
      this.#wait(afterPaint().then(loadChecks));
    }
    if (this.#settled === null) return;
    const held = this.#settled ? this.#held : [];
    this.#settled = null;
    this.#held = [];
    // After this update has finished: the actions request their own.
    if (held.length) this.#hooks.waitFor(Promise.resolve().then(() => held.forEach((run) => run())));
  }

  #wait(pending: Promise<unknown>): void {
    this.#hooks.waitFor(pending.then(() => this.#hooks.requestUpdate()));
  }

  /**
   * Whether the offer's digest matches its `linted` attribute or, without one, a verdict this browser remembers:
   * a boolean once known, else the promise that finds out. With neither (nothing remembered) the checks go first
   * without computing a digest, so a first visit waits for nothing more than before.
   */
  #trusted(needs: OfferNeeds, linted: string | null): boolean | Promise<void> {
    if (!linted && !remembered().length) return false;
    const key = `${linted ?? ''}|${needs.jurisdictions.join(' ')}|${needs.language}`;
    const trust = this.#trust;
    if (trust && trust.source === needs.source && trust.key === key) return trust.matches ?? trust.pending;
    const options = { jurisdictions: needs.jurisdictions, language: needs.language };
    const next: Trust = { source: needs.source, key, pending: Promise.resolve() };
    next.pending = paintDigest(needs.source, options).then(
      (digest) =>
        void (next.matches = digest !== null && (linted ? digest === linted.trim() : remembered().includes(digest))),
    );
    this.#trust = next;
    return next.pending;
  }
}

/**
 * The offer the element shows, from what the host gave to what the visitor sees: the source (the `offer`
 * property, else the JSON child), its language (loaded before it is validated), the verdict and the prepared
 * offer (prepareOffer: validate → deadline history → arm → remembered stop), and the console and `offer-invalid`
 * report of that verdict. The element asks it for the shown offer, its strings, locale and arm; the sequence
 * controller starts over when it says a different offer (or arm) is shown.
 *
 * Prerendered markup (declarative shadow DOM) is adopted, not re-rendered: the first update sees what the server
 * saw (no storage, no visitor beyond the attributes, the element's own lang) so it matches the markup; what only
 * the browser knows (a remembered "Not now", a stored arm, a deadline seen before) is applied right after.
 */
import { isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ArmView } from '../../core/experiment.js';
import { stringsFor } from '../../core/locales/index.js';
import type { Jurisdiction, Offer } from '../../core/offer-schema.js';
import { prepareArm } from '../../core/prepare-verdict.js';
import { configFor, type Mode, type SequenceConfig } from '../../core/sequence.js';
import type { Strings } from '../../core/strings.js';
import type { ValidationResult } from '../../core/validate-offer.js';
import { invalidJsonVerdict, readOfferScript, type ScriptSource } from '../offer-script.js';
import { reportVerdict } from '../report-verdict.js';
import { storage, warnIfBadLocale } from '../warn-once.js';
import { hostJurisdictions } from './legal-controller.js';
import { OfferChecks } from './offer-checks.js';

/** Marks the offer as prepared for the hydration pass only, so the next update prepares it again for the browser. */
const HYDRATED = Symbol('hydrated');
/** The `jurisdiction` attribute changed: the same source is validated again with the new packs. */
const REVALIDATE = Symbol('revalidate');

/** The element's properties this controller reads. */
export interface OfferHost extends ReactiveControllerHost, HTMLElement {
  offer?: Offer;
  strings: Partial<Strings>;
  visitorId: string | null;
  arm: string | null;
  jurisdiction: string | null;
  readonly hasUpdated: boolean;
}

/** What the element does when the shown offer changes. */
export interface OfferHooks {
  /** A different offer (or arm) is shown: start the sequence over, at `stopped` when a "Not now" is remembered. */
  started(stopRemembered: boolean): void;
  /** The same offer, re-prepared after hydration, has a "Not now" remembered in this browser. */
  stopRemembered(): void;
  /** A new visitor id or arm under the same offer: back to the arm's first stage. */
  armChanged(): void;
  /** The offer's language is loading (`:state(loading)`, for the space reservation). */
  loading(on: boolean): void;
  /** Something the next render needs is loading: `updateComplete` waits for it. */
  waitFor(pending: Promise<void>): void;
}

export class OfferController implements ReactiveController {
  readonly #host: OfferHost;
  readonly #hooks: OfferHooks;
  #scriptSource: ScriptSource | null = null;
  #hydrating: boolean;
  #validation: ValidationResult | null = null;
  #validatedSource: unknown = undefined;
  #reportedValidation: ValidationResult | null = null;
  /** The id of the offer last shown: re-setting the same offer keeps the visitor where they are. */
  #offerId: string | null = null;
  #arm: ArmView | null = null;
  /** The built-in strings with the host's replacements, for one locale and one `strings` object. */
  #strings: { locale: string; overrides: Partial<Strings>; merged: Strings } | null = null;
  /** When the offer is checked: before its first paint, or right after it for a linted offer (offer-checks.ts). */
  readonly #checks: OfferChecks;

  constructor(host: OfferHost, hooks: OfferHooks) {
    this.#host = host;
    this.#hooks = hooks;
    this.#hydrating = !isServer && host.shadowRoot !== null;
    this.#checks = new OfferChecks({ waitFor: hooks.waitFor, requestUpdate: () => host.requestUpdate() });
    host.addController(this);
  }

  hostConnected(): void {
    this.#checks.connected(this.#host.getAttribute('linted'));
    if (this.#host.offer !== undefined || this.#scriptSource) return;
    // While the parser is still streaming, the JSON child may not exist yet: read it when the document is parsed.
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', this.#readScript, { once: true });
    else this.#readScript();
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.#readScript);
  }

  #readScript = (): void => {
    const source = readOfferScript(this.#host);
    if (!source) return;
    this.#scriptSource = source;
    this.#host.requestUpdate();
  };

  /** What the host gave: the `offer` property, else the JSON child's value. */
  get source(): unknown {
    return this.#host.offer !== undefined ? this.#host.offer : this.#scriptSource?.value;
  }

  /** The guardrails' verdict, or null while no offer is configured. */
  get verdict(): ValidationResult | null {
    return this.#validation;
  }

  /** The validated offer (outside experiments the same as `shown`), or undefined while there is none. */
  get valid(): Offer | undefined {
    return this.#validation?.offer;
  }

  /** The offer as the visitor's experiment arm shows it (only while `verdict.ok`). */
  get shown(): Offer {
    return this.#arm?.offer ?? this.#validation!.offer!;
  }

  /** The id of the valid offer shown, or null (what first-view tracking reports). */
  get shownId(): string | null {
    return this.#validation?.ok && this.#validation.offer ? this.#validation.offer.id : null;
  }

  /** The experiment arm name, or null when the offer has no experiment. */
  get variant(): string | null {
    return this.#arm?.arm ?? null;
  }

  /** The offer's locale, else the nearest `lang` (the element's own on a server, which has no tree), else English. */
  get locale(): string {
    return this.#validation?.offer?.locale || this.#hostLanguage;
  }

  /** The built-in strings for the locale with the host's `strings` over them (kept while neither changes). */
  get strings(): Strings {
    const locale = this.locale;
    const overrides = this.#host.strings;
    const cached = this.#strings;
    if (cached && cached.locale === locale && cached.overrides === overrides) return cached.merged;
    const merged = { ...stringsFor(locale), ...overrides };
    this.#strings = { locale, overrides, merged };
    return merged;
  }

  get jurisdictions(): Jurisdiction[] {
    return hostJurisdictions(this.#host.jurisdiction, !isServer);
  }

  config(mode: Mode): SequenceConfig {
    return configFor(this.#validation?.offer ?? {}, mode, this.#arm?.kind ?? 'rtr');
  }

  /**
   * For the element's shouldUpdate. Nothing renders while what the offer needs is loading (its language's strings
   * and copy checks, its check groups: the guardrails run before it is shown, see offer-assets.ts), and a
   * prerendered element waits for its JSON child: a first render without the offer would not match the markup.
   */
  ready(): boolean {
    if (this.#hydrating && this.#host.offer === undefined && !this.#scriptSource) return false;
    const needs = {
      source: this.source,
      lang: this.#languageOf(this.source),
      jurisdictions: this.jurisdictions,
      language: this.#hostLanguage,
    };
    const ready = this.#checks.ready(needs, this.#host.getAttribute('linted'));
    this.#hooks.loading(!ready);
    return ready;
  }

  /** From the element's willUpdate: validates a new source (or the same one with new packs), reassigns the arm. */
  prepare(changed: PropertyValues): void {
    const source = this.#host.offer !== undefined ? this.#host.offer : this.#scriptSource;
    if (changed.has('jurisdiction') && this.#host.hasUpdated && this.#validatedSource !== HYDRATED)
      this.#validatedSource = REVALIDATE;
    const applyBrowserState = this.#validatedSource === HYDRATED;
    if (source !== this.#validatedSource || this.#checks.stale) {
      this.#validatedSource = source;
      this.#validate(source, applyBrowserState);
    }
    const visitorChanged = changed.has('visitorId') || changed.has('arm');
    if (visitorChanged && this.#validation?.ok && this.#validation.offer?.experiment) {
      const before = this.variant;
      this.#assignArm(this.#validation.offer);
      if (this.variant !== before) this.#hooks.armChanged();
    }
  }

  /** Holds a visitor's action while the verdict shown is a linted offer's, not yet the checks' (offer-checks.ts). */
  hold(run: () => void): boolean {
    return this.#checks.hold(run);
  }

  hostUpdated(): void {
    this.#checks.hostUpdated();
    if (this.#hydrating) {
      // The markup is adopted: prepare again with what the browser knows; Lit changes only what differs.
      this.#hydrating = false;
      this.#validatedSource = HYDRATED;
      void this.#host.updateComplete.then(() => this.#host.requestUpdate());
    }
    const verdict = this.#validation;
    if (verdict && verdict !== this.#reportedValidation) {
      this.#reportedValidation = verdict;
      reportVerdict(this.#host, verdict, this.source, this.#offerId);
    }
  }

  /** The language an offer will be shown in, read before it is validated: its `locale`, else the element's. */
  #languageOf(source: unknown): string {
    const locale = (source as { locale?: unknown } | null | undefined)?.locale;
    return typeof locale === 'string' && locale ? locale : this.#hostLanguage;
  }

  /** The nearest `lang` (the element's own on a server and while hydrating: what the server saw), else the browser's. */
  get #hostLanguage(): string {
    if (isServer || this.#hydrating) return this.#host.getAttribute('lang') ?? 'en';
    return this.#host.closest('[lang]')?.getAttribute('lang') ?? navigator.language ?? 'en';
  }

  /** A new visitor id: the arm again, or the finding that makes the offer invalid. */
  #assignArm(offer: Offer): void {
    const arm = prepareArm(offer, this.#visitor(), this.#storage());
    if (Array.isArray(arm)) {
      this.#arm = null;
      this.#validation = { ok: false, findings: arm };
    } else this.#arm = arm;
  }

  /** localStorage in a browser (said once when missing); nothing on a server, where nothing is remembered. */
  #storage() {
    return isServer || this.#hydrating ? null : storage();
  }

  #visitor() {
    return { visitorId: this.#host.visitorId, arm: this.#host.arm, withoutVisitor: isServer || this.#hydrating };
  }

  #validate(source: unknown, applyBrowserState: boolean): void {
    if (source === undefined || source === null) {
      this.#validation = null; // not configured yet: render the fallback, report nothing
      return;
    }
    if (source === this.#scriptSource) {
      const fromScript = source as ScriptSource;
      if (fromScript.error !== undefined) {
        this.#validation = invalidJsonVerdict(fromScript.error, this.strings);
        return;
      }
      source = fromScript.value;
    }
    const prepared = this.#checks.prepare(
      source,
      {
        storage: this.#storage(),
        ...this.#visitor(),
        jurisdictions: this.jurisdictions,
        // The element's own lang while hydrating, as on the server: the markup must match.
        language: this.#hostLanguage,
      },
      this.#host.getAttribute('linted'),
    );
    this.#validation = prepared.validation;
    const before = this.variant;
    // An offer refused before its arm was assigned keeps the last arm, so re-setting the shown offer keeps its stage.
    if (prepared.refusedBy === 'experiment' || prepared.arm) this.#arm = prepared.arm;
    const offer = prepared.validation.offer;
    if (!prepared.arm || !offer) return;
    warnIfBadLocale(offer.locale);
    if (offer.id === this.#offerId && this.variant === before) {
      // The same offer re-set keeps the stage; after hydration, a "Not now" remembered in this browser applies.
      if (applyBrowserState && prepared.stopRemembered) this.#hooks.stopRemembered();
      return;
    }
    this.#offerId = offer.id;
    this.#hooks.started(prepared.stopRemembered);
  }
}

import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { discloseAddOns } from '../core/disclosure.js';
import { stringsFor } from '../core/locales/index.js';
import type { Offer } from '../core/offer-schema.js';
import type { ArmView } from '../core/experiment.js';
import { prepareArm, prepareOffer } from '../core/prepare-offer.js';
import { configFor, type Mode, type SequenceConfig, type SequenceState } from '../core/sequence.js';
import { fill, type Strings } from '../core/strings.js';
import type { ValidationResult } from '../core/validate-offer.js';
import { invalidJsonVerdict, readOfferScript, type ScriptSource } from './offer-script.js';
import { languageReady, loadLanguage } from './language-assets.js';
import { FirstViewController } from './controllers/first-view-controller.js';
import { SequenceController } from './controllers/sequence-controller.js';
import { fairOfferStyles } from './fair-offer.styles.js';
import { FormAssociatedElement } from './form-associated.js';
import { formChoice, parseSavedFormState, type FormChoice } from './form-facade.js';
import { reportVerdict } from './report-verdict.js';
import { headingLevel } from './templates/headings.js';
import { LayoutController } from './layout-controller.js';
import { ToggletipController } from './toggletip-controller.js';
import { storage, warnIfBadLocale } from './warn-once.js';
import { stageTemplate } from './stage-template.js';
import { LegalController, hostJurisdictions } from './controllers/legal-controller.js';
import type { Consent } from '../core/legal-notices.js';
import { legalPartStyles } from './templates/legal-parts.js';
import { invalidStage, type StageView } from './templates/stages.js';

/** Marks the offer as prepared for the hydration pass only, so the next update prepares it again for the browser. */
const HYDRATED = Symbol('hydrated');
/** The `jurisdiction` attribute changed: the same source is validated again with the new packs. */
const REVALIDATE = Symbol('revalidate');

/**
 * An honest offer: the recommended option first, one smaller option after a decline, a stop path in every
 * state, the differences between both options disclosed term by term, and a receipt of what was shown.
 *
 * Events fire on user action only. The one exception is the initial `offer-view`: it is reported once per
 * offer id, when the element first becomes visible on screen (IntersectionObserver), never because a host set
 * or re-set `offer`. `offer-invalid` reports an offer the guardrails refused (it is not a user event).
 *
 * @customElement fair-offer
 * @summary Recommended option, or one smaller option, or "Not now": with disclosed terms and no dark patterns.
 *
 * @fires offer-view - A stage was shown: `{ offerId, stage, variant }`.
 * @fires offer-decline - The visitor turned down the full option: `{ offerId, constraint | null, variant }`. With the
 *   constraint question it fires once the question is answered, skipped, or left with "Not now".
 * @fires offer-choice - The visitor chose: `{ offerId, choice: 'full' | 'retreat' | 'stop', addOns, variant, receipt,
 *   withdraws?, replaces? }`. Cancelable: unless a listener calls preventDefault(), the widget then follows the
 *   chosen option's `href` (or `stop.href`).
 *   It fires before the `offer-view` of the stage the choice leads to; events leave in the order of the actions.
 * @fires offer-feedback - Answer to the optional comprehension check (`feedback` attribute):
 *   `{ offerId, answer: 'yes' | 'partly' | 'no', feedback (same value), choice, variant }`. Once per answer.
 * @fires offer-recap - "Save this summary" was used: `{ offerId, choice, plan: { html, text }, variant }`, for hosts
 *   that also email the one-page plan.
 * @fires offer-invalid - The offer was refused: `{ offerId | null, findings }`. Nothing but the fallback slot renders.
 *
 * Experiments: with `offer.experiment` the visitor gets one arm, deterministically and for good: from the
 * `visitor-id` attribute, else from a random id kept in localStorage. `rtr` shows the full option then the
 * arm's retreat; `small-only` offers only the smaller option; `full-only` (the holdout) the full option and the
 * stop path, with no retreat. The arm name is `variant` in every event and `arm` in the receipt.
 *
 * Forms: with a `name` the choice submits with a host `<form>`: `name=full|retreat|stop` and one
 * `name.addOns=<id>` per ticked add-on. `required` blocks submission until the visitor chooses or says
 * "Not now"; form reset returns to the first stage without events; back/forward restores the choice.
 *
 * @slot fallback - Shown only when the offer is invalid (or before JavaScript runs): e.g. a plain link or form.
 *
 * @csspart card - The widget's surface: the stage section (background, border, radius, padding).
 * @csspart full-action - The recommended option's action button.
 * @csspart decline-action - "See a smaller option" (also `secondary-action`).
 * @csspart retreat-action - The smaller option's action button.
 * @csspart stop-action - The stop path ("Not now"): a real button in every state but `stopped` (also `secondary-action`).
 *   While a choice stands it reads "Withdraw my choice" and opens the question below.
 * @csspart withdraw-confirm-action - "Yes, withdraw my choice" in the question a withdrawal asks (also `secondary-action`).
 * @csspart withdraw-keep-action - "Keep my choice" in that question (also `secondary-action`).
 * @csspart secondary-action - Every secondary button: decline, stop, back, change, save the summary, show the
 *   options again, the question's answers, the terms toggle.
 * @csspart terms - The wrapper of the terms / differences table.
 * @csspart table - The terms / differences `<table>` itself.
 * @csspart terms-toggle - The button that folds and unfolds the table on a narrow widget (also `secondary-action`).
 * @csspart term-info - Each term's toggletip button (`data-term` holds the term key).
 * @csspart option - Each option's card in side-by-side mode.
 * @csspart recommended-option - The recommended option's card in side-by-side mode (also `option`).
 *
 * @cssproperty [--fair-offer-accent=#1d4ed8] - Primary buttons, focus rings, recommended border (dark default #8ab4ff).
 * @cssproperty [--fair-offer-surface=#ffffff] - Background (dark default #16181d).
 * @cssproperty [--fair-offer-text=#1a1a1a] - Text colour (dark default #f1f1f1).
 * @cssproperty [--fair-offer-radius=0.5rem] - Corner radius of the widget, buttons and cards.
 * @cssproperty [--fair-offer-gap=1rem] - Spacing between blocks.
 * @cssproperty [--fair-offer-font=system-ui, sans-serif] - Font family.
 */
export class FairOffer extends FormAssociatedElement {
  static override styles = [fairOfferStyles, legalPartStyles];

  /** Registers the element under `tag` (default `fair-offer`); a tag already defined is left alone. */
  static define(tag = 'fair-offer', registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    try {
      registry.define(tag, this);
    } catch {
      // The same constructor cannot be registered twice: a second name gets a trivial subclass.
      registry.define(tag, class extends this {});
    }
  }

  /** The offer (validated on set). Alternatively a child `<script type="application/json">`. */
  @property({ attribute: false }) offer?: Offer;
  /**
   * `sequential`, `side-by-side`, or `auto`: side-by-side when the widget itself is at least 40rem wide,
   * sequential below (its container queries decide; `effectiveMode` says which one is shown).
   */
  @property({ reflect: true }) mode: Mode | 'auto' = 'sequential';
  /**
   * The level of the stage heading, 2-6 (default 2); the headings under it are one level deeper. Set it
   * when the page already has an h2 above the widget (e.g. `heading-level="3"`).
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Shows a readable diagnostics panel when the offer is invalid. For development. */
  @property({ type: Boolean, reflect: true }) debug = false;
  /** Replacement strings (localisation); merged over the built-in ones for the locale. */
  @property({ attribute: false }) strings: Partial<Strings> = {};
  /**
   * Assigns the experiment arm from this id (e.g. your own pseudonymous visitor id) instead of a random id kept
   * in localStorage. Only used when the offer has an `experiment`.
   */
  @property({ attribute: 'visitor-id' }) visitorId: string | null = null;
  /** The experiment arm by name, when your server assigns arms (e.g. prerendered with `--arm`); wins over `visitor-id`. */
  @property() arm: string | null = null;
  /** Opt-in comprehension check after a choice: one skippable question, never blocking. */
  @property({ type: Boolean, reflect: true }) feedback = false;
  /** Form field name: with it, the choice submits with a host `<form>`. */
  @property({ reflect: true }) name: string | null = null;
  /** With `name`: the form does not submit until the visitor chooses an option or "Not now". */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Legal packs added to the offer's `jurisdictions`, e.g. "eu de" or "us-ca,us-ny" (README "Jurisdiction packs"). */
  @property({ reflect: true }) jurisdiction: string | null = null;

  /**
   * Follows the chosen option's `href` (or `stop.href`) after an `offer-choice` that no listener cancelled. Replace
   * it to route inside a single-page app; cancel the event (preventDefault) to redirect yourself.
   */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => window.location.assign(url);

  @state() private _scriptSource: ScriptSource | null = null;

  /**
   * Prerendered markup (declarative shadow DOM) is adopted, not re-rendered: the first update sees what the server
   * saw (no storage, no visitor beyond the attributes, the element's own lang) so it matches the markup; what only
   * the browser knows (a remembered "Not now", a stored arm, a deadline seen before) is applied right after.
   */
  #hydrating = !isServer && this.shadowRoot !== null;
  /** The offer's strings and copy checks, while they load (see shouldUpdate). */
  #languageLoad: Promise<void> | null = null;
  #validation: ValidationResult | null = null;
  #validatedSource: unknown = undefined;
  #reportedValidation: ValidationResult | null = null;
  /** The id of the offer last shown: re-setting the same offer keeps the visitor where they are. */
  #offerId: string | null = null;
  #arm: ArmView | null = null;
  #layout = new LayoutController(this);
  /** The mode the sequence last settled in, so an `auto` switch is treated like a mode change. */
  #settledMode: Mode | null = null;
  #tips = new ToggletipController(this, (key) => {
    const button = this.renderRoot.querySelector<HTMLElement>(`button[data-term="${key}"]`);
    const bubble = this.renderRoot.querySelector<HTMLElement>(`#tip-${key}`);
    return button && bubble ? { button, bubble } : null;
  });
  #sequence = new SequenceController(
    this,
    {
      validOffer: () => this.#validation?.offer,
      shownOffer: () => this.#shownOffer,
      strings: () => this.#strings,
      locale: () => this.#locale,
      config: () => this.#config,
      variant: () => this.#variant,
      feedbackEnabled: () => this.feedback,
      closeTips: () => void (isServer || this.#tips.close()),
      consents: (choice): Consent[] => this.#legal.consentsFor(choice),
      jurisdictions: () => this.#jurisdictions,
      // A form-associated element leaves where to go to the host's form.
      navigate: () => (this.name ? null : this.navigate),
    },
    (key) => void this.#tips.toggle(key),
  );
  #legal: LegalController = new LegalController(this, {
    offer: () => (this.#validation?.ok ? this.#shownOffer : undefined),
    option: (choice) =>
      this.#validation?.ok
        ? choice === 'full'
          ? this.#shownOffer.full
          : this.#sequence.disclosed().retreatSource
        : undefined,
    extra: () => this.#jurisdictions,
    locale: () => this.#locale,
    root: () => this.renderRoot,
  });
  #firstView = new FirstViewController(
    this,
    () => (this.#validation?.ok && this.#validation.offer ? this.#validation.offer.id : null),
    () => this.#sequence.emitView(),
  );

  /** The sequence state. Setting it restores a stage without events and without moving focus. */
  get state(): SequenceState {
    return { ...this.#sequence.state };
  }
  set state(value: Partial<SequenceState>) {
    this.#sequence.restore(value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.offer === undefined && !this._scriptSource) {
      // While the parser is still streaming, the JSON child may not exist yet: read it when the document is parsed.
      if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', this.#readScript, { once: true });
      else this.#readScript();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.#readScript);
  }

  /**
   * Nothing renders while the offer's language is loading (its strings and copy checks: the guardrails run
   * before it is shown), and a prerendered element waits for its JSON child: a first render without the
   * offer would not match the markup. While waiting the element matches `:state(loading)` (space reservation).
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.#hydrating && this.offer === undefined && !this._scriptSource) return false;
    const lang = this.#languageOf(this.#source);
    const ready = languageReady(lang);
    this.formFacade.setState('loading', !ready);
    if (!ready) this.#languageLoad = loadLanguage(lang).then(() => this.requestUpdate());
    return ready && super.shouldUpdate(changed);
  }

  /** `updateComplete` also waits for the offer's language, so `await el.updateComplete` sees the offer shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#languageLoad) {
      const pending = this.#languageLoad;
      await pending;
      if (this.#languageLoad === pending) this.#languageLoad = null;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  get #source(): unknown {
    return this.offer !== undefined ? this.offer : this._scriptSource?.value;
  }

  /** The language an offer will be shown in, read before it is validated: its `locale`, else the element's. */
  #languageOf(source: unknown): string {
    const locale = (source as { locale?: unknown } | null | undefined)?.locale;
    return typeof locale === 'string' && locale ? locale : this.#hostLanguage;
  }

  /** The nearest `lang` (the element's own on a server and while hydrating: what the server saw), else the browser's. */
  get #hostLanguage(): string {
    if (isServer || this.#hydrating) return this.getAttribute('lang') ?? 'en';
    return this.closest('[lang]')?.getAttribute('lang') ?? navigator.language ?? 'en';
  }

  #readScript = (): void => {
    const source = readOfferScript(this);
    if (source) this._scriptSource = source;
  };

  get #strings(): Strings {
    return { ...stringsFor(this.#locale), ...this.strings };
  }

  /** The offer as the visitor's experiment arm shows it (the validated offer outside experiments). */
  get #shownOffer(): Offer {
    return this.#arm?.offer ?? this.#validation!.offer!;
  }

  /** The offer's locale, else the nearest `lang` (the element's own on a server, which has no tree), else English. */
  get #locale(): string {
    return this.#validation?.offer?.locale || this.#hostLanguage;
  }

  get #jurisdictions() {
    return hostJurisdictions(this.jurisdiction, !isServer);
  }

  /** The mode shown: `mode`, with `auto` resolved from the widget's width (see layout-controller.ts). */
  get effectiveMode(): Mode {
    if (this.mode === 'auto') return this.#layout.wide ? 'side-by-side' : 'sequential';
    return this.mode === 'side-by-side' ? 'side-by-side' : 'sequential';
  }

  get #config(): SequenceConfig {
    return configFor(this.#validation?.offer ?? {}, this.effectiveMode, this.#arm?.kind ?? 'rtr');
  }

  /** The experiment arm name, or null when the offer has no experiment. */
  get #variant(): string | null {
    return this.#arm?.arm ?? null;
  }

  // ---- form association (form-facade.ts) -------------------------------------------------------------------

  /** The submitted choice: `full`, `retreat` or `stop`, or null while the visitor has not chosen. */
  override get value(): FormChoice | null {
    return formChoice(this.#validation?.ok === true, this.#sequence.state);
  }
  /** Form reset: back to the first stage, value and add-ons cleared, no events, focus left alone. */
  formResetCallback(): void {
    this.#sequence.reset();
  }
  /** Back/forward (or autofill): the saved stage and add-ons come back, without events. */
  formStateRestoreCallback(saved: unknown): void {
    const restored = parseSavedFormState(saved, this.#validation?.offer?.id);
    if (restored) this.#sequence.restore(restored.state, restored.addOns);
  }

  // ---- lifecycle ----------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.offer !== undefined ? this.offer : this._scriptSource;
    if (changed.has('jurisdiction') && this.hasUpdated && this.#validatedSource !== HYDRATED)
      this.#validatedSource = REVALIDATE;
    const applyBrowserState = this.#validatedSource === HYDRATED;
    if (source !== this.#validatedSource) {
      this.#validatedSource = source;
      this.#validate(source, applyBrowserState);
    }
    const visitorChanged = changed.has('visitorId') || changed.has('arm');
    if (visitorChanged && this.#validation?.ok && this.#validation.offer?.experiment) {
      const before = this.#variant;
      this.#assignArm(this.#validation.offer);
      if (this.#variant !== before) this.#sequence.restart();
    }
    const mode = this.effectiveMode;
    this.#sequence.settle(changed.has('mode') || (this.#settledMode !== null && mode !== this.#settledMode));
    this.#settledMode = mode;
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
    return { visitorId: this.visitorId, arm: this.arm, withoutVisitor: isServer || this.#hydrating };
  }

  #validate(source: unknown, applyBrowserState = false): void {
    if (source === undefined || source === null) {
      this.#validation = null; // not configured yet: render the fallback, report nothing
      return;
    }
    if (source === this._scriptSource) {
      const fromScript = source as ScriptSource;
      if (fromScript.error !== undefined) {
        this.#validation = invalidJsonVerdict(fromScript.error, this.#strings);
        return;
      }
      source = fromScript.value;
    }
    const prepared = prepareOffer(source, {
      storage: this.#storage(),
      ...this.#visitor(),
      jurisdictions: this.#jurisdictions,
      // The element's own lang while hydrating, as on the server: the markup must match.
      language: this.#hostLanguage,
    });
    this.#validation = prepared.validation;
    const before = this.#variant;
    // An offer refused before its arm was assigned keeps the last arm, so re-setting the shown offer keeps its stage.
    if (prepared.refusedBy === 'experiment' || prepared.arm) this.#arm = prepared.arm;
    const offer = prepared.validation.offer;
    if (!prepared.arm || !offer) return;
    warnIfBadLocale(offer.locale);
    if (offer.id === this.#offerId && this.#variant === before) {
      // The same offer re-set keeps the stage; after hydration, a "Not now" remembered in this browser applies.
      if (applyBrowserState && prepared.stopRemembered) this.#sequence.startOffer(true);
      return;
    }
    this.#offerId = offer.id;
    this.#legal.reset();
    this.#sequence.startOffer(prepared.stopRemembered);
    this.#firstView.watchAgain();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#hydrating) {
      // The markup is adopted: prepare again with what the browser knows; Lit changes only what differs.
      this.#hydrating = false;
      this.#validatedSource = HYDRATED;
      void this.updateComplete.then(() => this.requestUpdate());
    }
    if (changed.has('name')) this.formFacade.warnIfUnsupported(this.name);
    this.#syncForm();
    const verdict = this.#validation;
    if (verdict && verdict !== this.#reportedValidation) {
      this.#reportedValidation = verdict;
      reportVerdict(this, verdict, this.#source, this.#offerId);
    }
    const focusTarget = this.#sequence.takeFocusRequest();
    if (focusTarget) this.renderRoot.querySelector<HTMLElement>(focusTarget)?.focus();
  }

  #syncForm(): void {
    const stop = this.#validation?.offer?.stop?.label ?? this.#strings.stop;
    this.formFacade.sync({
      name: this.name,
      value: this.value,
      offerId: this.#validation?.offer?.id,
      state: this.#sequence.state,
      chosenAddOns: this.#sequence.chosenAddOns,
      required: this.required,
      requiredMessage: fill(this.#strings.formRequired, { stop }),
      anchor: this.renderRoot.querySelector<HTMLElement>('[data-stage] button:not(.info)'),
    });
  }

  // ---- rendering ----------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const verdict = this.#validation;
    if (!verdict || !verdict.ok || !verdict.offer)
      return invalidStage(this.#strings, verdict?.findings ?? [], this.debug);
    const sequence = this.#sequence;
    const view: StageView = {
      ...sequence.actions,
      s: this.#strings,
      locale: this.#locale,
      disabled: this.formDisabled,
      openTip: this.#tips.openKey,
      addOns: sequence.addOns,
      offer: this.#shownOffer,
      kind: this.#config.kind,
      legal: this.#legal.view(),
      chosen: sequence.state.choice,
      // us-ca, us-ny: an action that renews automatically commits only with the visitor's ticked consent.
      choose: (choice) => this.#legal.gate(choice, () => sequence.actions.choose(choice)),
      headingLevel: headingLevel(this.headingLevel),
      compact: this.#layout.compact,
      termsExpanded: this.#layout.termsExpanded,
      toggleTerms: this.#layout.toggleTerms,
      withdrawal: {
        standingTitle: sequence.withdrawal.standing?.title ?? null,
        confirming: sequence.withdrawal.confirming,
        reason: sequence.withdrawal.reason,
        withdrawnTitle: sequence.withdrawal.withdrawnTitle,
      },
      chosenAddOns: discloseAddOns(this.#shownOffer, sequence.chosenAddOns, this.#locale, this.#strings),
    };
    const body = stageTemplate(view, sequence, this.#config.mode, this.feedback);
    // The probe: how wide the widget is, as its container queries see it (layout-controller.ts).
    return html`${body}<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${sequence.announcement}</div><div class="layout-probe"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fair-offer': FairOffer;
  }
}

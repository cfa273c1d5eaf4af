import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { discloseAddOns } from '../core/disclosure.js';
import type { Offer } from '../core/offer-schema.js';
import type { Mode, SequenceState } from '../core/sequence.js';
import { fill, type Strings } from '../core/strings.js';
import type { Consent } from '../core/legal-notices.js';
import { FirstViewController } from './controllers/first-view-controller.js';
import { LegalController } from './controllers/legal-controller.js';
import { OfferController } from './controllers/offer-controller.js';
import { SequenceController } from './controllers/sequence-controller.js';
import { fairOfferStyles } from './fair-offer.styles.js';
import { FormAssociatedElement } from './form-associated.js';
import { defineTag } from './define-tag.js';
import { PendingLoads } from './pending-loads.js';
import { formChoice, parseSavedFormState, type FormChoice } from './form-facade.js';
import { headingLevel } from './templates/headings.js';
import { LayoutController } from './layout-controller.js';
import { ToggletipController } from './toggletip-controller.js';
import { partsFor, stageTemplate } from './stage-template.js';
import { missingParts, partFailed, preloadWhenIdle, type PartName } from './lazy-parts.js';
import { legalPartStyles } from './styles/legal.styles.js';
import { invalidStage, unavailableStage, type StageView } from './templates/stages.js';

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
 * @attr linted - The offer's lint digest (`fair-offer lint --digest`, printed by `fair-offer render`): when it matches,
 *   the offer paints before its checks load; they run right after, before a choice is accepted (README "Linted offers").
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
    defineTag(this, tag, registry);
  }

  /** The offer (validated on set). Alternatively a child `<script type="application/json">`. */
  @property({ attribute: false }) offer?: Offer;
  /** `sequential`, `side-by-side`, or `auto`: side-by-side when the widget is at least 40rem wide (`effectiveMode`). */
  @property({ reflect: true }) mode: Mode | 'auto' = 'sequential';
  /** Stage heading level, 2-6 (default 2; the headings under it one deeper): 3 under a page's own h2. */
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

  /** Follows the chosen `href` after an `offer-choice` no listener cancelled; replace it to route in a single-page app. */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => window.location.assign(url);

  /** What the next render needs and is still loading (pending-loads.ts). */
  #loads = new PendingLoads();
  /** The offer from its source to what the visitor sees: language, verdict, arm (offer-controller.ts). */
  #offer = new OfferController(this, {
    started: (stopRemembered) => {
      this.#legal.reset();
      this.#sequence.startOffer(stopRemembered);
      this.#firstView.watchAgain();
    },
    stopRemembered: () => this.#sequence.startOffer(true),
    armChanged: () => this.#sequence.restart(),
    loading: (on) => this.formFacade.setState('loading', on),
    waitFor: this.#loads.add,
  });
  #layout = new LayoutController(this, () => this.mode === 'auto');
  /** The mode the sequence last settled in, so an `auto` switch is treated like a mode change. */
  #settledMode: Mode | null = null;
  #tips = new ToggletipController(this, { waitFor: this.#loads.add });
  #sequence = new SequenceController(
    this,
    {
      offer: this.#offer,
      config: () => this.#offer.config(this.effectiveMode),
      feedbackEnabled: () => this.feedback,
      closeTips: () => void (isServer || this.#tips.close()),
      consents: (choice): Consent[] => this.#legal.consentsFor(choice),
      // A form-associated element leaves where to go to the host's form.
      navigate: () => (this.name ? null : this.navigate),
      waitFor: this.#loads.add,
      rendered: () => this.updateComplete,
      hold: (run) => this.#offer.hold(run),
    },
    (key) => void this.#tips.toggle(key),
  );
  #legal: LegalController = new LegalController(this, {
    offer: this.#offer,
    shownRetreat: () => this.#sequence.disclosed().retreatSource,
    root: () => this.renderRoot,
  });
  // The first `offer-view` of a linted offer waits for its checks' verdict, like a click (offer-checks.ts).
  #firstView = new FirstViewController(
    this,
    () => this.#offer.shownId,
    () => this.#sequence.emitFirstView(),
  );

  /** The sequence state. Setting it restores a stage without events and without moving focus. */
  get state(): SequenceState {
    return { ...this.#sequence.state };
  }
  set state(value: Partial<SequenceState>) {
    this.#sequence.restore(value);
  }

  /** The mode shown: `mode`, with `auto` resolved from the widget's width (see layout-controller.ts). */
  get effectiveMode(): Mode {
    return this.mode === 'side-by-side' || (this.mode === 'auto' && this.#layout.wide) ? 'side-by-side' : 'sequential';
  }

  // ---- form association (form-facade.ts) -------------------------------------------------------------------

  /** The submitted choice: `full`, `retreat` or `stop`, or null while the visitor has not chosen. */
  override get value(): FormChoice | null {
    return formChoice(this.#offer.verdict?.ok === true, this.#sequence.state);
  }
  /** Form reset: back to the first stage, value and add-ons cleared, no events, focus left alone. */
  formResetCallback(): void {
    this.#sequence.reset();
  }
  /** Back/forward (or autofill): the saved stage and add-ons come back, without events. */
  formStateRestoreCallback(saved: unknown): void {
    const restored = parseSavedFormState(saved, this.#offer.valid?.id);
    if (restored) this.#sequence.restore(restored.state, restored.addOns);
  }

  // ---- lifecycle ----------------------------------------------------------------------------------------

  /**
   * Nothing renders while the offer's language loads (`:state(loading)` meanwhile), nor a state whose parts
   * (lazy-parts.ts) are still on their way: a click made meanwhile is applied once and shown when they arrive.
   * The offer is prepared here rather than in willUpdate, to know which parts the state needs before rendering.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!this.#offer.ready()) return false;
    this.#prepare(changed);
    const missing = missingParts(this.#parts());
    // Nothing of the offer on screen yet: `:state(loading)`, as while its language loads (docs/fallback.md).
    if (missing && !this.renderRoot.querySelector('[data-stage]')) this.formFacade.setState('loading', true);
    if (missing) this.#loads.add(missing.then(() => this.requestUpdate()));
    return !missing && super.shouldUpdate(changed);
  }

  /** `updateComplete` also waits for what the next render needs, so `await el.updateComplete` sees it shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#loads.settle(() => super.getUpdateComplete());
  }

  /** Lit's server renderer calls willUpdate, not shouldUpdate (and has every part registered: src/ssr). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) this.#prepare(changed);
  }

  #prepare(changed: PropertyValues<this>): void {
    this.#offer.prepare(changed);
    const mode = this.effectiveMode;
    this.#sequence.settle(changed.has('mode') || (this.#settledMode !== null && mode !== this.#settledMode));
    this.#settledMode = mode;
  }

  /** The lazily loaded parts the current state renders with (none for a refused offer's fallback). */
  #parts(): PartName[] {
    return this.#offer.verdict?.ok ? partsFor(this.#sequence, this.effectiveMode, this.#legal.needed) : [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Once an offer is on screen (not while an unlinted one still waits for its checks): the later stages and
    // receipt hashing, fetched while the page is idle, before the visitor needs them.
    if (this.#offer.shownId !== null) preloadWhenIdle();
    if (changed.has('name')) this.formFacade.warnIfUnsupported(this.name);
    this.#syncForm();
    const focusTarget = this.#sequence.takeFocusRequest();
    if (focusTarget) this.renderRoot.querySelector<HTMLElement>(focusTarget)?.focus();
  }

  #syncForm(): void {
    const strings = this.#offer.strings;
    const stop = this.#offer.valid?.stop?.label ?? strings.stop;
    this.formFacade.sync({
      name: this.name,
      value: this.value,
      offerId: this.#offer.valid?.id,
      state: this.#sequence.state,
      chosenAddOns: this.#sequence.chosenAddOns,
      required: this.required,
      requiredMessage: fill(strings.formRequired, { stop }),
      anchor: this.renderRoot.querySelector<HTMLElement>('[data-stage] button:not(.info)'),
    });
  }

  // ---- rendering ----------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const verdict = this.#offer.verdict;
    const strings = this.#offer.strings;
    if (!verdict || !verdict.ok || !verdict.offer) return invalidStage(strings, verdict?.findings ?? [], this.debug);
    // A part that could not load (said in the console): a clear message and the host's fallback, not half an offer.
    if (this.#parts().some(partFailed)) return unavailableStage(strings);
    const sequence = this.#sequence;
    const { shown: offer, locale } = this.#offer;
    const config = this.#offer.config(this.effectiveMode);
    const view: StageView = {
      ...sequence.actions,
      s: strings,
      locale,
      disabled: this.formDisabled,
      openTip: this.#tips.openKey,
      addOns: sequence.addOns,
      offer,
      kind: config.kind,
      legal: this.#legal.view(),
      chosen: sequence.state.choice,
      // us-ca, us-ny: an action that renews automatically commits only with the visitor's ticked consent.
      choose: (choice) => this.#legal.gate(choice, () => sequence.actions.choose(choice)),
      headingLevel: headingLevel(this.headingLevel),
      compact: this.#layout.compact,
      termsExpanded: this.#layout.termsExpanded,
      toggleTerms: this.#layout.toggleTerms,
      withdrawal: sequence.withdrawalView(),
      chosenAddOns: discloseAddOns(offer, sequence.chosenAddOns, locale, strings),
    };
    const body = stageTemplate(view, sequence, config.mode, this.feedback);
    // The probe: how wide the widget is, as its container queries see it (layout-controller.ts).
    return html`${body}<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${sequence.announcement}</div><div class="layout-probe"></div>`;
  }
}

import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { discloseOption, type DisclosedOption } from '../core/disclosure.js';
import type { Finding } from '../core/finding.js';
import { stringsFor } from '../core/locales/index.js';
import type { Constraint, Offer } from '../core/offer-schema.js';
import { checkDeadlineHistory } from '../core/deadline-history.js';
import { applyArm, armFor, getVisitorId, type ArmView } from '../core/experiment.js';
import { renderPlan } from '../core/plan.js';
import { createReceipt } from '../core/receipt.js';
import {
  INITIAL_STATE,
  configFor,
  initialState,
  normalizeState,
  reduce,
  retreatOption,
  type Mode,
  type SequenceAction,
  type SequenceState,
} from '../core/sequence.js';
import { forgetStop, isStopRemembered, rememberStop } from '../core/stop-memory.js';
import { EN_STRINGS, fill, type Strings } from '../core/strings.js';
import { validateOffer, type ValidationResult } from '../core/validate-offer.js';
import { VERSION } from '../core/version.js';
import { downloadText } from './download.js';
import { EventQueue } from './event-queue.js';
import { offerEvent } from './events.js';
import { fairOfferStyles } from './fair-offer.styles.js';
import { FormValue, type FormChoice } from './form-value.js';
import { ToggletipController } from './toggletip-controller.js';
import { storage, warnIfBadLocale, warnOnce } from './warn-once.js';
import {
  chosenStage,
  constraintStage,
  fullStage,
  invalidStage,
  retreatStage,
  sideBySideStage,
  stoppedStage,
  type Disclosed,
  type StageActions,
  type StageView,
} from './templates/stages.js';

/**
 * @deprecated Every built-in string now lives in `Strings` (src/core/strings.ts, with de/es); these are the
 * element-only ones, kept for hosts that imported them.
 */
export const ELEMENT_STRINGS = {
  addOnsLegend: EN_STRINGS.addOnsLegend,
  termsCaption: EN_STRINGS.termsCaption,
  verifyImpact: EN_STRINGS.verifyImpact,
  invalidJson: EN_STRINGS.invalidJson,
};
/** @deprecated Same as `Strings`. */
export type FairOfferStrings = Strings;

/**
 * An honest offer: the recommended option first, one smaller option after a decline, a stop path in every
 * state, the differences between both options disclosed term by term, and a receipt of what was shown.
 *
 * Events fire on user action only. The one exception is the initial `offer-view`: it is reported once per
 * offer id, when the element first becomes visible on screen (IntersectionObserver), never because a host set
 * or re-set `offer`. `offer-invalid` reports an offer the guardrails refused (it is not a user event).
 *
 * @summary Recommended option, or one smaller option, or "Not now": with disclosed terms and no dark patterns.
 *
 * @fires offer-view - A stage was shown: `{ offerId, stage, variant }`.
 * @fires offer-decline - The visitor turned down the full option: `{ offerId, constraint | null, variant }`. With the
 *   constraint question it fires once the question is answered, skipped, or left with "Not now".
 * @fires offer-choice - The visitor chose: `{ offerId, choice: 'full' | 'retreat' | 'stop', addOns, variant, receipt }`.
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
 * @csspart full-action - The recommended option's action button.
 * @csspart decline-action - "Not this one".
 * @csspart retreat-action - The smaller option's action button.
 * @csspart stop-action - The stop path ("Not now"): a real button in every state but `stopped`.
 * @csspart terms - The wrapper of the terms / differences table.
 * @csspart term-info - Each term's toggletip button (`data-term` holds the term key).
 *
 * @cssproperty [--fair-offer-accent=#1d4ed8] - Primary buttons, focus rings, recommended border (dark default #8ab4ff).
 * @cssproperty [--fair-offer-surface=#ffffff] - Background (dark default #16181d).
 * @cssproperty [--fair-offer-text=#1a1a1a] - Text colour (dark default #f1f1f1).
 * @cssproperty [--fair-offer-radius=0.5rem] - Corner radius of the widget, buttons and cards.
 * @cssproperty [--fair-offer-gap=1rem] - Spacing between blocks.
 * @cssproperty [--fair-offer-font=system-ui, sans-serif] - Font family.
 */
export class FairOffer extends LitElement {
  static override styles = fairOfferStyles;

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
  @property({ reflect: true }) mode: Mode = 'sequential';
  /** Shows a readable diagnostics panel when the offer is invalid. For development. */
  @property({ type: Boolean, reflect: true }) debug = false;
  /** Replacement strings (localisation); merged over the built-in ones for the locale. */
  @property({ attribute: false }) strings: Partial<Strings> = {};
  /**
   * Assigns the experiment arm from this id (e.g. your own pseudonymous visitor id) instead of a random id kept
   * in localStorage. Only used when the offer has an `experiment`.
   */
  @property({ attribute: 'visitor-id' }) visitorId: string | null = null;
  /** Opt-in comprehension check after a choice: one skippable question, never blocking. */
  @property({ type: Boolean, reflect: true }) feedback = false;
  /** Form field name: with it, the choice submits with a host `<form>`. */
  @property({ reflect: true }) name: string | null = null;
  /** With `name`: the form does not submit until the visitor chooses an option or "Not now". */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Form association through ElementInternals (see form-value.ts). */
  static formAssociated = true;

  @state() private _seq: SequenceState = INITIAL_STATE;
  @state() private _announcement = '';
  @state() private _scriptSource: { value?: unknown; error?: string } | null = null;
  @state() private _feedbackOpen = false;
  @state() private _formDisabled = false;

  #validation: ValidationResult | null = null;
  #validatedSource: unknown = undefined;
  #reportedValidation: ValidationResult | null = null;
  #offerId: string | null = null;
  #restore: Partial<SequenceState> | null = null;
  #addOns = new Set<string>();
  /** The add-ons ticked when the current choice was made: what the form submits. */
  #chosenAddOns: string[] = [];
  #arm: ArmView | null = null;
  /** Offer ids whose comprehension question was answered or dismissed: it is asked once. */
  #feedbackDone = new Set<string>();
  /** Events leave in the order of the actions that caused them, even while a receipt is being hashed. */
  #events = new EventQueue(this);
  #form = new FormValue(this);
  #shownAt = new Date();
  #focusStage = false;
  #viewedOfferId: string | null = null;
  #visibility: IntersectionObserver | null = null;
  #tips = new ToggletipController(this, (key) => {
    const button = this.renderRoot.querySelector<HTMLElement>(`button[data-term="${key}"]`);
    const bubble = this.renderRoot.querySelector<HTMLElement>(`#tip-${key}`);
    return button && bubble ? { button, bubble } : null;
  });

  /** The sequence state. Setting it restores a stage without events and without moving focus. */
  get state(): SequenceState {
    return { ...this._seq };
  }
  set state(value: Partial<SequenceState>) {
    this.#restore = { ...value };
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.offer === undefined && !this._scriptSource) {
      // While the parser is still streaming, the JSON child may not exist yet: read it when the document is parsed.
      if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', () => this.#readScript(), { once: true });
      else this.#readScript();
    }
    this.#visibility = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#reportInitialView();
    });
    this.#visibility.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#visibility?.disconnect();
    this.#visibility = null;
  }

  #readScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    try {
      this._scriptSource = { value: JSON.parse(script.textContent ?? '') };
    } catch (e) {
      this._scriptSource = { error: (e as Error).message };
    }
  }

  get #s(): Strings {
    return { ...stringsFor(this.#locale), ...this.strings };
  }

  /** The offer as the visitor's experiment arm shows it (the validated offer outside experiments). */
  get #offer(): Offer {
    return this.#arm?.offer ?? this.#validation!.offer!;
  }

  get #locale(): string {
    return (
      this.#validation?.offer?.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? navigator.language ?? 'en'
    );
  }

  get #config() {
    return configFor(
      this.#validation?.offer ?? {},
      this.mode === 'side-by-side' ? 'side-by-side' : 'sequential',
      this.#arm?.kind ?? 'rtr',
    );
  }

  /** The experiment arm name, or null when the offer has no experiment. */
  get #variant(): string | null {
    return this.#arm?.arm ?? null;
  }

  // ---- form association -----------------------------------------------------------------------------------

  /** The submitted choice: `full`, `retreat` or `stop`, or null while the visitor has not chosen. */
  get value(): FormChoice | null {
    if (!this.#validation?.ok) return null;
    if (this._seq.stage === 'stopped') return 'stop';
    return this._seq.stage === 'chosen' ? this._seq.choice : null;
  }
  get form(): HTMLFormElement | null {
    return this.#form.internals?.form ?? null;
  }
  get validity(): ValidityState | undefined {
    return this.#form.internals?.validity;
  }
  get validationMessage(): string {
    return this.#form.internals?.validationMessage ?? '';
  }
  get willValidate(): boolean {
    return this.#form.internals?.willValidate ?? false;
  }
  checkValidity(): boolean {
    return this.#form.internals?.checkValidity() ?? true;
  }
  reportValidity(): boolean {
    return this.#form.internals?.reportValidity() ?? true;
  }

  /** Form reset: back to the first stage, value and add-ons cleared, no events, focus left alone. */
  formResetCallback(): void {
    this.#addOns.clear();
    this.#chosenAddOns = [];
    this.#tips.close();
    this._feedbackOpen = false;
    this._announcement = '';
    this.#shownAt = new Date();
    this.#restore = { ...initialState(this.#config) };
    this.requestUpdate();
  }

  /** Back/forward (or autofill): the saved stage and add-ons come back, without events. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    let saved: {
      offerId?: unknown;
      stage?: unknown;
      constraint?: unknown;
      choice?: unknown;
      declined?: unknown;
      addOns?: unknown;
    };
    try {
      saved = JSON.parse(state);
    } catch {
      return;
    }
    if (!saved || typeof saved !== 'object') return;
    const current = this.#validation?.offer?.id;
    if (current !== undefined && saved.offerId !== current) return; // another offer now: nothing to restore
    const addOns = Array.isArray(saved.addOns) ? saved.addOns.filter((a): a is string => typeof a === 'string') : [];
    this.#addOns = new Set(addOns);
    this.#chosenAddOns = addOns;
    this.#restore = {
      stage: saved.stage,
      constraint: saved.constraint,
      choice: saved.choice,
      declined: saved.declined,
    } as Partial<SequenceState>;
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
  }

  #syncForm(): void {
    const value = this.value;
    const offerId = this.#validation?.offer?.id;
    const addOns = value === 'full' || value === 'retreat' ? this.#chosenAddOns : [];
    const { stage, constraint, choice, declined } = this._seq;
    const saved = value ? JSON.stringify({ offerId, stage, constraint, choice, declined, addOns }) : null;
    this.#form.set(this.name, value, addOns, saved);
    const stop = this.#validation?.offer?.stop?.label ?? this.#s.stop;
    // The anchor is the stage's first action (the browser's bubble points at it and focus moves there).
    const anchor = this.renderRoot.querySelector<HTMLElement>('[data-stage] button:not(.info)');
    this.#form.validate(this.required && value === null, fill(this.#s.formRequired, { stop }), anchor);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.offer !== undefined ? this.offer : this._scriptSource;
    if (source !== this.#validatedSource) {
      this.#validatedSource = source;
      this.#validate(source);
    }
    if (changed.has('visitorId') && this.#validation?.ok && this.#validation.offer?.experiment) {
      const before = this.#variant;
      this.#assignArm(this.#validation.offer);
      if (this.#variant !== before) this._seq = initialState(this.#config);
    }
    if (this.#restore) {
      this._seq = normalizeState(this.#restore, this.#config);
      this.#restore = null;
    } else if (changed.has('mode')) {
      this._seq = normalizeState(this._seq, this.#config);
    }
  }

  /** Deterministic and sticky (see experiment.ts); a config the arm cannot show makes the offer invalid. */
  #assignArm(offer: Offer): boolean {
    try {
      this.#arm = offer.experiment ? armFor(offer, this.visitorId || getVisitorId(storage).id) : applyArm(offer, null);
      return true;
    } catch (e) {
      this.#arm = null;
      this.#validation = {
        ok: false,
        findings: [{ rule: 'invalid-offer', severity: 'error', path: 'experiment', message: (e as Error).message }],
      };
      return false;
    }
  }

  #validate(source: unknown): void {
    if (source === undefined || source === null) {
      this.#validation = null; // not configured yet: render the fallback, report nothing
      return;
    }
    if (source === this._scriptSource) {
      const fromScript = source as { value?: unknown; error?: string };
      if (fromScript.error !== undefined) {
        const message = fill(this.#s.invalidJson, { error: fromScript.error });
        this.#validation = { ok: false, findings: [{ rule: 'invalid-json', severity: 'error', message }] };
        return;
      }
      source = fromScript.value;
    }
    this.#validation = validateOffer(source);
    const offer = this.#validation.offer;
    if (!this.#validation.ok || !offer) return;
    warnIfBadLocale(offer.locale);
    // An evergreen timer: the same offer id declared an earlier deadline on a previous visit.
    const moved = checkDeadlineHistory(offer.id, offer.deadline?.at, storage());
    if (moved.length) {
      this.#validation = { ok: false, findings: [...this.#validation.findings, ...moved] };
      return;
    }
    const before = this.#variant;
    if (!this.#assignArm(offer)) return;
    if (offer.id === this.#offerId && this.#variant === before) return; // the same offer re-set: keep where the visitor is
    this.#offerId = offer.id;
    this.#events.nextGeneration();
    this.#tips.close();
    this.#addOns.clear();
    this.#chosenAddOns = [];
    this._feedbackOpen = false;
    this.#shownAt = new Date();
    const remembered = isStopRemembered(storage(), offer.id, offer.stop?.rememberDays);
    this._seq = remembered ? normalizeState({ stage: 'stopped' }, this.#config) : initialState(this.#config);
    this._announcement = '';
    // A different offer is a new first view: observe again so the callback reports it if already on screen.
    if (this.#visibility) {
      this.#visibility.unobserve(this);
      this.#visibility.observe(this);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('name')) this.#form.warnIfUnsupported(this.name);
    this.#syncForm();
    const v = this.#validation;
    if (v && v !== this.#reportedValidation) {
      this.#reportedValidation = v;
      this.#report(v);
    }
    if (this.#focusStage) {
      this.#focusStage = false;
      this.renderRoot.querySelector<HTMLElement>('#stage-heading')?.focus();
    }
  }

  #report(v: ValidationResult): void {
    const list = (fs: Finding[]) =>
      fs.map((f) => `- [${f.rule}]${f.path ? ` ${f.path}:` : ''} ${f.message}`).join('\n');
    const errors = v.findings.filter((f) => f.severity === 'error');
    const warnings = v.findings.filter((f) => f.severity === 'warning');
    if (errors.length || !v.ok) {
      console.error(`<fair-offer> refused the offer. Fix:\n${list(errors.length ? errors : v.findings)}`);
      const raw = this.offer !== undefined ? this.offer : this._scriptSource?.value;
      const id = (raw as { id?: unknown } | undefined)?.id;
      // Not a user event, so not queued: it fires with the render that shows the fallback.
      this.dispatchEvent(
        offerEvent('offer-invalid', { offerId: typeof id === 'string' ? id : null, findings: v.findings }),
      );
    } else if (warnings.length) {
      warnOnce(this.#offerId + list(warnings), `<fair-offer> shows the offer, with warnings:\n${list(warnings)}`);
    }
  }

  #reportInitialView(): void {
    const offer = this.#validation?.ok ? this.#validation.offer : undefined;
    if (!offer || this.#viewedOfferId === offer.id) return;
    this.#viewedOfferId = offer.id;
    this.#emitView();
  }

  #emitView(): void {
    const offer = this.#validation?.offer;
    if (!offer) return;
    const detail = { offerId: offer.id, stage: this._seq.stage, variant: this.#variant };
    this.#events.send(() => offerEvent('offer-view', detail));
  }

  // ---- user actions -------------------------------------------------------------------------------------

  /**
   * Applies a user action. The reducer returns the same state for an action that no longer applies (the
   * stage it belonged to is gone), which is the per-stage "committed" guard: a double click, Enter plus
   * click, or a click during the transition does nothing the second time.
   */
  #act(action: SequenceAction): boolean {
    const next = reduce(this._seq, action, this.#config);
    if (next === this._seq) return false;
    this.#tips.close();
    this._seq = next;
    if (next.stage === 'full' || next.stage === 'retreat') this.#shownAt = new Date();
    this._announcement = this.#announcementFor(next);
    this.#focusStage = true;
    return true;
  }

  #announcementFor(s: SequenceState): string {
    const t = this.#s;
    const d = this.#disclosed(s);
    switch (s.stage) {
      case 'full':
        return fill(t.announceFull, { title: d.full.title });
      case 'constraint':
        return t.announceConstraint;
      case 'retreat':
        return fill(t.announceRetreat, { title: d.retreat.title });
      case 'chosen':
        return fill(t.announceChosen, { title: (s.choice === 'retreat' ? d.retreat : d.full).title });
      case 'stopped':
        return t.announceStopped;
    }
  }

  /**
   * The user actions, as the stage templates call them: one stable object, so Lit keeps the same listeners
   * between renders. Each goes through #act, so a second click on a stage that is gone does nothing.
   */
  #actions: StageActions & Pick<StageView, 'toggleTip' | 'toggleAddOn'> = {
    decline: () => {
      if (!this.#act({ type: 'decline' })) return;
      if (this._seq.stage === 'retreat') this.#emitDecline(this._seq.constraint);
      this.#emitView();
    },
    answer: (constraint) => {
      if (!this.#act({ type: 'constraint', constraint })) return;
      this.#emitDecline(constraint);
      this.#emitView();
    },
    back: () => {
      if (this.#act({ type: 'back' })) this.#emitView();
    },
    change: () => {
      if (this.#act({ type: 'change' })) this.#emitView();
    },
    reopen: () => {
      const offer = this.#validation?.offer;
      if (!offer || !this.#act({ type: 'reopen' })) return;
      forgetStop(storage(), offer.id);
      this.#emitView();
    },
    choose: (choice) => {
      const shown = this.#shown();
      const addOns = [...this.#addOns];
      const shownAt = this.#shownAt;
      if (!this.#act({ type: 'choose', choice })) return; // registered synchronously: a second click is ignored
      this.#chosenAddOns = addOns;
      const offer = this.#validation?.offer;
      if (this.feedback && offer && !this.#feedbackDone.has(offer.id)) this._feedbackOpen = true;
      this.#emitChoice(choice, shown, addOns, shownAt);
      this.#emitView();
    },
    stop: () => {
      const offer = this.#validation?.offer;
      const wasAsking = this._seq.stage === 'constraint';
      const shown = this.#shown();
      const shownAt = this.#shownAt;
      if (!offer || !this.#act({ type: 'stop' })) return;
      rememberStop(storage(), offer.id, offer.stop?.rememberDays);
      this.#chosenAddOns = [];
      if (wasAsking) this.#emitDecline(null);
      this.#emitChoice('stop', shown, [], shownAt);
      this.#emitView();
    },
    /** Comprehension check: an answer is reported once, then the question goes away; skipping reports nothing. */
    closeFeedback: (answer) => {
      const offer = this.#validation?.offer;
      const choice = this._seq.choice;
      if (!offer || !this._feedbackOpen || this._seq.stage !== 'chosen' || !choice) return;
      this._feedbackOpen = false;
      this.#feedbackDone.add(offer.id);
      // The pressed button disappears: focus goes back to the stage heading instead of the page body.
      this.#focusStage = true;
      if (answer) {
        this._announcement = this.#s.announceFeedbackThanks;
        const detail = { offerId: offer.id, answer, choice, variant: this.#variant };
        this.#events.send(() => offerEvent('offer-feedback', detail));
      }
    },
    /** "Save this summary": the one-page plan as an HTML file (printable), and `offer-recap` for hosts that email it. */
    saveSummary: () => {
      const offer = this.#validation?.offer;
      const choice = this._seq.choice;
      if (!offer || this._seq.stage !== 'chosen' || !choice) return;
      const options = { choice, locale: this.#locale, strings: this.#s, retreatId: this.#disclosed().retreat.id };
      let plan: { html: string; text: string };
      try {
        plan = {
          html: renderPlan(this.#offer, { ...options, format: 'html' }),
          text: renderPlan(this.#offer, { ...options, format: 'text' }),
        };
      } catch (e) {
        console.error('<fair-offer> could not render the summary', e);
        return;
      }
      downloadText(`${offer.id}-summary.html`, plan.html, 'text/html;charset=utf-8');
      const detail = { offerId: offer.id, choice, plan, variant: this.#variant };
      this.#events.send(() => offerEvent('offer-recap', detail));
    },
    toggleTip: (key) => void this.#tips.toggle(key),
    toggleAddOn: (id, checked) => void (checked ? this.#addOns.add(id) : this.#addOns.delete(id)),
  };

  #emitDecline(constraint: Constraint | null): void {
    const offer = this.#validation?.offer;
    if (!offer) return;
    const detail = { offerId: offer.id, constraint, variant: this.#variant };
    this.#events.send(() => offerEvent('offer-decline', detail));
  }

  /** The receipt is hashed asynchronously; the queue keeps the `offer-view` that follows behind this event. */
  #emitChoice(choice: 'full' | 'retreat' | 'stop', shown: DisclosedOption[], addOns: string[], shownAt: Date): void {
    const offer = this.#validation?.offer;
    if (!offer) return;
    const input = {
      offer: this.#offer,
      choice,
      shown,
      addOns,
      shownAt,
      chosenAt: new Date(),
      locale: this.#locale,
      arm: this.#variant,
      version: VERSION,
    };
    const variant = this.#variant;
    this.#events.send(async () => {
      try {
        const receipt = await createReceipt(input);
        return offerEvent('offer-choice', { offerId: offer.id, choice, addOns, variant, receipt });
      } catch (e) {
        console.error('<fair-offer> could not create the receipt for a choice', e);
        return null;
      }
    });
  }

  // ---- what is shown ------------------------------------------------------------------------------------

  #retreatFallbackId(offer: Offer, constraint: Constraint | null): string {
    return constraint && constraint !== 'other' && offer.retreatFor?.[constraint] ? `retreat-${constraint}` : 'retreat';
  }

  #disclosed(s: SequenceState = this._seq): Disclosed {
    const offer = this.#offer;
    const strings = this.#s;
    const constraint = this.#config.mode === 'side-by-side' ? null : s.constraint;
    const retreatSource = retreatOption(offer, constraint);
    return {
      full: discloseOption(offer.full, 'full', this.#locale, strings),
      retreat: discloseOption(retreatSource, this.#retreatFallbackId(offer, constraint), this.#locale, strings),
      retreatSource,
    };
  }

  /** The options the visitor has seen so far, in order: what the receipt proves. */
  #shown(): DisclosedOption[] {
    const d = this.#disclosed();
    const kind = this.#config.kind;
    if (kind === 'small-only') return [d.retreat];
    if (kind === 'full-only') return [d.full];
    return this.#config.mode === 'side-by-side' || this._seq.declined ? [d.full, d.retreat] : [d.full];
  }

  // ---- rendering ----------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const v = this.#validation;
    if (!v || !v.ok || !v.offer) return invalidStage(this.#s, v?.findings ?? [], this.debug);
    const s = this._seq;
    const view: StageView = {
      ...this.#actions,
      s: this.#s,
      locale: this.#locale,
      disabled: this._formDisabled,
      openTip: this.#tips.openKey,
      addOns: this.#addOns,
      offer: this.#offer,
      kind: this.#config.kind,
    };
    const body =
      s.stage === 'stopped'
        ? stoppedStage(view)
        : s.stage === 'chosen'
          ? chosenStage(
              view,
              this.#disclosed()[s.choice === 'retreat' ? 'retreat' : 'full'],
              this.feedback && this._feedbackOpen,
            )
          : this.#config.mode === 'side-by-side'
            ? sideBySideStage(view, this.#disclosed())
            : s.stage === 'constraint'
              ? constraintStage(view)
              : s.stage === 'retreat'
                ? retreatStage(view, this.#disclosed())
                : fullStage(view, this.#disclosed());
    return html`${body}<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fair-offer': FairOffer;
  }
}

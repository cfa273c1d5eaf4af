import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { compareTerms, discloseOption, formatPrice, type DisclosedOption } from '../core/disclosure.js';
import type { Finding } from '../core/finding.js';
import { stringsFor } from '../core/locales/index.js';
import { CONSTRAINTS, TERM_KEYS, type Constraint, type Offer, type OfferOption, type TermKey } from '../core/offer-schema.js';
import { createReceipt } from '../core/receipt.js';
import { INITIAL_STATE, configFor, normalizeState, reduce, retreatOption, type Mode, type SequenceAction, type SequenceState } from '../core/sequence.js';
import { defaultStorage, forgetStop, isStopRemembered, rememberStop } from '../core/stop-memory.js';
import { fill, type Strings } from '../core/strings.js';
import { validateOffer, type ValidationResult } from '../core/validate-offer.js';
import { VERSION } from '../core/version.js';
import { offerEvent } from './events.js';
import { fairOfferStyles } from './fair-offer.styles.js';
import { ToggletipController } from './toggletip-controller.js';

/** Words only the element shows (not part of receipts or plans); replaceable through `strings` like the rest. */
export const ELEMENT_STRINGS = {
  addOnsLegend: 'Optional extras (none is selected unless you tick it)',
  termsCaption: 'Terms of {title}',
  verifyImpact: 'How this is verified',
  invalidJson: 'The <script type="application/json"> inside <fair-offer> is not valid JSON: {error}',
};
export type FairOfferStrings = Strings & typeof ELEMENT_STRINGS;

const TERM_LABEL: Record<TermKey, keyof Strings> = {
  scope: 'termScope', evidence: 'termEvidence', dataAccess: 'termDataAccess', time: 'termTime', price: 'termPrice', renewal: 'termRenewal', exit: 'termExit',
};
const TERM_HELP: Record<TermKey, keyof Strings> = {
  scope: 'helpScope', evidence: 'helpEvidence', dataAccess: 'helpDataAccess', time: 'helpTime', price: 'helpPrice', renewal: 'helpRenewal', exit: 'helpExit',
};
/** Warnings already printed on this page: many widgets showing the same offer warn once, not once each. */
const warned = new Set<string>();

const CONSTRAINT_LABEL: Record<Constraint, keyof Strings> = {
  time: 'constraintTime', budget: 'constraintBudget', policy: 'constraintPolicy', other: 'constraintOther',
};

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
 * @fires offer-invalid - The offer was refused: `{ offerId | null, findings }`. Nothing but the fallback slot renders.
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
  @property({ attribute: false }) strings: Partial<FairOfferStrings> = {};

  @state() private _seq: SequenceState = INITIAL_STATE;
  @state() private _announcement = '';
  @state() private _scriptSource: { value?: unknown; error?: string } | null = null;

  #validation: ValidationResult | null = null;
  #validatedSource: unknown = undefined;
  #reportedValidation: ValidationResult | null = null;
  #offerId: string | null = null;
  /** Bumped when a different offer is shown: a receipt still being computed for the previous one is dropped. */
  #offerGeneration = 0;
  #restore: Partial<SequenceState> | null = null;
  #addOns = new Set<string>();
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
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#readScript(), { once: true });
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

  get #s(): FairOfferStrings {
    return { ...ELEMENT_STRINGS, ...stringsFor(this.#locale), ...this.strings } as FairOfferStrings;
  }

  get #locale(): string {
    return this.#validation?.offer?.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? navigator.language ?? 'en';
  }

  get #config() {
    return configFor(this.#validation?.offer ?? {}, this.mode === 'side-by-side' ? 'side-by-side' : 'sequential');
  }

  /** Experiment arm; experiments are assigned elsewhere (not yet wired), so null for now. */
  get #variant(): string | null {
    return null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.offer !== undefined ? this.offer : this._scriptSource;
    if (source !== this.#validatedSource) {
      this.#validatedSource = source;
      this.#validate(source);
    }
    if (this.#restore) {
      this._seq = normalizeState(this.#restore, this.#config);
      this.#restore = null;
    } else if (changed.has('mode')) {
      this._seq = normalizeState(this._seq, this.#config);
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
    if (offer.id === this.#offerId) return; // the same offer re-set: keep where the visitor is
    this.#offerId = offer.id;
    this.#offerGeneration++;
    this.#tips.close();
    this.#addOns.clear();
    this.#shownAt = new Date();
    const remembered = isStopRemembered(defaultStorage(), offer.id, offer.stop?.rememberDays);
    this._seq = remembered ? normalizeState({ stage: 'stopped' }, this.#config) : INITIAL_STATE;
    this._announcement = '';
    // A different offer is a new first view: observe again so the callback reports it if already on screen.
    if (this.#visibility) {
      this.#visibility.unobserve(this);
      this.#visibility.observe(this);
    }
  }

  protected override updated(): void {
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
    const list = (fs: Finding[]) => fs.map((f) => `- [${f.rule}]${f.path ? ` ${f.path}:` : ''} ${f.message}`).join('\n');
    const errors = v.findings.filter((f) => f.severity === 'error');
    const warnings = v.findings.filter((f) => f.severity === 'warning');
    if (errors.length || !v.ok) {
      console.error(`<fair-offer> refused the offer. Fix:\n${list(errors.length ? errors : v.findings)}`);
      const raw = this.offer !== undefined ? this.offer : this._scriptSource?.value;
      const id = (raw as { id?: unknown } | undefined)?.id;
      this.dispatchEvent(offerEvent('offer-invalid', { offerId: typeof id === 'string' ? id : null, findings: v.findings }));
    } else if (warnings.length && !warned.has(this.#offerId + list(warnings))) {
      warned.add(this.#offerId + list(warnings));
      console.warn(`<fair-offer> shows the offer, with warnings:\n${list(warnings)}`);
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
    if (offer) this.dispatchEvent(offerEvent('offer-view', { offerId: offer.id, stage: this._seq.stage, variant: this.#variant }));
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
      case 'full': return fill(t.announceFull, { title: d.full.title });
      case 'constraint': return t.announceConstraint;
      case 'retreat': return fill(t.announceRetreat, { title: d.retreat.title });
      case 'chosen': return fill(t.announceChosen, { title: (s.choice === 'retreat' ? d.retreat : d.full).title });
      case 'stopped': return t.announceStopped;
    }
  }

  #decline = () => {
    if (!this.#act({ type: 'decline' })) return;
    if (this._seq.stage === 'retreat') this.#emitDecline(this._seq.constraint);
    this.#emitView();
  };

  #answer(constraint: Constraint | null): void {
    if (!this.#act({ type: 'constraint', constraint })) return;
    this.#emitDecline(constraint);
    this.#emitView();
  }

  #back = () => {
    if (this.#act({ type: 'back' })) this.#emitView();
  };

  #change = () => {
    if (this.#act({ type: 'change' })) this.#emitView();
  };

  #reopen = () => {
    const offer = this.#validation?.offer;
    if (!offer || !this.#act({ type: 'reopen' })) return;
    forgetStop(defaultStorage(), offer.id);
    this.#emitView();
  };

  #choose(choice: 'full' | 'retreat'): void {
    const shown = this.#shown();
    const addOns = [...this.#addOns];
    if (!this.#act({ type: 'choose', choice })) return; // registered synchronously: a second click is ignored
    this.#emitView();
    void this.#emitChoice(choice, shown, addOns);
  }

  #stop = () => {
    const offer = this.#validation?.offer;
    const wasAsking = this._seq.stage === 'constraint';
    const shown = this.#shown();
    if (!offer || !this.#act({ type: 'stop' })) return;
    rememberStop(defaultStorage(), offer.id, offer.stop?.rememberDays);
    if (wasAsking) this.#emitDecline(null);
    this.#emitView();
    void this.#emitChoice('stop', shown, []);
  };

  #emitDecline(constraint: Constraint | null): void {
    const offer = this.#validation?.offer;
    if (offer) this.dispatchEvent(offerEvent('offer-decline', { offerId: offer.id, constraint, variant: this.#variant }));
  }

  async #emitChoice(choice: 'full' | 'retreat' | 'stop', shown: DisclosedOption[], addOns: string[]): Promise<void> {
    const offer = this.#validation?.offer;
    if (!offer) return;
    const chosenAt = new Date();
    const generation = this.#offerGeneration;
    try {
      const receipt = await createReceipt({ offer, choice, shown, addOns, shownAt: this.#shownAt, chosenAt, locale: this.#locale, arm: this.#variant, version: VERSION });
      if (generation !== this.#offerGeneration) return; // the host swapped the offer meanwhile: no event for the old one
      this.dispatchEvent(offerEvent('offer-choice', { offerId: offer.id, choice, addOns, variant: this.#variant, receipt }));
    } catch (e) {
      console.error('<fair-offer> could not create the receipt for a choice', e);
    }
  }

  // ---- what is shown ------------------------------------------------------------------------------------

  #retreatFallbackId(offer: Offer, constraint: Constraint | null): string {
    return constraint && constraint !== 'other' && offer.retreatFor?.[constraint] ? `retreat-${constraint}` : 'retreat';
  }

  #disclosed(s: SequenceState = this._seq): { full: DisclosedOption; retreat: DisclosedOption; retreatSource: OfferOption } {
    const offer = this.#validation!.offer!;
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
    return this.#config.mode === 'side-by-side' || this._seq.declined ? [d.full, d.retreat] : [d.full];
  }

  // ---- rendering ----------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const v = this.#validation;
    if (!v || !v.ok || !v.offer) return this.#renderInvalid(v?.findings ?? []);
    const s = this._seq;
    const body =
      s.stage === 'stopped' ? this.#renderStopped(v.offer)
      : s.stage === 'chosen' ? this.#renderChosen(v.offer)
      : this.#config.mode === 'side-by-side' ? this.#renderSideBySide(v.offer)
      : s.stage === 'constraint' ? this.#renderConstraint()
      : s.stage === 'retreat' ? this.#renderRetreat(v.offer)
      : this.#renderFull(v.offer);
    return html`${body}<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>`;
  }

  #renderInvalid(findings: Finding[]): TemplateResult {
    const s = this.#s;
    const panel =
      this.debug && findings.length
        ? html`<section class="diagnostics" aria-labelledby="diagnostics-heading">
            <h2 id="diagnostics-heading">${s.invalidHeading}</h2>
            <ul>
              ${findings.map((f) => html`<li><code>${f.rule}</code> (${f.severity})${f.path ? html` <code>${f.path}</code>` : nothing}: ${f.message}</li>`)}
            </ul>
          </section>`
        : nothing;
    return html`${panel}<slot name="fallback"></slot>`;
  }

  #heading(text: string): TemplateResult {
    return html`<h2 id="stage-heading" tabindex="-1">${text}</h2>`;
  }

  #stopButton(offer: Offer): TemplateResult {
    return html`<button type="button" class="secondary" part="stop-action" @click=${this.#stop}>${offer.stop?.label ?? this.#s.stop}</button>`;
  }

  #actionGroup(d: DisclosedOption, part: 'full-action' | 'retreat-action', primary: boolean): TemplateResult {
    const id = `${part}-price`;
    return html`<div class="action-group">
      <button type="button" class=${primary ? 'primary' : 'secondary'} part=${part} aria-describedby=${id}
        @click=${() => this.#choose(part === 'full-action' ? 'full' : 'retreat')}>${d.actionLabel}</button>
      <p class="price-line" id=${id}>${d.priceLine}${d.notice ? html` <span class="notice">${d.notice}</span>` : nothing}</p>
    </div>`;
  }

  #meta(offer: Offer): TemplateResult {
    const s = this.#s;
    return html`<p class="meta">${fill(s.requestedBy, { name: offer.requester.name, role: offer.requester.role })}</p>
      <p><strong>${s.decisionLabel}:</strong> ${offer.decision}</p>
      ${this.#deadline(offer)}`;
  }

  #deadline(offer: Offer): TemplateResult | typeof nothing {
    if (!offer.deadline) return nothing;
    let date: string;
    try {
      date = new Intl.DateTimeFormat(this.#locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(offer.deadline.at));
    } catch {
      date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(offer.deadline.at));
    }
    // A date and a reason, never a ticking countdown.
    return html`<p class="deadline">${fill(this.#s.deadline, { date, reason: offer.deadline.reason })}</p>`;
  }

  #impact(option: OfferOption): TemplateResult | typeof nothing {
    if (!option.impact) return nothing;
    const url = option.impact.verificationUrl;
    return html`<p>${option.impact.text}${url ? html` <a href=${url}>${this.#s.verifyImpact}</a>` : nothing}</p>`;
  }

  #addOnsFieldset(offer: Offer): TemplateResult | typeof nothing {
    if (!offer.addOns?.length) return nothing;
    const s = this.#s;
    return html`<fieldset>
      <legend>${s.addOnsLegend}</legend>
      ${offer.addOns.map(
        (a) => html`<label>
          <input type="checkbox" name=${a.id} .checked=${this.#addOns.has(a.id)}
            @change=${(e: Event) => ((e.target as HTMLInputElement).checked ? this.#addOns.add(a.id) : this.#addOns.delete(a.id))} />
          <span>${a.label}${a.price ? ` (${formatPrice(a.price, this.#locale, s)})` : ''}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  /** The terms of one option, or the differences between two (rows that differ say so in text). */
  #termsTable(columns: DisclosedOption[], caption: string): TemplateResult {
    const s = this.#s;
    const rows = columns.length === 2 ? compareTerms(columns[0]!, columns[1]!) : TERM_KEYS.map((key) => ({ key, differs: false }));
    return html`<div class="terms" part="terms">
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${s.termColumn}</th>
            ${columns.map((c) => html`<th scope="col">${c.title}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(({ key, differs }) => {
            const label = s[TERM_LABEL[key]];
            const open = this.#tips.openKey === key;
            return html`<tr>
              <th scope="row">
                <span class="term-head">
                  <span>${label}</span>
                  ${differs ? html`<span class="badge">${s.differs}</span>` : nothing}
                  <button type="button" class="info" part="term-info" data-term=${key} aria-expanded=${open ? 'true' : 'false'}
                    aria-controls=${`tip-${key}`} @click=${() => this.#tips.toggle(key)}>
                    <span aria-hidden="true">?</span><span class="visually-hidden">${fill(s.explainTerm, { term: label })}</span>
                  </button>
                </span>
                <div class="tip" id=${`tip-${key}`} ?hidden=${!open}>${s[TERM_HELP[key]]}</div>
              </th>
              ${columns.map((c) => html`<td>${c.terms[key]}</td>`)}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #renderFull(offer: Offer): TemplateResult {
    const s = this.#s;
    const { full } = this.#disclosed();
    return html`<section class="stage" data-stage="full" aria-labelledby="stage-heading">
      <p class="eyebrow">${s.recommended}</p>
      ${this.#heading(full.title)}
      ${offer.full.summary ? html`<p>${offer.full.summary}</p>` : nothing}
      ${offer.full.rationale ? html`<h3>${s.whyRecommended}</h3><p>${offer.full.rationale}</p>` : nothing}
      ${this.#impact(offer.full)} ${this.#meta(offer)}
      ${this.#termsTable([full], fill(s.termsCaption, { title: full.title }))}
      ${this.#addOnsFieldset(offer)}
      <div class="actions">
        ${this.#actionGroup(full, 'full-action', true)}
        <button type="button" class="secondary" part="decline-action" @click=${this.#decline}>${offer.declineLabel ?? s.decline}</button>
        ${this.#stopButton(offer)}
      </div>
    </section>`;
  }

  #renderConstraint(): TemplateResult {
    const s = this.#s;
    const offer = this.#validation!.offer!;
    return html`<section class="stage" data-stage="constraint" aria-labelledby="stage-heading">
      ${this.#heading(s.constraintQuestion)}
      <p class="hint" id="constraint-hint">${s.constraintHint}</p>
      <div class="choices" role="group" aria-labelledby="stage-heading" aria-describedby="constraint-hint">
        ${CONSTRAINTS.map((c) => html`<button type="button" class="secondary" data-constraint=${c} @click=${() => this.#answer(c)}>${s[CONSTRAINT_LABEL[c]]}</button>`)}
        <button type="button" class="secondary" data-constraint="skip" @click=${() => this.#answer(null)}>${s.skip}</button>
      </div>
      <div class="actions">${this.#stopButton(offer)}</div>
    </section>`;
  }

  #renderRetreat(offer: Offer): TemplateResult {
    const s = this.#s;
    const { full, retreat, retreatSource } = this.#disclosed();
    return html`<section class="stage" data-stage="retreat" aria-labelledby="stage-heading">
      <p class="eyebrow">${s.smallerOption}</p>
      ${this.#heading(retreat.title)}
      ${retreatSource.summary ? html`<p>${retreatSource.summary}</p>` : nothing}
      ${retreatSource.stillAnswers ? html`<h3>${s.stillAnswers}</h3><p>${retreatSource.stillAnswers}</p>` : nothing}
      ${this.#impact(retreatSource)} ${this.#meta(offer)}
      ${this.#termsTable([full, retreat], s.differencesCaption)}
      ${this.#addOnsFieldset(offer)}
      <div class="actions">
        ${this.#actionGroup(retreat, 'retreat-action', true)}
        <button type="button" class="secondary" data-action="back" @click=${this.#back}>${s.back}</button>
        ${this.#stopButton(offer)}
      </div>
    </section>`;
  }

  #renderSideBySide(offer: Offer): TemplateResult {
    const s = this.#s;
    const { full, retreat, retreatSource } = this.#disclosed();
    return html`<section class="stage" data-stage="full" aria-labelledby="stage-heading">
      ${this.#heading(offer.decision)}
      <p class="meta">${fill(s.requestedBy, { name: offer.requester.name, role: offer.requester.role })}</p>
      ${this.#deadline(offer)}
      <div class="options">
        <article class="option recommended" aria-labelledby="full-title">
          <p class="eyebrow">${s.recommended}</p>
          <h3 id="full-title">${full.title}</h3>
          ${offer.full.rationale ? html`<p><strong>${s.whyRecommended}:</strong> ${offer.full.rationale}</p>` : nothing}
          ${this.#impact(offer.full)} ${this.#actionGroup(full, 'full-action', true)}
        </article>
        <article class="option" aria-labelledby="retreat-title">
          <p class="eyebrow">${s.smallerOption}</p>
          <h3 id="retreat-title">${retreat.title}</h3>
          ${retreatSource.stillAnswers ? html`<p><strong>${s.stillAnswers}:</strong> ${retreatSource.stillAnswers}</p>` : nothing}
          ${this.#impact(retreatSource)} ${this.#actionGroup(retreat, 'retreat-action', false)}
        </article>
      </div>
      ${this.#termsTable([full, retreat], s.differencesCaption)}
      ${this.#addOnsFieldset(offer)}
      <div class="actions">${this.#stopButton(offer)}</div>
    </section>`;
  }

  #renderChosen(offer: Offer): TemplateResult {
    const s = this.#s;
    const d = this.#disclosed();
    const chosen = this._seq.choice === 'retreat' ? d.retreat : d.full;
    return html`<section class="stage" data-stage="chosen" aria-labelledby="stage-heading">
      ${this.#heading(fill(s.chosenHeading, { title: chosen.title }))}
      <p><strong>${s.decisionLabel}:</strong> ${offer.decision}</p>
      ${this.#termsTable([chosen], fill(s.termsCaption, { title: chosen.title }))}
      <h3>${s.successCriteria}</h3>
      <ul>${offer.successCriteria.map((c) => html`<li>${c}</li>`)}</ul>
      <h3>${s.howToExit}</h3>
      <p>${chosen.terms.exit}</p>
      <p>${chosen.terms.renewal}</p>
      <div class="actions">
        <button type="button" class="secondary" data-action="change" @click=${this.#change}>${s.change}</button>
        ${this.#stopButton(offer)}
      </div>
    </section>`;
  }

  #renderStopped(offer: Offer): TemplateResult {
    const s = this.#s;
    return html`<section class="stage" data-stage="stopped" aria-labelledby="stage-heading">
      ${this.#heading(s.stoppedHeading)}
      <p>${offer.stop?.confirmation ?? s.stoppedDefault}</p>
      <div class="actions">
        <button type="button" class="secondary" data-action="reopen" @click=${this.#reopen}>${s.undoStop}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fair-offer': FairOffer;
  }
}

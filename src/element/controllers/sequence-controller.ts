/**
 * The sequence as the visitor walks it: the stage, the live announcement, the ticked add-ons, the comprehension
 * question, and the events each user action sends, in the order of the actions. The element owns the offer and
 * its verdict; this controller owns what the visitor did with it. Nothing here runs during a server render
 * except reading state: actions only happen in a browser.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DisclosedOption } from '../../core/disclosure.js';
import type { Constraint, Jurisdiction, Offer } from '../../core/offer-schema.js';
import {
  INITIAL_STATE,
  initialState,
  normalizeState,
  reduce,
  type SequenceAction,
  type SequenceConfig,
  type SequenceState,
} from '../../core/sequence.js';
import { forgetStop, rememberStop } from '../../core/stop-memory.js';
import { fill, type Strings } from '../../core/strings.js';
import { VERSION } from '../../core/version.js';
import type { Consent } from '../../core/legal-notices.js';
import { EventQueue } from '../event-queue.js';
import { offerEvent } from '../events.js';
import type { StageActions, StageView, Disclosed } from '../templates/stages.js';
import { storage } from '../warn-once.js';
import { hrefFor, loadPlan, queueChoice, saveSummary } from './choice-reports.js';
import { Withdrawal, type StandingChoice } from './withdrawal.js';
import { announcementFor, discloseBoth } from './stage-words.js';

/** What the controller reads from the element: the shown offer and how to show it. */
export interface SequenceContext {
  /** The validated offer (outside experiments the same as `shownOffer`), or undefined while there is none. */
  validOffer(): Offer | undefined;
  /** The offer as the visitor's experiment arm shows it. */
  shownOffer(): Offer;
  strings(): Strings;
  locale(): string;
  config(): SequenceConfig;
  /** The experiment arm name, or null outside experiments. */
  variant(): string | null;
  /** The `feedback` attribute: ask the comprehension question after a choice. */
  feedbackEnabled(): boolean;
  closeTips(): void;
  /** What the visitor expressly agreed to with this choice (the renewal consent), for the receipt. */
  consents?(choice: 'full' | 'retreat'): Consent[];
  /** Legal packs the host added (the `jurisdiction` attribute), for the one-page plan. */
  jurisdictions?(): Jurisdiction[];
  /** Follows an option's href after an `offer-choice` no listener cancelled; null when the widget must not. */
  navigate(): ((url: string) => void) | null;
}

export type SequenceActions = StageActions & Pick<StageView, 'toggleTip' | 'toggleAddOn'>;

export class SequenceController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #context: SequenceContext;
  #state: SequenceState = INITIAL_STATE;
  #announcement = '';
  #feedbackOpen = false;
  #pendingRestore: Partial<SequenceState> | null = null;
  #addOns = new Set<string>();
  /** The add-ons ticked when the current choice was made: what the form submits. */
  #chosenAddOns: string[] = [];
  /** Offer ids whose comprehension question was answered or dismissed: it is asked once. */
  #feedbackDone = new Set<string>();
  /** Events leave in the order of the actions that caused them, even while a receipt is being hashed. */
  readonly #events: EventQueue;
  #shownAt = new Date();
  /** What gets focus after the next update: the stage heading, the withdraw question, the stop control. */
  #focusTarget: string | null = null;
  readonly #withdrawal = new Withdrawal();

  constructor(host: ReactiveControllerHost & EventTarget, context: SequenceContext, toggleTip: (key: string) => void) {
    this.#host = host;
    this.#context = context;
    this.#events = new EventQueue(host);
    this.actions = this.#makeActions(toggleTip);
  }

  get state(): SequenceState {
    return this.#state;
  }
  get announcement(): string {
    return this.#announcement;
  }
  get feedbackOpen(): boolean {
    return this.#feedbackOpen;
  }
  get addOns(): ReadonlySet<string> {
    return this.#addOns;
  }
  get chosenAddOns(): readonly string[] {
    return this.#chosenAddOns;
  }
  get withdrawal(): Readonly<Withdrawal> {
    return this.#withdrawal;
  }

  /** Once after an action: the selector of what gets focus (the new stage's heading, most often), else null. */
  takeFocusRequest(): string | null {
    const target = this.#focusTarget;
    this.#focusTarget = null;
    return target;
  }

  /** A different offer (or arm) is shown: start over, and drop events still queued for the previous one. */
  startOffer(stopRemembered: boolean): void {
    const config = this.#context.config();
    this.#events.nextGeneration();
    this.#context.closeTips();
    this.#addOns.clear();
    this.#chosenAddOns = [];
    this.#feedbackOpen = false;
    this.#shownAt = new Date();
    this.#withdrawal.reset(stopRemembered ? 'earlier' : 'now');
    this.#state = stopRemembered ? normalizeState({ stage: 'stopped' }, config) : initialState(config);
    this.#announcement = '';
    this.#host.requestUpdate();
  }

  /** The arm changed under the same offer (a new visitor id): back to the arm's first stage, without events. */
  restart(): void {
    this.#state = initialState(this.#context.config());
    this.#host.requestUpdate();
  }

  /** A stage restored without events and without moving focus (the `state` setter, forms); applied on update. */
  restore(state: Partial<SequenceState>, addOns?: readonly string[]): void {
    this.#pendingRestore = { ...state };
    if (addOns) {
      this.#addOns = new Set(addOns);
      this.#chosenAddOns = [...addOns];
    }
    this.#host.requestUpdate();
  }

  /** Form reset: back to the first stage, value and add-ons cleared, no events, focus left alone. */
  reset(): void {
    this.#addOns.clear();
    this.#chosenAddOns = [];
    this.#context.closeTips();
    this.#feedbackOpen = false;
    this.#announcement = '';
    this.#shownAt = new Date();
    this.restore(initialState(this.#context.config()));
  }

  /** Called from the element's willUpdate, once the offer and mode are settled. */
  settle(modeChanged: boolean): void {
    const config = this.#context.config();
    if (this.#pendingRestore) {
      this.#state = normalizeState(this.#pendingRestore, config);
      this.#pendingRestore = null;
      // A restored choice (back/forward, a host's `state`) stands like one made here: a stop must withdraw it.
      const { stage, choice } = this.#state;
      if (stage === 'chosen' && choice && !this.#withdrawal.standing && this.#context.validOffer())
        this.#withdrawal.choose(choice, this.disclosed()[choice].title);
    } else if (modeChanged) {
      this.#state = normalizeState(this.#state, config);
    }
  }

  /** The initial `offer-view`, sent by the first-view controller when the element first shows on screen. */
  emitView(): void {
    const offer = this.#context.validOffer();
    if (!offer) return;
    const detail = { offerId: offer.id, stage: this.#state.stage, variant: this.#context.variant() };
    this.#events.send(() => offerEvent('offer-view', detail));
  }

  /** Both options as displayed words, for the stage `state` (the current one by default). */
  disclosed(state: SequenceState = this.#state): Disclosed {
    const constraint = this.#context.config().mode === 'side-by-side' ? null : state.constraint;
    return discloseBoth(this.#context.shownOffer(), constraint, this.#context.locale(), this.#context.strings());
  }

  /**
   * The user actions, as the stage templates call them: one stable object, so Lit keeps the same listeners
   * between renders. Each goes through #act, so a second click on a stage that is gone does nothing.
   */
  readonly actions: SequenceActions;

  #makeActions(toggleTip: (key: string) => void): SequenceActions {
    return {
      decline: () => {
        if (!this.#act({ type: 'decline' })) return;
        if (this.#state.stage === 'retreat') this.#emitDecline(this.#state.constraint);
        this.emitView();
      },
      answer: (constraint) => {
        if (!this.#act({ type: 'constraint', constraint })) return;
        this.#emitDecline(constraint);
        this.emitView();
      },
      back: () => {
        if (this.#act({ type: 'back' })) this.emitView();
      },
      change: () => {
        if (this.#act({ type: 'change' })) this.emitView();
      },
      reopen: () => {
        const offer = this.#context.validOffer();
        if (!offer || !this.#act({ type: 'reopen' })) return;
        forgetStop(storage(), offer.id);
        this.emitView();
      },
      choose: (choice) => {
        const shown = this.#shown();
        const addOns = [...this.#addOns];
        const shownAt = this.#shownAt;
        const disclosed = this.disclosed();
        if (!this.#act({ type: 'choose', choice })) return; // registered synchronously: a second click is ignored
        this.#chosenAddOns = addOns;
        const offer = this.#context.validOffer();
        if (this.#context.feedbackEnabled() && offer && !this.#feedbackDone.has(offer.id)) this.#feedbackOpen = true;
        const chosen = choice === 'full' ? disclosed.full : disclosed.retreat;
        const links = this.#withdrawal.choose(choice, chosen.title);
        this.#emitChoice(choice, shown, addOns, shownAt, links);
        this.emitView();
      },
      // With a choice standing, the stop control withdraws it: it asks first ("Withdraw your choice of …?").
      stop: () => {
        if (!this.#withdrawal.standing || this.#state.stage === 'stopped') return this.#stop();
        if (this.#withdrawal.confirming) return;
        this.#withdrawal.confirming = true;
        this.#context.closeTips();
        this.#focusTarget = '#withdraw-question';
        this.#host.requestUpdate();
      },
      confirmWithdraw: () => {
        if (this.#withdrawal.confirming) this.#stop();
      },
      keepChoice: () => {
        if (!this.#withdrawal.confirming) return;
        this.#withdrawal.confirming = false;
        this.#focusTarget = '[part~="stop-action"]';
        this.#host.requestUpdate();
      },
      closeFeedback: (answer) => this.#closeFeedback(answer),
      saveSummary: () => this.#saveSummary(),
      toggleTip,
      toggleAddOn: (id, checked) => {
        if (checked) this.#addOns.add(id);
        else this.#addOns.delete(id);
      },
    };
  }

  /**
   * Applies a user action. The reducer returns the same state for an action that no longer applies (the
   * stage it belonged to is gone), which is the per-stage "committed" guard: a double click, Enter plus
   * click, or a click during the transition does nothing the second time.
   */
  #act(action: SequenceAction): boolean {
    const next = reduce(this.#state, action, this.#context.config());
    if (next === this.#state) return false;
    this.#context.closeTips();
    this.#state = next;
    this.#withdrawal.confirming = false;
    if (next.stage === 'full' || next.stage === 'retreat') this.#shownAt = new Date();
    if (next.stage === 'chosen') void loadPlan().catch(() => undefined); // before "Save this summary" is pressed
    this.#announcement = announcementFor(next, this.disclosed(next), this.#context.strings());
    this.#focusTarget = '#stage-heading';
    this.#host.requestUpdate();
    return true;
  }

  /** "Not now", or the confirmed withdrawal of the choice standing: remembered, reported once. */
  #stop(): void {
    const offer = this.#context.validOffer();
    const wasAsking = this.#state.stage === 'constraint';
    const shown = this.#shown();
    const shownAt = this.#shownAt;
    if (!offer || !this.#act({ type: 'stop' })) return;
    const withdrawn = this.#withdrawal.stop();
    if (withdrawn) this.#announcement = fill(this.#context.strings().announceWithdrawn, { title: withdrawn.title });
    rememberStop(storage(), offer.id, offer.stop?.rememberDays);
    this.#chosenAddOns = [];
    if (wasAsking) this.#emitDecline(null);
    this.#emitChoice('stop', shown, [], shownAt, { withdrawn });
    this.emitView();
  }

  /** Comprehension check: an answer is reported once, then the question goes away; skipping reports nothing. */
  #closeFeedback(answer: Parameters<StageActions['closeFeedback']>[0]): void {
    const offer = this.#context.validOffer();
    const choice = this.#state.choice;
    if (!offer || !this.#feedbackOpen || this.#state.stage !== 'chosen' || !choice) return;
    this.#feedbackOpen = false;
    this.#feedbackDone.add(offer.id);
    // The pressed button disappears: focus goes back to the stage heading instead of the page body.
    this.#focusTarget = '#stage-heading';
    if (answer) {
      this.#announcement = this.#context.strings().announceFeedbackThanks;
      const detail = { offerId: offer.id, answer, choice, variant: this.#context.variant() };
      this.#events.send(() => offerEvent('offer-feedback', detail));
    }
    this.#host.requestUpdate();
  }

  /** "Save this summary": the one-page plan as an HTML file (printable), and `offer-recap` for hosts that email it. */
  #saveSummary(): void {
    const offer = this.#context.validOffer();
    const choice = this.#state.choice;
    if (!offer || this.#state.stage !== 'chosen' || !choice) return;
    const options = {
      choice,
      locale: this.#context.locale(),
      strings: this.#context.strings(),
      retreatId: this.disclosed().retreat.id,
      jurisdictions: this.#context.jurisdictions?.() ?? [],
      addOns: this.#chosenAddOns,
    };
    const shownOffer = this.#context.shownOffer();
    const variant = this.#context.variant();
    // Queued: the plan module loads on first use, and the recap keeps its place among the events.
    this.#events.send(async () => {
      const plan = await saveSummary(offer.id, shownOffer, options);
      return plan && offerEvent('offer-recap', { offerId: offer.id, choice, plan, variant });
    });
  }

  #emitDecline(constraint: Constraint | null): void {
    const offer = this.#context.validOffer();
    if (!offer) return;
    const detail = { offerId: offer.id, constraint, variant: this.#context.variant() };
    this.#events.send(() => offerEvent('offer-decline', detail));
  }

  /**
   * The receipt is hashed asynchronously; the queue keeps the `offer-view` that follows behind this event. Once
   * dispatched and not cancelled, the widget follows the option's `href` (the receipt is delivered first).
   */
  #emitChoice(
    choice: 'full' | 'retreat' | 'stop',
    shown: DisclosedOption[],
    addOns: string[],
    shownAt: Date,
    links: { record?: StandingChoice; replaced?: StandingChoice | null; withdrawn?: StandingChoice | null },
  ): void {
    const offer = this.#context.validOffer();
    if (!offer) return;
    const variant = this.#context.variant();
    const input = {
      offer: this.#context.shownOffer(),
      choice,
      shown,
      addOns,
      strings: this.#context.strings(),
      shownAt,
      chosenAt: new Date(),
      locale: this.#context.locale(),
      arm: variant,
      version: VERSION,
      ...(choice !== 'stop' ? { consents: this.#context.consents?.(choice) ?? [] } : {}),
    };
    const href = hrefFor(this.#context.shownOffer(), choice, this.disclosed().retreatSource);
    const detail = { offerId: offer.id, choice, addOns, variant };
    queueChoice(this.#events, input, detail, links, href, this.#context.navigate());
  }

  /** The options the visitor has seen so far, in order: what the receipt proves. */
  #shown(): DisclosedOption[] {
    const disclosed = this.disclosed();
    const config = this.#context.config();
    if (config.kind === 'small-only') return [disclosed.retreat];
    if (config.kind === 'full-only') return [disclosed.full];
    return config.mode === 'side-by-side' || this.#state.declined
      ? [disclosed.full, disclosed.retreat]
      : [disclosed.full];
  }
}

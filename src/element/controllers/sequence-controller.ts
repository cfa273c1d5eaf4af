/**
 * The sequence as the visitor walks it: the stage, the live announcement, the ticked add-ons, the comprehension
 * question, and the events each user action sends, in the order of the actions. The element owns the offer and
 * its verdict; this controller owns what the visitor did with it. Nothing here runs during a server render
 * except reading state: actions only happen in a browser.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DisclosedOption } from '../../core/disclosure.js';
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
import { fill } from '../../core/strings.js';
import type { StageActions, Disclosed } from '../templates/stages.js';
import type { WithdrawView } from '../templates/withdraw-parts.js';
import { loadPart } from '../lazy-parts.js';
import { storage } from '../warn-once.js';
import { SequenceEvents, type ChoiceLinks, type EventContext } from './sequence-events.js';
import { Withdrawal } from './withdrawal.js';
import { announcementFor, lastDisclosure, optionsSeen } from './stage-words.js';
import { heldActions, type SequenceActions } from './held-actions.js';
import { FeedbackQuestion } from './feedback-question.js';
import { AddOnSelection } from './add-on-selection.js';

/** What the controller reads from the element: the shown offer and how to show it (and what its events need). */
export interface SequenceContext extends EventContext {
  config(): SequenceConfig;
  /** The `feedback` attribute: ask the comprehension question after a choice. */
  feedbackEnabled(): boolean;
  closeTips(): void;
  /** Keeps an action until the offer's checks accepted it (held-actions.ts); false: run it now. */
  hold(run: () => void): boolean;
}

export class SequenceController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #context: SequenceContext;
  #state: SequenceState = INITIAL_STATE;
  #announcement = '';
  #pendingRestore: Partial<SequenceState> | null = null;
  readonly #addOns = new AddOnSelection();
  readonly #feedback = new FeedbackQuestion();
  /** Events leave in the order of the actions that caused them, even while a receipt is being hashed. */
  readonly #events: SequenceEvents;
  #shownAt = new Date();
  /** What gets focus after the next update: the stage heading, the withdraw question, the stop control. */
  #focusTarget: string | null = null;
  readonly #withdrawal = new Withdrawal();
  /** discloseBoth, keeping its last answer: one render asks several times (stage-words.ts). */
  readonly #disclose = lastDisclosure();

  constructor(host: ReactiveControllerHost & EventTarget, context: SequenceContext, toggleTip: (key: string) => void) {
    this.#host = host;
    this.#context = context;
    this.#events = new SequenceEvents(host, context);
    this.actions = heldActions(this.#makeActions(toggleTip), context.hold);
  }

  get state(): SequenceState {
    return this.#state;
  }
  get announcement(): string {
    return this.#announcement;
  }
  get feedbackOpen(): boolean {
    return this.#feedback.open;
  }
  get addOns(): ReadonlySet<string> {
    return this.#addOns.ticked;
  }
  get chosenAddOns(): readonly string[] {
    return this.#addOns.chosen;
  }
  /** The stop control's words and the withdraw question, as the templates show them. */
  withdrawalView(): WithdrawView['withdrawal'] {
    return this.#withdrawal.view();
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
    this.#feedback.dismiss();
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
    if (addOns) this.#addOns.restore(addOns);
    this.#host.requestUpdate();
  }

  /** Form reset: back to the first stage, value and add-ons cleared, no events, focus left alone. */
  reset(): void {
    this.#addOns.clear();
    this.#context.closeTips();
    this.#feedback.dismiss();
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
      if (stage === 'chosen' && choice && !this.#withdrawal.standing && this.#context.offer.valid)
        this.#withdrawal.choose(choice, this.disclosed()[choice].title);
    } else if (modeChanged) {
      this.#state = normalizeState(this.#state, config);
    }
  }

  /** The initial `offer-view` (first-view controller): like a click, held while a linted offer awaits its checks. */
  emitFirstView(): void {
    if (!this.#context.hold(() => this.emitView())) this.emitView();
  }
  emitView(): void {
    this.#events.view(this.#state.stage);
  }

  /** Both options as displayed words, for the stage `state` (the current one by default). */
  disclosed(state: SequenceState = this.#state): Disclosed {
    const constraint = this.#context.config().mode === 'side-by-side' ? null : state.constraint;
    return this.#disclose(
      this.#context.offer.shown,
      constraint,
      this.#context.offer.locale,
      this.#context.offer.strings,
    );
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
        if (this.#state.stage === 'retreat') this.#events.decline(this.#state.constraint);
        this.emitView();
      },
      answer: (constraint) => {
        if (!this.#act({ type: 'constraint', constraint })) return;
        this.#events.decline(constraint);
        this.emitView();
      },
      back: () => {
        if (this.#act({ type: 'back' })) this.emitView();
      },
      change: () => {
        if (this.#act({ type: 'change' })) this.emitView();
      },
      reopen: () => {
        const offer = this.#context.offer.valid;
        if (!offer || !this.#act({ type: 'reopen' })) return;
        forgetStop(storage(), offer.id);
        this.emitView();
      },
      choose: (choice) => {
        const shown = optionsSeen(this.disclosed(), this.#context.config(), this.#state.declined);
        const addOns = this.#addOns.snapshot();
        const shownAt = this.#shownAt;
        const disclosed = this.disclosed();
        if (!this.#act({ type: 'choose', choice })) return; // registered synchronously: a second click is ignored
        this.#addOns.choose(addOns);
        const offer = this.#context.offer.valid;
        if (this.#context.feedbackEnabled() && offer) this.#feedback.ask(offer.id);
        const chosen = choice === 'full' ? disclosed.full : disclosed.retreat;
        const links = this.#withdrawal.choose(choice, chosen.title);
        this.#emitChoice(choice, { shown, addOns, shownAt }, links);
        this.emitView();
      },
      // With a choice standing, the stop control withdraws it: it asks first ("Withdraw your choice of …?").
      stop: () => {
        const step = this.#withdrawal.ask(this.#state.stage === 'stopped');
        if (step === 'stop') return this.#stop();
        if (step !== 'ask') return;
        this.#context.closeTips();
        this.#focusAfterUpdate('#withdraw-question');
      },
      confirmWithdraw: () => {
        if (this.#withdrawal.confirming) this.#stop();
      },
      keepChoice: () => {
        if (this.#withdrawal.keep()) this.#focusAfterUpdate('[part~="stop-action"]');
      },
      closeFeedback: (answer) => this.#closeFeedback(answer),
      // "Save this summary": the one-page plan as a printable HTML file, and `offer-recap` for hosts that email it.
      saveSummary: () => {
        const choice = this.#state.choice;
        if (this.#context.offer.valid && this.#state.stage === 'chosen' && choice)
          this.#events.recap(choice, { retreatId: this.disclosed().retreat.id, addOns: this.#addOns.chosen });
      },
      toggleTip,
      toggleAddOn: (id, checked) => {
        this.#addOns.toggle(id, checked);
        // The action buttons state what the ticked extras add to the first charge (labelWithExtras).
        this.#host.requestUpdate();
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
    if (next.stage === 'chosen') void loadPart('plan'); // before "Save this summary" is pressed
    this.#announcement = announcementFor(next, this.disclosed(next), this.#context.offer.strings);
    this.#focusTarget = '#stage-heading';
    this.#host.requestUpdate();
    return true;
  }

  /** "Not now", or the confirmed withdrawal of the choice standing: remembered, reported once. */
  #stop(): void {
    const offer = this.#context.offer.valid;
    const wasAsking = this.#state.stage === 'constraint';
    const shown = optionsSeen(this.disclosed(), this.#context.config(), this.#state.declined);
    const shownAt = this.#shownAt;
    if (!offer || !this.#act({ type: 'stop' })) return;
    const withdrawn = this.#withdrawal.stop();
    if (withdrawn) this.#announcement = fill(this.#context.offer.strings.announceWithdrawn, { title: withdrawn.title });
    rememberStop(storage(), offer.id, offer.stop?.rememberDays);
    this.#addOns.choose([]);
    if (wasAsking) this.#events.decline(null);
    this.#emitChoice('stop', { shown, addOns: [], shownAt }, { withdrawn });
    this.emitView();
  }

  #focusAfterUpdate(selector: string): void {
    this.#focusTarget = selector;
    this.#host.requestUpdate();
  }

  /** Comprehension check: an answer is reported once, then the question goes away; skipping reports nothing. */
  #closeFeedback(answer: Parameters<StageActions['closeFeedback']>[0]): void {
    const offer = this.#context.offer.valid;
    const choice = this.#state.choice;
    if (!offer || this.#state.stage !== 'chosen' || !choice || !this.#feedback.close(offer.id)) return;
    // The pressed button disappears: focus goes back to the stage heading instead of the page body.
    this.#focusTarget = '#stage-heading';
    if (answer) {
      this.#announcement = this.#context.offer.strings.announceFeedbackThanks;
      this.#events.feedback(answer, choice);
    }
    this.#host.requestUpdate();
  }

  /** The `offer-choice` of a choice or a stop; its href goes with the retreat the visitor's constraint selected. */
  #emitChoice(
    choice: 'full' | 'retreat' | 'stop',
    moment: { shown: DisclosedOption[]; addOns: string[]; shownAt: Date },
    links: ChoiceLinks,
  ): void {
    this.#events.choice(choice, { ...moment, retreatSource: this.disclosed().retreatSource }, links);
  }
}

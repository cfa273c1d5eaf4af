/**
 * The events the visitor's actions send, in the order of the actions: `offer-view`, `offer-decline`,
 * `offer-choice` (with its receipt), `offer-feedback` and `offer-recap`. Details are built when the action
 * happens, with the offer and arm shown then; the queue sends them one after the other, so an `offer-choice`
 * whose receipt is still being hashed keeps the `offer-view` that follows behind it.
 */
import type { DisclosedOption } from '../../core/disclosure.js';
import type { Constraint, Jurisdiction, Offer } from '../../core/offer-schema.js';
import type { RenderPlanOptions } from '../../core/plan.js';
import type { Stage } from '../../core/sequence.js';
import type { Strings } from '../../core/strings.js';
import { VERSION } from '../../core/version.js';
import type { Consent } from '../../core/legal-notices.js';
import { EventQueue } from '../event-queue.js';
import { offerEvent, type FeedbackAnswer } from '../events.js';
import { loadedPart, loadPart } from '../lazy-parts.js';
import type { ChoiceLinks } from './choice-reports.js';

export type { ChoiceLinks };

/** The offer as the visitor sees it (offer-controller.ts implements it), read when an action happens. */
export interface ShownOffer {
  /** The validated offer (its id names the events), or undefined while there is none. */
  readonly valid: Offer | undefined;
  /** The offer as the visitor's experiment arm shows it: what the receipt covers. */
  readonly shown: Offer;
  readonly strings: Strings;
  readonly locale: string;
  /** The experiment arm name, or null outside experiments. */
  readonly variant: string | null;
  /** Legal packs the host added (the `jurisdiction` attribute), for the one-page plan. */
  readonly jurisdictions: Jurisdiction[];
}

/** What the events read from the element when an action happens. */
export interface EventContext {
  offer: ShownOffer;
  /** What the visitor expressly agreed to with this choice (the renewal consent), for the receipt. */
  consents?(choice: 'full' | 'retreat'): Consent[];
  /** Follows an option's href after an `offer-choice` no listener cancelled; null when the widget must not. */
  navigate(): ((url: string) => void) | null;
  /** Resolves once the current state is rendered (a stage whose chunk is loading is shown when it arrives). */
  rendered(): Promise<unknown>;
  /** `updateComplete` waits for this too (the receipt code, when a choice is made before it has arrived). */
  waitFor(pending: Promise<void>): void;
}

/** Where a choice leads when no listener cancels its `offer-choice`: the option's `action.href`, or `stop.href`. */
function hrefFor(
  offer: Offer,
  choice: 'full' | 'retreat' | 'stop',
  shownRetreat: Offer['retreat'],
): string | undefined {
  if (choice === 'stop') return offer.stop?.href;
  return (choice === 'full' ? offer.full : shownRetreat).action.href;
}

/** The choice-reports chunk (receipts, the plan download), once it has arrived; null when it could not load. */
async function choiceReports() {
  await loadPart('receipts', { retry: true });
  const reports = loadedPart('receipts');
  if (!reports)
    console.error('<fair-offer> could not send the event: the receipt code did not load (the choice is shown)');
  return reports ?? null;
}

export class SequenceEvents {
  readonly #context: EventContext;
  readonly #queue: EventQueue;

  constructor(target: EventTarget, context: EventContext) {
    this.#context = context;
    this.#queue = new EventQueue(target);
  }

  /** A different offer is shown: events still queued for the previous one are dropped. */
  nextGeneration(): void {
    this.#queue.nextGeneration();
  }

  /** `offer-view` leaves once the stage is on screen (after its chunk, when it had to load one). */
  view(stage: Stage): void {
    const offer = this.#context.offer.valid;
    if (!offer) return;
    const detail = { offerId: offer.id, stage, variant: this.#context.offer.variant };
    this.#queue.send(async () => {
      await this.#context.rendered();
      return offerEvent('offer-view', detail);
    });
  }

  decline(constraint: Constraint | null): void {
    const offer = this.#context.offer.valid;
    if (!offer) return;
    const detail = { offerId: offer.id, constraint, variant: this.#context.offer.variant };
    this.#queue.send(() => offerEvent('offer-decline', detail));
  }

  /**
   * The receipt is hashed asynchronously; the queue keeps the `offer-view` that follows behind this event. Once
   * dispatched and not cancelled, the widget follows the option's `href` (the receipt is delivered first).
   * `retreatSource` is the retreat option the visitor's constraint selected (its href is the one followed).
   */
  choice(
    choice: 'full' | 'retreat' | 'stop',
    moment: { shown: DisclosedOption[]; addOns: string[]; shownAt: Date; retreatSource: Offer['retreat'] },
    links: ChoiceLinks,
  ): void {
    const offer = this.#context.offer.valid;
    if (!offer) return;
    const { shown, addOns, shownAt, retreatSource } = moment;
    const variant = this.#context.offer.variant;
    const shownOffer = this.#context.offer.shown;
    const input = {
      offer: shownOffer,
      choice,
      shown,
      addOns,
      strings: this.#context.offer.strings,
      shownAt,
      chosenAt: new Date(),
      locale: this.#context.offer.locale,
      arm: variant,
      version: VERSION,
      ...(choice !== 'stop' ? { consents: this.#context.consents?.(choice) ?? [] } : {}),
    };
    const href = hrefFor(shownOffer, choice, retreatSource);
    const navigate = this.#context.navigate();
    this.#context.waitFor(loadPart('receipts', { retry: true }));
    const detail = { offerId: offer.id, choice, addOns, variant };
    // Queued now, made when its turn comes: the receipt chunk may still be on its way.
    this.#queue.send(
      async () => (await choiceReports())?.choiceEvent(input, detail, links) ?? null,
      (_event, notCancelled) => {
        if (notCancelled && href && navigate) navigate(href);
      },
    );
  }

  feedback(answer: FeedbackAnswer, choice: 'full' | 'retreat'): void {
    const offer = this.#context.offer.valid;
    if (!offer) return;
    const detail = { offerId: offer.id, answer, choice, variant: this.#context.offer.variant };
    this.#queue.send(() => offerEvent('offer-feedback', detail));
  }

  /** "Save this summary": the plan downloaded, and `offer-recap` queued (the plan module loads on first use). */
  recap(
    choice: 'full' | 'retreat',
    options: Pick<RenderPlanOptions, 'retreatId'> & { addOns: readonly string[] },
  ): void {
    const offer = this.#context.offer.valid;
    if (!offer) return;
    const planOptions = {
      choice,
      locale: this.#context.offer.locale,
      strings: this.#context.offer.strings,
      retreatId: options.retreatId,
      jurisdictions: this.#context.offer.jurisdictions,
      addOns: [...options.addOns],
    };
    const shownOffer = this.#context.offer.shown;
    const variant = this.#context.offer.variant;
    const detail = { offerId: offer.id, choice, variant };
    this.#queue.send(async () => (await choiceReports())?.recapEvent(shownOffer, planOptions, detail) ?? null);
  }
}

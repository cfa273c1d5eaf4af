/**
 * The element's user events, in the order of the actions that caused them: an `offer-choice` waits for its
 * receipt to be hashed, and the `offer-view` queued after it leaves after it. Details are built when an action
 * happens; the event itself when its turn comes.
 */
export class EventQueue {
  #outbox: Promise<void> = Promise.resolve();
  #generation = 0;
  readonly #target: EventTarget;

  constructor(target: EventTarget) {
    this.#target = target;
  }

  /** A different offer is shown: events still queued for the previous one are dropped, never reported late. */
  nextGeneration(): void {
    this.#generation++;
  }

  /** Queues an event behind those already on their way; `make` may return null to send nothing. */
  send(make: () => Event | null | Promise<Event | null>): void {
    const generation = this.#generation;
    this.#outbox = this.#outbox.then(make).then(
      (event) => void (event && generation === this.#generation && this.#target.dispatchEvent(event)),
      (e) => console.error('<fair-offer> could not report an event', e),
    );
  }
}

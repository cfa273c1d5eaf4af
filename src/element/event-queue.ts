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

  /**
   * Queues an event behind those already on their way; `make` may return null to send nothing. `after` runs once
   * the event is dispatched, with whether no listener cancelled it (the widget's default action then follows).
   */
  send(make: () => Event | null | Promise<Event | null>, after?: (event: Event, notCancelled: boolean) => void): void {
    const generation = this.#generation;
    this.#outbox = this.#outbox.then(make).then(
      (event) => {
        if (!event || generation !== this.#generation) return;
        const notCancelled = this.#target.dispatchEvent(event);
        try {
          after?.(event, notCancelled);
        } catch (e) {
          // A failing default action (a navigation refused) must not stall the events queued behind it.
          console.error('<fair-offer> could not follow up an event', e);
        }
      },
      (e) => console.error('<fair-offer> could not report an event', e),
    );
  }
}

/**
 * What the element's next render waits for (an offer's language, a lazily loaded part, a choice's receipt code),
 * so that `updateComplete` can include it: a host or a test that awaits `el.updateComplete` sees the finished
 * state, not the one before a chunk arrived.
 */
export class PendingLoads {
  readonly #pending = new Set<Promise<void>>();

  /** `pending` must not reject (its own failure is said where it is loaded). */
  add = (pending: Promise<void>): void => {
    this.#pending.add(pending);
    void pending.finally(() => this.#pending.delete(pending));
  };

  /** The host's own updateComplete, again after each round of loads (which request the updates they enable). */
  async settle(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (this.#pending.size) {
      await Promise.all(this.#pending);
      complete = await updateComplete();
    }
    return complete;
  }
}

/**
 * The optional comprehension question after a choice (the `feedback` attribute): one skippable question, asked once
 * per offer. Answered or dismissed, it is not asked again for that offer on this element.
 */
export class FeedbackQuestion {
  #open = false;
  /** Offer ids whose question was answered or dismissed. */
  readonly #done = new Set<string>();

  get open(): boolean {
    return this.#open;
  }

  /** A choice was made on this offer: ask, unless its question was answered or dismissed before. */
  ask(offerId: string): void {
    if (!this.#done.has(offerId)) this.#open = true;
  }

  /** Answered or skipped: closes it for good for this offer. False when it was not open (nothing to report). */
  close(offerId: string): boolean {
    if (!this.#open) return false;
    this.#open = false;
    this.#done.add(offerId);
    return true;
  }

  /** Another offer, or a form reset: the question is put away, unanswered. */
  dismiss(): void {
    this.#open = false;
  }
}

/**
 * The add-ons the visitor ticks beside the options, and those that were ticked when the current choice was made:
 * what the choice's event, the receipt and the form carry. Ticking after a choice changes only what the action
 * buttons say, never what was chosen.
 */
export class AddOnSelection {
  #ticked = new Set<string>();
  #chosen: readonly string[] = [];

  /** Ticked now (the checkboxes, and the action labels that state what the extras add). */
  get ticked(): ReadonlySet<string> {
    return this.#ticked;
  }

  /** Ticked when the standing choice was made; empty after a stop. */
  get chosen(): readonly string[] {
    return this.#chosen;
  }

  toggle(id: string, checked: boolean): void {
    if (checked) this.#ticked.add(id);
    else this.#ticked.delete(id);
  }

  /** What a choice made now would carry (a copy: later ticks do not change it). */
  snapshot(): string[] {
    return [...this.#ticked];
  }

  /** The choice was made with `addOns` (a snapshot), or a stop was (none). */
  choose(addOns: readonly string[]): void {
    this.#chosen = addOns;
  }

  /** A restored choice (forms, back/forward): these were ticked and chosen. */
  restore(addOns: readonly string[]): void {
    this.#ticked = new Set(addOns);
    this.#chosen = [...addOns];
  }

  clear(): void {
    this.#ticked.clear();
    this.#chosen = [];
  }
}

/**
 * The element's form facade: what a host `<form>` sees of the sequence. The submitted value, the state saved for
 * back/forward restore and read back, and `required` validity, on top of FormValue (ElementInternals, guarded).
 * The element keeps the public form API (`value`, `form`, `checkValidity()`…) as one-line delegations to this.
 */
import type { SequenceState } from '../core/sequence.js';
import { FormValue, type FormChoice } from './form-value.js';

export type { FormChoice };

/** What `formStateRestoreCallback` brings back: the stage and the add-ons ticked with the choice. */
export interface RestoredFormState {
  state: Partial<SequenceState>;
  addOns: string[];
}

/** What the form needs to know after each update. */
export interface FormSnapshot {
  name: string | null;
  value: FormChoice | null;
  offerId: string | undefined;
  state: SequenceState;
  chosenAddOns: readonly string[];
  required: boolean;
  /** The `valueMissing` message ("Choose an option or …"). */
  requiredMessage: string;
  /** The stage's first action: the browser's bubble points at it and focus moves there. */
  anchor: HTMLElement | null;
}

/** The submitted choice for a sequence state: `full`, `retreat` or `stop`, or null while the visitor has not chosen. */
export function formChoice(offerShown: boolean, state: SequenceState): FormChoice | null {
  if (!offerShown) return null;
  if (state.stage === 'stopped') return 'stop';
  return state.stage === 'chosen' ? state.choice : null;
}

/** Reads a state saved by `FormFacade.sync`; null when it is unreadable or belongs to another offer. */
export function parseSavedFormState(saved: unknown, currentOfferId: string | undefined): RestoredFormState | null {
  if (typeof saved !== 'string') return null;
  let parsed: {
    offerId?: unknown;
    stage?: unknown;
    constraint?: unknown;
    choice?: unknown;
    declined?: unknown;
    addOns?: unknown;
  };
  try {
    parsed = JSON.parse(saved);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  if (currentOfferId !== undefined && parsed.offerId !== currentOfferId) return null; // another offer now
  const addOns = Array.isArray(parsed.addOns) ? parsed.addOns.filter((id): id is string => typeof id === 'string') : [];
  const { stage, constraint, choice, declined } = parsed;
  return { state: { stage, constraint, choice, declined } as Partial<SequenceState>, addOns };
}

export class FormFacade {
  readonly #formValue: FormValue;
  /** What the last sync gave ElementInternals (see sync). */
  #synced: { key: string; anchor: HTMLElement | null } | null = null;

  constructor(host: HTMLElement) {
    this.#formValue = new FormValue(host);
  }

  get internals(): ElementInternals | null {
    return this.#formValue.internals;
  }

  /** A custom state (`:state(name)` in CSS), where CustomStateSet exists. */
  setState(name: string, on: boolean): void {
    const states = this.#formValue.internals?.states;
    try {
      // Asked on every update (the loading hook): only a change touches the set, which invalidates style.
      if (!states || states.has(name) === on) return;
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Older engines only accept `--name` custom states: nothing to style by then.
    }
  }

  warnIfUnsupported(name: string | null): void {
    this.#formValue.warnIfUnsupported(name);
  }

  /** Submitted entries, saved state and validity, after each update. */
  sync(snapshot: FormSnapshot): void {
    const { value, offerId } = snapshot;
    const addOns = value === 'full' || value === 'retreat' ? snapshot.chosenAddOns : [];
    const { stage, constraint, choice, declined } = snapshot.state;
    const saved = value ? JSON.stringify({ offerId, stage, constraint, choice, declined, addOns }) : null;
    const missing = snapshot.required && value === null;
    // Most updates change nothing the form sees: ElementInternals is then left alone (each call costs a little per
    // widget, and validity invalidates :valid / :invalid styles). Only script here sets the value and validity.
    const key = JSON.stringify([snapshot.name, value, addOns, saved, missing, missing ? snapshot.requiredMessage : '']);
    const anchor = missing ? snapshot.anchor : null;
    if (this.#synced && this.#synced.key === key && this.#synced.anchor === anchor) return;
    this.#synced = { key, anchor };
    this.#formValue.set(snapshot.name, value, addOns, saved);
    this.#formValue.validate(missing, snapshot.requiredMessage, snapshot.anchor);
  }
}

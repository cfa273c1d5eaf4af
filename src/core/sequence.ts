/**
 * The rejection-then-retreat sequence as a pure reducer: state + action → state.
 * The element renders whatever stage this returns; it never decides transitions itself.
 * An action that does not apply to the current stage returns the SAME state object, so the
 * caller can tell "nothing happened" (a second click on a button that is already gone) by identity.
 */
import { CONSTRAINTS, type ArmKind, type Constraint } from './offer-constants.js';
import type { Offer, OfferOption } from './offer-schema.js';

export const STAGES = ['full', 'constraint', 'retreat', 'chosen', 'stopped'] as const;
export type Stage = (typeof STAGES)[number];

export const MODES = ['sequential', 'side-by-side'] as const;
export type Mode = (typeof MODES)[number];

export type Choice = 'full' | 'retreat';

export interface SequenceState {
  stage: Stage;
  /** The constraint the visitor named, or null (not asked, skipped, or not declined yet). */
  constraint: Constraint | null;
  /** What was chosen; only set in stage `chosen`. */
  choice: Choice | null;
  /**
   * The visitor has declined once, so the one retreat is fixed: declining again after "back"
   * shows the same retreat without asking the constraint question again. Optional for restores.
   */
  declined?: boolean;
}

export type SequenceAction =
  | { type: 'decline' }
  /** Answer to "what got in the way?"; null = Skip. */
  | { type: 'constraint'; constraint: Constraint | null }
  | { type: 'back' }
  | { type: 'choose'; choice: Choice }
  | { type: 'stop' }
  /** "Change my choice": back to the options. */
  | { type: 'change' }
  /** "Show the options again" after a stop. */
  | { type: 'reopen' };

export interface SequenceConfig {
  mode: Mode;
  /** Ask which constraint got in the way after a decline (default true). */
  askConstraint: boolean;
  /**
   * Experiment arm kind (default `rtr`, the full sequence). `small-only` offers only the smaller option
   * (stage `retreat`, no way back to a full option it never showed); `full-only` is the holdout: the full
   * option and the stop path, no decline and no retreat.
   */
  kind?: ArmKind;
}

export const INITIAL_STATE: SequenceState = Object.freeze({
  stage: 'full',
  constraint: null,
  choice: null,
  declined: false,
});
const SMALL_ONLY_INITIAL: SequenceState = Object.freeze({
  stage: 'retreat',
  constraint: null,
  choice: null,
  declined: false,
});

/** Single-option arms have nothing to show side by side, so they are always sequential. */
export function configFor(
  offer: Pick<Offer, 'askConstraint'>,
  mode: Mode = 'sequential',
  kind: ArmKind = 'rtr',
): SequenceConfig {
  return { mode: kind === 'rtr' ? mode : 'sequential', askConstraint: offer.askConstraint !== false, kind };
}

/** Where a visitor starts (and where "change my choice", "show the options again" and a form reset lead). */
export function initialState(config: SequenceConfig): SequenceState {
  return config.kind === 'small-only' ? SMALL_ONLY_INITIAL : INITIAL_STATE;
}

/** Makes any (possibly hand-written) state consistent; used for restores and after every step. */
export function normalizeState(
  input: Partial<SequenceState> | null | undefined,
  config: SequenceConfig,
): SequenceState {
  const stage: Stage = STAGES.includes(input?.stage as Stage) ? (input!.stage as Stage) : 'full';
  const constraint = CONSTRAINTS.includes(input?.constraint as Constraint) ? (input!.constraint as Constraint) : null;
  const choice: Choice | null = input?.choice === 'full' || input?.choice === 'retreat' ? input.choice : null;
  let declined = input?.declined === true || stage === 'retreat' || constraint !== null;

  let s: Stage = stage;
  if (s === 'chosen' && choice === null) s = 'full';
  if (config.mode === 'side-by-side' && (s === 'constraint' || s === 'retreat')) s = 'full';
  if (s === 'constraint' && !config.askConstraint) s = 'retreat';
  // Side-by-side shows both at once: there is no decline, so nothing to remember about one.
  if (config.mode === 'side-by-side') declined = false;
  let c = constraint;
  if (config.kind === 'small-only') {
    // Only the smaller option exists: nothing was declined, and a full choice cannot be restored.
    if (s === 'full' || s === 'constraint' || (s === 'chosen' && choice === 'full')) s = 'retreat';
    declined = false;
    c = null;
  } else if (config.kind === 'full-only') {
    // The holdout never shows a retreat.
    if (s === 'constraint' || s === 'retreat' || (s === 'chosen' && choice === 'retreat')) s = 'full';
    declined = false;
    c = null;
  }
  return { stage: s, constraint: c, choice: s === 'chosen' ? choice : null, declined };
}

export function reduce(state: SequenceState, action: SequenceAction, config: SequenceConfig): SequenceState {
  const next = step(state, action, config);
  return next === state ? state : normalizeState(next, config);
}

function step(state: SequenceState, action: SequenceAction, config: SequenceConfig): SequenceState {
  const { stage } = state;
  const sideBySide = config.mode === 'side-by-side';
  const rtr = (config.kind ?? 'rtr') === 'rtr';
  const start = initialState(config).stage;
  switch (action.type) {
    case 'decline':
      // Single-option arms have no retreat to lead to: their "no" is the stop path.
      if (stage !== 'full' || sideBySide || !rtr) return state;
      // One retreat ever: once declined, the constraint is known and the same retreat comes back.
      if (state.declined || !config.askConstraint) return { ...state, stage: 'retreat', declined: true };
      return { ...state, stage: 'constraint' };
    case 'constraint':
      if (stage !== 'constraint') return state;
      return { ...state, stage: 'retreat', constraint: action.constraint, declined: true };
    case 'back':
      if (stage !== 'retreat' || !rtr) return state;
      return { ...state, stage: 'full' };
    case 'choose':
      if (action.choice === 'full' && stage !== 'full') return state;
      if (action.choice === 'retreat' && !(stage === 'retreat' || (sideBySide && stage === 'full'))) return state;
      return { ...state, stage: 'chosen', choice: action.choice };
    case 'stop':
      if (stage === 'stopped') return state;
      return { ...state, stage: 'stopped', choice: null };
    case 'change':
      if (stage !== 'chosen') return state;
      return { ...state, stage: start, choice: null };
    case 'reopen':
      if (stage !== 'stopped') return state;
      return { ...state, stage: start };
  }
}

/** The one smaller option for a named constraint: `retreatFor[constraint]` if the offer gives one, else `retreat`. */
export function retreatOption(
  offer: Pick<Offer, 'retreat' | 'retreatFor'>,
  constraint: Constraint | null,
): OfferOption {
  if (constraint && constraint !== 'other') return offer.retreatFor?.[constraint] ?? offer.retreat;
  return offer.retreat;
}

/**
 * The sequence's user actions, each first offered to `hold`: while a linted offer's verdict is still the trusted
 * one (offer-checks.ts), a click is kept and handled once the checks accept the offer, never before. Ticking an
 * add-on and opening a toggletip record nothing, so they are not held.
 */
import type { StageActions, StageView } from '../templates/stages.js';

export type SequenceActions = StageActions & Pick<StageView, 'toggleTip' | 'toggleAddOn'>;

const NOT_HELD: ReadonlySet<string> = new Set(['toggleTip', 'toggleAddOn']);

export function heldActions(actions: SequenceActions, hold: (run: () => void) => boolean): SequenceActions {
  const wrapped: Record<string, unknown> = {};
  for (const [name, action] of Object.entries(actions) as Array<[string, (...args: unknown[]) => void]>)
    wrapped[name] = NOT_HELD.has(name)
      ? action
      : (...args: unknown[]) => {
          if (!hold(() => action(...args))) action(...args);
        };
  return wrapped as unknown as SequenceActions;
}

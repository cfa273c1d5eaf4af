/**
 * Which stage template the sequence state shows (the templates in templates/ say how each one looks), and which
 * lazily loaded parts (lazy-parts.ts) it needs: the element loads those before it renders the state.
 */
import type { TemplateResult } from 'lit';
import type { Mode } from '../core/sequence.js';
import type { SequenceController } from './controllers/sequence-controller.js';
import { loadedPart, type PartName } from './lazy-parts.js';
import { fullStage, unavailableStage, type StageView } from './templates/stages.js';

/** The first stage of a sequential offer with no choice standing: the one stage in the first-paint bundle. */
const isFirstStage = (sequence: SequenceController, mode: Mode): boolean =>
  sequence.state.stage === 'full' && mode !== 'side-by-side' && sequence.withdrawalView().standingTitle === null;

/** The parts the current state renders with; `legal` when the offer has jurisdiction packs (its own or the host's). */
export function partsFor(sequence: SequenceController, mode: Mode, legal: boolean): PartName[] {
  const parts: PartName[] = [];
  if (!isFirstStage(sequence, mode)) parts.push('stages');
  if (legal) parts.push('legal');
  return parts;
}

export function stageTemplate(
  view: StageView,
  sequence: SequenceController,
  mode: Mode,
  feedbackEnabled: boolean,
): TemplateResult {
  if (isFirstStage(sequence, mode)) return fullStage(view, sequence.disclosed());
  const later = loadedPart('stages');
  // It could not load (said in the console): say so, with the host's fallback content.
  if (!later) return unavailableStage(view.s);
  const { stage, choice } = sequence.state;
  if (stage === 'stopped') return later.stoppedStage(view);
  if (stage === 'chosen')
    return later.chosenStage(
      view,
      sequence.disclosed()[choice === 'retreat' ? 'retreat' : 'full'],
      feedbackEnabled && sequence.feedbackOpen,
    );
  if (mode === 'side-by-side') return later.sideBySideStage(view, sequence.disclosed());
  if (stage === 'constraint') return later.constraintStage(view);
  if (stage === 'retreat') return later.retreatStage(view, sequence.disclosed());
  return fullStage(view, sequence.disclosed());
}

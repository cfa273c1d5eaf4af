/** Which stage template the sequence state shows (the templates in templates/ say how each one looks). */
import type { TemplateResult } from 'lit';
import type { Mode } from '../core/sequence.js';
import type { SequenceController } from './controllers/sequence-controller.js';
import {
  chosenStage,
  constraintStage,
  fullStage,
  retreatStage,
  sideBySideStage,
  stoppedStage,
  type StageView,
} from './templates/stages.js';

export function stageTemplate(
  view: StageView,
  sequence: SequenceController,
  mode: Mode,
  feedbackEnabled: boolean,
): TemplateResult {
  const { stage, choice } = sequence.state;
  if (stage === 'stopped') return stoppedStage(view);
  if (stage === 'chosen')
    return chosenStage(
      view,
      sequence.disclosed()[choice === 'retreat' ? 'retreat' : 'full'],
      feedbackEnabled && sequence.feedbackOpen,
    );
  if (mode === 'side-by-side') return sideBySideStage(view, sequence.disclosed());
  if (stage === 'constraint') return constraintStage(view);
  if (stage === 'retreat') return retreatStage(view, sequence.disclosed());
  return fullStage(view, sequence.disclosed());
}

/**
 * The stop control while a choice stands, and the one question it asks before withdrawing it. The question is a
 * labelled group that takes focus when it opens; Escape inside it (or "Keep my choice") closes it and puts focus
 * back on the stop control. The buttons say what they do: the visitor never withdraws a purchase by accident.
 */
import { html, type TemplateResult } from 'lit';
import { fill, type Strings } from '../../core/strings.js';
import type { StopReason } from '../controllers/withdrawal.js';

export interface WithdrawView {
  s: Strings;
  disabled: boolean;
  withdrawal: {
    /** The title of the choice that stands, or null (the stop control is a plain "Not now"). */
    standingTitle: string | null;
    confirming: boolean;
    reason: StopReason;
    withdrawnTitle: string | null;
  };
  stop(): void;
  confirmWithdraw(): void;
  keepChoice(): void;
}

export function withdrawButton(v: WithdrawView): TemplateResult {
  return html`<button type="button" class="secondary quiet" part="stop-action secondary-action" data-action="withdraw" ?disabled=${v.disabled} @click=${v.stop}>${v.s.withdraw}</button>`;
}

export function withdrawQuestion(v: WithdrawView): TemplateResult {
  const s = v.s;
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation(); // ours: the question is open and Escape closes it
    v.keepChoice();
  };
  return html`<div class="withdraw-question" role="group" aria-labelledby="withdraw-question" @keydown=${onKeydown}>
    <p id="withdraw-question" tabindex="-1">${fill(s.withdrawQuestion, { title: v.withdrawal.standingTitle ?? '' })}</p>
    <div class="choices">
      <button type="button" class="secondary" part="withdraw-confirm-action secondary-action" data-action="confirm-withdraw" ?disabled=${v.disabled} @click=${v.confirmWithdraw}>${s.withdrawConfirm}</button>
      <button type="button" class="secondary" part="withdraw-keep-action secondary-action" data-action="keep-choice" ?disabled=${v.disabled} @click=${v.keepChoice}>${s.withdrawKeep}</button>
    </div>
    </div>`;
}

/** The stopped stage's heading and text: a stop now, a withdrawal, or a "Not now" from an earlier visit. */
export function stoppedWords(v: WithdrawView, stopLabel: string, confirmation: string | undefined): [string, string] {
  const s = v.s;
  switch (v.withdrawal.reason) {
    case 'withdrawn':
      return [s.withdrawnHeading, fill(s.withdrawnText, { title: v.withdrawal.withdrawnTitle ?? '' })];
    case 'earlier':
      return [s.stoppedEarlierHeading, fill(s.stoppedEarlierText, { stop: stopLabel })];
    case 'now':
      return [s.stoppedHeading, confirmation ?? s.stoppedDefault];
  }
}

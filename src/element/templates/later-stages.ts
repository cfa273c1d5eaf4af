/**
 * The stages after the first one: the constraint question, the smaller option, both side by side, the recap of
 * a choice (with the comprehension question) and the stopped stage, and the withdraw question. Their own chunk
 * (lazy-parts.ts `stages`): the first paint of a sequential offer needs only stages.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosedOption } from '../../core/disclosure.js';
import { CONSTRAINTS, type Constraint } from '../../core/offer-constants.js';
import { fill, type Strings } from '../../core/strings.js';
import type { FeedbackAnswer } from '../events.js';
import { loadedPart } from '../lazy-parts.js';
import { stageHeading, subHeading } from './headings.js';
import { differencesInShort, keyTerms } from './in-short.js';
import { actionGroup, addOnsFieldset, deadline, impact, meta, secondaryButton, stopButton } from './option-parts.js';
import type { Disclosed, StageView } from './stages.js';
import { comparedTermsTable } from './compared-terms.js';
import { termsTable } from './terms-table.js';
import { stoppedWords } from './withdraw-parts.js';

export { withdrawButton, withdrawQuestion } from './withdraw-parts.js';

const CONSTRAINT_LABEL: Record<Constraint, keyof Strings> = {
  time: 'constraintTime',
  budget: 'constraintBudget',
  policy: 'constraintPolicy',
  other: 'constraintOther',
};

const FEEDBACK_ANSWERS: ReadonlyArray<[FeedbackAnswer, keyof Strings]> = [
  ['yes', 'feedbackYes'],
  ['partly', 'feedbackPartly'],
  ['no', 'feedbackNo'],
];

export function constraintStage(v: StageView): TemplateResult {
  const s = v.s;
  return html`<section class="stage" part="card" data-stage="constraint">
    ${stageHeading(v.headingLevel, s.constraintQuestion)}
    <p class="hint" id="constraint-hint">${s.constraintHint}</p>
    <div class="choices" role="group" aria-labelledby="stage-heading" aria-describedby="constraint-hint">
      ${CONSTRAINTS.map((c) => secondaryButton(v, s[CONSTRAINT_LABEL[c]], () => v.answer(c), { constraint: c }))}
      ${secondaryButton(v, s.skip, () => v.answer(null), { constraint: 'skip' })}
    </div>
    <div class="actions">${stopButton(v)}</div>
    </section>`;
}

/** The smaller option; in the `small-only` arm it is the only one, so nothing refers to a full option. */
export function retreatStage(v: StageView, { full, retreat, retreatSource }: Disclosed): TemplateResult {
  const { s, offer } = v;
  const only = v.kind === 'small-only';
  return html`<section class="stage" part="card" data-stage="retreat">
    ${only ? nothing : html`<p class="eyebrow">${s.smallerOption}</p>`}
    ${stageHeading(v.headingLevel, retreat.title)}
    ${retreatSource.summary ? html`<p>${retreatSource.summary}</p>` : nothing}
    ${retreatSource.stillAnswers ? html`${subHeading(v.headingLevel, s.stillAnswers)}<p>${retreatSource.stillAnswers}</p>` : nothing}
    ${impact(v, retreatSource)}
    ${only ? keyTerms(v, retreatSource) : differencesInShort(v, [retreat, retreatSource], [full, offer.full])}
    ${addOnsFieldset(v, offer)}
    ${deadline(v, offer)}
    <div class="actions">
      ${actionGroup(v, retreat, 'retreat-action', true)}
      ${only ? nothing : secondaryButton(v, s.back, v.back, { action: 'back' })}
      ${stopButton(v)}
    </div>
    ${meta(v, offer)}
    ${only ? termsTable(v, retreat, fill(s.termsCaption, { title: retreat.title })) : comparedTermsTable(v, [full, retreat], s.differencesCaption)}
    </section>`;
}

/**
 * Both options at once. Each card shows its summary and reasons before its action; the add-ons, which
 * apply to either choice, come before both actions; the smaller card says in short what it changes.
 */
export function sideBySideStage(v: StageView, { full, retreat, retreatSource }: Disclosed): TemplateResult {
  const { s, offer } = v;
  const level = v.headingLevel;
  return html`<section class="stage" part="card" data-stage="full">
    ${stageHeading(level, offer.decision)}
    <p class="meta">${fill(s.requestedBy, { name: offer.requester.name, role: offer.requester.role })}</p>
    ${deadline(v, offer)}
    ${addOnsFieldset(v, offer)}
    <div class="options">
      <article class="option recommended" part="option recommended-option" aria-labelledby="full-title">
        <p class="eyebrow">${s.recommended}</p>
        ${subHeading(level, full.title, 'full-title')}
        ${offer.full.summary ? html`<p>${offer.full.summary}</p>` : nothing}
        ${offer.full.rationale ? html`<p><strong>${s.whyRecommended}:</strong> ${offer.full.rationale}</p>` : nothing}
        ${impact(v, offer.full)} ${actionGroup(v, full, 'full-action', true)}
      </article>
      <article class="option" part="option" aria-labelledby="retreat-title">
        <p class="eyebrow">${s.smallerOption}</p>
        ${subHeading(level, retreat.title, 'retreat-title')}
        ${retreatSource.summary ? html`<p>${retreatSource.summary}</p>` : nothing}
        ${retreatSource.stillAnswers ? html`<p><strong>${s.stillAnswers}:</strong> ${retreatSource.stillAnswers}</p>` : nothing}
        ${impact(v, retreatSource)}
        ${differencesInShort(v, [retreat, retreatSource], [full, offer.full])}
        ${actionGroup(v, retreat, 'retreat-action', false)}
      </article>
    </div>
    <div class="actions">${stopButton(v)}</div>
    ${comparedTermsTable(v, [full, retreat], s.differencesCaption)}
    </section>`;
}

/** `askFeedback`: the opt-in comprehension question is still open for this choice. */
export function chosenStage(v: StageView, chosen: DisclosedOption, askFeedback: boolean): TemplateResult {
  const { s, offer } = v;
  return html`<section class="stage" part="card" data-stage="chosen">
    ${stageHeading(v.headingLevel, fill(s.chosenHeading, { title: chosen.title }))}
    <p><strong>${s.decisionLabel}:</strong> ${offer.decision}</p>
    ${termsTable(v, chosen, fill(s.termsCaption, { title: chosen.title }))}
    ${v.chosenAddOns.length ? html`${subHeading(v.headingLevel, s.chosenAddOns)}<ul class="chosen-add-ons">${v.chosenAddOns.map((a) => html`<li>${a.label}${a.price ? ` (${a.price})` : ''}</li>`)}</ul>` : nothing}
    ${subHeading(v.headingLevel, s.successCriteria)}
    <ul>${offer.successCriteria.map((c) => html`<li>${c}</li>`)}</ul>
    ${subHeading(v.headingLevel, s.howToExit)}
    <p>${chosen.terms.exit}</p>
    <p>${chosen.terms.renewal}</p>
    ${loadedPart('legal')?.recapLinks(v, v.chosen ?? null) ?? nothing}
    <div class="actions">
      ${secondaryButton(v, s.saveSummary, v.saveSummary, { action: 'save-summary', describedBy: 'save-hint' })}
      ${secondaryButton(v, s.change, v.change, { action: 'change' })}
      ${stopButton(v)}
    </div>
    <p class="hint" id="save-hint">${s.saveSummaryHint}</p>
    ${askFeedback ? feedbackQuestion(v) : nothing}
    </section>`;
}

/** Optional, after a choice, skippable, never in the way of anything: one question, three real buttons. */
function feedbackQuestion(v: StageView): TemplateResult {
  const s = v.s;
  return html`<div class="feedback" role="group" aria-labelledby="feedback-question">
    <p id="feedback-question">${s.feedbackQuestion}</p>
    <div class="choices">
      ${FEEDBACK_ANSWERS.map(([answer, label]) => html`<button type="button" class="secondary" part="secondary-action" data-feedback=${answer} @click=${() => v.closeFeedback(answer)}>${s[label]}</button>`)}
      <button type="button" class="secondary" part="secondary-action" data-action="dismiss-feedback" @click=${() => v.closeFeedback(null)}>${s.feedbackDismiss}</button>
    </div>
    </div>`;
}

export function stoppedStage(v: StageView): TemplateResult {
  const { s, offer } = v;
  const [title, text] = stoppedWords(v, offer.stop?.label ?? s.stop, offer.stop?.confirmation);
  return html`<section class="stage" part="card" data-stage="stopped">
    ${stageHeading(v.headingLevel, title)}
    <p>${text}</p>
    <div class="actions">${secondaryButton(v, s.undoStop, v.reopen, { action: 'reopen' })}</div>
    </section>`;
}

/**
 * One template per stage, as plain functions of a view model: the element decides what is shown, these only
 * say how. Ids, parts and data attributes are what tests, axe and hosts' CSS rely on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosedOption } from '../../core/disclosure.js';
import type { Finding } from '../../core/finding.js';
import { CONSTRAINTS, type Constraint, type Offer, type OfferOption } from '../../core/offer-schema.js';
import type { Choice, SequenceConfig } from '../../core/sequence.js';
import { fill, type Strings } from '../../core/strings.js';
import type { FeedbackAnswer } from '../events.js';
import {
  actionGroup,
  addOnsFieldset,
  deadline,
  heading,
  impact,
  meta,
  stopButton,
  type AddOnsView,
} from './option-parts.js';
import { termsTable, type TermsTableView } from './terms-table.js';
import { recapLinks } from './legal-parts.js';

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

/** The user actions a stage can trigger. */
export interface StageActions {
  choose(choice: Choice): void;
  decline(): void;
  answer(constraint: Constraint | null): void;
  back(): void;
  change(): void;
  stop(): void;
  reopen(): void;
  saveSummary(): void;
  closeFeedback(answer: FeedbackAnswer | null): void;
}

export interface StageView extends AddOnsView, TermsTableView, StageActions {
  /** The offer as the visitor's experiment arm shows it. */
  offer: Offer;
  kind: SequenceConfig['kind'];
  /** The choice the recap shows (legal links go with the chosen option). */
  chosen?: Choice | null;
}

/** Both options as displayed words, and the retreat option the visitor's constraint selected. */
export interface Disclosed {
  full: DisclosedOption;
  retreat: DisclosedOption;
  retreatSource: OfferOption;
}

export function invalidStage(s: Strings, findings: Finding[], debug: boolean): TemplateResult {
  const panel =
    debug && findings.length
      ? html`<section class="diagnostics" aria-labelledby="diagnostics-heading">
          <h2 id="diagnostics-heading">${s.invalidHeading}</h2>
          <ul>
            ${findings.map((f) => html`<li><code>${f.rule}</code> (${f.severity})${f.path ? html` <code>${f.path}</code>` : nothing}: ${f.message}</li>`)}
          </ul>
        </section>`
      : nothing;
  return html`${panel}<slot name="fallback"></slot>`;
}

export function fullStage(v: StageView, { full }: Disclosed): TemplateResult {
  const { s, offer } = v;
  return html`<section class="stage" data-stage="full" aria-labelledby="stage-heading">
    <p class="eyebrow">${s.recommended}</p>
    ${heading(full.title)}
    ${offer.full.summary ? html`<p>${offer.full.summary}</p>` : nothing}
    ${offer.full.rationale ? html`<h3>${s.whyRecommended}</h3><p>${offer.full.rationale}</p>` : nothing}
    ${impact(v, offer.full)} ${meta(v, offer)}
    ${termsTable(v, [full], fill(s.termsCaption, { title: full.title }))}
    ${addOnsFieldset(v, offer)}
    <div class="actions">
      ${actionGroup(v, full, 'full-action', true)}
      ${
        v.kind === 'full-only'
          ? nothing /* the holdout has no retreat: its "no" is the stop path, one button, one event */
          : html`<button type="button" class="secondary" part="decline-action" ?disabled=${v.disabled} @click=${v.decline}>${offer.declineLabel ?? s.decline}</button>`
      }
      ${stopButton(v)}
    </div>
    </section>`;
}

export function constraintStage(v: StageView): TemplateResult {
  const s = v.s;
  return html`<section class="stage" data-stage="constraint" aria-labelledby="stage-heading">
    ${heading(s.constraintQuestion)}
    <p class="hint" id="constraint-hint">${s.constraintHint}</p>
    <div class="choices" role="group" aria-labelledby="stage-heading" aria-describedby="constraint-hint">
      ${CONSTRAINTS.map((c) => html`<button type="button" class="secondary" data-constraint=${c} ?disabled=${v.disabled} @click=${() => v.answer(c)}>${s[CONSTRAINT_LABEL[c]]}</button>`)}
      <button type="button" class="secondary" data-constraint="skip" ?disabled=${v.disabled} @click=${() => v.answer(null)}>${s.skip}</button>
    </div>
    <div class="actions">${stopButton(v)}</div>
    </section>`;
}

/** The smaller option; in the `small-only` arm it is the only one, so nothing refers to a full option. */
export function retreatStage(v: StageView, { full, retreat, retreatSource }: Disclosed): TemplateResult {
  const { s, offer } = v;
  const only = v.kind === 'small-only';
  return html`<section class="stage" data-stage="retreat" aria-labelledby="stage-heading">
    ${only ? nothing : html`<p class="eyebrow">${s.smallerOption}</p>`}
    ${heading(retreat.title)}
    ${retreatSource.summary ? html`<p>${retreatSource.summary}</p>` : nothing}
    ${retreatSource.stillAnswers ? html`<h3>${s.stillAnswers}</h3><p>${retreatSource.stillAnswers}</p>` : nothing}
    ${impact(v, retreatSource)} ${meta(v, offer)}
    ${only ? termsTable(v, [retreat], fill(s.termsCaption, { title: retreat.title })) : termsTable(v, [full, retreat], s.differencesCaption)}
    ${addOnsFieldset(v, offer)}
    <div class="actions">
      ${actionGroup(v, retreat, 'retreat-action', true)}
      ${only ? nothing : html`<button type="button" class="secondary" data-action="back" ?disabled=${v.disabled} @click=${v.back}>${s.back}</button>`}
      ${stopButton(v)}
    </div>
    </section>`;
}

export function sideBySideStage(v: StageView, { full, retreat, retreatSource }: Disclosed): TemplateResult {
  const { s, offer } = v;
  return html`<section class="stage" data-stage="full" aria-labelledby="stage-heading">
    ${heading(offer.decision)}
    <p class="meta">${fill(s.requestedBy, { name: offer.requester.name, role: offer.requester.role })}</p>
    ${deadline(v, offer)}
    <div class="options">
      <article class="option recommended" aria-labelledby="full-title">
        <p class="eyebrow">${s.recommended}</p>
        <h3 id="full-title">${full.title}</h3>
        ${offer.full.rationale ? html`<p><strong>${s.whyRecommended}:</strong> ${offer.full.rationale}</p>` : nothing}
        ${impact(v, offer.full)} ${actionGroup(v, full, 'full-action', true)}
      </article>
      <article class="option" aria-labelledby="retreat-title">
        <p class="eyebrow">${s.smallerOption}</p>
        <h3 id="retreat-title">${retreat.title}</h3>
        ${retreatSource.stillAnswers ? html`<p><strong>${s.stillAnswers}:</strong> ${retreatSource.stillAnswers}</p>` : nothing}
        ${impact(v, retreatSource)} ${actionGroup(v, retreat, 'retreat-action', false)}
      </article>
    </div>
    ${termsTable(v, [full, retreat], s.differencesCaption)}
    ${addOnsFieldset(v, offer)}
    <div class="actions">${stopButton(v)}</div>
    </section>`;
}

/** `askFeedback`: the opt-in comprehension question is still open for this choice. */
export function chosenStage(v: StageView, chosen: DisclosedOption, askFeedback: boolean): TemplateResult {
  const { s, offer } = v;
  return html`<section class="stage" data-stage="chosen" aria-labelledby="stage-heading">
    ${heading(fill(s.chosenHeading, { title: chosen.title }))}
    <p><strong>${s.decisionLabel}:</strong> ${offer.decision}</p>
    ${termsTable(v, [chosen], fill(s.termsCaption, { title: chosen.title }))}
    <h3>${s.successCriteria}</h3>
    <ul>${offer.successCriteria.map((c) => html`<li>${c}</li>`)}</ul>
    <h3>${s.howToExit}</h3>
    <p>${chosen.terms.exit}</p>
    <p>${chosen.terms.renewal}</p>
    ${recapLinks(v, v.chosen ?? null)}
    <div class="actions">
      <button type="button" class="secondary" data-action="save-summary" aria-describedby="save-hint" ?disabled=${v.disabled} @click=${v.saveSummary}>${s.saveSummary}</button>
      <button type="button" class="secondary" data-action="change" ?disabled=${v.disabled} @click=${v.change}>${s.change}</button>
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
      ${FEEDBACK_ANSWERS.map(([answer, label]) => html`<button type="button" class="secondary" data-feedback=${answer} @click=${() => v.closeFeedback(answer)}>${s[label]}</button>`)}
      <button type="button" class="secondary" data-action="dismiss-feedback" @click=${() => v.closeFeedback(null)}>${s.feedbackDismiss}</button>
    </div>
    </div>`;
}

export function stoppedStage(v: StageView): TemplateResult {
  const { s, offer } = v;
  return html`<section class="stage" data-stage="stopped" aria-labelledby="stage-heading">
    ${heading(s.stoppedHeading)}
    <p>${offer.stop?.confirmation ?? s.stoppedDefault}</p>
    <div class="actions">
      <button type="button" class="secondary" data-action="reopen" ?disabled=${v.disabled} @click=${v.reopen}>${s.undoStop}</button>
    </div>
    </section>`;
}

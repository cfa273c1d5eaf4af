/**
 * One template per stage, as plain functions of a view model: the element decides what is shown, these only
 * say how. Ids, parts and data attributes are what tests, axe and hosts' CSS rely on. Here: the first stage
 * (and the refused offer's fallback); the stages after it are in later-stages.ts, a chunk of their own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosedAddOn, DisclosedOption } from '../../core/disclosure.js';
import type { Finding } from '../../core/finding.js';
import type { Constraint, Offer, OfferOption } from '../../core/offer-schema.js';
import type { Choice, SequenceConfig } from '../../core/sequence.js';
import { fill, type Strings } from '../../core/strings.js';
import type { FeedbackAnswer } from '../events.js';
import { stageHeading, subHeading } from './headings.js';
import { keyTerms } from './in-short.js';
import {
  actionGroup,
  addOnsFieldset,
  deadline,
  declineButton,
  impact,
  meta,
  stopButton,
  type AddOnsView,
} from './option-parts.js';
import { termsTable, type TermsTableView } from './terms-table.js';
import type { WithdrawView } from './withdraw-parts.js';

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
  /** The withdraw question's answers (the stop control asks first while a choice stands). */
  confirmWithdraw(): void;
  keepChoice(): void;
}

export interface StageView extends AddOnsView, TermsTableView, StageActions, WithdrawView {
  /** The offer as the visitor's experiment arm shows it. */
  offer: Offer;
  kind: SequenceConfig['kind'];
  /** The choice the recap shows (legal links go with the chosen option). */
  chosen?: Choice | null;
  /** The add-ons ticked with the choice, as displayed: the recap lists them. */
  chosenAddOns: readonly DisclosedAddOn[];
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

/** A part the state needs could not load (said in the console): say so, above the host's fallback content. */
export function unavailableStage(s: Strings): TemplateResult {
  return html`<p class="part-unavailable" role="alert">${s.partUnavailable}</p><slot name="fallback"></slot>`;
}

/**
 * The sequential full option. Order: what it is and why, the short version of its terms, the add-ons, then
 * the action with its price and renewal beside it, the decline and the stop path; who asks and the full
 * table come after, so on a phone the action sits near the top instead of under the whole table.
 */
export function fullStage(v: StageView, { full }: Disclosed): TemplateResult {
  const { s, offer } = v;
  return html`<section class="stage" part="card" data-stage="full">
    <p class="eyebrow">${s.recommended}</p>
    ${stageHeading(v.headingLevel, full.title)}
    ${offer.full.summary ? html`<p>${offer.full.summary}</p>` : nothing}
    ${offer.full.rationale ? html`${subHeading(v.headingLevel, s.whyRecommended)}<p>${offer.full.rationale}</p>` : nothing}
    ${impact(v, offer.full)}
    ${keyTerms(v, offer.full)}
    ${addOnsFieldset(v, offer)}
    ${deadline(v, offer)}
    <div class="actions">
      ${actionGroup(v, full, 'full-action', true)}
      ${v.kind === 'full-only' ? nothing /* the holdout has no retreat: its "no" is the stop path, one button, one event */ : declineButton(v)}
      ${stopButton(v)}
    </div>
    ${meta(v, offer)}
    ${termsTable(v, full, fill(s.termsCaption, { title: full.title }))}
    </section>`;
}

/**
 * The one-page plan: the written follow-up the playbook asks for ("I will email both options in one page").
 * Both options side by side with the seven terms as displayed, the decision, success criteria, exit rights and
 * the reply options: what it says in plan-model.ts, written as email-safe HTML (plan-html.ts) or as plain text
 * wrapped at 72 columns (plan-text.ts).
 */
import type { Offer } from './offer-schema.js';
import { planModel, type RenderPlanOptions } from './plan-model.js';
import { renderHtml } from './plan-html.js';
import { renderText } from './plan-text.js';

export { PLAN_STRINGS, type PlanStrings, type RenderPlanOptions } from './plan-model.js';
export { escapeHtml } from './plan-html.js';
export { TEXT_WIDTH, wrap } from './plan-text.js';

export function renderPlan(offer: Offer, options: RenderPlanOptions): string {
  const m = planModel(offer, options);
  return options.format === 'html' ? renderHtml(m) : renderText(m);
}

/**
 * What a choice and "Save this summary" hand to the host: the `offer-choice` event with its hashed receipt, and
 * the one-page plan, downloaded. A chunk of its own with the receipt code (lazy-parts.ts `receipts`): asked for when
 * the page is idle after the first render, so a host that navigates on `offer-choice` rarely waits for it, and at
 * the latest at the first choice (sequence-events.ts keeps the event's place in the queue meanwhile). The plan is
 * another chunk, asked for when the chosen stage shows.
 */
import type { Offer } from '../../core/offer-schema.js';
import type { RenderPlanOptions } from '../../core/plan.js';
import { createReceipt, type CreateReceiptInput } from '../../core/receipt.js';
import { downloadText } from '../download.js';
import { offerEvent, type OfferChoiceDetail, type OfferRecapDetail } from '../events.js';
import { loadedPart, loadPart } from '../lazy-parts.js';
import { earlierChoice, type StandingChoice } from './withdrawal.js';

/** A choice's links to earlier choices: the one it records, replaces, or withdraws. */
export interface ChoiceLinks {
  record?: StandingChoice;
  replaced?: StandingChoice | null;
  withdrawn?: StandingChoice | null;
}

/**
 * The `offer-choice` event once its receipt is hashed; null (nothing sent) when hashing fails. Its links to earlier
 * choices are read now, when its turn in the queue comes (the earlier choice's receipt, and digest, is made first).
 */
export async function choiceEvent(
  input: CreateReceiptInput,
  detail: Omit<OfferChoiceDetail, 'receipt' | 'withdraws' | 'replaces'>,
  links: ChoiceLinks,
): Promise<CustomEvent<OfferChoiceDetail> | null> {
  const { replaced, withdrawn, record } = links;
  try {
    const receipt = await createReceipt(input);
    const event = offerEvent('offer-choice', {
      ...detail,
      ...(withdrawn ? { withdraws: earlierChoice(withdrawn) } : {}),
      ...(replaced ? { replaces: earlierChoice(replaced) } : {}),
      receipt,
    });
    if (record) record.digest = receipt.digest;
    return event;
  } catch (error) {
    console.error('<fair-offer> could not create the receipt for a choice', error);
    return null;
  }
}

/** Downloads the plan as a printable HTML file; the `offer-recap` event with both formats, or null when it cannot. */
export async function recapEvent(
  shownOffer: Offer,
  options: Omit<RenderPlanOptions, 'format'>,
  detail: Omit<OfferRecapDetail, 'plan'>,
): Promise<CustomEvent<OfferRecapDetail> | null> {
  let plan: { html: string; text: string };
  try {
    await loadPart('plan', { retry: true });
    const planModule = loadedPart('plan');
    if (!planModule) return null; // could not load: said by loadPart
    plan = {
      html: planModule.renderPlan(shownOffer, { ...options, format: 'html' }),
      text: planModule.renderPlan(shownOffer, { ...options, format: 'text' }),
    };
  } catch (error) {
    console.error('<fair-offer> could not render the summary', error);
    return null;
  }
  downloadText(`${detail.offerId}-summary.html`, plan.html, 'text/html;charset=utf-8');
  return offerEvent('offer-recap', { ...detail, plan });
}

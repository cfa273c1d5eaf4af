/**
 * What a choice and "Save this summary" hand to the host: the `offer-choice` event with its hashed receipt, and
 * the one-page plan, downloaded. Kept apart from the sequence because only a choice needs them. Both are chunks
 * beside the standalone: the plan is imported on first use; receipt hashing is asked for when the page is idle
 * after the first render (lazy-parts.ts), so a host that navigates on `offer-choice` rarely waits for it, and at
 * the latest at the first choice (the event then leaves once it has arrived, still in its place in the queue).
 */
import type { Offer } from '../../core/offer-schema.js';
import type { RenderPlanOptions } from '../../core/plan.js';
import type { CreateReceiptInput } from '../../core/receipt.js';
import { downloadText } from '../download.js';
import type { EventQueue } from '../event-queue.js';
import { offerEvent, type OfferChoiceDetail } from '../events.js';
import { loadedPart, loadPart } from '../lazy-parts.js';
import { earlierChoice, type StandingChoice } from './withdrawal.js';

/** The `offer-choice` event once its receipt is hashed; null (nothing sent) when hashing fails. */
export async function choiceEvent(
  input: CreateReceiptInput,
  detail: Omit<OfferChoiceDetail, 'receipt'>,
): Promise<CustomEvent<OfferChoiceDetail> | null> {
  await loadPart('receipts', { retry: true });
  const receipts = loadedPart('receipts');
  if (!receipts) {
    console.error('<fair-offer> could not send offer-choice: the receipt code did not load (the choice is shown)');
    return null;
  }
  try {
    const receipt = await receipts.createReceipt(input);
    return offerEvent('offer-choice', { ...detail, receipt });
  } catch (error) {
    console.error('<fair-offer> could not create the receipt for a choice', error);
    return null;
  }
}

let planModule: Promise<typeof import('../../core/plan.js')> | null = null;
/** The plan chunk, fetched once: asked for when the chosen stage (with its "Save this summary") shows. */
export const loadPlan = (): Promise<typeof import('../../core/plan.js')> =>
  (planModule ??= import('../../core/plan.js'));

/** Downloads the plan as a printable HTML file and returns both formats; null when it cannot be rendered. */
export async function saveSummary(
  offerId: string,
  shownOffer: Offer,
  options: Omit<RenderPlanOptions, 'format'>,
): Promise<{ html: string; text: string } | null> {
  let plan: { html: string; text: string };
  try {
    const { renderPlan } = await loadPlan();
    plan = {
      html: renderPlan(shownOffer, { ...options, format: 'html' }),
      text: renderPlan(shownOffer, { ...options, format: 'text' }),
    };
  } catch (error) {
    console.error('<fair-offer> could not render the summary', error);
    return null;
  }
  downloadText(`${offerId}-summary.html`, plan.html, 'text/html;charset=utf-8');
  return plan;
}

/** Where a choice leads when no listener cancels its `offer-choice`: the option's `action.href`, or `stop.href`. */
export function hrefFor(
  offer: Offer,
  choice: 'full' | 'retreat' | 'stop',
  shownRetreat: Offer['retreat'],
): string | undefined {
  if (choice === 'stop') return offer.stop?.href;
  return (choice === 'full' ? offer.full : shownRetreat).action.href;
}

/**
 * Queues the `offer-choice` of a choice or a stop. Its links to earlier choices are read when its turn comes (the
 * earlier choice's receipt, and digest, is made first); once dispatched and not cancelled, `navigate` follows `href`.
 */
export function queueChoice(
  events: EventQueue,
  input: CreateReceiptInput,
  detail: Omit<OfferChoiceDetail, 'receipt' | 'withdraws' | 'replaces'>,
  links: { record?: StandingChoice; replaced?: StandingChoice | null; withdrawn?: StandingChoice | null },
  href: string | undefined,
  navigate: ((url: string) => void) | null,
): void {
  events.send(
    async () => {
      const { replaced, withdrawn, record } = links;
      const event = await choiceEvent(input, {
        ...detail,
        ...(withdrawn ? { withdraws: earlierChoice(withdrawn) } : {}),
        ...(replaced ? { replaces: earlierChoice(replaced) } : {}),
      });
      if (event && record) record.digest = event.detail.receipt.digest;
      return event;
    },
    (_event, notCancelled) => {
      if (notCancelled && href && navigate) navigate(href);
    },
  );
}

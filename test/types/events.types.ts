/**
 * Type tests for the event map (issue 12 item 17), compiled by `tsc -p tsconfig.json`, never run. Importing the
 * package entry is what a host does; the events then type on the element, on document and on window.
 */
import type { FairOffer, OfferChoiceDetail } from '../../src/index.js';

type Choice = OfferChoiceDetail['choice'];

document.addEventListener('offer-choice', (e) => {
  const choice: Choice = e.detail.choice;
  const digest: string = e.detail.receipt.digest;
  void [choice, digest];
});
window.addEventListener('offer-view', (e) => void e.detail.stage);
document.body.addEventListener('offer-decline', (e) => void e.detail.constraint);
document.querySelector('fair-offer')?.addEventListener('offer-invalid', (e) => void e.detail.findings);

declare const el: FairOffer;
el.addEventListener('offer-recap', (e) => void e.detail.plan.html);

document.addEventListener('offer-choice', (e) => {
  // @ts-expect-error the detail has no such field: it is typed, not `any`
  void e.detail.nope;
});

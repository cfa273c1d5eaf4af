/** Shared page wiring: connect the event log and reset button, then give the page's <fair-offer> its offer. */
import { FairOffer } from '../src/element/fair-offer.js';
import { attachEventLog, attachReset } from './event-log.js';

// Registered explicitly: package.json `sideEffects` lists only the dist entries, so Vite's build drops a bare
// `import '../src/define.js'` from source.
FairOffer.define();

export function mountDemo(offer: unknown): void {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  // The log listens first so that it also sees the first offer-view.
  attachEventLog(
    $<HTMLOListElement>('event-list'),
    $('event-status'),
    $<HTMLButtonElement>('event-clear'),
    $<HTMLButtonElement>('event-download'),
  );
  attachReset($<HTMLButtonElement>('demo-reset'));
  const el = document.querySelector('fair-offer');
  if (!el) throw new Error('demo page has no <fair-offer>');
  // The JSON file is plain data (the import widens its string unions); the element validates it at runtime.
  (el as unknown as { offer: unknown }).offer = offer;
}

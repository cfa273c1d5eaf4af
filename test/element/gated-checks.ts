/**
 * Holds the checks chunk until the test calls `gate.open()`, and records each widget's stage at the moment the
 * checks were first asked for (null: it had not painted). Call it at module level, before a widget connects.
 */
import { checksImport } from '../../src/element/checks-loader.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { stageOf } from './helpers.js';

export interface ChecksGate {
  open(): void;
  readonly requestedWith: Array<string | null> | null;
}

export function gateChecks(): ChecksGate {
  const realLoad = checksImport.load;
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  const gate: { open(): void; requestedWith: Array<string | null> | null } = {
    open: () => release(),
    requestedWith: null,
  };
  checksImport.load = () => {
    gate.requestedWith ??= [...document.querySelectorAll('fair-offer')].map((el) => stageOf(el as FairOffer));
    return opened.then(realLoad);
  };
  return gate;
}

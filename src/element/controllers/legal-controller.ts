/**
 * The jurisdiction packs in the element: which apply (the offer's plus the `jurisdiction` attribute), the renewal
 * consent the visitor gives per action (us-ca, us-ny), and the gate that keeps an action from committing without
 * it: pressing the action moves focus to the unticked checkbox, which then carries a message saying why.
 * What it computes with comes with the legal parts' chunk (lazy-parts.ts), which the element loads before it
 * renders an offer that has packs (`needed`); without packs nothing applies and every action commits at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Consent } from '../../core/legal-notices.js';
import type { Jurisdiction, Offer, OfferOption } from '../../core/offer-schema.js';
import type { Choice } from '../../core/sequence.js';
import type { LegalView } from '../templates/legal-parts.js';
import { parseJurisdictionList } from '../../core/guardrails/jurisdiction/jurisdictions.js';
import { loadedPart } from '../lazy-parts.js';
import { warnOnce } from '../warn-once.js';

/** The `jurisdiction` attribute's packs ("eu de", "us-ca,us-ny"); an unknown one is said once per page and ignored. */
export function hostJurisdictions(attribute: string | null, warn: boolean): Jurisdiction[] {
  const { known, unknown } = parseJurisdictionList(attribute ?? '');
  if (unknown.length && warn)
    warnOnce(
      `jurisdiction:${unknown.join(',')}`,
      `<fair-offer>: jurisdiction ${unknown.map((u) => `"${u}"`).join(', ')} is not one of eu, de, fr, es, us-ca, us-ny and is ignored.`,
    );
  return known;
}

export interface LegalContext {
  /** The offer as shown (offer-controller.ts): `shown` only while `verdict.ok`; the host's packs; the locale. */
  offer: {
    readonly verdict: { ok: boolean } | null;
    readonly shown: Offer;
    readonly jurisdictions: readonly Jurisdiction[];
    readonly locale: string;
  };
  /** The retreat behind the retreat action: the one the visitor's constraint selected. */
  shownRetreat(): OfferOption;
  /** The shadow root to find the checkbox in. */
  root(): ParentNode;
}

export class LegalController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #context: LegalContext;
  #consented = new Set<Choice>();
  /** The action pressed without its consent: its checkbox shows the message. */
  #asked: Choice | null = null;
  #focusPending = false;

  constructor(host: ReactiveControllerHost, context: LegalContext) {
    this.#host = host;
    this.#context = context;
    host.addController(this);
  }

  /** The offer as shown, or undefined while there is none. */
  #offer(): Offer | undefined {
    return this.#context.offer.verdict?.ok ? this.#context.offer.shown : undefined;
  }

  /** The option behind an action (the shown retreat for `retreat`). */
  #option(choice: Choice): OfferOption | undefined {
    const offer = this.#offer();
    return offer && (choice === 'full' ? offer.full : this.#context.shownRetreat());
  }

  /** The offer shown has jurisdiction packs (its own or the host's): the legal parts must be loaded to render it. */
  get needed(): boolean {
    const offer = this.#offer();
    return (
      offer !== undefined && ((offer.jurisdictions?.length ?? 0) > 0 || this.#context.offer.jurisdictions.length > 0)
    );
  }

  get jurisdictions(): Set<Jurisdiction> {
    const offer = this.#offer();
    const legal = loadedPart('legal');
    return offer && legal ? legal.offerJurisdictions(offer, this.#context.offer.jurisdictions) : new Set();
  }

  #needsConsent(choice: Choice): boolean {
    const option = this.#option(choice);
    const legal = loadedPart('legal');
    return option !== undefined && legal !== undefined && legal.needsRenewalConsent(option, this.jurisdictions);
  }

  /** Runs `commit` only when the action needs no consent or has it; otherwise asks for it. The stop needs none. */
  gate(choice: Choice, commit: () => void): void {
    if (!this.#needsConsent(choice) || this.#consented.has(choice)) {
      commit();
      return;
    }
    this.#asked = choice;
    this.#focusPending = true;
    this.#host.requestUpdate();
  }

  /** What the receipt records with a choice. */
  consentsFor(choice: Choice): Consent[] {
    return this.#needsConsent(choice) && this.#consented.has(choice) ? ['auto-renewal'] : [];
  }

  /** A new offer: nothing is agreed to yet. */
  reset(): void {
    this.#consented.clear();
    this.#asked = null;
  }

  hostUpdated(): void {
    if (!this.#focusPending || !this.#asked) return;
    this.#focusPending = false;
    this.#context.root().querySelector<HTMLElement>(`#${this.#asked}-action-consent`)?.focus();
  }

  /** What the legal parts render with; undefined while they are not loaded (then no pack applies). */
  view(): LegalView | undefined {
    const legal = loadedPart('legal');
    if (!legal) return undefined;
    return {
      jurisdictions: this.jurisdictions,
      words: legal.legalStringsFor(this.#context.offer.locale),
      option: (choice) => this.#option(choice),
      consented: (choice) => this.#consented.has(choice),
      asked: (choice) => this.#asked === choice,
      toggleConsent: (choice, checked) => {
        if (checked) this.#consented.add(choice);
        else this.#consented.delete(choice);
        if (checked && this.#asked === choice) this.#asked = null;
        this.#host.requestUpdate();
      },
    };
  }
}

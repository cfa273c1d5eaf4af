/**
 * Receipts: proof of what a visitor was shown when they chose. The disclosure is the canonical JSON of
 * both options exactly as displayed (the words from `discloseOption`), every add-on the visitor ticked with
 * its label and price as displayed, plus the offer's decision, success criteria and requester; the digest
 * is its SHA-256. No personal data: no visitor id, no form values.
 */
import { canonicalJson } from './canonical-json.js';
import { discloseAddOns, discloseOption, type DisclosedAddOn, type DisclosedOption } from './disclosure.js';
import { stringsFor } from './locales/index.js';
import { legalStringsFor } from './locales/legal-strings.js';
import { CONSENTS, consentText, type Consent } from './legal-notices.js';
import type { Offer, OfferOption } from './offer-schema.js';
import { sha256Hex, type DigestProvider } from './sha256.js';
import type { Strings } from './strings.js';

export type Choice = 'full' | 'retreat' | 'stop';

export interface Receipt {
  offerId: string;
  choice: Choice;
  /** Ids of the add-ons the visitor ticked, in the offer's order; the same as `disclosure`'s add-ons. */
  addOns: string[];
  /** Canonical JSON of the disclosure (see `Disclosure`). */
  disclosure: string;
  /** Lowercase hex SHA-256 of `disclosure` as UTF-8. */
  digest: string;
  algorithm: 'SHA-256';
  /** ISO 8601 times. */
  shownAt: string;
  chosenAt: string;
  locale: string;
  version: string;
  /** Experiment arm name, or null outside experiments. */
  arm: string | null;
  /** What the visitor expressly agreed to with the choice (us-ca, us-ny: "auto-renewal"); absent when nothing. */
  consents?: Consent[];
}

/** What the digest covers. `options` are in the order shown: full first, then the retreat, when both were shown. */
export interface Disclosure {
  offerId: string;
  decision: string;
  successCriteria: string[];
  requester: { name: string; role: string };
  options: DisclosedOption[];
  /**
   * The ticked add-ons (label and price as displayed), in the offer's order. Left out when none was ticked,
   * so a receipt without add-ons has the same bytes (and digest) as before add-ons were covered.
   */
  addOns?: DisclosedAddOn[];
  /** Each consent with the words of its checkbox as displayed; left out when none was asked. */
  consents?: Array<{ id: Consent; text: string }>;
}

export interface CreateReceiptInput {
  offer: Offer;
  choice: Choice;
  shown: DisclosedOption[];
  /** Ids of the ticked add-ons (any order); each must be one of `offer.addOns`. Must be empty for a stop. */
  addOns: string[];
  /** The strings the element displayed with; default: the built-in strings of `locale`. */
  strings?: Strings;
  shownAt: Date;
  chosenAt: Date;
  locale: string;
  arm: string | null;
  version: string;
  /** Consents the visitor gave with the choice (the ticked renewal consent); hashed with the words shown. */
  consents?: readonly Consent[];
  /** Tests only: the digest provider (null = the pure fallback). Defaults to Web Crypto when present. */
  subtle?: DigestProvider | null;
}

/** Only the fields of DisclosedOption are kept, so an extra property on `shown` never leaks into the receipt. */
function pickDisclosed(o: DisclosedOption): DisclosedOption {
  return {
    id: o.id,
    title: o.title,
    actionLabel: o.actionLabel,
    terms: { ...o.terms },
    priceLine: o.priceLine,
    ...(o.notice !== undefined ? { notice: o.notice } : {}),
  };
}

const pickAddOn = (a: DisclosedAddOn): DisclosedAddOn => ({
  id: a.id,
  label: a.label,
  ...(a.price !== undefined ? { price: a.price } : {}),
});

export function buildDisclosure(
  offer: Offer,
  shown: DisclosedOption[],
  addOns: DisclosedAddOn[] = [],
  consents: Array<{ id: Consent; text: string }> = [],
): Disclosure {
  return {
    offerId: offer.id,
    decision: offer.decision,
    successCriteria: [...offer.successCriteria],
    requester: { name: offer.requester.name, role: offer.requester.role },
    options: shown.map(pickDisclosed),
    ...(addOns.length ? { addOns: addOns.map(pickAddOn) } : {}),
    ...(consents.length ? { consents: consents.map(({ id, text }) => ({ id, text })) } : {}),
  };
}

/** The consents with the words shown beside the chosen option (the one of `shown` the choice names). */
function disclosedConsents(
  offer: Offer,
  choice: Choice,
  shown: DisclosedOption[],
  ids: readonly Consent[],
  locale: string,
) {
  if (!ids.length) return [];
  const fullId = offer.full.id ?? 'full';
  const chosen = shown.find((o) => (choice === 'full' ? o.id === fullId : o.id !== fullId));
  if (choice === 'stop' || !chosen)
    throw new RangeError('createReceipt: a consent belongs to a chosen option that was shown');
  return [...new Set(ids)].sort().map((id) => ({ id, text: consentText(chosen, legalStringsFor(locale)) }));
}

export async function createReceipt(input: CreateReceiptInput): Promise<Receipt> {
  if (input.choice === 'stop' && input.addOns.length)
    throw new RangeError('createReceipt: a stop agrees to nothing, so it carries no add-ons');
  const strings = input.strings ?? stringsFor(input.locale);
  const addOns = discloseAddOns(input.offer, input.addOns, input.locale, strings);
  const consents = disclosedConsents(input.offer, input.choice, input.shown, input.consents ?? [], input.locale);
  const disclosure = canonicalJson(buildDisclosure(input.offer, input.shown, addOns, consents));
  const digest = input.subtle === undefined ? await sha256Hex(disclosure) : await sha256Hex(disclosure, input.subtle);
  return {
    offerId: input.offer.id,
    choice: input.choice,
    addOns: addOns.map((a) => a.id),
    disclosure,
    digest,
    algorithm: 'SHA-256',
    shownAt: input.shownAt.toISOString(),
    chosenAt: input.chosenAt.toISOString(),
    locale: input.locale,
    version: input.version,
    arm: input.arm,
    ...(consents.length ? { consents: consents.map((c) => c.id) } : {}),
  };
}

/**
 * Every option an offer can show, with the fallback id used when the option has none.
 * The element should disclose with the same fallback ids (`full`, `retreat`, `retreat-<constraint>`, `variant-<n>`).
 */
export function offerOptions(offer: Offer): Array<{ option: OfferOption; fallbackId: string }> {
  const list: Array<{ option: OfferOption; fallbackId: string }> = [
    { option: offer.full, fallbackId: 'full' },
    { option: offer.retreat, fallbackId: 'retreat' },
  ];
  for (const [constraint, option] of Object.entries(offer.retreatFor ?? {})) {
    if (option) list.push({ option, fallbackId: `retreat-${constraint}` });
  }
  (offer.retreatVariants ?? []).forEach((option, i) => list.push({ option, fallbackId: `variant-${i}` }));
  return list;
}

export interface VerifyOptions {
  /** The strings the element displayed with, when the host replaced them; default: the built-in ones of the receipt's locale. */
  strings?: Strings;
  subtle?: DigestProvider | null;
}

export interface VerifyResult {
  ok: boolean;
  reason?: string;
}

function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b ? null : path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of [...keys].sort()) {
    const d = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`,
    );
    if (d) return d;
  }
  return null;
}

/**
 * Recomputes the disclosure from the offer (with the receipt's locale) and the digest, and compares both.
 * `ok: false` names the first thing that differs.
 */
export async function verifyReceipt(
  receipt: Receipt,
  offer: Offer,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  if (receipt.algorithm !== 'SHA-256') return { ok: false, reason: `unknown algorithm "${String(receipt.algorithm)}"` };
  if (receipt.offerId !== offer.id)
    return { ok: false, reason: `receipt is for offer "${receipt.offerId}", not "${offer.id}"` };
  const digest =
    options.subtle === undefined
      ? await sha256Hex(receipt.disclosure)
      : await sha256Hex(receipt.disclosure, options.subtle);
  if (digest !== receipt.digest) return { ok: false, reason: 'digest does not match the disclosure text' };

  let claimed: Disclosure;
  try {
    claimed = JSON.parse(receipt.disclosure) as Disclosure;
  } catch {
    return { ok: false, reason: 'disclosure is not valid JSON' };
  }
  if (!Array.isArray(claimed?.options) || claimed.options.length < 1 || claimed.options.length > 2) {
    return { ok: false, reason: 'disclosure must list one or two options' };
  }

  const strings = options.strings ?? stringsFor(receipt.locale);
  const candidates = offerOptions(offer);
  // For each option shown, the offer option it came from: an exact match among those with that id
  // (or without an id); else the closest by id, so the reason can name the field that changed.
  const rebuilt = claimed.options.map((shown) => {
    const same = candidates.filter((c) => (c.option.id ?? shown?.id) === shown?.id);
    const disclosed = same.map((c) => discloseOption(c.option, shown?.id ?? c.fallbackId, receipt.locale, strings));
    return disclosed.find((d) => canonicalJson(d) === canonicalJson(pickDisclosedLoose(shown))) ?? disclosed[0];
  });
  const missing = rebuilt.findIndex((d) => d === undefined);
  if (missing >= 0)
    return {
      ok: false,
      reason: `options[${missing}] ("${String(claimed.options[missing]?.id)}") is not an option of this offer`,
    };

  // The ticked add-ons, rebuilt from the offer: a changed label or price shows up as a difference below.
  const claimedAddOns: unknown[] =
    claimed.addOns === undefined ? [] : Array.isArray(claimed.addOns) ? claimed.addOns : [null];
  const addOnIds = claimedAddOns.map((a) => (a && typeof a === 'object' ? (a as { id?: unknown }).id : undefined));
  const notInOffer = addOnIds.findIndex((id) => !offer.addOns?.some((a) => a.id === id));
  if (notInOffer >= 0)
    return {
      ok: false,
      reason: `addOns[${notInOffer}] ("${String(addOnIds[notInOffer])}") is not an add-on of this offer`,
    };
  if (
    !Array.isArray(receipt.addOns) ||
    canonicalJson([...receipt.addOns].sort()) !== canonicalJson([...addOnIds].sort() as string[])
  )
    return {
      ok: false,
      reason: `receipt.addOns (${JSON.stringify(receipt.addOns)}) does not list the add-ons the disclosure covers (${JSON.stringify(addOnIds)})`,
    };
  if (receipt.choice === 'stop' && addOnIds.length) return { ok: false, reason: 'a stop cannot carry add-ons' };
  const rebuiltAddOns = discloseAddOns(offer, addOnIds as string[], receipt.locale, strings);

  const consentIds = Array.isArray(receipt.consents) ? receipt.consents : [];
  const claimedConsents = Array.isArray(claimed.consents) ? claimed.consents.map((c) => c?.id) : [];
  if (canonicalJson([...consentIds].sort()) !== canonicalJson([...claimedConsents].sort()))
    return {
      ok: false,
      reason: `receipt.consents (${JSON.stringify(receipt.consents ?? [])}) does not list the consents the disclosure covers`,
    };
  const unknownConsent = consentIds.find((id) => !(CONSENTS as readonly unknown[]).includes(id));
  if (unknownConsent !== undefined) return { ok: false, reason: `unknown consent ${JSON.stringify(unknownConsent)}` };
  let rebuiltConsents;
  try {
    rebuiltConsents = disclosedConsents(
      offer,
      receipt.choice,
      rebuilt as DisclosedOption[],
      consentIds,
      receipt.locale,
    );
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const expected = canonicalJson(buildDisclosure(offer, rebuilt as DisclosedOption[], rebuiltAddOns, rebuiltConsents));
  if (expected !== receipt.disclosure) {
    const where = firstDifference(JSON.parse(expected), claimed, 'disclosure') ?? 'disclosure';
    return { ok: false, reason: `the offer no longer gives the disclosed text: ${where} differs` };
  }
  if (receipt.choice !== 'stop') {
    const fullId = offer.full.id ?? 'full';
    const chosenShown = claimed.options.some((o) => (receipt.choice === 'full' ? o.id === fullId : o.id !== fullId));
    if (!chosenShown) return { ok: false, reason: `choice "${receipt.choice}" was not among the options shown` };
  }
  return { ok: true };
}

/** Tolerates a hand-edited receipt whose option is not an object. */
function pickDisclosedLoose(o: unknown): unknown {
  return o && typeof o === 'object' && 'terms' in o ? pickDisclosed(o as DisclosedOption) : o;
}

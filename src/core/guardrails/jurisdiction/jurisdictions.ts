/**
 * Which legal packs apply: the offer's `jurisdictions` plus those the host adds (element attribute, CLI flag).
 * A member state implies the EU rules it transposes. Without any, no jurisdiction rule runs.
 */

/**
 * Legal packs an offer can switch on; de, fr and es imply eu (offer-schema.ts re-exports them). Here rather than
 * in offer-constants.ts: this file is shared by the entry and the checks chunk, and were it to import a module
 * that other chunks share too, Rolldown would keep the entry's shared modules in a chunk of their own (it does
 * not merge a shared chunk into the entry while another that depends on it is pending): a second request.
 */
export const JURISDICTIONS = ['eu', 'de', 'fr', 'es', 'us-ca', 'us-ny'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** National packs that carry the EU rules with them. */
const IMPLIES: Readonly<Partial<Record<Jurisdiction, readonly Jurisdiction[]>>> = {
  de: ['eu'], // BGB §312j(3), §312k transpose and extend the CRD
  fr: ['eu'], // Code de la consommation L221-14
  es: ['eu'], // TRLGDCU art. 98.2
};

export const isJurisdiction = (x: unknown): x is Jurisdiction =>
  typeof x === 'string' && (JURISDICTIONS as readonly string[]).includes(x);

/** Every jurisdiction that applies, implied ones included. Values that are not jurisdictions are ignored. */
export function effectiveJurisdictions(...lists: ReadonlyArray<readonly unknown[] | undefined>): Set<Jurisdiction> {
  const out = new Set<Jurisdiction>();
  for (const list of lists) {
    for (const item of Array.isArray(list) ? list : []) {
      if (!isJurisdiction(item)) continue;
      out.add(item);
      for (const implied of IMPLIES[item] ?? []) out.add(implied);
    }
  }
  return out;
}

/** "eu, de" or "eu de" → known and unknown ids, for the CLI flag and the element attribute. */
export function parseJurisdictionList(text: string): { known: Jurisdiction[]; unknown: string[] } {
  const ids = text
    .split(/[\s,]+/)
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  return { known: ids.filter(isJurisdiction), unknown: ids.filter((id) => !isJurisdiction(id)) };
}

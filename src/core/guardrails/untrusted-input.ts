/**
 * Safe reading of untrusted input. Offers arrive as arbitrary JSON (or worse, as host objects):
 * read own properties only, never assign by input keys, and bound every walk.
 */
export type Rec = Record<string, unknown>;

export function isRecord(x: unknown): x is Rec {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Own property only: `__proto__`, `constructor` and inherited keys never leak in. */
export function own(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function ownKeys(obj: Rec): string[] {
  return Object.keys(obj);
}

export function isBlank(x: unknown): boolean {
  return typeof x !== 'string' || x.trim() === '';
}

export const join = (...parts: Array<string | number>): string => parts.filter((p) => p !== '').join('.');

/** `join(path, key)` for the walks, which extend a path at every node: no array per call. */
export const extend = (path: string, key: string | number): string => {
  const part = String(key);
  return part === '' ? path : path === '' ? part : `${path}.${part}`;
};

/** The option slots a visitor may see as "the smaller option", each with its path. */
export function retreatSlots(offer: unknown): Array<[path: string, option: unknown]> {
  const slots: Array<[string, unknown]> = [];
  const retreat = own(offer, 'retreat');
  if (retreat !== undefined && !Array.isArray(retreat)) slots.push(['retreat', retreat]);
  const byConstraint = own(offer, 'retreatFor');
  if (isRecord(byConstraint)) {
    for (const key of ownKeys(byConstraint)) {
      const option = byConstraint[key];
      if (option !== undefined && !Array.isArray(option)) slots.push([join('retreatFor', key), option]);
    }
  }
  const variants = own(offer, 'retreatVariants');
  if (Array.isArray(variants)) variants.forEach((option, i) => slots.push([join('retreatVariants', i), option]));
  return slots;
}

/** Characters that do not show but change what text says or how it reads (zero-width, bidi controls, soft hyphen). */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The text as a reader perceives it: copy checks see "la\u200Bst chance" as "last chance". */
export function visibleText(s: string): string {
  return s.replace(INVISIBLE, '');
}

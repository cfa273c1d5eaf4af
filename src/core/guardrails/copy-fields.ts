/**
 * Every piece of copy in an offer, found by walking it (not by listing fields), so a field added to the
 * model later is checked too. Each field gets the role the copy checks need; what is not copy (ids,
 * codes, URLs, timestamps, experiment config) is skipped by key.
 */
import type { CopyRole } from '../finding.js';
import { isRecord, ownKeys } from './untrusted-input.js';

export interface CopyField {
  path: string;
  text: string;
  role: CopyRole;
  /** For claims: the declared source of the number. */
  source?: string;
}

/** Keys whose strings are never shown as prose. */
const NOT_COPY = new Set([
  'id',
  '$schema',
  'href',
  'verificationUrl',
  'currency',
  'period',
  'level',
  'at',
  'locale',
  'escalations',
  'jurisdictions',
]);
/** Subtrees that configure rather than speak. */
const NOT_COPY_TREES = new Set(['experiment']);
const URL_LIKE = /(url|uri|href|link|src)$/i;
/** Same as `text.trim() !== ''` (trim and \s strip the same characters), without a copy of the text. */
const NOT_BLANK = /\S/;
const MAX_DEPTH = 10;
/** Bounds the walk on hostile input (a million-element array); real offers have a few dozen fields. */
const MAX_FIELDS = 2000;

function roleOf(keys: readonly string[]): CopyRole {
  const last = keys[keys.length - 1];
  const parent = keys[keys.length - 2];
  if (last === 'label' && parent === 'action') return 'action';
  if (last === 'declineLabel') return 'decline';
  if (last === 'label' && parent === 'stop' && keys.length === 2) return 'stop';
  if (last === 'label' && keys[0] === 'addOns') return 'secondary';
  if (last === 'title') return 'heading';
  if (last === 'text' && keys[0] === 'claims') return 'claim';
  return 'body';
}

/**
 * Copy fields of an offer (parsed or raw). Strings over `maxLength` are skipped: the structure check
 * already refuses them, and the copy checks need not read a megabyte.
 */
export function collectCopyFields(offer: unknown, maxLength = Infinity): CopyField[] {
  const fields: CopyField[] = [];
  // one key path, extended and shortened as the walk goes (no array per node)
  const keys: string[] = [];
  const walk = (node: unknown, depth: number, source: string | undefined) => {
    if (depth > MAX_DEPTH || fields.length >= MAX_FIELDS) return;
    if (typeof node === 'string') {
      if (!NOT_BLANK.test(node) || node.length > maxLength) return;
      const role = roleOf(keys);
      const field: CopyField = { path: keys.join('.'), text: node, role };
      if (role === 'claim' && source !== undefined) field.source = source;
      fields.push(field);
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        keys.push(String(i));
        walk(node[i], depth + 1, source);
        keys.pop();
      }
      return;
    }
    if (!isRecord(node)) return;
    // A claim's text is judged with its declared source (e.g. "3 seats left" + "room capacity 12").
    const claimSource =
      keys.length === 2 && keys[0] === 'claims' && typeof node.source === 'string' ? node.source : source;
    for (const key of ownKeys(node)) {
      if (NOT_COPY.has(key) || URL_LIKE.test(key) || (keys.length === 0 && NOT_COPY_TREES.has(key))) continue;
      // A claim's source is the evidence for its number ("12 seats, 9 booked"), judged with the claim, not as a claim.
      if (key === 'source' && claimSource !== undefined && keys[0] === 'claims') continue;
      keys.push(key);
      walk(node[key], depth + 1, claimSource);
      keys.pop();
    }
  };
  walk(offer, 0, undefined);
  return fields;
}

const fieldsByPass = new WeakMap<object, CopyField[]>();
/**
 * The copy fields of the offer one validateOffer pass reads (`pass` is that call's context, so nothing outlives
 * the call): the copy and bidi checks walk the offer once between them. Callers must not change the list.
 */
export function passCopyFields(pass: object, offer: unknown, maxLength: number): CopyField[] {
  let fields = fieldsByPass.get(pass);
  if (!fields) fieldsByPass.set(pass, (fields = collectCopyFields(offer, maxLength)));
  return fields;
}

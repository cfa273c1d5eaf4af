/**
 * Experiments: deterministic, sticky arm assignment and the offer as each arm shows it.
 * Arms vary framing only (which options are offered, which retreat size): disclosures, guardrails
 * and the stop path are the same in every arm. `experimentFindings` refuses configs that try otherwise.
 */
import type { Arm, ArmKind, Offer } from './offer-schema.js';
import { sha256Bytes } from './sha256.js';
import type { StorageLike } from './storage.js';
import type { ArmView } from './arm-view.js';

export interface Experiment {
  id: string;
  arms: Arm[];
}

/**
 * The visitor's position in [0, 1) for an experiment: the first 32 bits of SHA-256(experiment id, visitor id).
 * SHA-256 rather than FNV-1a: sequential ids ("v1", "v2"…) must not cluster, and the pure implementation
 * is already in the bundle for receipts. The NUL separator keeps ("ab","c") and ("a","bc") apart.
 */
export function bucket(experimentId: string, visitorId: string): number {
  const h = sha256Bytes(new TextEncoder().encode(`${experimentId}\u0000${visitorId}`));
  return (((h[0]! << 24) | (h[1]! << 16) | (h[2]! << 8) | h[3]!) >>> 0) / 0x100000000;
}

/** Deterministic and sticky: the same experiment id and visitor id always give the same arm. */
export function assignArm(experiment: Experiment, visitorId: string): Arm {
  const total = experiment.arms.reduce((sum, a) => sum + (a.weight > 0 ? a.weight : 0), 0);
  if (!(total > 0) || !Number.isFinite(total))
    throw new RangeError(`assignArm: experiment "${experiment.id}" has no arm with a positive weight`);
  const target = bucket(experiment.id, visitorId) * total;
  let cumulative = 0;
  let last: Arm | undefined;
  for (const arm of experiment.arms) {
    if (!(arm.weight > 0)) continue;
    cumulative += arm.weight;
    last = arm;
    if (target < cumulative) return arm;
  }
  return last!; // rounding: target can equal the sum only through floating-point error
}

export type { StorageLike } from './storage.js';

export interface VisitorId {
  id: string;
  /** False when storage was missing or refused: the id lasts only for this page (the module's memory). */
  persisted: boolean;
}

export const VISITOR_KEY = 'fair-offer:visitor';
const VALID_ID = /^[\w-]{8,128}$/;
const memory = new Map<string, string>();

function randomId(random: () => number): string {
  let id = '';
  for (let i = 0; i < 4; i++)
    id += Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return id;
}

/** Uniform in [0, 1) from Web Crypto when present; Math.random otherwise (assignment needs spread, not secrecy). */
function defaultRandom(): number {
  const c = (globalThis as { crypto?: { getRandomValues?<T extends ArrayBufferView>(a: T): T } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0]! / 0x100000000;
  return Math.random();
}

/**
 * A random visitor id kept in a Storage-like store. Never throws: `storage` may be null, a getter that
 * throws (Safari with storage blocked throws on `localStorage` access itself), or a store whose
 * getItem/setItem throw (quota, privacy mode). Then the id lives in memory and `persisted` is false.
 */
export function getVisitorId(
  storage: StorageLike | (() => StorageLike | null | undefined) | null | undefined,
  random: () => number = defaultRandom,
  key: string = VISITOR_KEY,
): VisitorId {
  let store: StorageLike | null | undefined;
  try {
    store = typeof storage === 'function' ? storage() : storage;
  } catch {
    store = null;
  }
  if (store) {
    try {
      const existing = store.getItem(key);
      if (existing && VALID_ID.test(existing)) return { id: existing, persisted: true };
      const id = memory.get(key) ?? randomId(random);
      store.setItem(key, id);
      // Some stores accept setItem and drop the value (quota 0): only a read-back proves it persisted.
      if (store.getItem(key) === id) {
        memory.set(key, id);
        return { id, persisted: true };
      }
    } catch {
      /* fall through to memory */
    }
  }
  let id = memory.get(key);
  if (!id) {
    id = randomId(random);
    memory.set(key, id);
  }
  return { id, persisted: false };
}

export type { ArmView } from './arm-view.js';

const SHOWS: Record<ArmKind, Array<'full' | 'retreat'>> = {
  rtr: ['full', 'retreat'],
  'small-only': ['retreat'],
  'full-only': ['full'],
};

export function applyArm(offer: Offer, arm: Arm | null): ArmView {
  const kind = arm?.kind ?? 'rtr';
  let shown: Offer = offer;
  if (arm?.retreat !== undefined && kind !== 'full-only') {
    const variant = offer.retreatVariants?.find((v) => v.id === arm.retreat);
    if (!variant)
      throw new RangeError(
        `applyArm: arm "${arm.name}" names retreat variant "${arm.retreat}", which the offer does not have`,
      );
    const { retreatFor: _dropped, ...rest } = offer;
    shown = { ...rest, retreat: variant };
  }
  return { arm: arm?.name ?? null, kind, shows: [...SHOWS[kind]], offer: shown };
}

/** Assignment and view in one call, for the element: no experiment → the plain rtr sequence. */
export function armFor(offer: Offer, visitorId: string): ArmView {
  return applyArm(offer, offer.experiment ? assignArm(offer.experiment, visitorId) : null);
}

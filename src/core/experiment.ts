/**
 * Experiments: deterministic, sticky arm assignment and the offer as each arm shows it.
 * Arms vary framing only (which options are offered, which retreat size): disclosures, guardrails
 * and the stop path are the same in every arm. `experimentFindings` refuses configs that try otherwise.
 */
import type { Finding } from './finding.js';
import type { Arm, ArmKind, Offer } from './offer-schema.js';
import { sha256Bytes } from './sha256.js';
import type { StorageLike } from './storage.js';

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
  if (!(total > 0) || !Number.isFinite(total)) throw new RangeError(`assignArm: experiment "${experiment.id}" has no arm with a positive weight`);
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
  for (let i = 0; i < 4; i++) id += Math.floor(random() * 0x100000000).toString(16).padStart(8, '0');
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

/** The offer as one arm shows it. */
export interface ArmView {
  /** The arm name for events (`variant` in event details), or null outside experiments. */
  arm: string | null;
  kind: ArmKind;
  /** Which options this arm offers, in order: rtr → full then retreat; small-only → retreat; full-only → full. */
  shows: Array<'full' | 'retreat'>;
  /**
   * The offer with `retreat` set to the one retreat this arm shows. When the arm names a variant, that
   * variant replaces the retreat and `retreatFor` (each visitor sees exactly one retreat). Everything
   * else (terms, stop path, add-ons, copy) is the same object content as the input.
   */
  offer: Offer;
}

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
    if (!variant) throw new RangeError(`applyArm: arm "${arm.name}" names retreat variant "${arm.retreat}", which the offer does not have`);
    const { retreatFor: _dropped, ...rest } = offer;
    shown = { ...rest, retreat: variant };
  }
  return { arm: arm?.name ?? null, kind, shows: [...SHOWS[kind]], offer: shown };
}

/** Assignment and view in one call, for the element: no experiment → the plain rtr sequence. */
export function armFor(offer: Offer, visitorId: string): ArmView {
  return applyArm(offer, offer.experiment ? assignArm(offer.experiment, visitorId) : null);
}

// ---------- validation: experiments vary framing only ----------

const ARM_KEYS = new Set(['name', 'kind', 'weight', 'retreat']);
const EXPERIMENT_KEYS = new Set(['id', 'arms']);
const STOP_KEY = /stop|decline|not.?now|dismiss|close|exit|cancel/i;
const GUARDRAIL_KEY = /guard|rule|check|lint|valid|skip|allow|ignore|disable|unsafe|force/i;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function extraKeyFinding(path: string, key: string, where: string): Finding {
  if (STOP_KEY.test(key)) {
    return { rule: 'missing-stop-path', severity: 'error', path: `${path}.${key}`, message: `${where} sets "${key}": the stop path is the same in every arm. Remove it.` };
  }
  if (GUARDRAIL_KEY.test(key)) {
    return { rule: 'invalid-offer', severity: 'error', path: `${path}.${key}`, message: `${where} sets "${key}": an experiment cannot relax the guardrails. Remove it.` };
  }
  return {
    rule: 'invalid-offer',
    severity: 'error',
    path: `${path}.${key}`,
    message: `${where} sets "${key}": experiments vary framing only (which options and which retreat size), never the disclosed terms or copy. Put the difference in a \`retreatVariants\` option and name it in the arm's \`retreat\`, or remove it.`,
  };
}

/**
 * What the experiment may not change. Complements the guardrails in validateOffer (which already check
 * every retreat variant's size, escalations and justification, weights and unknown variant ids):
 * pass the raw input too, because the schema drops unknown keys before the parsed offer gets here.
 */
export function experimentFindings(offer: Offer, raw?: unknown): Finding[] {
  const findings: Finding[] = [];
  const experiment = offer.experiment;
  const variants = offer.retreatVariants ?? [];
  if (!experiment) {
    if (variants.length) {
      findings.push({ rule: 'invalid-offer', severity: 'warning', path: 'retreatVariants', message: 'retreatVariants are shown only through experiment arms, and there is no `experiment`: add one, or remove the variants.' });
    }
    return findings;
  }
  experiment.arms.forEach((arm, i) => {
    if (arm.kind === 'full-only' && arm.retreat !== undefined) {
      findings.push({ rule: 'invalid-offer', severity: 'error', path: `experiment.arms.${i}.retreat`, message: `Arm "${arm.name}" is a full-only holdout and shows no retreat, but names retreat "${arm.retreat}": remove \`retreat\` or change the kind.` });
    }
  });
  const used = new Set(experiment.arms.map((a) => a.retreat).filter((r) => r !== undefined));
  variants.forEach((v, i) => {
    if (v.id !== undefined && !used.has(v.id)) {
      findings.push({ rule: 'invalid-offer', severity: 'warning', path: `retreatVariants.${i}`, message: `Retreat variant "${v.id}" is not shown by any arm: name it in an arm's \`retreat\`, or remove it.` });
    }
  });

  const rawExperiment = isRecord(raw) ? raw['experiment'] : undefined;
  if (isRecord(rawExperiment)) {
    for (const key of Object.keys(rawExperiment)) {
      if (!EXPERIMENT_KEYS.has(key)) findings.push(extraKeyFinding('experiment', key, 'The experiment'));
    }
    const rawArms = rawExperiment['arms'];
    if (Array.isArray(rawArms)) {
      rawArms.forEach((rawArm, i) => {
        if (!isRecord(rawArm)) return;
        const where = `Arm ${JSON.stringify(rawArm['name'] ?? i)}`;
        if (Array.isArray(rawArm['retreat'])) {
          findings.push({ rule: 'stacked-retreat', severity: 'error', path: `experiment.arms.${i}.retreat`, message: `${where} names several retreats: each visitor sees exactly one. Name one variant.` });
        }
        for (const key of Object.keys(rawArm)) {
          if (!ARM_KEYS.has(key)) findings.push(extraKeyFinding(`experiment.arms.${i}`, key, where));
        }
      });
    }
  }
  return findings;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Every check group, as fair-offer/core registers them (the browser loads each on demand).
import '../../src/core/register-all.js';
import { DEADLINE_KEY_PREFIX } from '../../src/core/deadline-history.js';
import { assignArm } from '../../src/core/experiment.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { prepareArm, prepareOffer } from '../../src/core/prepare-offer.js';
import { rememberStop } from '../../src/core/stop-memory.js';
import type { StorageLike } from '../../src/core/storage.js';

const loadOffer = (): Offer => JSON.parse(readFileSync('examples/offers/saas-pilot.json', 'utf8')) as Offer;

function memoryStorage(): StorageLike & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

const now = new Date('2026-03-01T12:00:00Z');
const withDeadline = (at: string): Offer => ({
  ...loadOffer(),
  deadline: { at, reason: 'The cohort starts on this date and seats are assigned the week before.' },
});
const withExperiment = (): Offer => {
  const offer = loadOffer();
  offer.retreatVariants = [{ ...structuredClone(offer.retreat), id: 'proof-1w', title: '1-week proof' }];
  offer.experiment = {
    id: 'pilot-exp',
    arms: [
      { name: 'rtr', kind: 'rtr', weight: 1 },
      { name: 'rtr-1w', kind: 'rtr', weight: 1, retreat: 'proof-1w' },
      { name: 'holdout', kind: 'full-only', weight: 1 },
    ],
  };
  return offer;
};

describe('prepareOffer', () => {
  it('shows a valid offer: the plain sequence outside experiments, nothing remembered without storage', () => {
    const prepared = prepareOffer(loadOffer());
    expect(prepared.validation.ok).toBe(true);
    expect(prepared.refusedBy).toBeNull();
    expect(prepared.arm).toMatchObject({ arm: null, kind: 'rtr', shows: ['full', 'retreat'] });
    expect(prepared.stopRemembered).toBe(false);
  });

  it('refuses what the guardrails refuse, before touching storage', () => {
    const storage = memoryStorage();
    const offer = { ...withDeadline('2026-04-01T00:00:00Z'), full: 'a price' };
    const prepared = prepareOffer(offer, { storage, now });
    expect(prepared).toMatchObject({ refusedBy: 'guardrails', arm: null, stopRemembered: false });
    expect(prepared.validation.ok).toBe(false);
    expect(storage.entries.size).toBe(0);
  });

  it('refuses a deadline that moved later since the last visit (evergreen timer), keeping the earliest', () => {
    const storage = memoryStorage();
    expect(prepareOffer(withDeadline('2026-04-01T00:00:00Z'), { storage, now }).validation.ok).toBe(true);
    const moved = prepareOffer(withDeadline('2026-04-08T00:00:00Z'), { storage, now });
    expect(moved.refusedBy).toBe('deadline-history');
    expect(moved.validation.findings).toContainEqual(
      expect.objectContaining({ rule: 'false-urgency', path: 'deadline.at', severity: 'error' }),
    );
    expect(storage.entries.get(DEADLINE_KEY_PREFIX + loadOffer().id)).toContain('2026-04-01');
  });

  it('assigns the experiment arm from the visitor id, deterministically', () => {
    const offer = withExperiment();
    const expected = assignArm(offer.experiment!, 'visitor-42').name;
    for (let round = 0; round < 3; round++)
      expect(prepareOffer(offer, { visitorId: 'visitor-42' }).arm?.arm).toBe(expected);
  });

  it('without a visitor id, keeps a random one in storage so the arm is sticky', () => {
    const storage = memoryStorage();
    const first = prepareOffer(withExperiment(), { storage }).arm?.arm;
    expect(storage.entries.get('fair-offer:visitor')).toMatch(/^[\w-]{8,}$/);
    for (let round = 0; round < 3; round++) expect(prepareOffer(withExperiment(), { storage }).arm?.arm).toBe(first);
  });

  it('reports a remembered "Not now" within rememberDays, and not after', () => {
    const storage = memoryStorage();
    const offer = loadOffer();
    rememberStop(storage, offer.id, offer.stop?.rememberDays, now);
    expect(prepareOffer(offer, { storage, now }).stopRemembered).toBe(true);
    const later = new Date(now.getTime() + 31 * 86_400_000);
    expect(prepareOffer(offer, { storage, now: later }).stopRemembered).toBe(false);
  });

  it('never throws, whatever the input or the storage', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    for (const input of [undefined, null, 42, 'offer', [], {}, withDeadline('2026-04-01T00:00:00Z'), withExperiment()])
      expect(() => prepareOffer(input, { storage: broken, now })).not.toThrow();
    expect(prepareOffer(withExperiment(), { storage: broken }).arm).not.toBeNull();
  });
});

describe('prepareArm', () => {
  it('turns an arm the offer cannot show into an invalid-offer finding at experiment', () => {
    const offer = withExperiment();
    offer.retreatVariants = [];
    const visitor = ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `visitor-${letter}`);
    const results = visitor.map((id) => prepareArm(offer, { visitorId: id }, null));
    const refused = results.filter(Array.isArray);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]![0]).toMatchObject({ rule: 'invalid-offer', severity: 'error', path: 'experiment' });
  });
});

describe('cachedValidateOffer', () => {
  it('returns the same verdict for the same content, a fresh one for changed content or an explicit clock', async () => {
    const { cachedValidateOffer } = await import('../../src/core/verdict-cache.js');
    const first = cachedValidateOffer(loadOffer());
    expect(cachedValidateOffer(loadOffer())).toBe(first); // another object, same content
    const edited = loadOffer();
    edited.full.title = 'A different title';
    expect(cachedValidateOffer(edited)).not.toBe(first);
    expect(cachedValidateOffer(loadOffer(), { now })).not.toBe(first);
    expect(cachedValidateOffer(loadOffer(), { language: 'de' })).not.toBe(first);
  });

  it('an entry ends at the offer deadline, when the verdict may change', async () => {
    const { cachedValidateOffer } = await import('../../src/core/verdict-cache.js');
    const soon = new Date(Date.now() + 300).toISOString();
    const first = cachedValidateOffer(withDeadline(soon));
    expect(first.ok).toBe(true);
    expect(cachedValidateOffer(withDeadline(soon))).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(cachedValidateOffer(withDeadline(soon))).not.toBe(first);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDeadlineHistory, DEADLINE_KEY_PREFIX, type StorageLike } from '../../../src/core/deadline-history.js';

const memory = (): StorageLike & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('checkDeadlineHistory', () => {
  it('a first visit records the deadline and reports nothing', () => {
    const s = memory();
    expect(checkDeadlineHistory('sale', '2026-12-31T23:59:00Z', s)).toEqual([]);
    expect(JSON.parse(s.data.get(DEADLINE_KEY_PREFIX + 'sale')!)).toEqual({ at: '2026-12-31T23:59:00Z' });
  });

  it('the same deadline on later visits is fine', () => {
    const s = memory();
    checkDeadlineHistory('sale', '2026-12-31T23:59:00Z', s);
    expect(checkDeadlineHistory('sale', '2026-12-31T23:59:00Z', s)).toEqual([]);
    // Same instant written differently.
    expect(checkDeadlineHistory('sale', '2027-01-01T00:59:00+01:00', s)).toEqual([]);
  });

  it('a deadline that moves later is an evergreen timer, on every later visit', () => {
    const s = memory();
    checkDeadlineHistory('sale', '2026-12-01T00:00:00Z', s);
    for (const later of ['2026-12-02T00:00:00Z', '2026-12-03T00:00:00Z']) {
      const [finding, ...rest] = checkDeadlineHistory('sale', later, s);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ rule: 'false-urgency', severity: 'error', path: 'deadline.at' });
      expect(finding!.message).toMatch(/moved later, from 2026-12-01T00:00:00Z/);
    }
  });

  it('a deadline brought forward is recorded and not reported', () => {
    const s = memory();
    checkDeadlineHistory('sale', '2026-12-10T00:00:00Z', s);
    expect(checkDeadlineHistory('sale', '2026-12-05T00:00:00Z', s)).toEqual([]);
    expect(checkDeadlineHistory('sale', '2026-12-06T00:00:00Z', s)).toHaveLength(1);
  });

  it('offers are remembered separately', () => {
    const s = memory();
    checkDeadlineHistory('a', '2026-12-01T00:00:00Z', s);
    expect(checkDeadlineHistory('b', '2026-12-09T00:00:00Z', s)).toEqual([]);
  });

  it('never throws: throwing, full, missing or corrupt storage', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(checkDeadlineHistory('sale', '2026-12-01T00:00:00Z', throwing)).toEqual([]);
    expect(checkDeadlineHistory('sale', '2026-12-01T00:00:00Z', null)).toEqual([]);
    expect(checkDeadlineHistory('sale', '2026-12-01T00:00:00Z', undefined)).toEqual([]);
    const corrupt = memory();
    corrupt.data.set(DEADLINE_KEY_PREFIX + 'sale', '{not json');
    expect(checkDeadlineHistory('sale', '2026-12-01T00:00:00Z', corrupt)).toEqual([]);
    expect(JSON.parse(corrupt.data.get(DEADLINE_KEY_PREFIX + 'sale')!)).toEqual({ at: '2026-12-01T00:00:00Z' });
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(checkDeadlineHistory('sale', '2026-12-01T00:00:00Z', full)).toEqual([]);
  });

  it('no deadline or an unparsable one records nothing', () => {
    const s = memory();
    expect(checkDeadlineHistory('sale', undefined, s)).toEqual([]);
    expect(checkDeadlineHistory('sale', 'soon', s)).toEqual([]);
    expect(s.data.size).toBe(0);
  });
});

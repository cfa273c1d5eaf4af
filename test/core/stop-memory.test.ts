import { describe, expect, it } from 'vitest';
import { forgetStop, isStopRemembered, rememberStop, stopKey, type StorageLike } from '../../src/core/stop-memory.js';

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.has(k) ? this.map.get(k)! : null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
const throwing: StorageLike = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
  removeItem() {
    throw new Error('SecurityError');
  },
};
const DAY = 86_400_000;
const t0 = new Date('2026-03-01T12:00:00Z');
const later = (days: number) => new Date(t0.getTime() + days * DAY);

describe('stop memory', () => {
  it('remembers a stop per offer id for rememberDays', () => {
    const s = new MemoryStorage();
    expect(rememberStop(s, 'a', 30, t0)).toBe(true);
    expect(isStopRemembered(s, 'a', 30, later(29.9))).toBe(true);
    expect(isStopRemembered(s, 'b', 30, later(1))).toBe(false);
  });

  it('expires after rememberDays and removes the entry', () => {
    const s = new MemoryStorage();
    rememberStop(s, 'a', 30, t0);
    expect(isStopRemembered(s, 'a', 30, later(30))).toBe(false);
    expect(s.map.has(stopKey('a'))).toBe(false);
  });

  it('uses 30 days by default', () => {
    const s = new MemoryStorage();
    rememberStop(s, 'a', undefined, t0);
    expect(isStopRemembered(s, 'a', undefined, later(29))).toBe(true);
    expect(isStopRemembered(s, 'a', undefined, later(31))).toBe(false);
  });

  it('rememberDays 0 remembers nothing', () => {
    const s = new MemoryStorage();
    expect(rememberStop(s, 'a', 0, t0)).toBe(false);
    expect(s.map.size).toBe(0);
    s.setItem(stopKey('a'), String(t0.getTime()));
    expect(isStopRemembered(s, 'a', 0, t0)).toBe(false);
  });

  it('never throws when storage throws or is missing', () => {
    expect(rememberStop(throwing, 'a', 30, t0)).toBe(false);
    expect(isStopRemembered(throwing, 'a', 30, t0)).toBe(false);
    expect(() => forgetStop(throwing, 'a')).not.toThrow();
    expect(rememberStop(null, 'a')).toBe(false);
    expect(isStopRemembered(undefined, 'a')).toBe(false);
  });

  it('ignores garbage and re-dates future stamps to now (no forever-stop)', () => {
    const s = new MemoryStorage();
    s.setItem(stopKey('a'), 'garbage');
    expect(isStopRemembered(s, 'a', 30, t0)).toBe(false);
    s.setItem(stopKey('b'), String(later(1000).getTime()));
    expect(isStopRemembered(s, 'b', 30, t0)).toBe(true);
    expect(isStopRemembered(s, 'b', 30, later(31))).toBe(false);
  });

  it('forgetStop clears it', () => {
    const s = new MemoryStorage();
    rememberStop(s, 'a', 30, t0);
    forgetStop(s, 'a');
    expect(isStopRemembered(s, 'a', 30, t0)).toBe(false);
  });
});

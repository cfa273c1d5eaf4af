import { afterEach, describe, expect, it } from 'vitest';
import { isStopRemembered, forgetStop, rememberStop } from '../../src/core/stop-memory.js';
import { safeLocalStorage, type StorageLike } from '../../src/core/storage.js';

const g = globalThis as { localStorage?: unknown };

function memory(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('safeLocalStorage', () => {
  afterEach(() => {
    delete g.localStorage;
  });

  it('is null where there is no localStorage (Node)', () => {
    expect(safeLocalStorage()).toBe(null);
  });

  it('returns a working store and leaves no probe key behind', () => {
    const store = memory();
    g.localStorage = store;
    expect(safeLocalStorage()).toBe(store);
    expect([...store.map.keys()]).toEqual([]);
  });

  it('is null when the localStorage getter throws (Safari, storage blocked)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(safeLocalStorage()).toBe(null);
  });

  it('is null when writes throw (private mode, full quota)', () => {
    g.localStorage = {
      ...memory(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(safeLocalStorage()).toBe(null);
  });
});

describe('stop memory with a store that has no removeItem', () => {
  it('forgets by writing an empty value, which reads back as not remembered', () => {
    const { map, getItem, setItem } = memory();
    const minimal: StorageLike = { getItem, setItem };
    rememberStop(minimal, 'a');
    expect(isStopRemembered(minimal, 'a')).toBe(true);
    forgetStop(minimal, 'a');
    expect(isStopRemembered(minimal, 'a')).toBe(false);
    expect(map.get('fair-offer:stopped:a')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { rememberVerdict } from '../../src/core/remember-verdict.js';
import { rememberedVerdicts, VERDICTS_KEY } from '../../src/core/remembered-verdicts.js';
import type { StorageLike } from '../../src/core/storage.js';

const digest = (n: number) => `sha256-${n.toString(16).padStart(64, '0')}`;

function memoryStore(initial?: string): StorageLike & { value: () => string | undefined } {
  const map = new Map<string, string>(initial === undefined ? [] : [[VERDICTS_KEY, initial]]);
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    value: () => map.get(VERDICTS_KEY),
  };
}

describe('remembered verdicts', () => {
  it('reads nothing from no store, no entry, or an entry that is not a list', () => {
    expect(rememberedVerdicts(null)).toEqual([]);
    expect(rememberedVerdicts(memoryStore())).toEqual([]);
    for (const text of ['{not json', '"sha256-"', '{"0": "x", "length": 1}', '7', 'null'])
      expect(rememberedVerdicts(memoryStore(text)), text).toEqual([]);
  });

  it('reads nothing, without throwing, from a store that throws', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(rememberedVerdicts(throwing)).toEqual([]);
    expect(() => rememberVerdict(throwing, digest(1), true)).not.toThrow();
  });

  it('remembers an accepted digest as the most recent, once; forgets a refused one', () => {
    const store = memoryStore();
    rememberVerdict(store, digest(1), true);
    rememberVerdict(store, digest(2), true);
    rememberVerdict(store, digest(1), true);
    expect(rememberedVerdicts(store)).toEqual([digest(2), digest(1)]);
    rememberVerdict(store, digest(2), false);
    expect(rememberedVerdicts(store)).toEqual([digest(1)]);
  });

  it('drops what is not a digest when it writes, and never writes one that is not', () => {
    const store = memoryStore(
      JSON.stringify([42, { digest: digest(3) }, digest(3).toUpperCase(), 'sha256-', digest(3)]),
    );
    rememberVerdict(store, 'sha256-not-hex', true);
    expect(store.value(), 'not written').toBe(
      JSON.stringify([42, { digest: digest(3) }, digest(3).toUpperCase(), 'sha256-', digest(3)]),
    );
    rememberVerdict(store, digest(4), true);
    expect(rememberedVerdicts(store)).toEqual([digest(3), digest(4)]);
  });

  it('keeps the 50 most recent', () => {
    const store = memoryStore();
    for (let n = 0; n < 60; n++) rememberVerdict(store, digest(n), true);
    const kept = rememberedVerdicts(store);
    expect(kept).toHaveLength(50);
    expect(kept[0]).toBe(digest(10));
    expect(kept[49]).toBe(digest(59));
  });
});

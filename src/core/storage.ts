/**
 * The one Web Storage shape the core uses (stop memory, deadline history, visitor ids, beacon queues), and a
 * safe way to reach localStorage. DOM-free: in Node there is simply no store.
 */

/** The subset of the Web Storage API we use. `removeItem` is optional so that minimal test doubles fit. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

const PROBE_KEY = 'fair-offer:probe';

/**
 * `localStorage` when it exists and accepts a write; else null. Never throws: Safari with storage blocked
 * throws on the `localStorage` getter itself, sandboxed iframes throw SecurityError, private modes and full
 * quotas throw on setItem. A null store means "remember nothing", which every caller handles.
 */
export function safeLocalStorage(): StorageLike | null {
  try {
    const store = (globalThis as { localStorage?: StorageLike }).localStorage;
    if (!store) return null;
    store.setItem(PROBE_KEY, '1');
    store.removeItem?.(PROBE_KEY);
    return store;
  } catch {
    return null;
  }
}

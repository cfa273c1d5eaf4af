/**
 * Wires adapters to the element (or any EventTarget-like object). Analytics must never break the offer:
 * each adapter runs in its own try/catch (and its promise's rejection is caught), and a failing adapter
 * is reported with one console warning, not one per event.
 */
import { OFFER_EVENT_TYPES, type Adapter, type OfferEventRecord } from './types.js';

export interface EventTargetLike {
  addEventListener(type: string, listener: (event: unknown) => void): void;
  removeEventListener?(type: string, listener: (event: unknown) => void): void;
}

export interface ConnectOptions {
  /** Where failures are reported; console.warn by default. */
  warn?: (...args: unknown[]) => void;
  types?: readonly string[];
}

/** Each adapter gets its own copy, so one that mutates the detail cannot change what the next one sees. */
function copy<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Returns a function that disconnects every listener it added. */
export function connectAdapters(
  target: EventTargetLike,
  adapters: readonly Adapter[],
  options: ConnectOptions = {},
): () => void {
  const warn = options.warn ?? ((...args: unknown[]) => console.warn(...args));
  const warned = new Set<Adapter>();
  const fail = (adapter: Adapter, error: unknown) => {
    if (warned.has(adapter)) return;
    warned.add(adapter);
    try {
      warn(
        `fair-offer: analytics adapter "${adapter.name}" failed; the offer keeps working and later failures of this adapter are not reported.`,
        error,
      );
    } catch {
      /* a broken console must not break the page either */
    }
  };
  const listener = (event: unknown) => {
    const e = event as { type?: unknown; detail?: unknown };
    if (typeof e?.type !== 'string') return;
    const detail = e.detail && typeof e.detail === 'object' ? e.detail : {};
    for (const adapter of adapters) {
      const record: OfferEventRecord = { type: e.type, detail: copy(detail) as OfferEventRecord['detail'] };
      try {
        const result = adapter.handle(record);
        if (result && typeof (result as Promise<void>).then === 'function')
          (result as Promise<void>).then(undefined, (err) => fail(adapter, err));
      } catch (err) {
        fail(adapter, err);
      }
    }
  };
  const types = options.types ?? OFFER_EVENT_TYPES;
  for (const type of types) target.addEventListener(type, listener);
  return () => {
    for (const type of types) target.removeEventListener?.(type, listener);
  };
}

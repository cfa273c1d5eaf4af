/**
 * Sends events to the host's own endpoint so that no choice is lost when the page unloads or the network
 * drops: every event is first written to a Storage-like queue, then sent with `navigator.sendBeacon`
 * (survives unload) or `fetch(..., { keepalive: true })`; failures are retried with exponential backoff,
 * and a queue left by a previous page is sent when the next page creates the adapter.
 * Each event carries an id; the adapter never queues or sends the same id twice (the server may also
 * de-duplicate on it: a send that succeeded just before the page died can be repeated once).
 *
 * Body: `{"events":[{"id","type","detail","at"}]}` as text/plain (a "simple" request: no CORS preflight).
 *
 *   connectAdapters(el, [beaconAdapter('/api/offer-events', { storage: () => localStorage })]);
 */
import type { StorageLike } from '../experiment.js';
import type { Adapter, OfferEventRecord } from './types.js';

export interface QueuedEvent {
  id: string;
  type: string;
  detail: OfferEventRecord['detail'];
  /** Epoch ms when it was queued. */
  at: number;
}

type FetchLike = (
  url: string,
  init: { method: string; body: string; keepalive: boolean; headers: Record<string, string> },
) => Promise<{ ok: boolean }>;

export interface BeaconOptions {
  /** sendBeacon-like; defaults to `navigator.sendBeacon` when present. `null` = never use it. */
  send?: ((url: string, body: string) => boolean) | null;
  /** fetch-like; defaults to global fetch when present. */
  fetch?: FetchLike | null;
  /** Where the queue survives unloads; a getter may throw (blocked storage): then the queue is in memory. */
  storage?: StorageLike | (() => StorageLike | null | undefined) | null;
  key?: string;
  /** Timer for retries (tests pass a fake). */
  schedule?: (run: () => void, ms: number) => unknown;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Oldest events are dropped beyond this, so a dead endpoint cannot fill the visitor's storage. */
  maxQueue?: number;
  /** Events per request; sendBeacon and keepalive bodies are capped at 64 KiB. */
  batchSize?: number;
  now?: () => number;
  newId?: () => string;
  /** Where to listen for `pagehide` to flush; defaults to globalThis when it is an event target. */
  lifecycle?: { addEventListener(type: string, fn: () => void): void } | null;
}

export interface BeaconAdapter extends Adapter {
  /** Sends what is queued now; resolves when this attempt is done (sent, or a retry is scheduled). */
  flush(): Promise<void>;
  /** A copy of the queue. */
  pending(): QueuedEvent[];
}

const SENT_MEMORY = 500;

function defaultSend(): ((url: string, body: string) => boolean) | null {
  const nav = (globalThis as { navigator?: { sendBeacon?: (url: string, body: string) => boolean } }).navigator;
  return typeof nav?.sendBeacon === 'function' ? nav.sendBeacon.bind(nav) : null;
}

function defaultFetch(): FetchLike | null {
  const f = (globalThis as { fetch?: unknown }).fetch;
  return typeof f === 'function' ? (f.bind(globalThis) as FetchLike) : null;
}

function defaultLifecycle(): BeaconOptions['lifecycle'] {
  const g = globalThis as { addEventListener?: unknown };
  return typeof g.addEventListener === 'function'
    ? (globalThis as unknown as NonNullable<BeaconOptions['lifecycle']>)
    : null;
}

let counter = 0;
function defaultId(now: number): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID
    ? c.randomUUID()
    : `${now.toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A choice's receipt already identifies it (digest + time chosen); other events get a fresh id. */
export function eventId(record: OfferEventRecord, fresh: () => string): string {
  const d = record.detail;
  if (typeof d.eventId === 'string' && d.eventId) return d.eventId;
  if (d.receipt && typeof d.receipt.digest === 'string')
    return `${record.type}:${d.receipt.digest}:${d.receipt.chosenAt}:${d.choice ?? ''}`;
  return fresh();
}

export function beaconAdapter(url: string, options: BeaconOptions = {}): BeaconAdapter {
  const send = options.send === undefined ? defaultSend() : options.send;
  const doFetch = options.fetch === undefined ? defaultFetch() : options.fetch;
  const key = options.key ?? `fair-offer:beacon:${url}`;
  const schedule = options.schedule ?? ((run, ms) => setTimeout(run, ms));
  const base = options.baseDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 60_000;
  const maxQueue = options.maxQueue ?? 200;
  const batchSize = options.batchSize ?? 10;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => defaultId(now()));

  let store: StorageLike | null = null;
  try {
    store = (typeof options.storage === 'function' ? options.storage() : options.storage) ?? null;
  } catch {
    store = null;
  }

  let queue: QueuedEvent[] = [];
  let sent: string[] = [];
  try {
    const saved = store ? JSON.parse(store.getItem(key) ?? 'null') : null;
    if (saved && Array.isArray(saved.queue))
      queue = saved.queue.filter((e: QueuedEvent) => e && typeof e.id === 'string');
    if (saved && Array.isArray(saved.sent)) sent = saved.sent.filter((id: unknown) => typeof id === 'string');
  } catch {
    /* unreadable or corrupt storage: start empty */
  }

  const persist = () => {
    try {
      store?.setItem(key, JSON.stringify({ queue, sent }));
    } catch {
      /* quota or privacy mode: the in-memory queue still sends while the page lives */
    }
  };

  let attempts = 0;
  let retryPending = false;
  let inflight: Promise<void> | null = null;

  const sendBatch = async (batch: QueuedEvent[]): Promise<boolean> => {
    const body = JSON.stringify({ events: batch });
    try {
      if (send && send(url, body)) return true; // false = the browser refused to queue it (size, quota): try fetch
    } catch {
      /* fall through to fetch */
    }
    if (!doFetch) return false;
    try {
      const res = await doFetch(url, {
        method: 'POST',
        body,
        keepalive: true,
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
      });
      return res.ok;
    } catch {
      return false;
    }
  };

  const retryLater = () => {
    if (retryPending) return;
    retryPending = true;
    attempts++;
    const delay = Math.min(maxDelay, base * 2 ** (attempts - 1));
    schedule(() => {
      retryPending = false;
      void flush();
    }, delay);
  };

  const run = async () => {
    while (queue.length) {
      const batch = queue.slice(0, batchSize);
      if (!(await sendBatch(batch))) {
        retryLater();
        return;
      }
      const done = new Set(batch.map((e) => e.id));
      queue = queue.filter((e) => !done.has(e.id));
      sent = [...sent, ...done].slice(-SENT_MEMORY);
      attempts = 0;
      persist();
    }
  };

  function flush(): Promise<void> {
    // One sender at a time: a second flush while one runs would send the same batch twice.
    if (!inflight) inflight = run().finally(() => (inflight = null));
    return inflight;
  }

  const lifecycle = options.lifecycle === undefined ? defaultLifecycle() : options.lifecycle;
  try {
    lifecycle?.addEventListener('pagehide', () => void flush());
  } catch {
    /* not an event target after all */
  }
  if (queue.length) void flush();

  return {
    name: 'beacon',
    handle(record: OfferEventRecord) {
      const id = eventId(record, newId);
      if (sent.includes(id) || queue.some((e) => e.id === id)) return undefined;
      queue.push({ id, type: record.type, detail: record.detail, at: now() });
      if (queue.length > maxQueue) queue = queue.slice(-maxQueue);
      persist();
      return flush();
    },
    flush,
    pending: () => queue.map((e) => ({ ...e })),
  };
}

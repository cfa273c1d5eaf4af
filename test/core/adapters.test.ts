import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  beaconAdapter,
  chosenOptionId,
  connectAdapters,
  ga4Adapter,
  segmentAdapter,
  type Adapter,
  type OfferEventRecord,
} from '../../src/core/adapters/index.js';
import { discloseOption } from '../../src/core/disclosure.js';
import type { StorageLike } from '../../src/core/experiment.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { createReceipt, type Receipt } from '../../src/core/receipt.js';

const offer = JSON.parse(readFileSync('examples/offers/saas-pilot.json', 'utf8')) as Offer;

async function receipt(
  choice: 'full' | 'retreat' | 'stop',
  shownSet: Array<'full' | 'retreat'> = ['full', 'retreat'],
  chosenAt = new Date('2026-03-01T10:01:00Z'),
): Promise<Receipt> {
  const shown = shownSet.map((k) => discloseOption(offer[k], k, 'en'));
  return createReceipt({
    offer,
    choice,
    shown,
    addOns: [],
    shownAt: new Date('2026-03-01T10:00:00Z'),
    chosenAt,
    locale: 'en',
    arm: 'rtr',
    version: '0.1.0',
  });
}

const view = (stage: string, variant: string | null = 'rtr'): OfferEventRecord => ({
  type: 'offer-view',
  detail: { offerId: offer.id, stage, variant },
});
const choice = async (
  c: 'full' | 'retreat' | 'stop',
  variant: string | null = 'rtr',
  shown?: Array<'full' | 'retreat'>,
): Promise<OfferEventRecord> => ({
  type: 'offer-choice',
  detail: { offerId: offer.id, choice: c, addOns: [], variant, receipt: await receipt(c, shown) },
});

/** A minimal EventTarget stand-in (Node 20 has EventTarget, but this also proves "EventTarget-like" is enough). */
class FakeTarget {
  listeners = new Map<string, Set<(e: unknown) => void>>();
  addEventListener(t: string, fn: (e: unknown) => void) {
    (this.listeners.get(t) ?? this.listeners.set(t, new Set()).get(t)!).add(fn);
  }
  removeEventListener(t: string, fn: (e: unknown) => void) {
    this.listeners.get(t)?.delete(fn);
  }
  dispatch(type: string, detail: unknown) {
    for (const fn of this.listeners.get(type) ?? []) fn({ type, detail });
  }
  count() {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0);
  }
}

describe('chosenOptionId', () => {
  it('reads the chosen option from the receipt in every arm', async () => {
    expect(chosenOptionId((await choice('full')).detail)).toBe('pilot-6w');
    expect(chosenOptionId((await choice('retreat')).detail)).toBe('proof-2w');
    expect(chosenOptionId((await choice('retreat', 'small-only', ['retreat'])).detail)).toBe('proof-2w');
    expect(chosenOptionId((await choice('stop')).detail)).toBeNull();
  });
});

describe('ga4Adapter', () => {
  it('maps views and choices to promotion events and a stop to its own event', async () => {
    const dataLayer: object[] = [];
    const ga4 = ga4Adapter(dataLayer);
    ga4.handle(view('full'));
    ga4.handle(view('constraint')); // not an option: no promotion
    ga4.handle(view('retreat', null));
    const chosen = await choice('retreat');
    ga4.handle(chosen);
    const stopped = await choice('stop');
    ga4.handle(stopped);
    ga4.handle({ type: 'offer-decline', detail: { offerId: offer.id, constraint: 'time', variant: 'rtr' } });
    const events = dataLayer.filter((x) => 'event' in x);
    expect(events).toEqual([
      {
        event: 'view_promotion',
        ecommerce: { promotion_id: 'acme-pilot-2026', promotion_name: 'full', creative_slot: 'rtr' },
      },
      {
        event: 'view_promotion',
        ecommerce: { promotion_id: 'acme-pilot-2026', promotion_name: 'retreat', creative_slot: 'default' },
      },
      {
        event: 'select_promotion',
        ecommerce: { promotion_id: 'acme-pilot-2026', promotion_name: 'proof-2w', creative_slot: 'rtr' },
        receipt_digest: chosen.detail.receipt!.digest,
      },
      { event: 'offer_stop', offer_id: 'acme-pilot-2026', arm: 'rtr', receipt_digest: stopped.detail.receipt!.digest },
      { event: 'offer_decline', offer_id: 'acme-pilot-2026', arm: 'rtr', constraint: 'time' },
    ]);
    // Each ecommerce event is preceded by a clear, as Google documents.
    expect(dataLayer.filter((x) => 'ecommerce' in x && (x as { ecommerce: unknown }).ecommerce === null)).toHaveLength(
      3,
    );
    expect(events.filter((e) => (e as { event: string }).event === 'select_promotion')).toHaveLength(1);
  });
});

describe('segmentAdapter', () => {
  it('tracks Offer Viewed, Offer Declined (decline and stop) and Offer Chosen', async () => {
    const calls: Array<[string, Record<string, unknown> | undefined]> = [];
    const seg = segmentAdapter({ track: (e, p) => calls.push([e, p]) });
    seg.handle(view('full'));
    seg.handle({ type: 'offer-decline', detail: { offerId: offer.id, constraint: null, variant: 'rtr' } });
    const chosen = await choice('full');
    seg.handle(chosen);
    seg.handle(await choice('stop', null));
    expect(calls).toEqual([
      ['Offer Viewed', { offer_id: 'acme-pilot-2026', arm: 'rtr', stage: 'full' }],
      ['Offer Declined', { offer_id: 'acme-pilot-2026', arm: 'rtr', step: 'full', constraint: null }],
      [
        'Offer Chosen',
        {
          offer_id: 'acme-pilot-2026',
          arm: 'rtr',
          choice: 'full',
          option_id: 'pilot-6w',
          add_ons: [],
          receipt_digest: chosen.detail.receipt!.digest,
        },
      ],
      ['Offer Declined', { offer_id: 'acme-pilot-2026', arm: null, step: 'stop' }],
    ]);
  });
});

describe('connectAdapters', () => {
  it('delivers each event to every adapter, contains throwing and rejecting adapters, warns once per adapter', async () => {
    const target = new FakeTarget();
    const seen: string[] = [];
    const warn = vi.fn();
    const throws: Adapter = {
      name: 'throws',
      handle: () => {
        throw new Error('boom');
      },
    };
    const rejects: Adapter = {
      name: 'rejects',
      handle: async () => {
        throw new Error('async boom');
      },
    };
    const mutates: Adapter = {
      name: 'mutates',
      handle: (e) => {
        e.detail.offerId = 'changed';
      },
    };
    const good: Adapter = {
      name: 'good',
      handle: (e) => {
        seen.push(`${e.type}:${e.detail.offerId}`);
      },
    };
    const disconnect = connectAdapters(target, [throws, rejects, mutates, good], { warn });
    expect(() => {
      target.dispatch('offer-view', { offerId: 'o1', stage: 'full', variant: null });
      target.dispatch('offer-view', { offerId: 'o1', stage: 'retreat', variant: null });
      target.dispatch('offer-choice', { offerId: 'o1', choice: 'stop', variant: null });
    }).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['offer-view:o1', 'offer-view:o1', 'offer-choice:o1']);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('"throws"'),
      expect.stringContaining('"rejects"'),
    ]);
    disconnect();
    expect(target.count()).toBe(0);
    target.dispatch('offer-view', { offerId: 'o2' });
    expect(seen).toHaveLength(3);
  });

  it('works with a real EventTarget and CustomEvent, and survives a broken console', () => {
    const target = new EventTarget();
    const calls: string[] = [];
    connectAdapters(
      target,
      [
        {
          name: 'x',
          handle: () => {
            throw new Error('x');
          },
        },
        segmentAdapter({ track: (e) => calls.push(e) }),
      ],
      {
        warn: () => {
          throw new Error('console gone');
        },
      },
    );
    expect(() =>
      target.dispatchEvent(new CustomEvent('offer-view', { detail: { offerId: 'o', stage: 'full', variant: null } })),
    ).not.toThrow();
    expect(calls).toEqual(['Offer Viewed']);
  });
});

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

/** Runs scheduled retries by hand, recording their delays. */
function fakeTimer() {
  const tasks: Array<{ run: () => void; ms: number }> = [];
  return {
    delays: [] as number[],
    schedule(run: () => void, ms: number) {
      tasks.push({ run, ms });
      this.delays.push(ms);
    },
    async runNext() {
      const t = tasks.shift();
      t?.run();
      await new Promise((r) => setTimeout(r, 0));
      return !!t;
    },
    get pending() {
      return tasks.length;
    },
  };
}

const bodies = (calls: string[]) =>
  calls.flatMap((b) => (JSON.parse(b) as { events: Array<{ id: string; type: string }> }).events);

describe('beaconAdapter', () => {
  it('sends with sendBeacon when available, and never sends the same event twice', async () => {
    const sent: string[] = [];
    const fetchSpy = vi.fn();
    const beacon = beaconAdapter('/events', {
      send: (_u, b) => (sent.push(b), true),
      fetch: fetchSpy,
      storage: new MemoryStorage(),
      lifecycle: null,
    });
    const c = await choice('retreat');
    await beacon.handle(c);
    await beacon.handle(structuredClone(c)); // the same choice delivered twice (e.g. wired twice)
    await beacon.handle(view('full'));
    expect(bodies(sent).map((e) => e.type)).toEqual(['offer-choice', 'offer-view']);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(beacon.pending()).toEqual([]);
  });

  it('falls back to fetch keepalive when sendBeacon is missing or refuses', async () => {
    const inits: Array<{ keepalive: boolean; method: string }> = [];
    const fetch = async (_u: string, init: { keepalive: boolean; method: string; body: string }) => (
      inits.push(init),
      { ok: true }
    );
    for (const send of [null, () => false]) {
      inits.length = 0;
      const beacon = beaconAdapter('/events', { send, fetch, storage: null, lifecycle: null });
      await beacon.handle(view('full'));
      expect(inits).toEqual([expect.objectContaining({ method: 'POST', keepalive: true })]);
    }
  });

  it('retries with exponential backoff until the network comes back, keeping the queue in storage', async () => {
    const storage = new MemoryStorage();
    const timer = fakeTimer();
    let online = false;
    const delivered: string[] = [];
    const fetch = async (_u: string, init: { body: string }) => {
      if (!online) throw new TypeError('Failed to fetch');
      delivered.push(init.body);
      return { ok: true };
    };
    const beacon = beaconAdapter('/events', {
      send: null,
      fetch,
      storage,
      schedule: (r, ms) => timer.schedule(r, ms),
      baseDelayMs: 100,
      maxDelayMs: 500,
      lifecycle: null,
    });
    await beacon.handle(await choice('full'));
    expect(beacon.pending()).toHaveLength(1);
    expect(JSON.parse(storage.getItem('fair-offer:beacon:/events')!).queue).toHaveLength(1);
    for (let i = 0; i < 4; i++) await timer.runNext();
    expect(timer.delays).toEqual([100, 200, 400, 500, 500]);
    online = true;
    await timer.runNext();
    expect(bodies(delivered).map((e) => e.type)).toEqual(['offer-choice']);
    expect(beacon.pending()).toEqual([]);
    expect(JSON.parse(storage.getItem('fair-offer:beacon:/events')!).queue).toEqual([]);
    expect(timer.pending).toBe(0);
  });

  it('sends a queue left by a page that unloaded, once, when the next page starts', async () => {
    const storage = new MemoryStorage();
    const c = await choice('retreat');
    // Page 1: offline, the page unloads before any retry.
    const page1 = beaconAdapter('/events', {
      send: () => false,
      fetch: async () => ({ ok: false }),
      storage,
      schedule: () => {},
      lifecycle: null,
    });
    await page1.handle(c);
    // Page 2: the network is back.
    const sent: string[] = [];
    const page2 = beaconAdapter('/events', { send: (_u, b) => (sent.push(b), true), storage, lifecycle: null });
    await page2.flush();
    await page2.handle(c); // the same choice again: already sent, not repeated
    expect(bodies(sent).map((e) => e.id)).toEqual([expect.stringContaining(c.detail.receipt!.digest)]);
  });

  it('flushes on pagehide, caps the queue, and never throws when storage does', async () => {
    const listeners: Array<() => void> = [];
    let up = false;
    const sent: string[] = [];
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    const beacon = beaconAdapter('/events', {
      send: (_u, b) => (up ? (sent.push(b), true) : false),
      fetch: null,
      storage: () => throwing,
      schedule: () => {},
      maxQueue: 3,
      lifecycle: { addEventListener: (_t, fn) => listeners.push(fn) },
    });
    for (let i = 0; i < 5; i++)
      await beacon.handle({
        type: 'offer-view',
        detail: { offerId: 'o', stage: 'full', variant: null, eventId: `e${i}` },
      });
    expect(beacon.pending().map((e) => e.id)).toEqual(['e2', 'e3', 'e4']);
    up = true;
    listeners.forEach((fn) => fn());
    await beacon.flush();
    expect(bodies(sent).map((e) => e.id)).toEqual(['e2', 'e3', 'e4']);
  });

  it('splits a long queue into batches', async () => {
    const sent: string[] = [];
    let up = false;
    const beacon = beaconAdapter('/events', {
      send: (_u, b) => (up ? (sent.push(b), true) : false),
      fetch: null,
      storage: null,
      schedule: () => {},
      batchSize: 2,
      lifecycle: null,
    });
    for (let i = 0; i < 5; i++) await beacon.handle({ type: 'offer-view', detail: { eventId: `e${i}` } });
    up = true;
    await beacon.flush();
    expect(sent.map((b) => JSON.parse(b).events.length)).toEqual([2, 2, 1]);
  });
});

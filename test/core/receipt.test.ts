import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/canonical-json.js';
import { discloseOption } from '../../src/core/disclosure.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { createReceipt, verifyReceipt, type Receipt } from '../../src/core/receipt.js';
import { sha256Hex, sha256HexSync } from '../../src/core/sha256.js';
import { stringsFor } from '../../src/core/locales/all.js';
import { EN_STRINGS } from '../../src/core/strings.js';
import { VERSION } from '../../src/core/version.js';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const loadOffer = (): Offer => JSON.parse(readFileSync('examples/offers/saas-pilot.json', 'utf8')) as Offer;

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    // FIPS 180-2 two-block vector (56 bytes: the length no longer fits in the first block).
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('pure fallback matches the published vector for a %#', (input, hex) => {
    expect(sha256HexSync(input)).toBe(hex);
  });

  it('hashes UTF-8 bytes of non-ASCII text like node:crypto', () => {
    for (const s of ['é', '€ 49,50', 'Grüße aus Köln', '日本語のテキスト', '😀 emoji', 'עברית'])
      expect(sha256HexSync(s)).toBe(nodeSha(s));
  });

  it('agrees with node:crypto at every padding boundary', () => {
    for (let n = 0; n <= 130; n++) expect(sha256HexSync('x'.repeat(n)), `length ${n}`).toBe(nodeSha('x'.repeat(n)));
  });

  it('agrees with node:crypto on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => sha256HexSync(s) === nodeSha(s)),
      { numRuns: 500 },
    );
  });

  it('uses Web Crypto when given, and the fallback without it or when it rejects', async () => {
    const calls: string[] = [];
    const fake = {
      digest: async (_a: 'SHA-256', d: Uint8Array) => {
        calls.push('subtle');
        return createHash('sha256').update(d).digest().buffer as ArrayBuffer;
      },
    };
    expect(await sha256Hex('abc', fake)).toBe(nodeSha('abc'));
    expect(calls).toEqual(['subtle']);
    expect(await sha256Hex('abc', null)).toBe(nodeSha('abc'));
    const broken = {
      digest: async () => {
        throw new Error('insecure context');
      },
    };
    expect(await sha256Hex('abc', broken)).toBe(nodeSha('abc'));
  });
});

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units (RFC 8785 3.2.3 example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalJson(input)) as object);
    // Object.keys puts integer-like keys first; compare the order in the text instead.
    const text = canonicalJson(input);
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'].map((k) =>
      text.indexOf(JSON.stringify(k) + ':'),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(keys).toHaveLength(7);
  });

  it('serialises numbers and strings as RFC 8785 (its section 3.2.2 example)', () => {
    const input = {
      // eslint-disable-next-line no-loss-of-precision -- RFC 8785's example writes more digits than a double holds, on purpose
      numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/',
      literals: [null, true, false],
    };
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('has no whitespace, nests, drops undefined members and writes -0 as 0', () => {
    expect(canonicalJson({ b: { d: [1, { z: 1, a: 2 }], c: undefined }, a: -0 })).toBe(
      '{"a":0,"b":{"d":[1,{"a":2,"z":1}]}}',
    );
  });

  it('refuses values that are not I-JSON', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow(/finite/);
    expect(() => canonicalJson({ a: '\ud800x' })).toThrow(/surrogate/);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/function/);
  });
});

async function receiptFor(
  offer: Offer,
  opts: { locale?: string; choice?: 'full' | 'retreat' | 'stop'; addOns?: string[] } = {},
): Promise<Receipt> {
  const locale = opts.locale ?? 'en-GB';
  return createReceipt({
    offer,
    choice: opts.choice ?? 'retreat',
    shown: [
      discloseOption(offer.full, 'full', locale, stringsFor(locale)),
      discloseOption(offer.retreat, 'retreat', locale, stringsFor(locale)),
    ],
    addOns: opts.addOns ?? [],
    shownAt: new Date('2026-03-01T10:00:00Z'),
    chosenAt: new Date('2026-03-01T10:01:30Z'),
    locale,
    arm: 'rtr',
    version: VERSION,
  });
}

describe('createReceipt', () => {
  it('records the canonical disclosure of both options, its SHA-256 and the context, without personal data', async () => {
    const offer = loadOffer();
    const r = await receiptFor(offer);
    expect(r.digest).toBe(nodeSha(r.disclosure));
    expect(r.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(r).toMatchObject({
      offerId: 'acme-pilot-2026',
      choice: 'retreat',
      algorithm: 'SHA-256',
      shownAt: '2026-03-01T10:00:00.000Z',
      chosenAt: '2026-03-01T10:01:30.000Z',
      locale: 'en-GB',
      version: VERSION,
      arm: 'rtr',
      addOns: [],
    });
    const d = JSON.parse(r.disclosure);
    expect(canonicalJson(d)).toBe(r.disclosure);
    expect(d.options.map((o: { id: string }) => o.id)).toEqual(['pilot-6w', 'proof-2w']);
    expect(d.options[1].terms.dataAccess).toBe('Read only: Reads your CRM only; writes nothing');
    expect(d.decision).toBe(offer.decision);
    expect(d.requester).toEqual({ name: 'Priya Raman', role: 'Solutions engineer' });
    expect(Object.keys(r).sort()).toEqual(
      [
        'addOns',
        'algorithm',
        'arm',
        'chosenAt',
        'digest',
        'disclosure',
        'locale',
        'offerId',
        'shownAt',
        'version',
        'choice',
      ].sort(),
    );
  });

  it('gives the same digest with Web Crypto and with the fallback, and never copies extra fields of what was shown', async () => {
    const offer = loadOffer();
    const shown = [{ ...discloseOption(offer.full, 'full', 'en'), visitorEmail: 'a@b.c' } as never];
    const base = {
      offer: { ...offer, addOns: [{ id: 'x', label: 'An extra' }] },
      choice: 'full' as const,
      shown,
      addOns: ['x'],
      shownAt: new Date(0),
      chosenAt: new Date(1),
      locale: 'en',
      arm: null,
      version: VERSION,
    };
    const a = await createReceipt(base);
    const b = await createReceipt({ ...base, subtle: null });
    expect(a.digest).toBe(b.digest);
    expect(a.disclosure).not.toContain('a@b.c');
  });
});

type Mutation = [string, (o: Offer) => void];
const mutations: Mutation[] = [
  ['full.title', (o) => (o.full.title += 'x')],
  ['retreat.title', (o) => (o.retreat.title = o.retreat.title.replace('2', '3'))],
  ['full.action.label', (o) => (o.full.action.label += '!')],
  ['retreat.action.label', (o) => (o.retreat.action.label = o.retreat.action.label.toLowerCase())],
  ['full.terms.scope', (o) => (o.full.terms.scope = o.full.terms.scope.replace('14', '15'))],
  ['retreat.terms.scope', (o) => (o.retreat.terms.scope += '.')],
  ['full.terms.evidence', (o) => (o.full.terms.evidence += '.')],
  ['retreat.terms.evidence', (o) => (o.retreat.terms.evidence = o.retreat.terms.evidence.replace('one', 'One'))],
  ['full.terms.dataAccess.level', (o) => (o.full.terms.dataAccess.level = 'admin')],
  ['retreat.terms.dataAccess.detail', (o) => (o.retreat.terms.dataAccess.detail += 's')],
  ['full.terms.time.duration', (o) => (o.full.terms.time.duration = '7 weeks')],
  ['retreat.terms.time.effort', (o) => (o.retreat.terms.time.effort = o.retreat.terms.time.effort.replace('1', '2'))],
  ['full.terms.price.amount', (o) => (o.full.terms.price.amount = 1)],
  ['retreat.terms.price.currency', (o) => Object.assign(o.retreat.terms.price, { amount: 10, currency: 'USD' })],
  ['full.terms.price.period', (o) => Object.assign(o.full.terms.price, { amount: 10, period: 'month' })],
  ['retreat.terms.renewal.auto', (o) => (o.retreat.terms.renewal.auto = true)],
  ['full.terms.renewal.detail', (o) => (o.full.terms.renewal.detail += ' ')],
  ['retreat.terms.renewal.cancel', (o) => (o.retreat.terms.renewal.cancel += '!')],
  ['full.terms.exit', (o) => (o.full.terms.exit = o.full.terms.exit.replace('7', '8'))],
  ['retreat.terms.exit', (o) => (o.retreat.terms.exit = o.retreat.terms.exit.replace('We', 'we'))],
  ['retreat.notice', (o) => (o.retreat.notice = 'Read only')],
  ['decision', (o) => (o.decision += '?')],
  ['successCriteria', (o) => (o.successCriteria[1] = o.successCriteria[1].replace('1 %', '2 %'))],
  ['requester.name', (o) => (o.requester.name = 'Priya Ramen')],
];

describe('verifyReceipt', () => {
  it('accepts a receipt against the unchanged offer (en-GB and de-DE)', async () => {
    for (const locale of ['en-GB', 'de-DE']) {
      const offer = loadOffer();
      offer.full.terms.price = { amount: 49.5, currency: 'EUR', period: 'month', minimumTerm: 3 };
      const r = await receiptFor(offer, { locale });
      expect(await verifyReceipt(r, offer)).toEqual({ ok: true });
      expect(await verifyReceipt(r, offer, { subtle: null })).toEqual({ ok: true });
    }
  });

  it.each(mutations)('changing one character of %s changes the digest and fails verification', async (path, mutate) => {
    const original = loadOffer();
    const receipt = await receiptFor(original);
    const changed = loadOffer();
    mutate(changed);
    const again = await receiptFor(changed);
    expect(again.digest, path).not.toBe(receipt.digest);
    const result = await verifyReceipt(receipt, changed);
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/differs/);
  });

  it('fails when the receipt text or digest was edited', async () => {
    const offer = loadOffer();
    const r = await receiptFor(offer);
    // Forge the retreat's calendar time: the "time" term reads "2 weeks. …" as shown.
    const forged = r.disclosure.replace('"time":"2 weeks', '"time":"3 weeks');
    expect(forged).not.toBe(r.disclosure);
    expect((await verifyReceipt({ ...r, disclosure: forged }, offer)).reason).toMatch(/digest/);
    const result = await verifyReceipt({ ...r, disclosure: forged, digest: nodeSha(forged) }, offer);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/options\[1\]\.terms\.time differs/) });
    expect((await verifyReceipt({ ...r, digest: '0'.repeat(64) }, offer)).ok).toBe(false);
    expect((await verifyReceipt({ ...r, offerId: 'other' }, offer)).ok).toBe(false);
  });

  it('fails when verified with another locale or other strings than shown', async () => {
    const offer = loadOffer();
    offer.full.terms.price = { amount: 1200, currency: 'EUR', period: 'year' };
    const r = await receiptFor(offer, { locale: 'en-GB' });
    expect((await verifyReceipt({ ...r, locale: 'de-DE' }, offer)).ok).toBe(false);
    expect((await verifyReceipt(r, offer, { strings: { ...EN_STRINGS, accessRead: 'Read-only' } })).ok).toBe(false);
  });

  it('refuses an option that is not part of the offer', async () => {
    const offer = loadOffer();
    const other = structuredClone(offer.retreat);
    other.id = 'made-up';
    const r = await createReceipt({
      offer,
      choice: 'retreat',
      shown: [discloseOption(other, 'x', 'en')],
      addOns: [],
      shownAt: new Date(0),
      chosenAt: new Date(0),
      locale: 'en',
      arm: null,
      version: VERSION,
    });
    expect(await verifyReceipt(r, offer)).toEqual({
      ok: false,
      reason: expect.stringMatching(/not an option of this offer/),
    });
  });

  it('verifies a small-only receipt (the retreat alone) and a retreat chosen for a constraint', async () => {
    const offer = loadOffer();
    offer.retreatFor = { budget: { ...structuredClone(offer.retreat), id: undefined, title: 'Free 2-week proof' } };
    const shown = [
      discloseOption(offer.full, 'full', 'en'),
      discloseOption(offer.retreatFor.budget!, 'retreat-budget', 'en'),
    ];
    const r = await createReceipt({
      offer,
      choice: 'retreat',
      shown,
      addOns: [],
      shownAt: new Date(0),
      chosenAt: new Date(0),
      locale: 'en',
      arm: null,
      version: VERSION,
    });
    expect(await verifyReceipt(r, offer)).toEqual({ ok: true });
    const solo = await createReceipt({
      offer,
      choice: 'retreat',
      shown: [discloseOption(offer.retreat, 'retreat', 'en')],
      addOns: [],
      shownAt: new Date(0),
      chosenAt: new Date(0),
      locale: 'en',
      arm: 'small-only',
      version: VERSION,
    });
    expect(await verifyReceipt(solo, offer)).toEqual({ ok: true });
    expect((await verifyReceipt({ ...solo, choice: 'full' }, offer)).ok).toBe(false);
  });
});

const loadSubscription = (): Offer => JSON.parse(readFileSync('examples/offers/subscription.json', 'utf8')) as Offer;

describe('receipts cover the ticked add-ons (issue 12 item 1)', () => {
  it('puts every ticked add-on, with its label and price as displayed, into the hashed disclosure', async () => {
    const offer = loadSubscription();
    const without = await receiptFor(offer, { locale: 'en-IE', choice: 'full' });
    const withAddOn = await receiptFor(offer, { locale: 'en-IE', choice: 'full', addOns: ['coach-calls'] });
    expect(withAddOn.digest).not.toBe(without.digest);
    expect(withAddOn.addOns).toEqual(['coach-calls']);
    expect(JSON.parse(withAddOn.disclosure).addOns).toEqual([
      { id: 'coach-calls', label: 'A monthly video call with your coach', price: '€9.00 a month' },
    ]);
    // No add-on ticked: the disclosure has no addOns member, so it hashes as it did before add-ons were covered.
    expect(JSON.parse(without.disclosure)).not.toHaveProperty('addOns');
    expect(await verifyReceipt(withAddOn, offer)).toEqual({ ok: true });
    expect(await verifyReceipt(without, offer)).toEqual({ ok: true });
  });

  it('fails verification when an add-on is removed from the receipt', async () => {
    const offer = loadSubscription();
    const r = await receiptFor(offer, { choice: 'full', addOns: ['coach-calls'] });
    expect((await verifyReceipt({ ...r, addOns: [] }, offer)).reason).toMatch(/receipt\.addOns/);
    const d = JSON.parse(r.disclosure);
    delete d.addOns;
    const stripped = canonicalJson(d);
    expect((await verifyReceipt({ ...r, disclosure: stripped }, offer)).reason).toMatch(/digest/);
    expect((await verifyReceipt({ ...r, disclosure: stripped, digest: nodeSha(stripped) }, offer)).ok).toBe(false);
  });

  it('fails verification when the price or label of a ticked add-on changed in the offer', async () => {
    const r = await receiptFor(loadSubscription(), { choice: 'full', addOns: ['coach-calls'] });
    const pricier = loadSubscription();
    pricier.addOns![0]!.price!.amount = 9.5;
    expect(await verifyReceipt(r, pricier)).toEqual({
      ok: false,
      reason: expect.stringMatching(/disclosure\.addOns\[0\]\.price differs/),
    });
    const renamed = loadSubscription();
    renamed.addOns![0]!.label += ' (30 minutes)';
    expect((await verifyReceipt(r, renamed)).reason).toMatch(/addOns\[0\]\.label differs/);
    const gone = loadSubscription();
    gone.addOns = [];
    expect((await verifyReceipt(r, gone)).reason).toMatch(/not an add-on of this offer/);
  });

  it('lists add-ons in the offer order whatever the click order, and refuses unknown ids and add-ons on a stop', async () => {
    const offer = loadSubscription();
    offer.addOns!.push({ id: 'plan-pdf', label: 'Printed training plan' });
    const a = await receiptFor(offer, { choice: 'full', addOns: ['plan-pdf', 'coach-calls'] });
    const b = await receiptFor(offer, { choice: 'full', addOns: ['coach-calls', 'plan-pdf'] });
    expect(a.digest).toBe(b.digest);
    expect(a.addOns).toEqual(['coach-calls', 'plan-pdf']);
    await expect(receiptFor(offer, { choice: 'full', addOns: ['nope'] })).rejects.toThrow(/no add-on "nope"/);
    await expect(receiptFor(offer, { choice: 'stop', addOns: ['coach-calls'] })).rejects.toThrow(/stop/);
  });
});

describe('VERSION', () => {
  it('equals package.json version', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

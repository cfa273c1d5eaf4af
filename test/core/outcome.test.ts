import { describe, expect, it } from 'vitest';
import { checkOutcome, createOutcome, isoMillis, OutcomeError, OUTCOMES } from '../../src/core/outcome.js';

const digest = 'a'.repeat(64);

describe('createOutcome', () => {
  it('builds the log line the analysis reads, with or without a digest', () => {
    expect(
      createOutcome({
        offerId: 'acme',
        visitorId: 'v1',
        outcome: 'refunded',
        at: new Date(Date.UTC(2026, 2, 1, 10)),
        digest,
      }),
    ).toEqual({
      type: 'offer-outcome',
      detail: { offerId: 'acme', outcome: 'refunded', at: '2026-03-01T10:00:00.000Z', digest },
      visitorId: 'v1',
    });
    const plain = createOutcome({
      offerId: 'acme',
      visitorId: 'v1',
      outcome: 'renewed',
      at: '2026-03-01T10:00:00+01:00',
    });
    expect(plain.detail).not.toHaveProperty('digest');
    for (const outcome of OUTCOMES)
      expect(createOutcome({ offerId: 'a', visitorId: 'v', outcome, at: '2026-01-01T00:00:00Z' }).detail.outcome).toBe(
        outcome,
      );
  });

  it('names every wrong field', () => {
    let error: OutcomeError | undefined;
    try {
      createOutcome({
        offerId: 'acme id',
        visitorId: '',
        outcome: 'upgraded' as never,
        at: '2026-03-01',
        digest: 'ABC',
      });
    } catch (err) {
      error = err as OutcomeError;
    }
    expect(error).toBeInstanceOf(OutcomeError);
    expect(error!.issues.map((i) => i.path).sort()).toEqual([
      'detail.at',
      'detail.digest',
      'detail.offerId',
      'detail.outcome',
      'visitorId',
    ]);
    expect(error!.message).toMatch(/detail\.outcome must be one of "renewed", "cancelled"/);
    expect(error!.message).toMatch(/detail\.at must be an ISO 8601 date-time with seconds and a zone/);
    expect(() => createOutcome({ offerId: 'a', visitorId: 'v', outcome: 'renewed', at: new Date(NaN) })).toThrow(
      /detail\.at/,
    );
  });

  it('checkOutcome refuses lines that are not outcomes without throwing', () => {
    expect(checkOutcome({ type: 'offer-choice', detail: {}, visitorId: 'v' })).toMatchObject({ ok: false });
    expect(checkOutcome(null)).toMatchObject({ ok: false });
    const missing = checkOutcome({
      type: 'offer-outcome',
      detail: { offerId: 'a', outcome: 'renewed' },
      visitorId: 'v',
    });
    expect(missing).toMatchObject({ ok: false, issues: [{ path: 'detail.at' }] });
  });
});

describe('isoMillis', () => {
  it.each([
    ['2026-03-01T10:00:00Z', Date.UTC(2026, 2, 1, 10)],
    ['2026-03-01T10:00:00.250Z', Date.UTC(2026, 2, 1, 10, 0, 0, 250)],
    ['2026-03-01T10:00:00+01:00', Date.UTC(2026, 2, 1, 9)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('%s', (text, ms) => expect(isoMillis(text)).toBe(ms));

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-03-01T10:00Z',
    '2026-03-01T10:00:00',
    '2026-03-01',
    '2026-13-01T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T10:00:00.1234Z',
    5,
  ])('refuses %s (engines disagree on lenient forms)', (text) => expect(isoMillis(text)).toBeNull());
});

/**
 * validateOffer runs the copy checks on every copy field, with the field's role and path.
 * checkCopy is spied on (the real one runs) so the test sees exactly which fields were checked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
// Every check group, as fair-offer/core registers them (the browser loads each on demand).
import '../../src/core/register-all.js';
import { checkCopy } from '../../src/core/copy/check-copy.js';
import { validateOffer } from '../../src/core/validate-offer.js';
import { offerWith } from './guardrails/offer-fixture.js';

vi.mock('../../src/core/copy/check-copy.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/copy/check-copy.js')>();
  return { ...actual, checkCopy: vi.fn(actual.checkCopy) };
});
const spy = vi.mocked(checkCopy);

const DEADLINE = { at: '2030-12-31T23:59:00Z', reason: 'Prices change on 1 January 2031' };
const rich = () =>
  offerWith((o) => {
    o.declineLabel = 'Not this one';
    o.addOns = [{ id: 'support', label: 'Add priority support', recurring: true }];
    o.claims = [{ text: '3 seats left in the Tuesday workshop', source: 'Room capacity 12, bookings system' }];
    o.deadline = DEADLINE;
    o.full.action.href = 'https://example.com/start';
    o.retreat.impact = { text: 'Funds one weekend shift', verificationUrl: 'https://example.org/report' };
    o.retreatVariants = [Object.assign(structuredClone(o.retreat), { id: 'proof-1w', title: 'One-week proof' })];
    o.experiment = {
      id: 'sizes',
      arms: [
        { name: 'rtr', kind: 'rtr', weight: 1 },
        { name: 'rtr-1w', kind: 'rtr', weight: 1, retreat: 'proof-1w' },
      ],
    };
  });

const calls = () => new Map(spy.mock.calls.map(([text, options]) => [options?.path ?? '', { text, ...options }]));

beforeEach(() => spy.mockClear());

describe('copy fields', () => {
  it('checks each copy field with its role', () => {
    validateOffer(rich());
    const byPath = calls();
    const roles: Record<string, string> = {
      'full.action.label': 'action',
      'retreat.action.label': 'action',
      'retreatVariants.0.action.label': 'action',
      declineLabel: 'decline',
      'stop.label': 'stop',
      'full.title': 'heading',
      'retreatVariants.0.title': 'heading',
      'claims.0.text': 'claim',
      'addOns.0.label': 'secondary',
      'full.rationale': 'body',
      'retreat.stillAnswers': 'body',
      'retreat.terms.scope': 'body',
      'full.terms.renewal.cancel': 'body',
      'retreat.impact.text': 'body',
      'stop.confirmation': 'body',
      decision: 'body',
      'successCriteria.1': 'body',
      'deadline.reason': 'body',
      'requester.role': 'body',
    };
    for (const [path, role] of Object.entries(roles)) expect(byPath.get(path)?.role, path).toBe(role);
  });

  it("passes the declared deadline, the clock and a claim's source", () => {
    const now = new Date('2026-06-01T00:00:00Z');
    validateOffer(rich(), { now });
    const claim = calls().get('claims.0.text')!;
    expect(claim.source).toBe('Room capacity 12, bookings system');
    expect(claim.deadline).toEqual(DEADLINE);
    expect(claim.now).toBe(now);
    expect(calls().get('decision')!.deadline).toEqual(DEADLINE);
  });

  it('skips ids, codes, URLs, timestamps and experiment config', () => {
    validateOffer(rich());
    const paths = [...calls().keys()];
    for (const notCopy of [
      'id',
      'full.id',
      'full.terms.price.currency',
      'full.terms.price.period',
      'full.terms.dataAccess.level',
      'full.action.href',
      'retreat.impact.verificationUrl',
      'deadline.at',
      'addOns.0.id',
      'claims.0.source',
      'experiment.arms.0.name',
      'experiment.id',
    ]) {
      expect(paths, notCopy).not.toContain(notCopy);
    }
  });

  it('finds a field the model gains later without being told (generic walk)', () => {
    // Simulates an unknown text field on a raw (unparsed) offer: the walk is by shape, not by a list.
    validateOffer(
      offerWith((o) => {
        o.id = 7;
        o.full.subtitle = 'A new field';
      }),
    );
    expect(calls().get('full.subtitle')).toMatchObject({ role: 'body', text: 'A new field' });
  });

  it('checks copy as read: zero-width and bidi characters removed', () => {
    validateOffer(offerWith((o) => (o.declineLabel = 'No\u200B thanks\u202E')));
    expect(calls().get('declineLabel')!.text).toBe('No thanks');
  });

  it('reports the copy findings with the field path', () => {
    spy.mockImplementationOnce((_text, options) => [
      { rule: 'vague-cta', severity: 'warning', message: 'Say what the button does.', path: options?.path },
    ]);
    const result = validateOffer(rich());
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'vague-cta', path: spy.mock.calls[0]![1]!.path }),
    );
    expect(result.ok).toBe(true); // a warning renders
  });

  it('a shaming stop label is also a missing stop path', () => {
    spy.mockImplementation((_text, options) =>
      options?.path === 'stop.label'
        ? [{ rule: 'confirmshaming', severity: 'error', message: 'Shames the visitor.', path: 'stop.label' }]
        : [],
    );
    const result = validateOffer(rich());
    spy.mockReset();
    expect(
      result.findings
        .filter((f) => f.path === 'stop.label')
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['confirmshaming', 'missing-stop-path']);
    expect(result.ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  INITIAL_STATE,
  configFor,
  initialState,
  normalizeState,
  reduce,
  retreatOption,
  type SequenceAction,
  type SequenceConfig,
  type SequenceState,
} from '../../src/core/sequence.js';
import type { Offer } from '../../src/core/offer-schema.js';

const seq: SequenceConfig = { mode: 'sequential', askConstraint: true };
const noAsk: SequenceConfig = { mode: 'sequential', askConstraint: false };
const sbs: SequenceConfig = { mode: 'side-by-side', askConstraint: true };

function run(config: SequenceConfig, actions: SequenceAction[], from: SequenceState = INITIAL_STATE): SequenceState {
  return actions.reduce((s, a) => reduce(s, a, config), from);
}

describe('sequence reducer', () => {
  it.each([
    [
      'decline asks the constraint',
      seq,
      [{ type: 'decline' }],
      { stage: 'constraint', constraint: null, choice: null },
    ],
    [
      'answering shows the retreat for it',
      seq,
      [{ type: 'decline' }, { type: 'constraint', constraint: 'budget' }],
      { stage: 'retreat', constraint: 'budget', choice: null },
    ],
    [
      'skip shows the default retreat',
      seq,
      [{ type: 'decline' }, { type: 'constraint', constraint: null }],
      { stage: 'retreat', constraint: null, choice: null },
    ],
    [
      'no question when askConstraint is false',
      noAsk,
      [{ type: 'decline' }],
      { stage: 'retreat', constraint: null, choice: null },
    ],
    ['choose full', seq, [{ type: 'choose', choice: 'full' }], { stage: 'chosen', constraint: null, choice: 'full' }],
    [
      'choose retreat after decline',
      seq,
      [{ type: 'decline' }, { type: 'constraint', constraint: 'time' }, { type: 'choose', choice: 'retreat' }],
      { stage: 'chosen', constraint: 'time', choice: 'retreat' },
    ],
    [
      'back from retreat to full',
      seq,
      [{ type: 'decline' }, { type: 'constraint', constraint: 'time' }, { type: 'back' }],
      { stage: 'full', constraint: 'time', choice: null },
    ],
    ['stop from full', seq, [{ type: 'stop' }], { stage: 'stopped', constraint: null, choice: null }],
    [
      'stop from the question',
      seq,
      [{ type: 'decline' }, { type: 'stop' }],
      { stage: 'stopped', constraint: null, choice: null },
    ],
    [
      'stop from retreat',
      seq,
      [{ type: 'decline' }, { type: 'constraint', constraint: 'policy' }, { type: 'stop' }],
      { stage: 'stopped', constraint: 'policy', choice: null },
    ],
    [
      'stop after a choice clears the choice',
      seq,
      [{ type: 'choose', choice: 'full' }, { type: 'stop' }],
      { stage: 'stopped', constraint: null, choice: null },
    ],
    [
      'change my choice returns to the options',
      seq,
      [{ type: 'choose', choice: 'full' }, { type: 'change' }],
      { stage: 'full', constraint: null, choice: null },
    ],
    [
      'reopen after stop shows the full option',
      seq,
      [{ type: 'stop' }, { type: 'reopen' }],
      { stage: 'full', constraint: null, choice: null },
    ],
    [
      'side-by-side: retreat is one click from the start',
      sbs,
      [{ type: 'choose', choice: 'retreat' }],
      { stage: 'chosen', constraint: null, choice: 'retreat' },
    ],
  ] as const)('%s', (_name, config, actions, expected) => {
    expect(run(config, actions as unknown as SequenceAction[])).toMatchObject(expected);
  });

  it('shows only one retreat ever: a second decline goes straight back to the same retreat', () => {
    const s = run(seq, [
      { type: 'decline' },
      { type: 'constraint', constraint: 'budget' },
      { type: 'back' },
      { type: 'decline' },
    ]);
    expect(s).toMatchObject({ stage: 'retreat', constraint: 'budget' });
    // and there is no decline from the retreat itself
    expect(reduce(s, { type: 'decline' }, seq)).toBe(s);
  });

  it.each([
    ['decline in retreat', { type: 'decline' }, { stage: 'retreat', constraint: null, choice: null }],
    [
      'choose full in retreat (only via back)',
      { type: 'choose', choice: 'full' },
      { stage: 'retreat', constraint: null, choice: null },
    ],
    [
      'choose retreat in full (sequential)',
      { type: 'choose', choice: 'retreat' },
      { stage: 'full', constraint: null, choice: null },
    ],
    [
      'second choice while chosen',
      { type: 'choose', choice: 'full' },
      { stage: 'chosen', constraint: null, choice: 'full' },
    ],
    ['second stop while stopped', { type: 'stop' }, { stage: 'stopped', constraint: null, choice: null }],
    [
      'answer outside the question',
      { type: 'constraint', constraint: 'time' },
      { stage: 'full', constraint: null, choice: null },
    ],
    ['back from full', { type: 'back' }, { stage: 'full', constraint: null, choice: null }],
    ['change while not chosen', { type: 'change' }, { stage: 'full', constraint: null, choice: null }],
    ['reopen while not stopped', { type: 'reopen' }, { stage: 'retreat', constraint: null, choice: null }],
  ] as const)('ignores %s (returns the same object)', (_name, action, state) => {
    const s = normalizeState(state as SequenceState, seq);
    expect(reduce(s, action as SequenceAction, seq)).toBe(s);
  });

  it('side-by-side has no decline and no question', () => {
    expect(reduce(INITIAL_STATE, { type: 'decline' }, sbs)).toBe(INITIAL_STATE);
  });

  it.each([
    [
      'chosen without a choice → full',
      { stage: 'chosen', constraint: null, choice: null },
      seq,
      { stage: 'full', choice: null },
    ],
    [
      'a choice outside chosen is dropped',
      { stage: 'retreat', constraint: 'time', choice: 'full' },
      seq,
      { stage: 'retreat', choice: null, declined: true },
    ],
    ['unknown stage → full', { stage: 'nope', constraint: null, choice: null }, seq, { stage: 'full' }],
    ['unknown constraint → null', { stage: 'retreat', constraint: 'mood', choice: null }, seq, { constraint: null }],
    [
      'question without asking → retreat',
      { stage: 'constraint', constraint: null, choice: null },
      noAsk,
      { stage: 'retreat' },
    ],
    [
      'side-by-side has no retreat stage',
      { stage: 'retreat', constraint: null, choice: null },
      sbs,
      { stage: 'full', declined: false },
    ],
  ] as const)('normalises %s', (_name, input, config, expected) => {
    expect(normalizeState(input as unknown as SequenceState, config)).toMatchObject(expected);
  });

  it('normalises garbage to the initial state', () => {
    expect(normalizeState(undefined, seq)).toEqual({ stage: 'full', constraint: null, choice: null, declined: false });
  });
});

describe('retreatOption and configFor', () => {
  const offer = JSON.parse(
    readFileSync(new URL('../../examples/offers/saas-pilot.json', import.meta.url), 'utf8'),
  ) as Offer;
  const budget = { ...offer.retreat, id: 'budget-one', title: 'Budget option' };
  const withFor: Offer = { ...offer, retreatFor: { budget } };

  it('uses retreatFor[constraint] when given, else the default retreat', () => {
    expect(retreatOption(withFor, 'budget').id).toBe('budget-one');
    expect(retreatOption(withFor, 'time').id).toBe(offer.retreat.id);
    expect(retreatOption(withFor, 'other').id).toBe(offer.retreat.id);
    expect(retreatOption(withFor, null).id).toBe(offer.retreat.id);
  });

  it('asks the constraint unless the offer says askConstraint: false', () => {
    expect(configFor(offer).askConstraint).toBe(true);
    expect(configFor({ askConstraint: false }, 'side-by-side')).toEqual({
      mode: 'side-by-side',
      askConstraint: false,
      kind: 'rtr',
    });
  });

  it('single-option arms are always sequential', () => {
    expect(configFor(offer, 'side-by-side', 'small-only').mode).toBe('sequential');
    expect(configFor(offer, 'side-by-side', 'full-only').mode).toBe('sequential');
  });
});

describe('experiment arms', () => {
  const small: SequenceConfig = { mode: 'sequential', askConstraint: true, kind: 'small-only' };
  const holdout: SequenceConfig = { mode: 'sequential', askConstraint: true, kind: 'full-only' };

  it('small-only starts at the smaller option, with nothing declined', () => {
    expect(initialState(small)).toEqual({ stage: 'retreat', constraint: null, choice: null, declined: false });
    expect(initialState(holdout)).toBe(INITIAL_STATE);
    expect(initialState(seq)).toBe(INITIAL_STATE);
  });

  it.each([
    [
      'small-only: choose the smaller option',
      small,
      [{ type: 'choose', choice: 'retreat' }],
      { stage: 'chosen', choice: 'retreat', declined: false },
    ],
    [
      'small-only: change returns to the smaller option',
      small,
      [{ type: 'choose', choice: 'retreat' }, { type: 'change' }],
      { stage: 'retreat', choice: null },
    ],
    [
      'small-only: reopen after stop shows the smaller option',
      small,
      [{ type: 'stop' }, { type: 'reopen' }],
      { stage: 'retreat', choice: null },
    ],
    ['full-only: choose full', holdout, [{ type: 'choose', choice: 'full' }], { stage: 'chosen', choice: 'full' }],
    ['full-only: stop is the only "no"', holdout, [{ type: 'stop' }], { stage: 'stopped', choice: null }],
    ['full-only: reopen shows the full option', holdout, [{ type: 'stop' }, { type: 'reopen' }], { stage: 'full' }],
  ] as const)('%s', (_name, config, actions, expected) => {
    expect(run(config, actions as unknown as SequenceAction[], initialState(config))).toMatchObject(expected);
  });

  it.each([
    ['small-only: back (there is no full option to go back to)', small, { type: 'back' }],
    ['small-only: choose full', small, { type: 'choose', choice: 'full' }],
    ['full-only: decline (no retreat in the holdout)', holdout, { type: 'decline' }],
    ['full-only: choose retreat', holdout, { type: 'choose', choice: 'retreat' }],
  ] as const)('ignores %s', (_name, config, action) => {
    const s = initialState(config);
    expect(reduce(s, action as SequenceAction, config)).toBe(s);
  });

  it.each([
    [
      'small-only: full → retreat',
      small,
      { stage: 'full', constraint: null, choice: null },
      { stage: 'retreat', declined: false },
    ],
    [
      'small-only: chosen full → retreat',
      small,
      { stage: 'chosen', constraint: null, choice: 'full' },
      { stage: 'retreat', choice: null },
    ],
    [
      'small-only: constraint dropped',
      small,
      { stage: 'retreat', constraint: 'time', choice: null },
      { constraint: null },
    ],
    [
      'full-only: retreat → full',
      holdout,
      { stage: 'retreat', constraint: 'time', choice: null },
      { stage: 'full', constraint: null, declined: false },
    ],
    [
      'full-only: chosen retreat → full',
      holdout,
      { stage: 'chosen', constraint: null, choice: 'retreat' },
      { stage: 'full', choice: null },
    ],
    ['full-only: question → full', holdout, { stage: 'constraint', constraint: null, choice: null }, { stage: 'full' }],
  ] as const)('normalises %s', (_name, config, input, expected) => {
    expect(normalizeState(input as unknown as SequenceState, config)).toMatchObject(expected);
  });
});

/**
 * What the element keeps in localStorage, and what happens without it: the deadline history (an evergreen
 * timer makes the offer invalid) and the one warning when storage is unavailable.
 */
import { expect } from '@open-wc/testing';
import { DEADLINE_KEY_PREFIX } from '../../src/core/deadline-history.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { activate, captureEvents, loadOffer, part, renderOffer, stageOf } from './helpers.js';
import { captureConsole } from './console-capture.js';

describe('storage in the element', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
  });
  beforeEach(() => localStorage.clear());

  it('a deadline that moved later since the last visit (evergreen timer) makes the offer invalid', async () => {
    const first = {
      ...offer,
      id: 'sale-2099',
      deadline: { at: '2099-03-01T17:00:00Z', reason: 'the cohort starts in March' },
    };
    const el = await renderOffer(first);
    expect(stageOf(el)).to.equal('full');
    expect(JSON.parse(localStorage.getItem(`${DEADLINE_KEY_PREFIX}sale-2099`)!).at).to.equal('2099-03-01T17:00:00Z');
    el.remove();

    const err = captureConsole('error');
    const cap = captureEvents(['offer-invalid']);
    const moved = { ...first, deadline: { ...first.deadline, at: '2099-03-02T17:00:00Z' } };
    let again;
    try {
      again = await renderOffer(moved);
    } finally {
      err.restore();
      cap.stop();
    }
    expect(stageOf(again)).to.equal(null);
    expect(part(again, 'stop-action')).to.equal(null);
    expect(cap.events).to.have.length(1);
    const rules = cap.events[0]!.detail.findings.map((f: { rule: string; path?: string }) => `${f.rule}@${f.path}`);
    expect(rules).to.include('false-urgency@deadline.at');
    expect(err.calls).to.have.length(1);
  });

  it('the same deadline, or an earlier one, is fine; other offer ids are independent', async () => {
    const base = { ...offer, id: 'sale-b', deadline: { at: '2099-05-01T00:00:00Z', reason: 'prices change in May' } };
    for (const at of ['2099-05-01T00:00:00Z', '2099-04-20T00:00:00Z', '2099-04-20T00:00:00Z']) {
      const el = await renderOffer({ ...base, deadline: { ...base.deadline, at } });
      expect(stageOf(el), at).to.equal('full');
      el.remove();
    }
    const other = await renderOffer({
      ...base,
      id: 'sale-c',
      deadline: { ...base.deadline, at: '2099-06-01T00:00:00Z' },
    });
    expect(stageOf(other)).to.equal('full');
  });

  // Before the next test: the warning is once per page, so it must not have been printed yet.
  it('with working storage there is no warning', async () => {
    const warn = captureConsole('warn');
    try {
      const el = await renderOffer({ ...offer, id: 'with-storage' });
      await activate(el, part(el, 'stop-action'));
    } finally {
      warn.restore();
    }
    expect(warn.calls.filter((c) => String(c[0]).includes('localStorage'))).to.deep.equal([]);
  });

  it('unavailable storage: one console warning per page, and the offer still works', async () => {
    const warn = captureConsole('warn');
    const proto = Storage.prototype;
    const { setItem } = proto;
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      for (let i = 0; i < 3; i++) {
        const el = await renderOffer({ ...offer, id: `no-storage-${i}` });
        await activate(el, part(el, 'stop-action'));
        expect(stageOf(el)).to.equal('stopped');
      }
    } finally {
      proto.setItem = setItem;
      warn.restore();
    }
    const storageWarnings = warn.calls.filter((c) => String(c[0]).includes('localStorage is unavailable'));
    expect(storageWarnings).to.have.length(1);
    expect(String(storageWarnings[0]![0])).to.contain('"Not now" will not be remembered across pages');
  });
});

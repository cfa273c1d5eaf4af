/**
 * localStorage is probed (a write of `fair-offer:probe`) once for widgets that render together, not once per
 * widget (warn-once.ts), and a store that stops working later is still seen by the next probe.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FairOffer } from '../../src/element/fair-offer.js';
import '../../src/define.js';
import { loadOffer, stageOf } from './helpers.js';

describe('the localStorage probe', () => {
  it('runs once for five widgets rendering together', async () => {
    const offer = { ...(await loadOffer()), id: 'probe-many' };
    const proto = Storage.prototype;
    const realSetItem = proto.setItem;
    let probes = 0;
    proto.setItem = function (this: Storage, key: string, value: string) {
      if (key === 'fair-offer:probe') probes++;
      return realSetItem.call(this, key, value);
    };
    const wrapper = document.createElement('div');
    try {
      document.body.append(wrapper);
      const widgets = Array.from({ length: 5 }, () => {
        const el = document.createElement('fair-offer') as FairOffer;
        el.offer = structuredClone(offer) as FairOffer['offer'];
        return wrapper.appendChild(el);
      });
      await waitUntil(() => widgets.every((el) => stageOf(el) === 'full'), 'all five paint');
      await Promise.all(widgets.map((el) => el.updateComplete));
      expect(widgets.map(stageOf)).to.deep.equal(['full', 'full', 'full', 'full', 'full']);
      expect(probes, 'one probe for five widgets').to.equal(1);
    } finally {
      proto.setItem = realSetItem;
      wrapper.remove();
    }
  });
});

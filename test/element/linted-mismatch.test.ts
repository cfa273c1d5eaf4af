/**
 * A `linted` digest that does not match what the element is given (the offer was edited after it was linted) or
 * an offer the linted path does not take (a deadline) waits for the full checks before anything of it paints: a
 * confirmshaming decline edited into a linted offer is refused before it renders. The checks chunk is held back
 * until the test has looked at the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FairOffer } from '../../src/element/fair-offer.js';
import '../../src/define.js';
import { checksImport } from '../../src/element/checks-loader.js';
import { browserLintDigest } from '../../src/element/linted.js';
import { captureConsole } from './console-capture.js';
import { captureEvents, loadOffer, stageOf } from './helpers.js';

const realLoad = checksImport.load;
let open!: () => void;
const opened = new Promise<void>((resolve) => (open = resolve));
const stagesWhenRequested: Array<string | null> = [];
checksImport.load = () => {
  stagesWhenRequested.push(...[...document.querySelectorAll('fair-offer')].map((el) => stageOf(el as FairOffer)));
  return opened.then(realLoad);
};

function mount(offer: unknown, linted: string): FairOffer {
  const el = document.createElement('fair-offer') as FairOffer;
  el.lang = 'en';
  el.setAttribute('linted', linted);
  el.offer = offer as FairOffer['offer'];
  el.innerHTML = '<a slot="fallback" href="https://example.com/plans">See the plans</a>';
  document.body.append(el);
  return el;
}

/** Every stage that was ever put into the widget's shadow root. */
function stagesEverShown(el: FairOffer): string[] {
  const seen: string[] = [];
  new MutationObserver(() => {
    const stage = stageOf(el);
    if (stage) seen.push(stage);
  }).observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
  return seen;
}

describe('a linted offer that was changed, or has a deadline', () => {
  it('waits for the checks before its first paint; an edited-in confirmshaming decline is refused before it renders', async () => {
    const linted = { ...(await loadOffer()), id: 'edited-after-lint' };
    const digest = (await browserLintDigest(linted, { jurisdictions: [], language: 'en' }))!;
    const edited = { ...linted, declineLabel: 'No, I enjoy doing reports by hand' };
    const withDeadline = {
      ...(await loadOffer()),
      id: 'linted-deadline',
      deadline: { at: '2099-03-31T17:00:00Z', reason: 'The pilot programme closes then.' },
    };
    const deadlineDigest = (await browserLintDigest(withDeadline, { jurisdictions: [], language: 'en' }))!;
    const cap = captureEvents(['offer-invalid', 'offer-view']);
    const errors = captureConsole('error');
    const refused = mount(edited, digest);
    const timed = mount(withDeadline, deadlineDigest);
    const refusedStages = stagesEverShown(refused);
    const timedStages = stagesEverShown(timed);
    try {
      await waitUntil(() => stagesWhenRequested.length > 0, 'the checks are asked for');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(stagesWhenRequested, 'asked for before anything painted').to.deep.equal([null, null]);
      expect(refusedStages.concat(timedStages), 'nothing painted while the checks load').to.deep.equal([]);
      open();
      await refused.updateComplete;
      await timed.updateComplete;
    } finally {
      errors.restore();
      cap.stop();
      refused.remove();
      timed.remove();
    }
    expect(refusedStages, 'the edited offer never rendered').to.deep.equal([]);
    expect(cap.of('offer-invalid').map((event) => event.detail.offerId)).to.deep.equal(['edited-after-lint']);
    expect(errors.mentioning('lint digest'), 'a mismatch is not a forged verdict: nothing was painted').to.have.length(
      0,
    );
    expect(timedStages[0], 'the offer with a deadline is shown once checked').to.equal('full');
  });
});

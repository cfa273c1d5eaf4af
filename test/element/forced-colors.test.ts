/**
 * Forced colors (Windows High Contrast), emulated in Chromium: the widget keeps every control visible with
 * system colours, borders and a focus indicator, and axe still finds nothing, in each stage.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { axeViolations, describeViolations, focusIndicator } from './checks.js';
import { $, loadOffer, part, press, renderOffer, tabTo } from './helpers.js';

const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

describe('forced colors', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => forcedColors(false));

  it('the emulation is real: the media query matches only while it is on', async () => {
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await forcedColors(false);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });

  for (const mode of ['sequential', 'side-by-side'] as const) {
    it(`${mode}: buttons have visible system-colour borders, focus stays visible, axe passes`, async () => {
      await forcedColors(true);
      const el = await renderOffer(await loadOffer(), { mode });
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      expect(buttons.length).to.be.greaterThan(2);
      for (const b of buttons) {
        const cs = getComputedStyle(b);
        // In forced colours backgrounds are flattened: a button is only recognisable by its border.
        expect(parseFloat(cs.borderTopWidth), `${b.textContent} border`).to.be.greaterThan(0);
        expect(cs.borderTopStyle, `${b.textContent} border style`).to.not.equal('none');
      }
      const stop = part(el, 'stop-action')!;
      await tabTo(stop);
      expect(focusIndicator(stop).visible, focusIndicator(stop).why).to.equal(true);
      const violations = await axeViolations(el);
      expect(violations, describeViolations(violations)).to.have.length(0);
    });
  }

  it('the retreat stage reached by keyboard keeps the differences marked in text', async () => {
    await forcedColors(true);
    const el = await renderOffer(await loadOffer());
    await tabTo(part(el, 'decline-action'));
    await press('Enter');
    await el.updateComplete;
    // Skip the optional question if it is shown.
    const skip = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /skip/i.test(b.textContent ?? ''));
    if (skip) {
      await tabTo(skip);
      await press('Enter');
      await el.updateComplete;
    }
    expect($(el, 'table')?.textContent ?? '').to.match(/Differs/);
    const violations = await axeViolations(el);
    expect(violations, describeViolations(violations)).to.have.length(0);
  });

  it('can fail: a button without a border is invisible as a button in forced colours', async () => {
    await forcedColors(true);
    const flat = document.createElement('button');
    flat.textContent = 'Flat';
    flat.style.cssText = 'border: none; background: none';
    document.body.append(flat);
    expect(parseFloat(getComputedStyle(flat).borderTopWidth)).to.equal(0);
    flat.remove();
  });
});

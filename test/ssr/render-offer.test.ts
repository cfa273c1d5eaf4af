import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../src/core/offer-schema.js';
import { prepareOffer } from '../../src/core/prepare-offer.js';
import { OfferRefusedError, renderOffer } from '../../src/ssr/index.js';
import { lintDigest } from '../../src/core/lint-digest.js';

const load = (name: string): Offer => JSON.parse(readFileSync(`examples/offers/${name}.json`, 'utf8')) as Offer;

/** The offer carried as the element's JSON child, parsed back. */
function jsonChild(html: string): unknown {
  const match = /<script type="application\/json">(.*?)<\/script>/s.exec(html);
  return match ? JSON.parse(match[1]!) : undefined;
}

/** The attributes of the opening tag. */
function attributes(html: string): Record<string, string> {
  const tag = /^<fair-offer([^>]*)>/.exec(html)?.[1] ?? '';
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
}

/** The shadow tree's markup, without Lit's hydration markers. */
function shadowText(html: string): string {
  const match = /<template shadowroot="open" shadowrootmode="open">(.*)<\/template>/s.exec(html);
  return (match?.[1] ?? '').replace(/<!--.*?-->/gs, '').replace(/<style>.*?<\/style>/gs, '');
}

describe('renderOffer', () => {
  it('prints the element with its shadow tree as declarative shadow DOM, styles inlined, by Lit SSR', () => {
    const offer = load('saas-pilot');
    const html = renderOffer(offer);
    expect(html).toMatch(/^<fair-offer [^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    expect(attributes(html)).toEqual({ lang: 'en', mode: 'sequential', linted: lintDigest(offer, { language: 'en' }) });
    expect(html).toMatch(/<\/fair-offer>$/);
    expect(html).toContain('<!--lit-part'); // Lit's own markers: what hydration adopts
    const shadow = shadowText(html);
    expect(shadow).toContain(offer.full.title);
    expect(shadow).toContain('part="full-action"');
    expect(shadow).toMatch(/part="stop-action[ "]/); // the stop path (it also carries secondary-action)
    expect(shadow).toContain('id="stage-heading"');
    expect(shadow).toContain(offer.decision);
  });

  it('carries the lint digest of the JSON child it prints, in the language it renders in', () => {
    const offer = load('saas-pilot');
    const html = renderOffer(offer, { lang: 'en-GB', locale: 'en-GB' });
    const child = jsonChild(html);
    expect(attributes(html).linted).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(attributes(html).linted).toBe(lintDigest(child, { language: 'en-GB' }));
    expect(attributes(html).linted).not.toBe(lintDigest(offer, { language: 'en-GB' })); // the locale is in the child
  });

  it('carries the offer as its JSON child and a light-DOM fallback with the action and stop links', () => {
    const offer = load('saas-pilot');
    offer.full.action.href = 'https://shop.example/pilot?plan=full&ref="x"';
    const html = renderOffer(offer);
    expect(jsonChild(html)).toEqual(offer);
    const fallback = /<div slot="fallback">(.*?)<\/div>/s.exec(html)?.[1] ?? '';
    expect(fallback).toContain(offer.full.title);
    expect(fallback).toContain('href="https://shop.example/pilot?plan=full&amp;ref=&quot;x&quot;"');
  });

  it("with hrefs, puts plain links in a <noscript> after Lit's markup and hides the buttons they replace", () => {
    const offer = load('saas-pilot');
    offer.full.action.href = 'https://shop.example/pilot';
    const html = renderOffer(offer);
    const noscript = /<noscript>(.*?)<\/noscript><\/template>/s.exec(html)?.[1] ?? '';
    expect(noscript).toContain('href="https://shop.example/pilot"');
    expect(noscript).toContain('[part~="full-action"]{display:none}');
    expect(renderOffer(load('saas-pilot'))).not.toContain('<noscript>'); // no href: the buttons stay
  });

  it('leaves add-ons unticked in the markup (no checked attribute), so they are not pre-selected without JavaScript', () => {
    const html = renderOffer(load('subscription'));
    expect(html).toContain('type="checkbox"');
    expect(html).not.toMatch(/<input[^>]*\schecked/);
  });

  it('renders offer text as text: nothing in the offer can end the JSON child or add markup', () => {
    const offer = load('saas-pilot');
    offer.decision = 'Choose </script><script>alert(1)</script> <b>now</b> & later';
    const html = renderOffer(offer);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>now</b>');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(jsonChild(html)).toEqual(offer);
  });

  it('side by side shows both options; --locale changes the strings and the JSON child agrees', () => {
    const offer = load('saas-pilot');
    const sideBySide = shadowText(renderOffer(offer, { mode: 'side-by-side' }));
    expect(sideBySide).toContain(offer.full.title);
    expect(sideBySide).toContain(offer.retreat.title);
    const german = renderOffer(offer, { locale: 'de' });
    expect(attributes(german)).toMatchObject({ lang: 'de' });
    expect(shadowText(german)).toContain('Empfohlen');
    expect(jsonChild(german)).toMatchObject({ locale: 'de' });
  });

  it('renders what the jurisdiction packs show (a browser loads these parts on demand; a server has them all)', () => {
    const markup = shadowText(renderOffer(load('subscription-us')));
    expect(markup).toMatch(/<div class="consent">/); // us-ca, us-ny: the renewal consent before the action
    expect(markup).toMatch(/class="notice cancel-by"/); // us-ny: the deadline to cancel, beside the action
  });

  it('assigns the experiment arm from --visitor-id as the browser will, and shows the plain sequence without one', () => {
    const offer = load('saas-pilot');
    offer.retreatVariants = [{ ...structuredClone(offer.retreat), id: 'proof-1w', title: '1-week proof, read-only' }];
    offer.experiment = { id: 'exp', arms: [{ name: 'short', kind: 'small-only', weight: 1, retreat: 'proof-1w' }] };
    const armed = renderOffer(offer, { visitorId: 'visitor-42' });
    expect(attributes(armed)).toMatchObject({ 'visitor-id': 'visitor-42' });
    expect(prepareOffer(offer, { visitorId: 'visitor-42' }).arm?.arm).toBe('short');
    expect(shadowText(armed)).toContain('1-week proof, read-only');
    expect(shadowText(renderOffer(offer, { arm: 'short' }))).toContain('1-week proof, read-only');
    expect(shadowText(armed)).toContain('data-stage="retreat"'); // small-only starts at the smaller option
    expect(shadowText(renderOffer(offer))).toContain('data-stage="full"');
  });

  it('reads an offer without a locale in the lang it renders in, as the element will (German "Später" is neutral)', () => {
    const offer = load('saas-pilot') as Offer & Record<string, unknown>;
    delete offer.locale;
    offer.stop = { ...offer.stop, label: 'Später' };
    const html = renderOffer(offer, { lang: 'de' });
    expect(attributes(html)).toMatchObject({ lang: 'de', linted: lintDigest(offer, { language: 'de' }) });
    expect(shadowText(html)).toContain('Später');
  });

  it('refuses what the guardrails refuse, with the findings, and renders nothing', () => {
    const offer = load('saas-pilot') as Offer & Record<string, unknown>;
    offer.stop = { label: 'No thanks, I prefer to lose money' };
    let thrown: unknown;
    try {
      renderOffer(offer);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OfferRefusedError);
    expect((thrown as OfferRefusedError).findings).toContainEqual(expect.objectContaining({ severity: 'error' }));
    expect(() => renderOffer({ id: 'x' })).toThrow(OfferRefusedError);
    expect(() => renderOffer(load('saas-pilot'), { arm: 'nope' })).not.toThrow(); // no experiment: no arm to pick
  });
});

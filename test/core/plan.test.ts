import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../src/core/offer-schema.js';
import { escapeHtml, renderPlan, TEXT_WIDTH, wrap } from '../../src/core/plan.js';

const loadOffer = (): Offer => JSON.parse(readFileSync('examples/offers/saas-pilot.json', 'utf8')) as Offer;

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</td></tr></table><iframe src="https://evil.example">',
  '&lt;already&gt; & <b>bold</b>',
];

/** Puts a payload into every string of the offer (except ids and enums, which the schema restricts). */
function poison(offer: Offer, payload: string): Offer {
  const skip = new Set(['id', 'currency', 'period', 'level', 'locale', 'at']);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([k, v]) => [k, typeof v === 'string' && !skip.has(k) ? `${v} ${payload}` : walk(v)]),
      );
    }
    return node;
  };
  return walk(offer) as Offer;
}

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'body',
  'h1',
  'h2',
  'p',
  'strong',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'span',
  'ul',
  'li',
]);
const ALLOWED_ATTRS = new Set(['lang', 'charset', 'name', 'content', 'style', 'scope']);

/** Every tag and attribute in the markup, by a scan that treats anything after "<" as markup. */
function markup(html: string): { tags: string[]; attrs: string[] } {
  const tags: string[] = [];
  const attrs: string[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    tags.push(m[1]!.toLowerCase());
    for (const a of m[2]!.matchAll(/([^\s=/"']+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) attrs.push(a[1]!.toLowerCase());
  }
  return { tags, attrs };
}

function withOffer(mutate: (o: Offer) => void): Offer {
  const o = loadOffer();
  mutate(o);
  return o;
}

describe('renderPlan html', () => {
  const offer = withOffer((o) => {
    o.addOns = [{ id: 'training', label: 'A 1-hour training session' }];
  });
  const html = renderPlan(offer, { format: 'html' });

  it('is a self-contained page with a real comparison table', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<table[^>]*>\s*<caption[^>]*>What is different between the two options<\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    // Rationale row + seven terms + price line + action.
    expect(html.match(/<th scope="row"/g)).toHaveLength(10);
    for (const label of ['Scope', 'Evidence', 'Data access', 'Time', 'Price', 'Renewal', 'Exit'])
      expect(html).toContain(`>${label} <br>`);
  });

  it('has no scripts, styles, links or external resources: inline styles only', () => {
    const { tags, attrs } = markup(html);
    expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(attrs.filter((a) => !ALLOWED_ATTRS.has(a))).toEqual([]);
    expect(html).not.toMatch(/https?:|url\(|@import/i);
  });

  it('marks differing rows in text, not colour alone', () => {
    // In the example, price and exit are the same; the five others differ.
    expect(html.match(/>Differs<\/span>/g)).toHaveLength(5);
    expect(html.match(/>Same<\/span>/g)).toHaveLength(2);
  });

  it('shows the decision, requester, success criteria, exit rights, add-ons and both reply options plus the stop path', () => {
    for (const text of [
      'Asked by Priya Raman, Solutions engineer',
      'Whether Acme Insights can replace',
      'Weekly report ready by Monday 9:00',
      'Numbers match your finance export within 1 %',
      'We delete your data within 7 days',
      'A 1-hour training session',
      'Reply &quot;A&quot; for 6-week pilot in 2 regions',
      'Reply &quot;B&quot; for 2-week proof in 1 region, read-only',
      'Or reply &quot;Not now&quot;',
    ]) {
      expect(html, text).toContain(text);
    }
  });

  it('highlights the chosen option in words and only when a choice is given', () => {
    expect(html).not.toContain('Your choice');
    const chosen = renderPlan(offer, { format: 'html', choice: 'retreat' });
    expect(chosen.match(/Your choice/g)).toHaveLength(1);
    expect(chosen).toMatch(
      /Option B, Smaller option<br>2-week proof in 1 region, read-only <span[^>]*>Your choice<\/span><\/th>/,
    );
    expect(chosen).toContain('You chose: 2-week proof in 1 region, read-only');
    const stopped = renderPlan(offer, { format: 'html', choice: 'stop' });
    expect(stopped).toContain('You chose &quot;Not now&quot;. Understood. We will not ask again on this page.');
    expect(stopped).not.toContain('Your choice');
  });

  it.each(PAYLOADS)('escapes offer text everywhere: %s', (payload) => {
    const out = renderPlan(poison(offer, payload), { format: 'html', choice: 'full' });
    expect(out).not.toContain(payload);
    expect(out).toContain(escapeHtml(payload));
    const { tags, attrs } = markup(out);
    expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(attrs.filter((a) => !ALLOWED_ATTRS.has(a))).toEqual([]);
  });

  it('escapes host strings and the locale attribute too', () => {
    const out = renderPlan(offer, { format: 'html', locale: 'en"><script>', strings: { recommended: '<b>Best</b>' } });
    expect(out).toContain('&lt;b&gt;Best&lt;/b&gt;');
    expect(out).not.toContain('<script>');
  });
});

describe('renderPlan text', () => {
  const offer = loadOffer();
  const text = renderPlan(offer, { format: 'text', choice: 'full' });

  it(`keeps every line within ${TEXT_WIDTH} columns, even with long words`, () => {
    const long = withOffer(
      (o) =>
        (o.full.terms.scope = 'https://example.com/' + 'very-long-path-segment/'.repeat(10) + ' and more words here'),
    );
    for (const t of [text, renderPlan(long, { format: 'text' })]) {
      const over = t.split('\n').filter((l) => l.length > TEXT_WIDTH);
      expect(over).toEqual([]);
    }
  });

  it('lists all seven terms with the difference marked, the criteria, exits and reply options', () => {
    for (const line of [
      'Scope (Differs)',
      'Evidence (Differs)',
      'Data access (Differs)',
      'Time (Differs)',
      'Price (Same)',
      'Renewal (Differs)',
      'Exit (Same)',
    ])
      expect(text).toContain(line);
    expect(text).toContain('  A: 6 weeks. About 2 hours a week from one analyst');
    expect(text).toContain('  B: 2 weeks. About 1 hour a week from one analyst');
    expect(text).toContain('  - Weekly report ready by Monday 9:00 without manual steps');
    expect(text).toContain('Reply "A" for 6-week pilot in 2 regions (Start the 6-week pilot).');
    expect(text).toContain('Or reply "Not now": nothing is chosen and nothing is charged.');
    expect(text).toContain('Option A, Recommended [Your choice]');
    expect(text).not.toContain('Option B, Smaller option [Your choice]');
    expect(text).not.toMatch(/<[a-z]/);
  });

  it('formats prices for the locale and shows the retreat that was actually shown', () => {
    const o = withOffer((x) => {
      x.full.terms.price = { amount: 1200, currency: 'EUR', period: 'year' };
      x.retreatFor = { budget: { ...structuredClone(x.retreat), id: 'proof-budget', title: 'Budget proof' } };
    });
    const de = renderPlan(o, { format: 'text', locale: 'de-DE', retreatId: 'proof-budget' });
    expect(de).toContain('1.200,00 €');
    expect(de).toContain('Budget proof');
    expect(() => renderPlan(o, { format: 'text', retreatId: 'nope' })).toThrow(/no retreat "nope"/);
  });

  it('shows a real deadline as a date and its reason', () => {
    const o = withOffer(
      (x) => (x.deadline = { at: '2026-12-31T23:59:00Z', reason: 'the pilot cohort starts in January' }),
    );
    expect(renderPlan(o, { format: 'text' })).toMatch(
      /Until 31 December 2026.*: the pilot cohort starts in January|Until December 31, 2026.*the pilot cohort/s,
    );
  });
});

describe('renderPlan lists the ticked add-ons (issue 12 item 1)', () => {
  const offer = withOffer((o) => {
    o.addOns = [
      { id: 'coach', label: 'A monthly coach call', price: { amount: 9, currency: 'EUR', period: 'month' } },
      { id: 'export', label: 'A data export' },
    ];
  });

  it('text: the ticked add-on under "Extras you added" with its price, the other one still optional', () => {
    const text = renderPlan(offer, { format: 'text', choice: 'full', addOns: ['coach'], locale: 'en-IE' });
    expect(text).toMatch(/Extras you added\n-+\n {2}- A monthly coach call \(€9\.00 a month\)\n/);
    expect(text).toMatch(/Optional extras \(off unless you ask for them\)\n-+\n {2}- A data export\n/);
    expect(text.indexOf('A monthly coach call')).toBe(text.lastIndexOf('A monthly coach call'));
  });

  it('html: the same, escaped; a stop lists nothing as added', () => {
    const html = renderPlan(offer, { format: 'html', choice: 'retreat', addOns: ['coach'], locale: 'en-IE' });
    expect(html).toContain(
      '<h2 style="font-size:18px;margin:24px 0 8px;">Extras you added</h2><ul><li>A monthly coach call (€9.00 a month)</li></ul>',
    );
    const stopped = renderPlan(offer, { format: 'text', choice: 'stop', addOns: ['coach'] });
    expect(stopped).not.toContain('Extras you added');
    expect(() => renderPlan(offer, { format: 'text', choice: 'full', addOns: ['nope'] })).toThrow(/no add-on "nope"/);
  });
});

describe('wrap', () => {
  it('wraps at word boundaries and cuts words longer than a line', () => {
    expect(wrap('aaa bbb ccc', 8)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('x'.repeat(20), 8)).toEqual(['xxxxxxxx', 'xxxxxxxx', 'xxxx']);
    expect(wrap('one two', 20, '  ')).toEqual(['  one two']);
  });
});

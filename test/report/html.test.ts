import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeEvents, type EventRecord } from '../../src/core/analyze.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { curveDays } from '../../src/cli/analyze.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { generateExperiment, MAIN_SCENARIO, SIZES_SCENARIO } from '../../bench/analyze-generate.js';

const sizesOffer = JSON.parse(readFileSync('demo/offers/pilot-retreat-sizes.json', 'utf8')) as Offer;

describe('the HTML report', async () => {
  const analysis = analyzeEvents(generateExperiment(SIZES_SCENARIO, 1500, 8), {
    offers: [sizesOffer],
    curveDays: curveDays([30, 60, 90]),
  });
  const html = await renderHtmlReport(analysis);
  const figures = html.match(/<figure[\s\S]*?<\/figure>/g) ?? [];

  it('is one self-contained page: no script, no external resource', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\son[a-z]+=/i);
    expect(html.replace(/xmlns(:xlink)?="http:\/\/www\.w3\.org\/[^"]*"/g, '')).not.toMatch(/https?:\/\//);
  });

  it('has the five charts as SVG, each with a heading, a text alternative and a data table', () => {
    expect(figures).toHaveLength(5);
    for (const f of figures) {
      expect(f).toMatch(/<figure aria-labelledby="(figure-\d+)">\s*<h3 id="\1">[^<]+<\/h3>/);
      expect(f).toMatch(/<div class="chart" role="img" aria-label="[^"]{40,}"><svg/);
      expect(f).toMatch(/<table><caption>[^<]+<\/caption>[\s\S]*<th scope="col">/);
    }
    const titles = figures.map((f) => f.match(/<h3 id="[^"]+">([^<]+)</)![1]);
    expect(titles).toEqual([
      'What visitors did, per arm',
      'Kept at 30, 60, 90 days, per arm',
      'Retention curves per arm',
      'Refunds, complaints and chargebacks, per arm',
      'Acceptance and 60-day retention, least conceded first',
    ]);
  });

  it('states the figures in the text alternative and the table, and the ranking and caveats', () => {
    const rtr4 = analysis.offers[0]!.arms.find((a) => a.arm === 'rtr-4w')!;
    const accepted = `${(rtr4.accepted.estimate * 100).toFixed(1)} %`;
    expect(figures[0]).toContain(`rtr-4w accepted ${accepted}`);
    expect(figures[0]).toContain(`<td>${rtr4.accepted.count} / ${rtr4.visits}</td><td>${accepted}</td>`);
    expect(html).toMatch(/Smallest effective concession: <strong>rtr-|No retreat size is effective/);
    expect(html).toContain('<h2>Caveats</h2>');
  });

  it('escapes text from the log', async () => {
    const hostile: EventRecord[] = [
      {
        type: 'offer-view',
        detail: { offerId: '<img src=x onerror=alert(1)>', variant: '"><script>alert(2)</script>' },
        visitorId: 'v',
      },
    ];
    const page = await renderHtmlReport(analyzeEvents(hostile));
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is what the CLI writes with --format html', async () => {
    const { runAnalyze } = await import('../../src/cli/analyze.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'fair-offer-html-'));
    const log = join(dir, 'events.jsonl');
    writeFileSync(log, [...generateExperiment(MAIN_SCENARIO, 300, 2)].map((r) => JSON.stringify(r)).join('\n'));
    let stdout = '';
    const code = await runAnalyze([log, '--format', 'html'], { stdout: (s) => (stdout += s), stderr: () => {} });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>[\s\S]*Offer acme-pilot-2026: 300 visits/);
  });
});

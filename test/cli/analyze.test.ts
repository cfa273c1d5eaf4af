import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../src/cli/analyze.js';
import { generateLog } from '../core/analyze-log.js';
import { generateExperiment, SIZES_SCENARIO } from '../../bench/analyze-generate.js';

const dir = mkdtempSync(join(tmpdir(), 'fair-offer-analyze-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const logFile = file(
  'events.jsonl',
  generateLog(10_000, 1)
    .map((r) => JSON.stringify(r))
    .join('\n') + '\n',
);

describe('fair-offer analyze', () => {
  it('prints a table per arm with Wilson intervals and the rtr − small-only difference', async () => {
    const { code, stdout, stderr } = await run([logFile]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Offer acme-pilot-2026: 10000 visits');
    expect(stdout).toMatch(/^arm\s+visits\s+full\s+retreat\s+accepted\s+stop\s+abandoned\s+feedback y\/p\/n$/m);
    expect(stdout).toMatch(/^rtr\s+\d{4}\s+\d+ \d+\.\d % \[\d+\.\d–\d+\.\d\]/m);
    expect(stdout).toMatch(/^Acceptance rtr − small-only: \+\d+\.\d points, 95 % CI \[\+\d+\.\d, \+\d+\.\d\]/m);
    expect(stdout).toContain('abandoned = shown, no choice: never counted as acceptance');
  });

  it('prints JSON with --format json (NaN as null) that matches the table', async () => {
    const { code, stdout } = await run(['--format', 'json', logFile]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const rtr = json.offers[0].arms.find((a: { arm: string }) => a.arm === 'rtr');
    expect(rtr.full.estimate).toBeCloseTo(0.3, 1);
    expect(json.offers[0].comparison.difference.lower).toBeGreaterThan(0);
    const table = await run([logFile]);
    expect(table.stdout).toContain(
      `${rtr.full.count} ${(rtr.full.estimate * 100).toFixed(1)} % [${(rtr.full.lower * 100).toFixed(1)}–${(rtr.full.upper * 100).toFixed(1)}]`,
    );
    const empty = await run([
      '--format=json',
      file('one.jsonl', '{"type":"offer-view","detail":{"offerId":"o"},"visitorId":"v"}\n'),
    ]);
    expect(JSON.parse(empty.stdout).offers[0].arms[0].full).toEqual({
      count: 0,
      estimate: 0,
      lower: 0,
      upper: expect.any(Number),
    });
  });

  it('compares the arms given with --compare', async () => {
    const { stdout } = await run([logFile, '--compare', 'rtr,full-only']);
    expect(stdout).toMatch(/Acceptance rtr − full-only: \+/);
  });

  it('exits 2 naming file:line for every invalid line', async () => {
    const bad = file(
      'bad.jsonl',
      [
        '{"type":"offer-view","detail":{"offerId":"o"},"visitorId":"v"}',
        '',
        '{not json',
        '[1,2]',
        '{"type":"offer-view"}',
        '{"type":"offer-view","detail":{},"visitorId":7}',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await run([bad]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: invalid JSON`)),
      `${bad}:4: expected a JSON object`,
      `${bad}:5: "detail" must be an object`,
      `${bad}:6: "visitorId" must be a string when given`,
    ]);
  });

  it('exits 2 on an unreadable file and on bad arguments, 0 for --help', async () => {
    const missing = await run([join(dir, 'missing.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.jsonl: cannot read/);
    expect((await run([])).code).toBe(2);
    expect((await run([logFile, '--format', 'xml'])).stderr).toMatch(/--format must be/);
    expect((await run([logFile, '--compare', 'rtr'])).code).toBe(2);
    expect((await run([logFile, '--wat'])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toMatch(/^Usage: fair-offer analyze/);
  });
});

describe('fair-offer analyze: downstream and retreat sizes', () => {
  const offerFile = 'demo/offers/pilot-retreat-sizes.json';
  const sizes = file(
    'sizes.jsonl',
    [...generateExperiment(SIZES_SCENARIO, 3000, 3)].map((r) => JSON.stringify(r)).join('\n') + '\n',
  );
  it('prints retention, refunds and the rest per arm, and the concession ranking with --offer', async () => {
    const { code, stdout, stderr } = await run([sizes, '--offer', offerFile, '--days', '30,60']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^arm\s+accepted\s+kept 30 d \(censored\)\s+kept 60 d \(censored\)\s+refunded/m);
    expect(stdout).not.toContain('kept 90 d');
    expect(stdout).toMatch(/^rtr-4w\s+\d+\s+\d+\/\d+ \d+\.\d % \[/m);
    expect(stdout).toMatch(/^Smallest effective concession/m);
    expect(stdout).toMatch(/^Smallest effective: rtr-|^No retreat size is effective/m);
  });
  it('gives the same figures as JSON, with the caveats', async () => {
    const { stdout } = await run([sizes, '--offer', offerFile, '--format', 'json']);
    const json = JSON.parse(stdout);
    expect(Object.keys(json.offers[0].arms[0].downstream.retained)).toEqual(['30', '60', '90']);
    expect(json.offers[0].concession.ranked).toHaveLength(3);
    expect(json.outcomes.matched).toBeGreaterThan(0);
    expect(json.caveats.join(' ')).toMatch(/digest that is not the visit's final receipt/);
  });
  it('refuses bad --days and an invalid --offer, naming them', async () => {
    expect((await run([sizes, '--days', '30,abc'])).stderr).toMatch(/--days takes whole numbers/);
    const badOffer = file('bad-offer.json', '{"id":"x"}');
    const bad = await run([sizes, '--offer', badOffer]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--offer .*bad-offer\.json: not a valid offer/);
  });
});

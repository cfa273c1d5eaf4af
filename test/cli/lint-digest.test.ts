/** `fair-offer lint --digest`: the digest of each accepted file on stdout (lint's exit codes kept). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/lint.js';
import { lintDigest } from '../../src/core/index.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (file: string) => JSON.parse(readFileSync(new URL(file, `file://${ROOT}`), 'utf8'));

async function lint(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runLint(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) }, ROOT);
  return { code, stdout, stderr };
}

describe('fair-offer lint --digest', () => {
  it('prints only the digest for one accepted file, the same as lintDigest; the report goes to stderr', async () => {
    const file = 'examples/offers/saas-pilot.json';
    const r = await lint(file, '--digest');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${lintDigest(read(file), { language: null })}\n`);
    expect(r.stderr).toContain('0 errors');
  });

  it('takes the host packs and --lang into the digest', async () => {
    const file = 'examples/offers/saas-pilot.json';
    const r = await lint(file, '--digest', '--jurisdiction', 'eu', '--lang', 'en-GB');
    expect(r.stdout.trim()).toBe(lintDigest(read(file), { jurisdictions: ['eu'], language: 'en' }));
    expect((await lint(file, '--digest', '--lang', 'not a tag')).code).toBe(2);
  });

  it('several files: "<digest>  <file>" per accepted file; a refused one gets none and exit 1', async () => {
    const r = await lint('examples/offers/saas-pilot.json', 'test/fixtures/offers/stacked-retreat.json', '--digest');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^sha256-[0-9a-f]{64} {2}examples\/offers\/saas-pilot\.json\n$/);
    expect(r.stderr).toContain('stacked-retreat');
  });

  it('json: a digest per accepted file; sarif is refused with --digest; unreadable input is exit 2', async () => {
    const r = await lint('examples/offers/donation.json', '--digest', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].digest).toBe(lintDigest(read('examples/offers/donation.json')));
    expect((await lint('examples/offers/donation.json', '--digest', '--format', 'sarif')).code).toBe(2);
    expect((await lint('test/fixtures/offers/invalid-json.json', '--digest')).code).toBe(2);
  });

  it('without --digest prints no digest', async () => {
    expect((await lint('examples/offers/saas-pilot.json')).stdout).not.toContain('sha256-');
  });
});

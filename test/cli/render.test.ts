import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'fair-offer-render-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('fair-offer render: exit codes', () => {
  it('0: prints the prerendered element with the options given', async () => {
    const result = await cli('render', 'examples/offers/subscription.json', '--mode', 'side-by-side', '--lang', 'de');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^<fair-offer [^>]*mode="side-by-side"[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    expect(result.stdout).toMatch(/^<fair-offer [^>]*lang="de"/);
    expect(result.stdout).toContain('<script type="application/json">');
  });

  it('1: a refused offer prints the findings on stderr and nothing on stdout', async () => {
    const offer = JSON.parse(
      await import('node:fs').then((fs) => fs.readFileSync('examples/offers/saas-pilot.json', 'utf8')),
    );
    offer.full.terms.price = 'call us';
    const result = await cli('render', write('refused.json', JSON.stringify(offer)));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/refused/);
    expect(result.stderr).toMatch(/error \[invalid-offer\] full\.terms\.price/);
  });

  it('2: unreadable input, invalid JSON, usage errors', async () => {
    expect((await cli('render', path.join(dir, 'missing.json'))).code).toBe(2);
    const invalid = await cli('render', write('invalid.json', '{"id": '));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('invalid.json');
    expect((await cli('render')).code).toBe(2);
    expect((await cli('render', 'a.json', 'b.json')).code).toBe(2);
    expect((await cli('render', 'examples/offers/subscription.json', '--mode', 'carousel')).code).toBe(2);
    expect((await cli('render', 'examples/offers/subscription.json', '--colour', 'red')).code).toBe(2);
  });

  it('--help prints the usage', async () => {
    const result = await cli('render', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--visitor-id');
  });
});

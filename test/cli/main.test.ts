import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('fair-offer main', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) },
    };
  };

  it('prints usage, version, and refuses unknown commands', async () => {
    const a = io();
    expect(await main(['--help'], a.io)).toBe(0);
    expect(a.out.stdout).toContain('fair-offer lint');
    const b = io();
    expect(await main(['--version'], b.io)).toBe(0);
    expect(b.out.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const c = io();
    expect(await main(['lnit'], c.io)).toBe(2);
    expect(c.out.stderr).toContain('unknown command "lnit"');
  });

  it('bin/fair-offer.js runs the CLI from a fresh checkout (no build)', () => {
    const ok = spawnSync(process.execPath, ['bin/fair-offer.js', 'lint', 'examples/offers/saas-pilot.json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FAIR_OFFER_CLI: '' },
    });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('0 errors');
    expect(ok.status).toBe(0);
    const bad = spawnSync(
      process.execPath,
      ['bin/fair-offer.js', 'lint', 'test/fixtures/offers/stacked-retreat.json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(bad.stdout).toContain('stacked-retreat');
    expect(bad.status).toBe(1);
  }, 30_000);
});

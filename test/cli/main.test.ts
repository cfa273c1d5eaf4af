import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    const help = io();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.out.stdout).toContain('fair-offer lint');
    expect(help.out.stdout).toContain('fair-offer analyze');
    // the overview names every option of lint, as lint --help does
    for (const option of ['--format', '--jurisdiction', '--lang', '--digest']) {
      expect(help.out.stdout.split('fair-offer render')[0]).toContain(option);
    }
    const version = io();
    expect(await main(['--version'], version.io)).toBe(0);
    expect(version.out.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const typo = io();
    expect(await main(['lnit'], typo.io)).toBe(2);
    expect(typo.out.stderr).toContain('unknown command "lnit"');
    const unknownFlag = io();
    expect(await main(['--frob'], unknownFlag.io)).toBe(2);
    expect(unknownFlag.out.stderr).toContain('unknown command "--frob"');
  });

  it('no command prints the usage and exits 2; -h and help exit 0', async () => {
    const none = io();
    expect(await main([], none.io)).toBe(2);
    expect(none.out.stdout).toContain('Usage:');
    expect(await main(['-h'], io().io)).toBe(0);
    expect(await main(['help'], io().io)).toBe(0);
  });

  it('dispatches to the command with the rest of the arguments', async () => {
    const lint = io();
    expect(await main(['lint', '--help'], lint.io)).toBe(0);
    expect(lint.out.stdout).toContain('Usage: fair-offer lint');
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

  it('bin/fair-offer.js renders from another working directory: the element source compiles with the repository tsconfig', () => {
    // `render` loads the Lit element (legacy decorators); tsx would otherwise read the tsconfig of the cwd, or none.
    const run = spawnSync(
      process.execPath,
      [`${ROOT}bin/fair-offer.js`, 'render', `${ROOT}examples/offers/saas-pilot.json`],
      { cwd: tmpdir(), encoding: 'utf8', env: { ...process.env, FAIR_OFFER_CLI: '' } },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^<fair-offer /);
    expect(run.status).toBe(0);
  }, 30_000);

  // The published CLI is one esbuild bundle: it must keep the imports that register every check group and
  // language (package.json `sideEffects`), or an offer with `jurisdictions` is refused as `checks-not-loaded`.
  it.skipIf(!existsSync(`${ROOT}dist/cli.js`))(
    'the bundled CLI (dist/cli.js, as published) checks offers with jurisdiction packs and in other languages',
    () => {
      for (const offer of ['subscription-us', 'subscription-de', 'subscription-fr']) {
        const run = spawnSync(process.execPath, ['bin/fair-offer.js', 'lint', `examples/offers/${offer}.json`], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, FAIR_OFFER_CLI: 'dist' },
        });
        expect(run.stdout, offer).not.toContain('checks-not-loaded');
        expect(run.status, `${offer}: ${run.stdout}`).toBe(0);
      }
    },
    30_000,
  );
});

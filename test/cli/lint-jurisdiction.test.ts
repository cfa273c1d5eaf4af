/** `fair-offer lint --jurisdiction`: adds legal packs to every file; SARIF points each rule at its README section. */
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/lint.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const FILE = 'examples/offers/subscription.json';

async function lint(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runLint(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) }, ROOT);
  return { code, stdout, stderr };
}

describe('fair-offer lint --jurisdiction', () => {
  it('without the flag the subscription example passes; with eu,de it fails on the German rules', async () => {
    expect((await lint(FILE)).code).toBe(0);
    for (const args of [
      ['--jurisdiction', 'eu,de'],
      ['--jurisdiction=de'],
      ['--jurisdiction', 'eu', '--jurisdiction', 'de'],
    ]) {
      const r = await lint(FILE, ...args, '--format', 'json');
      expect(r.code, args.join(' ')).toBe(1);
      const rules = JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
      expect(rules).toEqual(
        expect.arrayContaining(['eu-payment-button', 'eu-withdrawal-function', 'de-cancel-button']),
      );
    }
  });

  it('refuses an unknown jurisdiction with exit 2 and the list of known ones', async () => {
    const r = await lint(FILE, '--jurisdiction', 'eu,mars');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"mars"');
    expect(r.stderr).toContain('us-ca');
    expect((await lint(FILE, '--jurisdiction')).code).toBe(2);
  });

  it('SARIF: each jurisdiction rule has its citation and a helpUri to its README section', async () => {
    const r = await lint(FILE, '--jurisdiction', 'de,us-ny', '--format', 'sarif');
    const rules = JSON.parse(r.stdout).runs[0].tool.driver.rules as Array<{
      id: string;
      helpUri: string;
      properties: { citation?: string };
    }>;
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    expect(byId.get('de-cancel-button')!.helpUri).toMatch(/#jurisdiction-germany$/);
    expect(byId.get('de-cancel-button')!.properties.citation).toContain('§312k');
    expect(byId.get('eu-payment-button')!.helpUri).toMatch(/#jurisdiction-eu$/);
    expect(byId.get('us-ny-auto-renewal')!.helpUri).toMatch(/#jurisdiction-new-york$/);
    expect(byId.get('prechecked-upsell')!.helpUri).toMatch(/#rules$/);
  });
});

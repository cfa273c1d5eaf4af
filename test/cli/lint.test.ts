import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/lint.js';
import { RULES } from '../../src/core/guardrails/rules.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIX = 'test/fixtures/offers';

async function lint(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runLint(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) }, ROOT);
  return { code, stdout, stderr };
}

/** 1-based line of the first line in `file` containing `needle`. */
const lineOf = (file: string, needle: string) =>
  readFileSync(ROOT + file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('fair-offer lint: exit codes', () => {
  it('0 for the shipped examples (glob expanded by the CLI)', async () => {
    const result = await lint('examples/offers/*.json');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^0 errors, \d+ warnings? in \d+ files checked\n$/m);
    expect(result.code).toBe(0);
  });

  it('0 with warnings only, and the warning is shown', async () => {
    const result = await lint(`${FIX}/impact-warning.json`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n {2}\d+:\d+ +warning +unverified-impact /);
    expect(result.stdout).toMatch(/^0 errors, \d+ warnings in 1 file checked$/m);
  });

  it('1 when errors are found, naming file, position, rule and path', async () => {
    const file = `${FIX}/hidden-escalation.json`;
    const result = await lint(file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(file);
    const autoLine = lineOf(file, '"auto": true');
    expect(result.stdout).toMatch(
      new RegExp(`\\n  ${autoLine}:\\d+ +error +hidden-escalation .*\\(retreat\\.terms\\.renewal\\.auto\\)`),
    );
    // A missing field points at its parent.
    expect(result.stdout).toMatch(new RegExp(`\\n  ${lineOf(file, '"full": {')}:\\d+ +error +unjustified-full`));
  });

  it('2 for invalid JSON, naming the file and the line and column', async () => {
    const file = `${FIX}/invalid-json.json`;
    const result = await lint(file, `${FIX}/hidden-escalation.json`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^fair-offer: ${file}:${lineOf(file, '"successCriteria"')}:3: invalid JSON: expected "," but found "\\\\""`,
        'm',
      ),
    );
    // The readable file is still checked and reported.
    expect(result.stdout).toContain('hidden-escalation.json');
  });

  it('2 for a missing file or a pattern that matches nothing', async () => {
    const missing = await lint(`${FIX}/nope.json`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${FIX}/nope.json: cannot read the file (no such file)`);
    const none = await lint(`${FIX}/*.yaml`);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no files match');
  });

  it('2 for usage errors', async () => {
    expect((await lint()).code).toBe(2);
    const bad = await lint('--format', 'xml', 'x.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of text, json, sarif, not "xml"');
    expect((await lint('--frmat', 'x.json')).stderr).toContain('unknown option --frmat');
  });

  it('a directory means its .json files', async () => {
    const result = await lint('--format=json', FIX);
    const files = JSON.parse(result.stdout).files.map((f: { file: string }) => f.file);
    expect(files).toEqual([
      `${FIX}/hidden-escalation.json`,
      `${FIX}/impact-warning.json`,
      `${FIX}/invalid-json.json`,
      `${FIX}/stacked-retreat.json`,
    ]);
  });
});

describe('fair-offer lint: formats', () => {
  it('json: every file with findings and positions, and a summary', async () => {
    const result = await lint(
      '--format',
      'json',
      `${FIX}/stacked-retreat.json`,
      `${FIX}/invalid-json.json`,
      'examples/offers/saas-pilot.json',
    );
    expect(result.code).toBe(2);
    const out = JSON.parse(result.stdout);
    expect(out.summary).toMatchObject({ files: 3, unreadable: 1 });
    const [stacked, invalid, example] = out.files;
    expect(stacked.ok).toBe(false);
    expect(stacked.findings).toContainEqual(
      expect.objectContaining({
        rule: 'stacked-retreat',
        path: 'retreats',
        line: lineOf(`${FIX}/stacked-retreat.json`, '"retreats"'),
      }),
    );
    expect(stacked.findings).toContainEqual(expect.objectContaining({ rule: 'missing-stop-path', path: 'stop' }));
    expect(invalid).toMatchObject({ checked: false, failure: { position: { line: 5, column: 3 } } });
    expect(example).toMatchObject({ checked: true, ok: true });
  });

  it('sarif: a valid 2.1.0 log with rule metadata and file locations', async () => {
    const file = `${FIX}/hidden-escalation.json`;
    const result = await lint('--format', 'sarif', file, `${FIX}/invalid-json.json`);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('fair-offer');
    const rules = run.tool.driver.rules as Array<{
      id: string;
      shortDescription: { text: string };
      help: { text: string };
      defaultConfiguration: { level: string };
    }>;
    for (const rule of RULES) {
      const entry = rules.find((x) => x.id === rule.id)!;
      expect(entry.shortDescription.text).toBe(rule.refuses);
      expect(entry.defaultConfiguration.level).toBe(rule.severity);
      expect(entry.help.text).toContain(rule.fix);
    }
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(['error', 'warning']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(10);
      const loc = result.locations[0].physicalLocation;
      expect(loc.artifactLocation).toEqual({ uri: file, uriBaseId: '%SRCROOT%' });
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    const escalation = run.results.find((x: { ruleId: string }) => x.ruleId === 'hidden-escalation');
    expect(escalation.locations[0].physicalLocation.region.startLine).toBe(lineOf(file, '"auto": true'));
    expect(escalation.locations[0].logicalLocations[0].fullyQualifiedName).toBe('retreat.terms.renewal.auto');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    const [invocation] = run.invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0].message.text).toContain('invalid-json.json: invalid JSON');
  });
});

describe('fair-offer lint: paths', () => {
  it('absolute paths inside the working directory are shown relative; SARIF uses file: URIs outside it', async () => {
    const inside = await lint('--format', 'json', `${ROOT}${FIX}/impact-warning.json`);
    expect(JSON.parse(inside.stdout).files[0].file).toBe(`${FIX}/impact-warning.json`);
    let stdout = '';
    // A working directory that is certainly not an ancestor of the checkout (CI clones under /tmp).
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'fair-offer-cwd-'));
    await runLint(
      ['--format', 'sarif', `${ROOT}${FIX}/impact-warning.json`],
      { stdout: (s) => void (stdout += s), stderr: () => {} },
      elsewhere,
    );
    const loc = JSON.parse(stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(loc).toEqual({ uri: `file://${ROOT}${FIX}/impact-warning.json` });
  });
});

describe('fair-offer lint: every language the widget speaks', () => {
  // The CLI must register the de/es/fr copy packs itself: without them a German offer would only get
  // copy-language-unchecked, and a shaming German stop label would pass the linter.
  it('checks a German offer with the German pack (a shaming stop label is an error)', async () => {
    const offer = JSON.parse(readFileSync(ROOT + 'examples/offers/subscription-de.json', 'utf8'));
    offer.stop.label = 'Nein danke, ich mag keine Geschenke';
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fair-offer-de-'));
    const file = path.join(dir, 'offer.json');
    writeFileSync(file, JSON.stringify(offer, null, 2));
    const result = await lint(file);
    expect(result.stdout).not.toContain('copy-language-unchecked');
    expect(result.stdout).toMatch(/ error +confirmshaming .*\(stop\.label\)/);
    expect(result.code).toBe(1);
  });

  it('the shipped German, Spanish and French examples get no copy-language-unchecked', async () => {
    const result = await lint(
      'examples/offers/subscription-de.json',
      'examples/offers/subscription-es.json',
      'examples/offers/subscription-fr.json',
    );
    expect(result.stdout).not.toContain('copy-language-unchecked');
    expect(result.code).toBe(0);
  });
});

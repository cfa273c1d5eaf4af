import { describe, expect, it } from 'vitest';
import { expandPattern, hasMagic } from '../../src/cli/expand-paths.js';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('expandPattern', () => {
  it('expands a glob relative to the working directory, sorted', () => {
    const files = expandPattern('examples/offers/*.json', ROOT);
    expect(files).toContain('examples/offers/saas-pilot.json');
    expect(files).toEqual([...files].sort());
    expect(files.every((file) => /^examples\/offers\/[^/]+\.json$/.test(file))).toBe(true);
  });

  it.each([
    ['test/fixtures/offers/{hidden,stacked}-*.json', ['hidden-escalation.json', 'stacked-retreat.json']],
    ['test/fixtures/offers/[is]*.json', ['impact-warning.json', 'invalid-json.json', 'stacked-retreat.json']],
    ['test/fixtures/offers/?mpact-warning.json', ['impact-warning.json']],
  ])('%s', (pattern, names) => {
    expect(expandPattern(pattern, ROOT)).toEqual(names.map((name) => `test/fixtures/offers/${name}`));
  });

  it('** descends and skips node_modules', () => {
    const files = expandPattern('test/**/*.json', ROOT);
    expect(files).toContain('test/fixtures/offers/stacked-retreat.json');
    expect(files.some((file) => file.includes('node_modules'))).toBe(false);
  });

  it('a directory means the .json files below it', () => {
    expect(expandPattern('test/fixtures', ROOT)).toEqual([
      'test/fixtures/offers/hidden-escalation.json',
      'test/fixtures/offers/impact-warning.json',
      'test/fixtures/offers/invalid-json.json',
      'test/fixtures/offers/stacked-retreat.json',
    ]);
  });

  it('an absolute pattern gives absolute paths', () => {
    expect(expandPattern(`${ROOT}test/fixtures/offers/s*.json`, '/')).toEqual([
      `${ROOT}test/fixtures/offers/stacked-retreat.json`,
    ]);
  });

  it('a plain path is returned as given, even when missing', () => {
    expect(expandPattern('nope/x.json', ROOT)).toEqual(['nope/x.json']);
    expect(hasMagic('nope/x.json')).toBe(false);
    expect(hasMagic('offers/*.json')).toBe(true);
  });
});

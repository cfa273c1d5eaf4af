import { describe, expect, it } from 'vitest';
import { expandBraces, expandPattern, matchGlob } from '../../src/cli/glob.js';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('matchGlob', () => {
  it.each([
    ['*.json', 'a.json', true],
    ['*.json', 'dir/a.json', false],
    ['**/*.json', 'a.json', true],
    ['**/*.json', 'x/y/a.json', true],
    ['offers/?.json', 'offers/a.json', true],
    ['offers/?.json', 'offers/ab.json', false],
    ['{a,b}.json', 'b.json', true],
    ['{a,b}.json', 'c.json', false],
    ['[ab].json', 'a.json', true],
    ['[!ab].json', 'a.json', false],
    ['a.b', 'aXb', false],
    ['[a-c]?.json', 'bz.json', true],
    ['**', 'x/y/z', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(matchGlob(glob, path)).toBe(expected);
  });

  it('runs in linear time on a hostile pattern', () => {
    expect(matchGlob('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    expect(matchGlob('**/**/**/**/**/**/x', Array(200).fill('d').join('/'))).toBe(false);
  });
});

it('expands braces', () => {
  expect(expandBraces('x/{a,b{1,2}}.json')).toEqual(['x/a.json', 'x/b1.json', 'x/b2.json']);
  expect(expandBraces('{'.repeat(50))).toHaveLength(1);
});

describe('expandPattern', () => {
  it('expands a glob relative to the working directory, sorted', () => {
    const files = expandPattern('examples/offers/*.json', ROOT);
    expect(files).toContain('examples/offers/saas-pilot.json');
    expect(files).toEqual([...files].sort());
    expect(files.every((f) => /^examples\/offers\/[^/]+\.json$/.test(f))).toBe(true);
  });

  it('** descends and skips node_modules', () => {
    const files = expandPattern('test/**/*.json', ROOT);
    expect(files).toContain('test/fixtures/offers/stacked-retreat.json');
    expect(files.some((f) => f.includes('node_modules'))).toBe(false);
  });

  it('a plain path is returned as given, even when missing', () => {
    expect(expandPattern('nope/x.json', ROOT)).toEqual(['nope/x.json']);
  });
});

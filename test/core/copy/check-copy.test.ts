/** checkCopy as validateOffer and the CLI use it: any input, one finding per rule, paths, the example offers. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { DARK_RULES } from './helpers.js';

describe('checkCopy', () => {
  it('returns no findings for empty, blank or non-text input, and never throws', () => {
    for (const text of ['', '   ', '\n\t', null, undefined, 42, {}, [], Symbol.iterator] as unknown[]) {
      expect(checkCopy(text as string)).toEqual([]);
    }
    expect(checkCopy('Only 2 left', null as never).map((f) => f.rule)).toEqual(['pressure']);
  });

  it('reports each rule at most once, in a stable order, with the path when given', () => {
    const text = "No thanks, I'd rather pay full price. Hurry, only 2 left! Ends tonight. Only 3 left!";
    const findings = checkCopy(text, { path: 'stop.label', role: 'stop' });
    expect(findings.map((f) => f.rule)).toEqual(['confirmshaming', 'false-urgency', 'pressure']);
    for (const f of findings) expect(f.path).toBe('stop.label');
    expect(checkCopy(text).every((f) => !('path' in f))).toBe(true);
  });

  it('keeps messages short: one or two sentences, quotes at most 60 characters', () => {
    const long = `Only 2 left of ${'the very long product name '.repeat(10)}`;
    for (const f of [...checkCopy(long), ...checkCopy('Submit', { role: 'action' })]) {
      expect(f.message.length).toBeLessThan(300);
      const quoted = /"([^"]*)"/.exec(f.message)?.[1] ?? '';
      expect(quoted.length).toBeLessThanOrEqual(60);
    }
  });

  it('accepts every copy field of the example offers (no dark-pattern findings)', () => {
    const dir = new URL('../../../examples/offers/', import.meta.url);
    const texts: string[] = [];
    const walk = (node: unknown, key = '') => {
      if (
        typeof node === 'string' &&
        !/(?:^|\.)(?:\$schema|id|currency|period|level|href|verificationUrl|locale)$/.test(key)
      )
        texts.push(node);
      else if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${key}.${i}`));
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) walk(v, key ? `${key}.${k}` : k);
    };
    for (const file of readdirSync(dir)) walk(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts)
      expect(
        checkCopy(text).filter((f) => DARK_RULES.includes(f.rule)),
        text,
      ).toEqual([]);
  });
});

/** The rule registry: one typed source of ids, each with its metadata, documented in the README. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, ruleInfo } from '../../../src/core/guardrails/rules.js';
import { CHECKS } from '../../../src/core/guardrails/checks.js';
import { helpUriFor } from '../../../src/cli/format-sarif.js';
import type { Finding } from '../../../src/core/finding.js';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
const ANCHORS = new Set([...README.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));

describe('rule registry', () => {
  it('lists each id once, with every field filled', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      for (const field of ['refuses', 'why', 'fix', 'readme'] as const) expect(rule[field], rule.id).not.toBe('');
      expect(ruleInfo(rule.id)).toBe(rule);
    }
    expect(ruleInfo('no-such-rule')).toBeUndefined();
  });

  it('includes the ids the element and the copy engine report', () => {
    for (const id of ['invalid-json', 'copy-language-unchecked', 'confirmshaming', 'reading-level'])
      expect(ruleInfo(id), id).toBeDefined();
  });

  it('types Finding.rule as the union of the ids', () => {
    // @ts-expect-error: an id outside RULES does not type-check.
    const unknown: Finding = { rule: 'made-up-rule', severity: 'error', message: 'x' };
    expect(unknown.rule).toBe('made-up-rule');
  });

  it('documents every rule in the README table, at an anchor that exists', () => {
    for (const rule of RULES) {
      expect(README, rule.id).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
      expect(ANCHORS, `${rule.id} → #${rule.readme}`).toContain(rule.readme);
      expect(helpUriFor(rule.id)).toBe(`https://www.npmjs.com/package/fair-offer#${rule.readme}`);
    }
  });

  it('names each check once', () => {
    const names = CHECKS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

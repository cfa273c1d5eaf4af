/**
 * Every offer shown in the README and docs/*.md is accepted by validateOffer as it stands (issue 12 item 16):
 * a visitor copies what the docs show. Offers are the ```json blocks (each must also parse) and the inline
 * `<script type="application/json">` children in any code block; a ```jsonc block marked `// excerpt of <file>`
 * is checked through that file. A placeholder ("…") is refused like any other incomplete offer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateOffer } from '../../../src/core/validate-offer.js';

export interface CodeBlock {
  file: string;
  line: number;
  lang: string;
  body: string;
}

/** Fenced code blocks (``` or ~~~) of a Markdown text, with the line each starts on. */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```|~~~)\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence)) body.push(lines[j++]!);
    blocks.push({ file, line: i + 1, lang: open[3]!.toLowerCase(), body: body.join('\n') });
    i = j;
  }
  return blocks;
}

interface ShownJson {
  where: string;
  text: string;
  /** A JSON script child of `<fair-offer>` is an offer whatever it holds; a ```json block is one if it looks like one. */
  offer: boolean;
  /** A ```jsonc block that starts with `// excerpt of <file>.json`: that file must be valid and contain the excerpt. */
  excerptOf?: string;
}

/** The JSON a block shows: a ```json block itself, and each JSON script child in markup (outside comments). */
export function jsonIn(block: CodeBlock): ShownJson[] {
  const where = `${block.file}:${block.line}`;
  if (block.lang === 'json') return [{ where, text: block.body, offer: false }];
  if (block.lang === 'jsonc') {
    const excerptOf = /^\s*\/\/\s*excerpt of (\S+\.json)/.exec(block.body)?.[1];
    const text = block.body.replace(/^\s*\/\/.*$/gm, '');
    return [{ where, text, offer: false, ...(excerptOf ? { excerptOf } : {}) }];
  }
  const markup = block.body.replace(/<!--[\s\S]*?-->/g, '');
  return [...markup.matchAll(/<script\s+type=["']application\/json["'][^>]*>([\s\S]*?)<\/script>/g)].map((m) => ({
    where,
    text: m[1]!,
    offer: true,
  }));
}

/** An object with any of the fields only an offer has. */
const looksLikeOffer = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  ['full', 'retreat', 'decision', 'successCriteria'].some((k) => k in value);

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const shown = DOCS.flatMap((file) => codeBlocks(file, readFileSync(file, 'utf8')).flatMap(jsonIn));
// A fixed clock: a deadline in a docs example must be in the future of the docs, not of the day the test runs.
const NOW = new Date('2026-06-01T00:00:00Z');

describe('offers shown in README.md and docs/*.md', () => {
  it('there is at least the README offer to check', () => {
    expect(shown.some((o) => o.where.startsWith('README.md') && looksLikeOffer(JSON.parse(o.text)))).toBe(true);
  });

  it.each(shown.map((o) => [o.where, o] as const))(
    '%s is valid JSON, and a valid offer if it is one',
    (_where, offer) => {
      let parsed: unknown;
      expect(() => (parsed = JSON.parse(offer.text)), `${offer.where} is not valid JSON`).not.toThrow();
      if (offer.excerptOf) {
        // An excerpt is checked through its whole file: a valid offer that holds what the excerpt shows.
        const whole: unknown = JSON.parse(readFileSync(offer.excerptOf, 'utf8'));
        expect(whole, `${offer.where}: the excerpt differs from ${offer.excerptOf}`).toMatchObject(parsed as object);
        parsed = whole;
      } else if (!offer.offer && !looksLikeOffer(parsed)) return;
      const result = validateOffer(parsed, { now: NOW });
      const errors = result.findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.rule} ${f.path}: ${f.message}`);
      expect(errors, offer.where).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );
});

describe('codeBlocks', () => {
  it('finds fenced blocks with their language and line, and JSON script children in markup', () => {
    const md = [
      '# x',
      '```json',
      '{"a":1}',
      '```',
      'text',
      '```html',
      '<fair-offer><script type="application/json">{"b":2}</script></fair-offer>',
      '```',
    ].join('\n');
    const blocks = codeBlocks('x.md', md);
    expect(blocks.map((b) => [b.lang, b.line])).toEqual([
      ['json', 2],
      ['html', 6],
    ]);
    expect(blocks.flatMap(jsonIn).map((o) => o.text)).toEqual(['{"a":1}', '{"b":2}']);
  });
});

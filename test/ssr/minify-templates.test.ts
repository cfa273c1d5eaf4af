// The template minification every build shares (scripts/minify-templates.mjs). Hydration needs the server's
// template strings to be the browser's: vite minifies the TypeScript source, scripts/build.mjs minifies what tsc
// emitted, so both must give the same strings for every template in src/. And a space that sits between a
// template and the text around it must survive (a link after a sentence, a price and its period).
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/parse-literals.js';
// @ts-expect-error: plain ES module helpers shared with the builds, no types
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

interface Template {
  tag?: string;
  parts: { text: string }[];
}
type Minified = { code: string } | null;

/** The cooked strings of each tagged template, as Lit sees them (TemplateStringsArray). */
function templateStrings(code: string, fileName: string): string[][] {
  return (parseLiterals(code, { fileName }) as Template[])
    .filter((template) => template.tag)
    .map((template) => template.parts.map((part) => cooked(part.text)));
}
// The raw text read back as a template literal's cooked value (the parts hold no `${`).
const cooked = (raw: string): string => new Function(`return \`${raw}\`;`)() as string;

async function minifiedMarkup(template: string): Promise<string> {
  const source = `import { html } from 'lit';\nexport const t = (a, b) => html\`${template}\`;\n`;
  const result = (await minifyTemplates(source, 'probe.ts')) as Minified;
  return templateStrings(result?.code ?? source, 'probe.ts')[0]!.join('${}');
}

describe('template minification', () => {
  it('keeps an edge space next to text or an inline element, drops it next to a block', async () => {
    expect(await minifiedMarkup(' <a href=${a}>${b}</a>')).toBe(' <a href="${}">${}</a>');
    expect(await minifiedMarkup('${a} <code>${b}</code> ')).toBe('${} <code>${}</code> ');
    expect(await minifiedMarkup(' (${a}) ')).toBe(' (${}) ');
    expect(await minifiedMarkup('\n  <section class="stage">\n    <p>${a}</p>\n    ${b}\n  </section>\n')).toBe(
      '<section class="stage"><p>${}</p>${}</section>',
    );
    expect(await minifiedMarkup('<p><strong>${a}:</strong> ${b}</p>')).toBe('<p><strong>${}:</strong> ${}</p>');
  });

  it("gives the same template strings from the TypeScript source (vite) as from tsc's output (npm, SSR)", async () => {
    const files = globSync(['src/element/**/*.ts', 'src/ssr/**/*.ts']);
    let templates = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const fromSource = ((await minifyTemplates(source, file)) as Minified)?.code ?? source;
      const emitted = ts.transpileModule(source, {
        fileName: file,
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true },
      }).outputText;
      const fromEmitted = ((await minifyTemplates(emitted, file.replace(/\.ts$/, '.js'))) as Minified)?.code ?? emitted;
      const expected = templateStrings(fromSource, file);
      expect(templateStrings(fromEmitted, file), file).toEqual(expected);
      templates += expected.length;
    }
    expect(templates).toBeGreaterThan(40);
  });
});

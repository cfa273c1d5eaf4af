// The axe test renders the stories listed in stories/index.ts; this keeps that list complete, so a new
// stories file cannot be forgotten. Read as text: importing it would load the element, which needs a DOM.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const storiesDir = fileURLToPath(new URL('../../stories/', import.meta.url));

function listedStories(barrel: string): { keys: string[]; imports: string[] } {
  const keys = [...barrel.matchAll(/^\s*'([\w.-]+\.stories\.ts)'\s*:/gm)].map((m) => m[1]);
  const imports = [...barrel.matchAll(/^import \* as \w+ from '\.\/([\w.-]+\.stories)\.js';/gm)].map(
    (m) => `${m[1]}.ts`,
  );
  return { keys: keys.sort(), imports: imports.sort() };
}

describe('stories/index.ts', () => {
  const onDisk = readdirSync(storiesDir)
    .filter((f) => f.endsWith('.stories.ts'))
    .sort();
  const { keys, imports } = listedStories(readFileSync(storiesDir + 'index.ts', 'utf8'));

  it('finds stories files on disk', () => {
    expect(onDisk.length).toBeGreaterThan(0);
  });

  it('imports every *.stories.ts file', () => {
    expect(imports).toEqual(onDisk);
  });

  it('lists every *.stories.ts file in storyModules under its file name', () => {
    expect(keys).toEqual(onDisk);
  });
});

/** The standalone's chunks read the entry's exports from one build-keyed global (scripts/entry-handoff.mjs). */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, no types.
import { entryHandoffPlugin } from '../../scripts/entry-handoff.mjs';

interface FakeChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  code: string;
  facadeModuleId?: string;
}

/** Runs the plugin's generateBundle on a fake bundle; the entry's own exports are `own`. */
async function handOff(entryCode: string, chunkCode: string, own = ['FairOffer']) {
  const entry: FakeChunk = {
    type: 'chunk',
    fileName: 'fair-offer.js',
    isEntry: true,
    imports: [],
    code: entryCode,
    facadeModuleId: 'src/define.ts',
  };
  const chunk: FakeChunk = {
    type: 'chunk',
    fileName: 'fair-offer-chunks/part-1.js',
    isEntry: false,
    imports: ['fair-offer.js', 'fair-offer-chunks/other.js'],
    code: chunkCode,
  };
  const plugin = entryHandoffPlugin();
  await plugin.generateBundle.call({ getModuleInfo: () => ({ exports: own }) }, { sourcemap: false }, { entry, chunk });
  return { entry, chunk };
}

describe('entry handoff', () => {
  it("replaces the chunk's import of the entry with a read of the entry's table, and keeps only the entry's own exports", async () => {
    const { entry, chunk } = await handOff(
      'const a=1;function b(){return a}class C{}export{a as x,b as y,C as FairOffer};',
      'import{x as p,y}from"../fair-offer.js";import{q}from"./other.js";export const z=p+y()+q;',
    );
    const key = /Symbol\.for\("(fair-offer:[0-9a-f]{16})"\)/.exec(entry.code)?.[1];
    expect(key).toBeDefined();
    expect(entry.code).toContain(`globalThis[Symbol.for("${key}")]??={x:a,y:b,FairOffer:C};export{C as FairOffer}`);
    expect(chunk.code).toBe(
      `const{x:p,y:y}=globalThis[Symbol.for("${key}")];import{q}from"./other.js";export const z=p+y()+q;`,
    );
    expect(chunk.imports).toEqual(['fair-offer-chunks/other.js']);
  });

  it('the rewritten modules run: the chunk sees the values the entry exported', async () => {
    const { entry, chunk } = await handOff(
      'const a=40;export{a as x};',
      'import{x as p}from"../fair-offer.js";globalThis.__seen=p+2;',
      [],
    );
    new Function(entry.code.replace(/export\{[^}]*\}/, ''))();
    new Function(chunk.code)();
    expect((globalThis as { __seen?: number }).__seen).toBe(42);
  });

  it('refuses an export the entry reassigns later (a chunk would read its first value only)', async () => {
    await expect(
      handOff('let a=1;function b(){a=2}export{a as x,b as y};', 'import{x}from"../fair-offer.js";'),
    ).rejects.toThrow(/x \(a\) reassigned after declaration/);
  });

  it('refuses an import form it cannot hand over', async () => {
    await expect(handOff('const a=1;export{a as x};', 'import*as e from"../fair-offer.js";')).rejects.toThrow(
      /named imports only/,
    );
  });
});

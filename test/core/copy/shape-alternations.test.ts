/**
 * The shape syntax trap (README, "The shape language"): `a|b c` is (a or b), then c — never a, or (b c). A shape
 * meant as two phrases must be written `( a | b c )`. This test reads every shape of every pack and finds the
 * alternations whose intent the text leaves open: after a function word of the language, an alternation of a
 * function word and another word ("cette page|en ce moment" reads cette (page|en) ce moment, where "page" or
 * "en ce moment" was meant). Each one found must be reviewed: written as meant (REVIEWED), or a trap to rewrite
 * with parentheses (TRAPS, for the language's pack). An entry is the alternation with its two neighbours, so it stays
 * when the rest of its shape is edited; an entry no longer found is harmless.
 */
import { describe, expect, it } from 'vitest';
import type { CopyPack } from '../../../src/core/copy/pack.js';
import { EN } from '../../../src/core/copy/packs/en.js';
import { DE } from '../../../src/core/copy/packs/de.js';
import { ES } from '../../../src/core/copy/packs/es.js';
import { FR } from '../../../src/core/copy/packs/fr.js';

/** Every string of the pack with a `|` in it: its shapes (a class entry never has one). */
function shapesOf(pack: CopyPack): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (typeof value === 'string') {
      if (value.includes('|')) found.add(value);
    } else if (Array.isArray(value)) for (const item of value) walk(item, depth + 1);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item, depth + 1);
  };
  walk(pack, 0);
  return found;
}

/**
 * The alternations of the pack's shapes whose intent is open, each with its two neighbours (`cette page|en ce`), so an
 * entry stays the same when the rest of its shape is edited.
 */
function ambiguousAlternations(pack: CopyPack): string[] {
  const functionWords = new Set(pack.functionWords.split(' '));
  // a function word, or an elided one ("d", "qu"): the glue of a phrase, not its content
  const glue = (word: string) => functionWords.has(word) || word.length <= 2;
  const out: string[] = [];
  for (const shape of shapesOf(pack)) {
    const parts = shape.split(/\s+/);
    parts.forEach((part, i) => {
      if (!part.includes('|') || part === '|' || i === 0 || i === parts.length - 1) return;
      const options = part
        .replace(/^[=<!]+/, '')
        .replace(/\?$/, '')
        .split('|')
        .map((option) => option.replace(/^=/, ''));
      if (options.some((option) => !option || /[@#~()!<$^]/.test(option))) return;
      const glued = options.filter(glue).length;
      const before = parts[i - 1]!;
      const after = parts[i + 1]!;
      if (glued > 0 && glued < options.length && functionWords.has(before) && !/^[$(]/.test(after))
        out.push(`${before} ${part} ${after}`);
    });
  }
  return [...new Set(out)].sort();
}

/** Found and read: the alternation is written as meant ((a or b), then what follows). */
const REVIEWED: Record<string, readonly string[]> = {
  en: ['are not|never serious', 'be just|only another', 'of our|all|the? @people', 'on their|its own'],
  de: [
    'auf dich|sie|euch gezaehlt|gehofft',
    'auf dich|sie|euch gezählt|gehofft',
    'nach meinem|meiner|meinen _',
    'nicht so|wirklich wichtig',
    'nur der|die|das|dieser|diese|dieses|den|ein|eine|einen ~1',
    'sich nicht|kaum|wenig um',
    'zu deinen|ihren|euren alten',
    'zu den|unseren ~1',
    'zu diesem|dem preis',
    'zu viel|mehr zahlen|bezahlen',
  ],
  es: [
    'de la|nuestra familia|tribu|comunidad',
    'me da|dan fatal|mal',
    'no habra|hay otro',
    'no habra|hay otra|otro',
    'no soy|somos ~1',
    'por tu|su|vuestra culpa',
    'se esta|estan agotando|acabando|yendo|volando',
    'se esta|estan llenando',
    'se fue|fueron|vendio|agoto la',
    'se va|van contigo',
    'ya hay|van #',
  ],
  fr: [
    'a vous|toi de',
    'pas si|tant|vraiment important|importante',
    'pas ton|ta|votre @flaw',
    // found once "chez" and "sera" became function words (session 14): chez (vous or toi), ne (sera or seront) (pas or plus)
    'chez vous|toi ~3',
    'ne sera|seront pas|plus',
  ],
};

/** Found and read: a trap, meant as phrases side by side; the language's pack should rewrite it with parentheses. */
const TRAPS: Record<string, readonly string[]> = {
  en: [],
  // "ich hab ja zeit|ich habe ja zeit": meant either phrase, reads … ja (zeit|ich) habe ja zeit
  de: ['ja zeit|ich habe'],
  // "^ de verdad|en serio que? no $": meant "de verdad" or "en serio", reads de (verdad|en) serio
  es: ['de verdad|en serio'],
  fr: [
    // "# visiteurs|personnes ~4 cette page|en ce moment": meant "cette page" or "en ce moment"
    'cette page|en ce',
    // "les vrais|vraies|un vrai|une vraie": meant four phrases, reads les (vrais|vraies|un) (vrai|une) vraie
    'les vrais|vraies|un vrai|une',
  ],
};

const PACKS: Record<string, CopyPack> = { en: EN, de: DE, es: ES, fr: FR };

describe.each(Object.keys(PACKS))('shape alternations of the %s pack', (lang) => {
  it('has no alternation of open intent that nobody read', () => {
    const known = new Set([...REVIEWED[lang]!, ...TRAPS[lang]!]);
    // a new one: write it `( a | b c )` when two phrases are meant, or add it to REVIEWED when it is as meant
    expect(ambiguousAlternations(PACKS[lang]!).filter((found) => !known.has(found))).toEqual([]);
  });
});

/**
 * The shape syntax trap (README, "The shape language"): `a|b c` is (a or b), then c — never a, or (b c). A shape
 * meant as two phrases must be written `( a | b c )`. This test reads every shape of every pack and finds the
 * alternations whose intent the text leaves open: after a function word of the language, an alternation of a
 * function word and another word ("cette page|en ce moment" reads cette (page|en) ce moment, where "page" or
 * "en ce moment" was meant). Each one found must be reviewed: written as meant (REVIEWED), or a trap to rewrite
 * with parentheses (TRAPS, for the language's pack; a trap rewritten leaves the list).
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

/** The alternations of `shape` whose intent is open, as `shape   [alternation]`. */
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
        out.push(`${shape}   [${part}]`);
    });
  }
  return out.sort();
}

/** Found and read: the alternation is written as meant ((a or b), then what follows). */
const REVIEWED: Record<string, readonly string[]> = {
  en: [
    '( youll | you will | youre ) ~1 be just|only another ~1 @crowd|customer|user|face|number   [just|only]',
    '@care ~3 ( itself | themselves | on their|its own | without me|us )   [their|its]',
    '@num % of our|all|the? @people ~2 @activePast|choose|pick|add|buy|upgrade|opt   [our|all|the?]',
    'youre|you are not|never serious about   [not|never]',
  ],
  de: [
    'du|sie gern|gerne zu viel|mehr zahlen|bezahlen   [viel|mehr]',
    'gehoert|gehoeren|zaehlt|zaehlen zu den|unseren ~1 beliebtesten|meistverkauften|meistgebuchten|bestsellern|topsellern   [den|unseren]',
    'gehört|gehören|zählt|zählen zu den|unseren ~1 beliebtesten|meistverkauften|meistgebuchten|bestsellern|topsellern   [den|unseren]',
    'hatten|hatte ~1 auf dich|sie|euch gezaehlt|gehofft   [dich|sie|euch]',
    'hatten|hatte ~1 auf dich|sie|euch gezählt|gehofft   [dich|sie|euch]',
    'nach meinem|meiner|meinen _ $   [meinem|meiner|meinen]',
    'nicht so|wirklich wichtig   [so|wirklich]',
    'nur der|die|das|dieser|diese|dieses|den|ein|eine|einen ~1 _ $   [der|die|das|dieser|diese|dieses|den|ein|eine|einen]',
    'nur|lediglich # @stockThing ~1 zu diesem|dem preis   [diesem|dem]',
    'sich nicht|kaum|wenig um ~3 kuemmert|kuemmern|kuemmerst|sorgt|sorgen|sorgst|schert|scheren|scherst   [nicht|kaum|wenig]',
    'sich nicht|kaum|wenig um ~3 kümmert|kümmern|kümmerst|sorgt|sorgen|sorgst|schert|scheren|scherst   [nicht|kaum|wenig]',
    'zurueck zu deinen|ihren|euren alten ,? ~2 gewohnheiten|zeiten   [deinen|ihren|euren]',
    'zurück zu deinen|ihren|euren alten ,? ~2 gewohnheiten|zeiten   [deinen|ihren|euren]',
  ],
  es: [
    '@owned ~1 se va|van contigo   [va|van]',
    'no estas|esta listo|lista para   [estas|esta]',
    'no habra|hay otra|otro ( oportunidad | ocasion | oferta | precio | chance ) ~1 igual|como|asi   [habra|hay]',
    'no soy|somos ~1 ( lo bastante | lo suficientemente | suficientemente | suficiente )   [soy|somos]',
    'parte de la|nuestra familia|tribu|comunidad   [la|nuestra]',
    'por tu|su|vuestra culpa   [tu|su|vuestra]',
    'se esta|estan agotando|acabando|yendo|volando   [esta|estan]',
    'se esta|estan llenando   [esta|estan]',
    'se me da|dan fatal|mal   [da|dan]',
    'ya hay|van # reservas|pedidos|compras|inscritos   [hay|van]',
    'ya se fue|fueron|vendio|agoto la mitad   [fue|fueron|vendio|agoto]',
  ],
  fr: [
    'libre a vous|toi de vous|te tromper   [vous|toi]',
    'ne fais|faites pas ton|ta|votre @flaw   [ton|ta|votre]',
    'pas si|tant|vraiment important|importante   [si|tant|vraiment]',
  ],
};

/** Found and read: a trap, meant as phrases side by side; the language's pack should rewrite it with parentheses. */
const TRAPS: Record<string, readonly string[]> = {
  en: [],
  // meant "ich hab ja zeit" or "ich habe ja zeit": reads … ja (zeit|ich) habe ja zeit
  de: ['ich hab ja zeit|ich habe ja zeit   [zeit|ich]'],
  // meant "de verdad" or "en serio": reads de (verdad|en) serio
  es: ['^ de verdad|en serio que? no $   [verdad|en]'],
  fr: [
    // meant "cette page" or "en ce moment": reads cette (page|en) ce moment
    '# visiteurs|personnes ~4 cette page|en ce moment   [page|en]',
    // meant "les vrais", "vraies", "un vrai" or "une vraie": reads les (vrais|vraies|un) (vrai|une) vraie
    'les vrais|vraies|un vrai|une vraie   [vrais|vraies|un]',
  ],
};

const PACKS: Record<string, CopyPack> = { en: EN, de: DE, es: ES, fr: FR };

describe.each(Object.keys(PACKS))('shape alternations of the %s pack', (lang) => {
  it('has no alternation of open intent that nobody read', () => {
    const known = new Set([...REVIEWED[lang]!, ...TRAPS[lang]!]);
    // a new one: write it `( a | b c )` when two phrases are meant, or add it to REVIEWED when it is as meant
    expect(ambiguousAlternations(PACKS[lang]!).filter((found) => !known.has(found))).toEqual([]);
  });
  it('lists only alternations that are still in the pack (a trap rewritten leaves TRAPS)', () => {
    const found = new Set(ambiguousAlternations(PACKS[lang]!));
    expect([...REVIEWED[lang]!, ...TRAPS[lang]!].filter((entry) => !found.has(entry))).toEqual([]);
  });
});

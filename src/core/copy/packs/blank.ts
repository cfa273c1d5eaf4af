/**
 * A pack that reads nothing yet: for a language whose pack is being written. Its copy gets the
 * `copy-language-unchecked` warning for every rule (never a silent pass), while its function words already
 * keep other packs' patterns off its text.
 */
import type { CopyPack } from '../pack.js';

export function blankPack(lang: string, name: string, functionWords: string): CopyPack {
  return {
    lang,
    name,
    functionWords,
    suffixes: [],
    classes: {},
    confirmshaming: { shapes: [] },
    decline: {
      heads: [],
      verbs: [],
      determiners: [],
      objects: [],
      modifiers: [],
      times: [],
      courtesy: [],
      reasonOpeners: [],
      reasonShapes: [],
      evaluative: [],
    },
    urgency: [],
    pressure: [],
    countdown: { units: {}, cues: [], clockBefore: [], clockAfter: [] },
    vagueCta: [],
    readability: null,
    unchecked: ['confirmshaming', 'false-urgency', 'pressure', 'vague-cta', 'reading-level'],
  };
}

/**
 * The English copy pack. Registered statically (pack-registry.ts): the first paint of an English offer needs it.
 * Everything is data on the shared engine: urgency (en-urgency.ts, en-urgency-families.ts), pressure (en-pressure.ts, en-pressure-families.ts, en-badges.ts, en-claims-words.ts, en-pressure-words.ts),
 * polarity frames (en-polarity.ts, en-polarity-words.ts, en-harm-words.ts), jabs (en-shaming.ts, en-signals.ts), the grammar of a
 * neutral refusal (en-decline*.ts); the vague CTAs are here.
 */
import { EN_STATED } from './en-stated.js';
import type { CopyPack } from '../pack.js';
import { FUNCTION_WORDS } from '../function-words.js';
import { fleschKincaid } from '../readability/flesch-kincaid.js';
import { CLAIMS_CLASSES, CLAIMS_PARTS } from './en-claims-words.js';
import { PRESSURE_CLASSES } from './en-pressure-words.js';
import { EN_PRESSURE, EN_PRESSURE_PAIRS } from './en-pressure.js';
import { EN_COUNTDOWN, EN_URGENCY } from './en-urgency.js';
import { EN_PRESSURE_CONSTRUCTIONS, EN_URGENCY_CONSTRUCTIONS } from './en-constructions.js';
import { EN_POLARITY } from './en-polarity.js';
import { EN_SIGNALS } from './en-signals.js';
import { EN_DECLINE } from './en-decline.js';
import { EN_JUDGEMENT_CLASSES } from './en-judgements.js';
import { EN_SHAMING_CLASSES, EN_SHAMING_SHAPES } from './en-shaming.js';
import { EN_JAB_FAMILIES } from './en-jab-families.js';
import { POLARITY_CLASSES } from './en-polarity-words.js';
import { EN_URGENCY_FAMILIES, EN_URGENCY_FAMILY_CLASSES } from './en-urgency-families.js';
import { EN_PRESSURE_FAMILIES, EN_PRESSURE_FAMILY_CLASSES } from './en-pressure-families.js';
import { EN_BADGE_CLASSES, EN_BADGE_PARTS, EN_BADGES } from './en-badges.js';

/** What may follow a vague label and leave it vague ("OK now", "Continue, please"). */
const TAIL = ' now|please|.? now|please|.?';

export const EN: CopyPack = {
  lang: 'en',
  name: 'English',
  functionWords: FUNCTION_WORDS.en,
  suffixes: [
    ['s', ''],
    ['es', ''],
    ['ies', 'y'],
    ['ing', ''],
    ['ing', 'e'],
    ['ed', ''],
    ['ed', 'e'],
    ['ied', 'y'],
  ],
  undoubleConsonant: true,
  classes: {
    ...CLAIMS_CLASSES,
    ...PRESSURE_CLASSES,
    ...POLARITY_CLASSES,
    ...EN_SHAMING_CLASSES,
    ...EN_JUDGEMENT_CLASSES,
    ...EN_URGENCY_FAMILY_CLASSES,
    ...EN_PRESSURE_FAMILY_CLASSES,
    ...EN_BADGE_CLASSES,
  },
  confirmshaming: {
    polarity: EN_POLARITY,
    signals: EN_SIGNALS,
    shapes: [...EN_SHAMING_SHAPES, ...EN_JAB_FAMILIES],
  },
  stated: EN_STATED,
  decline: EN_DECLINE,
  shapeParts: { ...CLAIMS_PARTS, ...EN_BADGE_PARTS },
  urgency: [...EN_URGENCY, ...EN_URGENCY_CONSTRUCTIONS, ...EN_URGENCY_FAMILIES],
  pressure: [...EN_PRESSURE, ...EN_PRESSURE_CONSTRUCTIONS, ...EN_PRESSURE_FAMILIES, ...EN_BADGES],
  pressurePairs: EN_PRESSURE_PAIRS,
  countdown: EN_COUNTDOWN,
  vagueCta: [
    'submit form?' + TAIL,
    'ok|okay' + TAIL,
    '( continue ( here | to next step )? )' + TAIL,
    '( go ( ahead | on )? )' + TAIL,
    'yes please?' + TAIL,
    'no' + TAIL,
    'next step?' + TAIL,
    'proceed|confirm|enter|done|accept|start|sure|yep|cancel|close|dismiss|apply|select|choose|view|details|info|here' +
      TAIL,
    'send form?' + TAIL,
    'click|tap|press here?' + TAIL,
    'learn|read|see? more' + TAIL,
    'find out more' + TAIL,
    'this? link' + TAIL,
    'lets go' + TAIL,
    'click|tap|press ( here | this link | this button ) ...',
  ],
  readability: fleschKincaid,
};

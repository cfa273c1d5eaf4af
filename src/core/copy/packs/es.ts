/**
 * The Spanish copy pack, written from the language (not from any data set): what a shaming "no" says in Spanish
 * (refusing something of value, preferring a loss, making a loss one's identity: "… es lo mío"), what a neutral
 * refusal is ("No, gracias", "Ahora no", "Quizás más tarde", with the visitor's own reason), and the shapes of
 * urgency and scarcity copy in Spanish-language shops. Entries are base forms; `suffixes` give plurals, gender
 * and the common verb forms; accents never matter.
 */
import { ES_POLARITY, ES_SHAMING_SHAPES } from './es-shaming.js';
import { ES_URGENCY } from './es-urgency.js';
import { ES_PRESSURE } from './es-pressure.js';
import { ES_STATED } from './es-stated.js';
import { ES_SIGNALS } from './es-signals.js';
import type { CopyPack } from '../pack.js';
import { FUNCTION_WORDS } from '../function-words.js';
import { szigrisztPazos } from '../readability/szigriszt-pazos.js';
import { ES_DECLINE } from './es-decline.js';
import { ES_CLASSES } from './es-classes.js';
import { ES_VAGUE_CTA } from './es-vague-cta.js';

export const ES: CopyPack = {
  lang: 'es',
  name: 'Spanish',
  functionWords: FUNCTION_WORDS.es,
  suffixes: [
    ['s', ''],
    ['es', ''],
    ['a', 'o'], // perdida → perdido
    ['as', 'o'],
    ['os', 'o'],
    ['ando', 'ar'], // ahorrando → ahorrar
    ['iendo', 'er'],
    ['iendo', 'ir'],
    ['ado', 'ar'], // informado → informar (and the adjective stays a key too)
    ['ada', 'ar'],
    ['ido', 'er'],
    ['ido', 'ir'],
    ['ida', 'ir'],
    ['ame', 'ar'], // recuérdame → recordar is irregular; apúrate, date: listed whole
    // clitic pronouns on an infinitive: comprarlo → comprar, añadirla → añadir
    ['lo', ''],
    ['la', ''],
    ['los', ''],
    ['las', ''],
    ['le', ''],
    // reflexive and object pronouns on an infinitive: quedarme → quedar, apoyarnos → apoyar, conformarse → conformar
    ['rme', 'r'],
    ['rte', 'r'],
    ['rse', 'r'],
    ['rnos', 'r'],
  ],
  classes: ES_CLASSES,
  shapeParts: {
    /** The last digits of a stored card or an account ("termina en 4242"): four digits or more, no time unit. */
    lastDigits: '!#3 # !@timeunit',
  },
  confirmshaming: {
    signals: ES_SIGNALS,
    shapes: ES_SHAMING_SHAPES,
    polarity: ES_POLARITY,
  },
  stated: ES_STATED,
  decline: ES_DECLINE,
  urgency: ES_URGENCY,
  pressure: ES_PRESSURE,
  countdown: {
    units: {
      dia: 'd',
      dias: 'd',
      d: 'd',
      hora: 'h',
      horas: 'h',
      h: 'h',
      hr: 'h',
      hrs: 'h',
      minuto: 'm',
      minutos: 'm',
      min: 'm',
      mins: 'm',
      m: 'm',
      segundo: 's',
      segundos: 's',
      seg: 's',
      segs: 's',
      s: 's',
    },
    cues: [
      'en',
      'termina',
      'acaba',
      'finaliza',
      'expira',
      'caduca',
      'quedan',
      'queda',
      'faltan',
      'restantes',
      'solo',
      'reservado',
      'durante', // a cart held "durante 09:59"
    ],
    clockBefore: ['a', 'las', 'desde', 'hasta', 'de', 'entre', 'antes', 'despues', 'abre', 'abierto', 'duracion'],
    clockAfter: ['h', 'hs', 'am', 'pm'],
  },
  vagueCta: ES_VAGUE_CTA, // copy-defr's es-vague-cta.ts
  readability: szigrisztPazos,
};

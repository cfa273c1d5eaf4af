/** Every pack, statically: for `fair-offer/core` (Node, CLI) and the tests. The browser loads packs one by one. */
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';

export const PACKS = [EN, DE, ES, FR] as const;

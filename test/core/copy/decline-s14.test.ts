/**
 * Session 14's checks of two reported decline-grammar needs, kept as probes (own sentences): a trailing parenthetical
 * is a clause of its own (decline-label.ts CLAUSE_GAP), read for its judgements (need 4), and a courtesy word before a
 * refusal opens a label like a head (need 7). Both held on main; these keep them.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/core/index.js'; // registers every pack
import { rulesFor } from './helpers.js';

type Row = [locale: string, role: 'decline' | undefined, text: string];

const SHAMING: Row[] = [
  ['en', undefined, 'Maybe later (I enjoy paying full price)'],
  ['en', 'decline', 'Not now (you will regret it)'],
  ['de', undefined, 'Jetzt nicht (ich bin zu geizig für Qualität)'],
  ['fr', undefined, "Plus tard (j'aime payer plein pot)"],
  ['es', undefined, 'Quizás luego (me encanta pagar de más)'],
  ['en', undefined, "Thanks, but I'll miss out on the savings"],
  ['de', undefined, 'Vielen Dank, aber ich verpasse lieber das Angebot'],
  ['fr', undefined, 'Merci bien, mais je rate volontiers cette offre'],
  ['es', undefined, 'Muchas gracias, pero prefiero perderme la oferta'],
];

const NEUTRAL: Row[] = [
  ['en', 'decline', 'Not now (maybe next month)'],
  ['en', 'decline', 'Skip (you can do this later)'],
  ['en', 'decline', 'Cancel (keeps your data for 30 days)'],
  ['de', 'decline', 'Überspringen (später möglich)'],
  ['fr', 'decline', 'Non merci (continuer vers le paiement)'],
  ['es', 'decline', 'Omitir (puedes hacerlo más tarde)'],
  ['en', undefined, 'Not now (maybe next month)'],
  ['de', 'decline', 'Danke, aber nein'],
  ['de', 'decline', 'Danke, ich verzichte'],
  ['fr', 'decline', 'Merci, mais pas maintenant'],
  ['es', 'decline', 'Gracias, ahora no'],
  ['en', 'decline', 'Thanks, but no thanks'],
];

describe('a trailing parenthetical and a courtesy opener in decline labels', () => {
  it.each(SHAMING)('%s %s %j is confirmshaming', (locale, role, text) => {
    expect(rulesFor(text, { locale, role })).toContain('confirmshaming');
  });
  it.each(NEUTRAL)('%s %s %j is not', (locale, role, text) => {
    expect(rulesFor(text, { locale, role })).not.toContain('confirmshaming');
  });
});

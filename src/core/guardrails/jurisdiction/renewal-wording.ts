/**
 * Words that name how often a renewal charges, per language. An entry ending in "*" is a stem (any word that
 * starts with it counts: "month*" covers "months" and "monthly"); any other entry must be the whole word.
 * Used to check that the renewal line as displayed states the period (Cal. Bus. & Prof. Code §17601(b)(3)-(4);
 * N.Y. GBL §527-a(1)(a): "the frequency of charges").
 */
import { words } from './payment-button-wording.js';

export const PERIOD_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es', readonly string[]>> = {
  en: [
    'day', // "every day"
    'days',
    'daily',
    'week*', // week, weeks, weekly
    'month*', // month, months, monthly
    'quarter*', // quarter, quarterly
    'year*', // year, years, yearly
    'annual*', // annual, annually
  ],
  de: [
    'tag', // "jeden Tag"
    'tage',
    'täglich',
    'woche*', // Woche, Wochen
    'wöchentlich',
    'monat*', // Monat, Monats, monatlich
    'quartal*', // Quartal, quartalsweise
    'jahr*', // Jahr, Jahres, jahresweise
    'jährlich',
  ],
  fr: [
    'jour', // "par jour"
    'jours',
    'quotidien*',
    'semaine*',
    'hebdomadaire*',
    'mois', // invariable
    'mensuel*', // mensuel, mensuelle
    'trimestr*', // trimestre, trimestriel
    'an', // whole words only: a stem "an" would also match "annuler" (cancel)
    'ans',
    'année*',
    'annuel*', // annuel, annuelle
  ],
  es: [
    'día', // "cada día"
    'días',
    'diario',
    'semana*', // semana, semanal
    'mes', // whole words only: a stem would match "mesa"
    'meses',
    'mensual*',
    'trimestr*', // trimestre, trimestral
    'año', // whole words only: "años" below
    'años',
    'anual*',
  ],
};

/** Whether the text names a period from the list. */
export function namesPeriod(text: string, entries: readonly string[]): boolean {
  const tokens = words(text);
  return entries.some((entry) =>
    entry.endsWith('*') ? tokens.some((t) => t.startsWith(entry.slice(0, -1))) : tokens.includes(entry),
  );
}

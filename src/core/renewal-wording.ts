/**
 * What an offer's own words say about renewal, in English, German, Spanish and French. Two readers:
 * the disclosure composes the renewal line so a detail that already says "renews" is not prefixed with
 * "Renews automatically." again, and the guardrails refuse wording that contradicts `renewal.auto`
 * (a "renews every month" detail with `auto: false` is an auto-renewal whatever the flag says).
 *
 * Words, not strings: each list is a class of words (stems, phrases) per language, read per clause.
 * A clause says it renews when it has a renewal word, a "until you cancel" phrase, or a continue verb
 * together with a period ("continues every month"), and no negation near it.
 * A renewal word with a negation near it says it does not renew ("Does not renew", "No renewal").
 */

interface RenewalWords {
  /** Words that name renewal itself. */
  renew: string[];
  /** Phrases that only make sense for something that keeps running. */
  untilCancel: string[];
  /**
   * Verbs that say something continues; they count only next to a period ("continues every month"). Billing
   * verbs are not here: "charged every month, 12 payments" is instalments, not a renewal (a recurring charge is
   * judged on `price.period` by hidden-escalation).
   */
  continues: string[];
  /** Periods: "every month", "monthly". */
  period: string[];
  /** Negations that turn a renewal sentence into "does not renew". */
  negation: string[];
}

/** Lower-case; a trailing `*` is a stem (any letters may follow). One language per entry. */
export const RENEWAL_WORDS: Readonly<Record<'en' | 'de' | 'es' | 'fr', RenewalWords>> = {
  en: {
    renew: ['renew*', 'auto-renew*', 'autorenew*', 'roll over', 'rolls over', 'rolling contract'],
    untilCancel: ['until you cancel', 'until cancelled', 'until canceled', 'until you stop', 'until you end it'],
    continues: ['continue*', 'recur*', 'repeat*', 'carries on', 'keeps going', 'keeps running'],
    period: [
      'every month',
      'every year',
      'every week',
      'each month',
      'each year',
      'each week',
      'monthly',
      'yearly',
      'annually',
      'weekly',
      'per month',
      'per year',
      'a month',
      'a year',
    ],
    negation: ['not', 'no', 'never', "n't", 'without', 'nothing', 'none'],
  },
  de: {
    renew: ['verlänger*', 'erneuer*', 'automatisch weiter*'],
    untilCancel: ['bis sie kündigen', 'bis du kündigst', 'bis zur kündigung', 'bis auf widerruf', 'bis sie es beenden'],
    continues: ['läuft weiter', 'weiter*', 'wiederkehrend*', 'wiederholt*'],
    period: [
      'jeden monat',
      'jedes jahr',
      'jede woche',
      'monatlich',
      'jährlich',
      'wöchentlich',
      'pro monat',
      'pro jahr',
      'im monat',
      'im jahr',
    ],
    negation: ['nicht', 'kein*', 'nie', 'niemals', 'ohne', 'nichts'],
  },
  es: {
    renew: ['renuev*', 'renova*', 'renovación'],
    untilCancel: ['hasta que canceles', 'hasta que cancele', 'hasta que lo canceles', 'hasta la cancelación'],
    continues: ['continú*', 'continua*', 'sigue', 'recurrente*', 'se repite'],
    period: ['cada mes', 'cada año', 'cada semana', 'mensual*', 'anual*', 'semanal*', 'al mes', 'al año', 'por mes'],
    negation: ['no', 'nunca', 'sin', 'ningún', 'ninguna', 'nada'],
  },
  fr: {
    renew: ['renouvel*', 'reconduit*', 'reconduction*', 'reconductible*'],
    untilCancel: ["jusqu'à résiliation", "jusqu'à ce que vous résiliiez", "jusqu'à annulation"],
    continues: ['continue*', 'se poursuit', 'récurrent*', 'se répète'],
    period: ['chaque mois', 'chaque année', 'chaque semaine', 'mensuel*', 'annuel*', 'par mois', 'par an'],
    negation: ['ne', "n'", 'pas', 'jamais', 'sans', 'aucun*', 'rien'],
  },
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of whole words or phrases; `*` at the end of an entry allows more letters. */
function wordsPattern(entries: readonly string[], flags = 'iu'): RegExp {
  const alternatives = entries.map((entry) => {
    const stem = entry.endsWith('*');
    const body = escape(stem ? entry.slice(0, -1) : entry).replace(/ /g, '\\s+');
    // Elisions: "n'" (French) needs no boundary after it, "n't" (English) none before it.
    const end = stem ? '\\p{L}*' : entry.endsWith("'") ? '' : '(?![\\p{L}\\p{N}])';
    const start = entry.startsWith("n't") ? '' : '(?<![\\p{L}\\p{N}])';
    return `${start}${body}${end}`;
  });
  return new RegExp(alternatives.join('|'), flags);
}

const ALL = Object.values(RENEWAL_WORDS);
const pick = (key: keyof RenewalWords, flags?: string) =>
  wordsPattern(
    ALL.flatMap((w) => w[key]),
    flags,
  );
const RENEW = pick('renew', 'giu');
const UNTIL_CANCEL = pick('untilCancel', 'giu');
const CONTINUES = pick('continues', 'giu');
const PERIOD = pick('period');
const NEGATION = pick('negation');
/** How many words either side of a renewal word a negation may stand ("does not renew", "verlängert sich nicht"). */
const NEGATION_WINDOW = 3;

/** Clauses (split at sentence ends, semicolons and commas), apostrophes made plain for the word lists. */
function clauses(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .split(/[.;,!?\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The matches of `pattern` in `clause`, each with whether a negation stands within the window around it. */
function matches(clause: string, pattern: RegExp): boolean[] {
  return [...clause.matchAll(pattern)].map((m) => {
    const before = clause.slice(0, m.index).split(/\s+/).filter(Boolean).slice(-NEGATION_WINDOW);
    const after = clause
      .slice(m.index + m[0].length)
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, NEGATION_WINDOW);
    // The match itself may hold the negation ("doesn't renew" is matched as "renew"; "n't" sits before it).
    return NEGATION.test([...before, ...after].join(' '));
  });
}

/** True when a clause of `text` says the thing renews or keeps charging ("Renews every year at €96"). */
export function saysItRenews(text: string | undefined): boolean {
  if (!text) return false;
  return clauses(text).some(
    (c) =>
      matches(c, RENEW).some((negated) => !negated) ||
      matches(c, UNTIL_CANCEL).some((negated) => !negated) ||
      (PERIOD.test(c) && matches(c, CONTINUES).some((negated) => !negated)),
  );
}

/** True when a clause of `text` says it does not renew ("Does not renew", "Verlängert sich nicht"). */
export function saysItDoesNotRenew(text: string | undefined): boolean {
  if (!text) return false;
  return clauses(text).some((c) => matches(c, RENEW).some((negated) => negated));
}

/** The wording states the renewal the flag declares, so the widget need not say it again. */
export function wordingStatesRenewal(text: string | undefined, auto: boolean): boolean {
  return auto ? saysItRenews(text) : saysItDoesNotRenew(text);
}

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

/**
 * An entry as words. A trailing `*` is a stem (the last word may go on: "renew*" reads "renews", "renewal");
 * a word ending in an apostrophe is an elision that opens a word ("n'" reads "n'est"); one starting with
 * "n't" closes one ("doesn't").
 */
interface Entry {
  words: string[];
  stem: boolean;
}

// Words and phrases are read over tokens, not with one regular expression per list: a case-insensitive Unicode
// alternation over four languages costs tens of milliseconds to compile in a browser, on the first offer.
const WORD = /[\p{L}\p{N}]+(?:['’‘][\p{L}\p{N}]*)*/gu;
const tokens = (text: string): string[] => text.toLowerCase().replace(/[’‘]/g, "'").match(WORD) ?? [];

/** A list's entries, indexed by an exact first word; the rest (stems, elisions) are tried at every word. */
interface EntryIndex {
  byFirstWord: Map<string, Entry[]>;
  loose: Entry[];
}

function indexOf(list: readonly string[]): EntryIndex {
  const index: EntryIndex = { byFirstWord: new Map(), loose: [] };
  for (const text of list) {
    const stem = text.endsWith('*');
    const entry = { words: tokens(stem ? text.slice(0, -1) : text), stem };
    const first = entry.words[0];
    if (first === undefined) continue;
    const exact = !first.endsWith("'") && !first.startsWith("n't") && !(stem && entry.words.length === 1);
    if (!exact) index.loose.push(entry);
    else index.byFirstWord.set(first, [...(index.byFirstWord.get(first) ?? []), entry]);
  }
  return index;
}

function wordMatches(token: string, word: string, last: boolean, stem: boolean): boolean {
  if (word.endsWith("'")) return token.startsWith(word);
  if (word.startsWith("n't")) return token.endsWith(word);
  return last && stem ? token.startsWith(word) : token === word;
}

function matchesAt(words: readonly string[], at: number, entry: Entry): boolean {
  const n = entry.words.length;
  if (at + n > words.length) return false;
  for (let k = 0; k < n; k++) if (!wordMatches(words[at + k]!, entry.words[k]!, k === n - 1, entry.stem)) return false;
  return true;
}

/** The start of each match of an entry of `index` in `words`, with its length in words. */
function findAll(words: readonly string[], index: EntryIndex): { at: number; length: number }[] {
  const found: { at: number; length: number }[] = [];
  for (let at = 0; at < words.length; at++) {
    for (const entry of index.byFirstWord.get(words[at]!) ?? [])
      if (matchesAt(words, at, entry)) found.push({ at, length: entry.words.length });
    for (const entry of index.loose) if (matchesAt(words, at, entry)) found.push({ at, length: entry.words.length });
  }
  return found;
}

const ALL = Object.values(RENEWAL_WORDS);
const pick = (key: keyof RenewalWords) => indexOf(ALL.flatMap((w) => w[key]));
const RENEW = pick('renew');
const UNTIL_CANCEL = pick('untilCancel');
const CONTINUES = pick('continues');
const PERIOD = pick('period');
const NEGATION = pick('negation');
/** How many words either side of a renewal word a negation may stand ("does not renew", "verlängert sich nicht"). */
const NEGATION_WINDOW = 3;

/** Clauses (split at sentence ends, semicolons and commas), each as its words. */
function clauses(text: string): string[][] {
  return text
    .normalize('NFC')
    .split(/[.;,!?\n]+/)
    .map(tokens)
    .filter((words) => words.length > 0);
}

/** Whether each match of `entries` in the clause has a negation within the window around it. */
function matches(words: readonly string[], entries: EntryIndex): boolean[] {
  return findAll(words, entries).map(({ at, length }) => {
    // The matched words themselves may hold the negation ("doesn't renew": "n't" closes the word before).
    const around = [
      ...words.slice(Math.max(0, at - NEGATION_WINDOW), at),
      ...words.slice(at + length, at + length + NEGATION_WINDOW),
    ];
    return findAll(around, NEGATION).length > 0;
  });
}

/** True when a clause of `text` says the thing renews or keeps charging ("Renews every year at €96"). */
export function saysItRenews(text: string | undefined): boolean {
  if (!text) return false;
  return clauses(text).some(
    (c) =>
      matches(c, RENEW).some((negated) => !negated) ||
      matches(c, UNTIL_CANCEL).some((negated) => !negated) ||
      (findAll(c, PERIOD).length > 0 && matches(c, CONTINUES).some((negated) => !negated)),
  );
}

/** True when a clause of `text` says it does not renew ("Does not renew", "Verlängert sich nicht"). */
export function saysItDoesNotRenew(text: string | undefined): boolean {
  if (!text) return false;
  return clauses(text).some((c) => matches(c, RENEW).some((negated) => negated));
}

/**
 * The answers already given, per flag: every widget on a page discloses its options on each render, and a page of
 * widgets showing one offer reads the same few texts again and again (the reading is ~0.1-0.2 ms a text in a cold
 * browser). Bounded: an app that shows many offers starts over rather than growing.
 */
const STATED: Record<'renews' | 'doesNotRenew', Map<string, boolean>> = { renews: new Map(), doesNotRenew: new Map() };
const STATED_LIMIT = 256;

/** The wording states the renewal the flag declares, so the widget need not say it again. */
export function wordingStatesRenewal(text: string | undefined, auto: boolean): boolean {
  if (!text) return false;
  const seen = STATED[auto ? 'renews' : 'doesNotRenew'];
  let stated = seen.get(text);
  if (stated === undefined) {
    stated = auto ? saysItRenews(text) : saysItDoesNotRenew(text);
    if (seen.size >= STATED_LIMIT) seen.clear();
    seen.set(text, stated);
  }
  return stated;
}

/**
 * When German copy of no role is a decline label all the same (DeclineGrammar `label`, engine decline-label.ts):
 * "Abbrechen und …", "Nee, …", "Auf den Bonus verzichten", but not "Zum Inhalt springen", "Jederzeit in deinem
 * Konto kündigen" or "Nein, der Tarif hat kein Zeitlimit".
 */
import type { DeclineLabelWords } from '../pack-decline.js';
import { withAsciiSpellings } from './de-spelling.js';

const SELF = ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'meins'];
const ADDRESSEE = ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer'];

export const DE_DECLINE_LABEL: DeclineLabelWords = {
  // besides the grammar's heads (überspringen, abbrechen, schließen, kündigen, …): verbs that refuse or leave
  // („Verzichten" alone, or „auf die Geschenkverpackung", is the plain German no; „auf meinen Bonus" is a valued thing)
  openers: withAsciiSpellings([
    'verzichten',
    'verzichten auf',
    // keeping what one has, in the first person: „Ich bleibe beim …", „Ich behalte …" (also the grammar's verbs)
    'bleiben',
    'bleiben bei',
    'behalten',
    'ignorieren',
    'verwerfen',
    'verlassen',
    'stornieren',
    'abbestellen',
    'abmelden',
    // going on without, going on as before, going back: „Ohne Schutz weiter, …", „Zurück zum alten Tarif, ich …"
    // (the grammar's verbs; a label only with a break or the visitor's own words after them)
    'ohne',
    'weiter',
    'weiterhin',
    'zurück',
    'zurück zum',
    'zurück zur',
    'zurück zu',
    'zurück ins',
    'zurück in',
  ]),
  // verbs that give something up: what follows them is never neutral
  renouncing: withAsciiSpellings([
    'aufgeben',
    'verlieren',
    'verpassen',
    'wegwerfen',
    'verschenken',
    'vergessen',
    'sausen lassen',
    'verfallen lassen',
    'pfeifen auf',
    'zurückgeben',
    'hergeben',
    'ausschlagen',
  ]),
  // German infinitive labels put the verb last: „Meine Punkte verfallen lassen", „Auf den Bonus verzichten"
  closers: withAsciiSpellings([
    'verzichten',
    'aufgeben',
    'abgeben',
    'verlieren',
    'verpassen',
    'wegwerfen',
    // not „verschenken": a gift card's call ends so („Jetzt Gutschein verschenken"); „Rabatt verschenken" is a
    // shaming shape in any field (de-shaming.ts)
    'pfeifen',
    'verfallen lassen',
    'sausen lassen',
    'liegen lassen',
    'entgehen lassen',
    'ablehnen',
    'abbrechen',
    'kündigen',
    'überspringen',
    'ignorieren',
    // giving back or turning down what was given: „Die 3 Freimonate zurückgeben", „Das Sparbillett ausschlagen"
    'zurückgeben',
    'hergeben',
    'ausschlagen',
    // going on as before or paying, verb-final with nothing after it: „Sparbillett ausschlagen und Vollpreis fahren",
    // „Vertrag auslaufen lassen und mehr zahlen", „Heizung ohne Wartung kaputtgehen lassen" (not „sein", „werden": a
    // sentence's auxiliary ends as often: „Der Fokuspunkt konnte nicht aktualisiert werden")
    'bezahlen',
    'zahlen',
    'surfen',
    'weitershoppen',
    'lassen',
    'fahren',
    'weitermachen',
  ]),
  joins: ['und', 'und dann', 'dann'],
  self: SELF,
  // „Sie" and „ihr" are also "they" and "her": a label with them and a self word still speaks for the visitor
  addressee: [...ADDRESSEE, 'eure', 'euren', 'sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer'],
  answers: ['nein'],
};

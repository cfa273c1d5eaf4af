/**
 * Open reasons in the English and German decline grammars (DeclineGrammar `openReasons`, `judgements`,
 * `openPreference`; en-judgements.ts, de-judgements.ts): the visitor's own reason passes as a decline
 * label whatever its words, unless it judges. Examples written for this file, not taken from any batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const shames = (locale: string, text: string) =>
  checkCopy(text, { locale, role: 'decline' }).some((finding) => finding.rule === 'confirmshaming');

const HONEST: [locale: string, text: string][] = [
  ['en', 'Cancel — we are moving to another provider'],
  ['en', 'Not now, the budget gets approved in March'],
  ['en', 'Skip, my accountant handles this'],
  ['en', "No thanks, we'd have to ask the board first"],
  ['en', 'End my trial, the timing is wrong for our team'],
  ['en', 'Not now, my manager decides on tools'],
  ['en', 'Let my membership expire'],
  // German: verb-final clauses, „lieber" with a neutral alternative, modal verbs, „wir", Sie/du
  ['de', 'Kündigen, weil wir das Büro schließen'],
  ['de', 'Nein danke, ich warte lieber auf die nächste Version'],
  ['de', 'Lieber einmal im Quartal statt jeden Monat'],
  ['de', 'Jetzt nicht, ich muss das erst mit meiner Frau besprechen'],
  ['de', 'Nein, wir haben schon einen Vertrag bei der Konkurrenz'],
  ['de', 'Später, wenn Sie die Rechnung geschickt haben'],
  ['de', 'Überspringen, das kannst du später noch einstellen'],
  ['de', 'Nein danke, ich spende lieber direkt an den Verein'],
  ['de', 'Nein danke, ich spende ein anderes Mal'],
  ['de', 'Danke, ich komme allein zurecht'],
  ['en', "No thanks, I'd rather browse"],
  ['de', 'Nein danke, ich möchte weiter ohne Kundenkonto'],
];

const JUDGED: [locale: string, text: string][] = [
  ['en', 'Not today, somebody else can rescue the turtles'], // a good left to others
  ['en', 'Skip and let my garden wither'], // a harm let happen
  ['en', 'Ditch my anniversary bonus'], // a gift given back
  ['en', "No thanks, I'm done improving"], // the visitor's failing
  ['en', 'No, I live fine with a wobbly chair'], // a defect put up with
  ['en', 'Nah, sunshine is overrated'], // a good called overrated
  ['de', 'Nein, sollen doch die Nachbarn spenden'],
  ['de', 'Abbrechen und die Pflanzen verkommen lassen'],
  ['de', 'Nein danke, Sicherheit wird überschätzt'],
  ['de', 'Nein, ich bleibe lieber ahnungslos'],
  ['de', 'Schließen und wieder Vollzahler werden'],
  ['de', 'Nein danke, ich schlafe lieber weiter auf der alten Matratze'], // „lieber weiter": the closed test
  ['de', 'Nein, ich bleibe im teuersten Paket'], // a loaded superlative
];

describe('open reasons: the visitor’s own reason passes', () => {
  it.each(HONEST)('%s: %j is a neutral decline', (locale, text) => {
    expect(shames(locale, text)).toBe(false);
  });
});

describe('open reasons: a reason that judges goes beyond a refusal', () => {
  it.each(JUDGED)('%s: %j shames', (locale, text) => {
    expect(shames(locale, text)).toBe(true);
  });
});

// Shapes of honest UI copy that read as urgency: a status word alone, what is due (a task, a bill). Written for this file.
describe('status and due dates are no urgency', () => {
  const urgent = (locale: string, text: string) =>
    checkCopy(text, { locale }).some((finding) => finding.rule === 'false-urgency');
  it.each([
    ['en', 'Expiring'],
    ['de', 'Nur heute fällig'],
  ])('%s: %j is not urgency', (locale, text) => expect(urgent(locale, text)).toBe(false));
  it.each([
    ['en', 'Offer ending'],
    ['de', 'Nur heute!'],
  ])('%s: %j is urgency', (locale, text) => expect(urgent(locale, text)).toBe(true));
});

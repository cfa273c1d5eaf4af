/**
 * German decline labels: bad news reported as the cause of saying no passes (a pet died, illness, a job lost, short
 * of money, a broken device, a complaint), while the same words in a construction that judges are a jab (a harm taken
 * on with the refusal, a regret foretold, a later that mocks the wait, paying too much as the choice, back to a worse
 * state, a dependant said to need nothing). de-loss-words.ts (`LOSS_REPORTED`: losses that judge only in a
 * construction), de-judgements.ts, de-signals.ts (a dependant is a signal only as the visitor's, named by the page).
 * Written for this file from the language, not taken from any batch.
 */
import { describe, expect, it } from 'vitest';
import { DARK_RULES, rulesOf } from './decline-probes.js';

/** The visitor's own news: must pass as a decline label and get no dark rule with no role. */
const REPORTED = [
  // a pet or a person died
  'Nein danke, mein Hund ist letzte Woche gestorben',
  'Kündigen, unsere Katze musste eingeschläfert werden',
  'Kündigen wegen eines Todesfalls in der Familie',
  'Abo beenden, mein Vater ist verstorben',
  'Nein danke, wir haben keinen Hund mehr',
  // illness
  'Pausieren, unser Kind ist krank',
  'Kündigen, ich leide an Migräne',
  'Jetzt nicht, meine Frau liegt im Krankenhaus',
  'Mitgliedschaft beenden, ich habe mich verletzt',
  // a job or income lost, short of money
  'Kündigen, weil ich meinen Job verloren habe',
  'Nicht jetzt, ich habe gerade meine Arbeit verloren',
  'Kündigen, ich verliere mein Einkommen',
  'Nein danke, das Geld ist gerade knapp',
  'Jetzt nicht, mir fehlt gerade das Geld',
  'Nein danke, ich habe gerade kein Geld',
  'Kündigen, ich bin pleite',
  'Kündigen, ich lebe von Bürgergeld',
  // a defect or a complaint as the reason
  'Nein danke, mein Handy ist kaputt',
  'Kündigen, ich bin vom Service enttäuscht',
  'Kündigen, die App ist mir zu kompliziert',
  'Kündigen, der Tarif ist überteuert',
  'Nein danke, ich habe gerade viel Stress',
  'Kündigen, ich hatte Ärger mit dem Support',
  'Kündigen, die Lieferung kam zu spät',
  'Kündigen, mein Laptop ist veraltet',
  // near-neighbours of the judging constructions below
  'Kündigen und Daten behalten',
  'Abbrechen und später weitermachen',
  'Kündigen, ich bin krank und verliere bald meinen Job',
  'Kündigen, ich habe mich über die Hotline geärgert',
  'Später, wenn die Rechnung da ist',
  'Kündigen, ich will nicht zu viel bezahlen',
  'Kündigen, ich habe zu viel bezahlt',
  'Zurück zum Warenkorb',
  'Kündigen, das WLAN ist wieder lahm',
  'Nein danke, ich komme ohne das Add-on zurecht',
  'Kündigen, die Kinder sind ausgezogen',
  'Danke, ich kann mir selbst helfen',
  'Nein danke, ich bin selbst Profi',
  'Kündigen, mein Team schafft das jetzt allein',
  'Nein danke, ich kaufe mir die Wurst lieber beim Metzger',
  'Nein danke, ich hole mir lieber einen Latte',
  'Nicht jetzt, die Kinder warten auf mich',
  'Nicht jetzt, die Kinder schlafen',
  'Nicht jetzt, ich habe gerade nicht genug Geld',
  'Nein danke, ich habe schon einen Gutschein',
  'Ohne Trinkgeld fortfahren',
  'Weiter ohne Trinkgeld',
  'Nein danke, kein Pfandgeld',
  'Nein danke, wir bekommen schon genug Post',
  'Nein danke, ich habe schon genug davon',
  'Kündigen, ich bleibe bei meinem alten Tarif',
  'Nein danke, die Anleitung ist mir zu lang',
];

/** The same words in a construction that judges: confirmshaming as a decline label. */
const JUDGED = [
  // a harm taken on with the refusal
  'Abbrechen und den Überblick verlieren',
  'Schließen und die Chance verpassen',
  'Ablehnen und weiter im Papierkram ersticken',
  // a regret foretold
  'Überspringen und mich später ärgern',
  'Ablehnen und es hinterher bereuen',
  'Nein danke, ich beiße mir später in den Hintern',
  // a later that mocks the wait
  'Vielleicht später – wenn es zu spät ist',
  'Erinnere mich, wenn es zu spät ist',
  // paying too much as the choice; back to a worse state
  'Weiterhin zu viel zahlen',
  'Nein, ich will weiter zu viel bezahlen',
  'Zurück ins Chaos',
  'Wieder im Papierkram versinken',
  // a dependant said to need nothing or to manage alone
  'Nein danke, mein Hund braucht kein Spielzeug',
  'Nein, meine Kinder brauchen keine Nachhilfe',
  'Nein, die Kinder kommen auch ohne Bücher klar',
  'Nein, Patienten können sich selbst helfen',
  // indifference said of oneself, an expert at a loss, dependants left to cope
  'Nein danke, Bildung ist mir schnuppe',
  'Abbrechen, mir ist der Planet wurscht',
  'Nein danke, die Tiere sind mir egal',
  'Nein danke, ich bin Weltmeister im Aufschieben',
  'Später, ich bin Profi im Vergessen',
  'Nein, die Hunde im Tierheim packen das schon allein',
  // a good called dull, enough of a good, money on trees
  'Nein danke, Altersvorsorge ist mir zu spießig',
  'Nein danke, wir haben genug Kunden',
  'Nein, bei mir wächst das Geld auf Bäumen',
  // others said to have enough already
  'Ohne Trinkgeld – die Kuriere verdienen eh genug',
  'Nein danke, das Tierheim bekommt sowieso genug Spenden',
  'Nein, die Kellner kriegen genug',
  'Nein danke, die haben doch genug',
  'Jetzt nicht, der Verein hat ohnehin genug',
  // the loss words chosen or preferred, as before
  'Nein danke, ich bleibe lieber pleite',
  'Nein, ich bleibe bei meinem kaputten Handy',
];

describe('de: bad news reported as the cause of a decline passes', () => {
  it.each(REPORTED)('accepts %j as a decline label and with no role', (text) => {
    expect(rulesOf(text, 'de', 'decline')).not.toContain('confirmshaming');
    expect(rulesOf(text, 'de').filter((found) => DARK_RULES.includes(found))).toEqual([]);
  });
});

describe('de: the same words in a construction that judges', () => {
  it.each(JUDGED)('refuses %j as a decline label', (text) => {
    expect(rulesOf(text, 'de', 'decline')).toContain('confirmshaming');
  });
});

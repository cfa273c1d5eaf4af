/**
 * German decline labels that nobody marked as one (a crawled link, a button of no role): a label that goes on
 * without something, goes back or gives something back is read with the decline grammar when its own shape says it
 * is a label (de-decline-label.ts: „Ohne …", „Weiter …", „Zurück zum …" with a break and the visitor's own words, „…
 * zurückgeben" verb-final, „Weg damit" after a good asked about); the honest neighbours pass as labels and with no
 * role (a voucher the visitor has not got, „alle anderen" before a thing, „sichern" is not „sicher").
 * Written for this file from the language, not taken from any batch.
 */
import { describe, expect, it } from 'vitest';
import { DARK_RULES, describeDeclineProbes, rulesOf } from './decline-probes.js';

describeDeclineProbes('de ($locale): decline labels of no role', [
  {
    shape: 'a label read as one with no role',
    locale: 'de',
    dark: [
      'Zurück zum Basistarif, ich liebe Warteschleifen',
      'Zurück ins Papierchaos, ich mag Stress',
      'Ohne Diebstahlschutz weiter (ich lebe gern riskant)',
      'Weiter ohne Zusatzschutz, ich mag Pannen',
      'Den Willkommensbonus zurückgeben',
      'Meine Gratismonate zurückgeben',
      'Prämie? Weg damit.',
      'Rabatt? Brauch ich nicht, ich habe Geld wie Heu',
      // verb-final, paying or letting go (de-decline-label.ts closers)
      'Den Treuerabatt ausschlagen und mehr bezahlen',
      'Den Rabatt verfallen lassen und voll zahlen',
      // jabs a decline says in any field (de-shaming.ts)
      'Tja, wer braucht schon Sicherheit',
      'Nein, Sparen wird total überschätzt',
      'Sollen doch andere die Tiere retten',
      'Sollen die Mitbewerber doch schneller sein',
      'Ohne Diebstahlschutz parken – wird schon gut gehen',
      'Ohne Helm losfahren (was soll schon passieren)',
      'Auf den Willkommensrabatt pfeife ich',
      'Premium kündigen und wieder Anfänger sein',
    ],
    honest: [
      'Weiter, ich habe schon ein Konto',
      'Zurück zur Übersicht, ich möchte noch etwas ändern',
      'Ohne Konto fortfahren (ich bestelle als Gast)',
      'Zurück, ich habe mich vertippt',
      'Weiter ohne Versicherung, ich bin schon versichert',
      'Ohne Zusatzschutz weiter, mein Handy ist über die Hausrat versichert',
      'Ohne Anmeldung weiter, ich schaue mich nur um',
      'Weiter mit meinem aktuellen Tarif, er reicht mir',
      'Zurück zum Basistarif, ich brauche weniger Datenvolumen',
      'Weiterhin monatlich zahlen, das passt für mich besser',
      'Ohne Newsletter weiter, ich bekomme schon genug Mails',
      'Weiter ohne Geschenkverpackung, ich packe selbst ein',
      'Zurück zur Startseite, ich finde mein Produkt nicht',
      'Ohne Versicherung weiter, mein Arbeitgeber zahlt das',
      'Zurück, ich will erst meinen Partner fragen',
      // a voucher at the checkout is a code the visitor may not have
      'Weiter ohne Gutschein',
      'Ohne Gutschein fortfahren',
      'Ohne Gutscheincode weiter',
      'Ohne Gutschein weiter – ich habe keinen',
      // the visitor's own alternative (not „Ich schaue lieber weg")
      'Ich lasse den Newsletter lieber weg',
      'Nein danke, ich möchte lieber bar bezahlen',
    ],
  },
]);

/** Page copy that opens like a label, or says „alle anderen" of things, or „sichern": no dark rule with no role. */
const PAGE = [
  'Weiter zur Kasse',
  'Zurück zum Warenkorb',
  'Zurück in den Shop',
  'Zurück zu meinen Bestellungen',
  'Weiterhin per Rechnung zahlen',
  'Mit Karte bezahlen',
  'Sicher bezahlen',
  'Ich möchte per Rechnung zahlen',
  'Wer braucht schon einen Drucker, wenn es die App gibt?',
  'Sollen wir Sie zurückrufen?',
  'Das sollen andere entscheiden',
  '3 % abgeschlossen',
  'Nein, die Bestellung wird schon bearbeitet',
  'Bald wird alles wieder normal sein',
  'Danach ist es wieder normal',
  'Ohne Anmeldung fortfahren – Sie können später ein Konto anlegen',
  "Weiter geht's mit Schritt 2: Ihre Adresse",
  'Ohne Abo, ohne Vertrag, ohne Risiko',
  'Ohne Zahlung weiter ist nicht möglich',
  'Von allen anderen Sitzungen abmelden',
  'Alle anderen Browser abmelden',
  'Alle anderen Einstellungen bleiben erhalten.',
  'Klicke auf Speichern, um deine Änderungen zu sichern und nichts zu verlieren.',
  'Sichern Sie Ihre Daten, um sie nicht zu verlieren',
];

describe('de: page copy shaped like a label passes', () => {
  it.each(PAGE)('%j', (text) => {
    expect(rulesOf(text, 'de').filter((found) => DARK_RULES.includes(found))).toEqual([]);
  });
});

/** The visitor's own voucher, „alle anderen" as people, „sicher" asked: still confirmshaming. */
const STILL = [
  'Weiter ohne meinen Gutschein',
  'Auf den Gutschein verzichten',
  'Bist du sicher, dass du auf deinen Bonus verzichten willst?',
  'Kluge Sparer sind längst dabei. Alle anderen zahlen weiter drauf.',
];

describe('de: their dark neighbours stay confirmshaming', () => {
  it.each(STILL)('%j', (text) => {
    expect(rulesOf(text, 'de', 'decline')).toContain('confirmshaming');
  });
});

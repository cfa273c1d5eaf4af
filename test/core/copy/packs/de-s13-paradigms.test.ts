/**
 * German confirmshaming by paradigm (session 13): each family written out before its entries — synonyms, du and Sie,
 * both word orders, with and without article, as a label and as page copy — and tested here with honest near-misses
 * (the same words in an honest sentence). Entries: de-shaming.ts (session 13 block), de-judgements.ts, de-words.ts
 * (LABEL_GAIN, GOOD_STATE, SMUG), de-loss-words.ts. Written for this file from the language, not taken from any batch.
 */
import { describe, expect, it } from 'vitest';
import { DARK_RULES, describeDeclineProbes, rulesOf } from './decline-probes.js';

describeDeclineProbes('de ($locale): decline labels by paradigm, session 13', [
  {
    shape: 'going on without a gain, buying at the full price, a sum given up',
    locale: 'de',
    dark: [
      'Weiter ohne Rabatt',
      'Weiter ohne Ersparnis',
      'Ohne Bonus fortfahren',
      'Ohne Geschenk bestellen',
      'Ohne meine Prämie weiter',
      'Zur Kasse ohne Vorteile',
      'Zum vollen Preis kaufen',
      'Zum Normalpreis bestellen',
      'Weiter zum vollen Preis',
      'Auf 10 € verzichten',
      'Ich verzichte auf 15 %',
      '30 € verschenken',
      'Rabatt verschenken',
      'Meinen Treuebonus verschenken',
    ],
    honest: [
      'Weiter ohne Gutschein',
      'Ohne Gutscheincode fortfahren',
      'Ohne Rabattcode bestellen',
      'Weiter ohne Geschenkverpackung',
      'Ohne Geschenkkarte fortfahren',
      'Weiter ohne Konto',
      'Ohne Versicherung bestellen',
    ],
  },
  {
    shape: 'the visitor in a worse state, a good state refused, boasts of plenty and of safety',
    locale: 'de',
    dark: [
      'Nein, ich bleibe lieber erfolglos',
      'Nein danke, ich bleibe lieber ungesund',
      'Lieber nicht, ich bleibe Durchschnitt',
      'Nee, wieder mittelmäßig sein',
      'Nein, ich will nicht fit werden',
      'Nein danke, ich möchte nicht reich werden',
      'Nein, wir wollen nicht wachsen',
      'Nein danke, ich will nicht profitieren',
      'Nein, ich habe zu viel Geld',
      'Nein danke, ich habe viel zu viel Zeit',
      'Nein danke, ich schwimme im Geld',
      'Nein, Geld spielt keine Rolle',
      'Nein danke, ich kann es mir leisten',
      'Nein danke, Kunden haben wir eh genug',
      'Nein danke, mir passiert schon nichts',
      'Nein, uns passiert eh nie was',
      'Nein danke, ich bin unverwundbar',
      'Nein, mein Handy ist unzerstörbar',
      'Nein danke, ich nehme das Risiko in Kauf',
      'Nein, das Risiko gehe ich ein',
      'Nein danke, ich kann eh alles',
      'Nein danke, meine Website darf ruhig langsam bleiben',
      'Nein danke, ich zahle gern den Normalpreis',
      'Lieber Versandkosten zahlen',
      'Nein danke, ich zahle gerne Versandkosten',
    ],
    honest: [
      'Nein danke, ich bleibe lieber anonym',
      'Nein danke, ich bleibe beim Normaltarif',
      'Nein, ich will nicht Mitglied werden',
      'Nein danke, ich möchte nicht erinnert werden',
      'Nein danke, ich habe zu viel zu tun',
      'Nein danke, ich habe zu viel Geld ausgegeben',
      'Nein danke, das kann ich mir gerade nicht leisten',
      'Nein danke, ich habe genug Zeit',
      'Nein danke, mir passiert das selten',
      'Nein danke, ich nehme das Risiko',
      'Nein danke, meine Kinder dürfen das selbst entscheiden',
      'Nein danke, ich lasse meinen Vertrag auslaufen',
      'Nein danke, die Versandkosten sind mir zu hoch',
      'Nein danke, ich kann das selbst',
    ],
  },
]);

/** Page copy of no role that shames: the visitor told they give a good away, pay more, do not care. */
const DARK_PAGE = [
  // giving a good away, subject first, after „damit", or asked with „wirklich"
  'Sie verschenken bares Geld.',
  'Du verschenkst deinen Rabatt!',
  'Schade! Sie verzichten damit auf Ihren Neukundenrabatt.',
  'Damit verschenken Sie Ihren Bonus.',
  'Verzichten Sie wirklich auf 50 € Startguthaben?',
  'Verzichtest du echt auf dein Geschenk?',
  'Sie verschenken 25 %.',
  // letting it slip, giving it up, the verb at the end
  'Sie lassen 30 € auf dem Tisch liegen',
  'Du lässt dir 20 % entgehen',
  'Lässt du dir den Bonus wirklich entgehen?',
  'Sie geben 20 € einfach so her?',
  'Ich lasse mein Startguthaben verfallen',
  // paying more, asked with a modal or a preference
  'Sie möchten also lieber mehr bezahlen?',
  'Willst du wirklich den vollen Preis zahlen?',
  'Wirklich den vollen Preis zahlen?',
  'Zahlen Sie gern mehr?',
  'Zahlst du lieber drauf?',
  // the sarcastic „wohl", indifference pinned on the visitor
  'Du magst wohl keine Schnäppchen?',
  'Sie brauchen wohl kein Geld.',
  'Sparen ist wohl nichts für dich.',
  'Geld ist Ihnen wohl egal.',
  'Schade, dass dir deine Gesundheit egal ist.',
  'Die Umwelt ist Ihnen wohl gleichgültig?',
  // the visitor's aims doubted, rivals gaining, good states refused
  'Schade, wir dachten, Sie wollen wachsen.',
  'Ihre Konkurrenz freut sich.',
  'Deine Mitbewerber werden sich freuen.',
  'Sie möchten nicht erfolgreich sein?',
  // fear pinned on the visitor's business: customers lost to rivals, rivals awake or ahead, a loss per day,
  // waiting priced, what the visitor misses, „while you read this"
  'Jeden Tag verlieren Sie Kunden an die Konkurrenz',
  'Jede Woche verlierst du Aufträge an deine Mitbewerber',
  'Sie verlieren täglich Neukunden an den Wettbewerb',
  'Dein nächster Kunde bestellt gerade bei deinem Mitbewerber',
  'Ihre Konkurrenz schläft nicht.',
  'Deine Mitbewerber schlafen nie.',
  'Ihre Wettbewerber sind schon weiter.',
  'Veraltete Technik kostet Sie jeden Monat Kunden.',
  'Eine langsame Website kostet dich täglich bares Geld.',
  'Die wahren Kosten des Zögerns',
  'Was du verpasst:',
  'Während du das liest, schreibt jemand deiner Konkurrenz',
  'Während Sie diese Zeilen lesen, gehen Anfragen verloren.',
  // the page's don't-lose imperative with a sum or a gain
  'Verliere nicht deinen Rabatt!',
  'Verlieren Sie nicht 40 € Ersparnis',
  'Verschenk keine 20 %',
];

/** The same words in honest page copy. */
const HONEST_PAGE = [
  // points or credit left unused, a goal skipped in a setup: ways to go on, as page copy
  'Ohne Punkte bezahlen',
  'Ohne Guthaben bezahlen',
  'Ohne Ziel fortfahren',
  'Verschenken Sie einen Gutschein zum Geburtstag',
  'Jetzt Gutschein verschenken',
  'Gutscheine verschenken',
  'Wir verschenken 100 Gutscheine an unsere Newsletter-Leser',
  'Mit der Unterschrift verzichten Sie auf Ihr Widerrufsrecht',
  'Sie verzichten auf nichts: alle Funktionen sind enthalten',
  'Lassen Sie sich dieses Angebot nicht entgehen',
  'Lass dir 20 % Rabatt nicht entgehen',
  'Sie wollen nicht mehr bezahlen als nötig? Dann vergleichen Sie jetzt.',
  'Möchten Sie lieber monatlich zahlen?',
  'Zahlen Sie lieber per Rechnung?',
  'Sie haben offenbar keinen Gutschein eingelöst.',
  'Sie haben wohl noch keinen Gutschein eingelöst.',
  'Du hast wohl dein Passwort vergessen?',
  'Der Rabatt ist wohl schon abgelaufen.',
  'Wenn Ihnen Ihre Gesundheit nicht egal ist, gehen Sie zur Vorsorge.',
  'Ist Ihnen die Farbe egal? Dann wählen Sie Zufall.',
  'Ihre Sicherheit ist uns nicht egal.',
  'Wir dachten, du willst wissen, dass dein Paket da ist',
  'Die Konkurrenz schläft nicht – wir auch nicht.',
  'Ihre Gäste werden sich freuen.',
  'Wer möchte nicht gesund bleiben?',
  'Wer will nicht erfolgreich sein?',
  'Sie müssen nicht fit sein, um anzufangen.',
  'Geld spielt bei uns eine große Rolle',
  'Können Sie sich das leisten?',
  'Verlieren Sie nicht Ihre Daten: Backup jetzt einrichten',
  'Verliere keine Zeit: jetzt starten',
  'Zum vollen Preis: 89 €',
  'Zum Normalpreis von 49 €',
  'Preis ohne Rabatt',
  'Gewinnen Sie Kunden von der Konkurrenz',
  'Heben Sie sich von Ihrer Konkurrenz ab',
  'Vergleichen Sie uns mit der Konkurrenz',
  'Das kostet Sie nur 5 Minuten',
  'Jeden Tag gewinnen Sie neue Kunden dazu',
  'Was Sie verpasst haben: die Highlights der Woche',
  'Während Sie das lesen, richten wir Ihr Konto ein.',
  'Während Sie das lesen, wird Ihr Konto eingerichtet.',
  'Während Sie das lesen, laden wir Ihre Daten im Hintergrund.',
  'Kunden, die zur Konkurrenz wechseln, erhalten keinen Rabatt.',
  'Die Kosten des Versands trägt der Käufer.',
  'Ohne Rabatt: 49 €. Mit Rabatt: 39 €.',
];

/** Urgency and pressure of the same session: a timer after „in:", the best-time idiom, places said to be few, the crowd keeping the add-on. */
const CLAIMS: readonly (readonly [string, string])[] = [
  ['Angebot endet in: 04:12', 'false-urgency'],
  ['Der Deal läuft ab in: 12:30', 'false-urgency'],
  ['Der beste Zeitpunkt für den Einstieg war gestern.', 'false-urgency'],
  ['Der zweitbeste Zeitpunkt ist jetzt.', 'false-urgency'],
  ['Begrenzte Plätze im Juni', 'pressure'],
  ['Wenige Termine frei', 'pressure'],
  ['Die Plätze im Kurs sind knapp.', 'pressure'],
  ['8 von 10 Kunden behalten die Versicherung', 'pressure'],
  ['Fast alle buchen das Frühstück dazu', 'pressure'],
  // the crowd without a number, every activity of the counted crowd
  ['Viele sehen sich das gerade an', 'pressure'],
  ['Andere Gäste schauen sich diese Unterkunft auch an', 'pressure'],
  ['Mehrere Kunden haben diesen Artikel im Warenkorb', 'pressure'],
  ['Andere Kunden interessieren sich auch dafür', 'pressure'],
  ['Zahlreiche Kunden haben bereits zugegriffen', 'pressure'],
  ['Viele haben schon zugeschlagen', 'pressure'],
  ['Viele Bestellungen heute', 'pressure'],
  ['Heute schon zahlreiche Buchungen', 'pressure'],
  ['Schon viele verkauft', 'pressure'],
  ['Wird oft gekauft', 'pressure'],
  // a stock running low, no number; demand as its own sentence
  ['Lager fast leer', 'pressure'],
  ['Vorrat bald erschöpft', 'pressure'],
  ['Wenig vorrätig', 'pressure'],
  ['Knapper Bestand', 'pressure'],
  ['Nur noch geringe Stückzahl', 'pressure'],
  ['Nur noch vereinzelt verfügbar', 'pressure'],
  ['Fast alle Termine vergeben', 'pressure'],
  ['Droht auszuverkaufen', 'pressure'],
  ['Das Interesse ist riesig', 'pressure'],
  ['Die Nachfrage für diese Daten ist hoch', 'pressure'],
  ['Beliebt bei Reisenden', 'pressure'],
  // urgency: hurry not negated, before it is gone, why wait, hours left, soon gone, the price back up, never again
  ['Beeilt euch!', 'false-urgency'],
  ['Schnell, bevor alles weg ist', 'false-urgency'],
  ['Hol dir den Bonus, bevor er verfällt', 'false-urgency'],
  ['Wieso länger warten?', 'false-urgency'],
  ['Ein paar Stunden übrig', 'false-urgency'],
  ['Ihnen bleibt nur noch 1 Tag', 'false-urgency'],
  ['Demnächst nicht mehr erhältlich', 'false-urgency'],
  ['Ab Freitag wieder zum Normalpreis', 'false-urgency'],
  ['Preiserhöhung ab morgen', 'false-urgency'],
  ['So billig wird es nie wieder', 'false-urgency'],
];
const CLAIMS_HONEST = [
  'Sitzung läuft ab in: 04:59',
  'Die Plätze sind begrenzt auf 12 pro Gruppe',
  'Unbegrenzte Plätze',
  'Termine sind für Mitglieder reserviert',
  '9 von 10 Nutzern nutzen die App täglich',
  'Viele Kunden sehen das so',
  'Viele Kunden schauen sich zuerst die Bewertungen an',
  'Sie haben mehrere Artikel im Warenkorb',
  'Viele Kunden interessieren sich für Nachhaltigkeit',
  'Andere Kunden interessieren sich auch für',
  'Viele Kunden haben gefragt, ob wir auch nach Österreich liefern',
  'Wird oft zusammen gekauft',
  'Häufig gekauft zusammen mit',
  'Lager: 12 Stück',
  'Nur noch wenig Speicher verfügbar',
  'Nur noch geringe Änderungen nötig',
  'Fast alle Felder ausgefüllt',
  'Die Nachfrage nach Elektroautos steigt in Deutschland',
  'Hohe Nachfrage kann zu längeren Lieferzeiten führen',
  'Das Interesse an Kursen ist groß, daher bieten wir mehr Termine an',
  'Beliebt bei Familien',
  'Bitte beeilen Sie sich nicht, lesen Sie in Ruhe',
  'Sie müssen sich nicht beeilen',
  'Kein Grund, sich zu beeilen',
  'Speichern Sie, bevor Sie die Seite verlassen',
  'Warten Sie auf die Bestätigung per E-Mail',
  'Noch 2 Stunden bis zur Lieferung',
  'Ihnen bleiben noch 3 Versuche',
  'Dieser Artikel ist bald wieder verfügbar',
  'Ab Montag wieder geöffnet',
  'Bevor es losgeht, noch ein paar Fragen',
];

describe('de: urgency and pressure of session 13', () => {
  it.each(CLAIMS)('%j is %s', (text, rule) => {
    expect(rulesOf(text, 'de')).toContain(rule);
  });
  it.each(CLAIMS_HONEST)('%j gets no dark rule', (text) => {
    expect(rulesOf(text, 'de').filter((found) => DARK_RULES.includes(found))).toEqual([]);
  });
});

describe('de: page copy that shames by paradigm, session 13', () => {
  it.each(DARK_PAGE)('%j is confirmshaming with no role', (text) => {
    expect(rulesOf(text, 'de')).toContain('confirmshaming');
  });
  it.each(HONEST_PAGE)('%j gets no dark rule with no role', (text) => {
    expect(rulesOf(text, 'de').filter((found) => DARK_RULES.includes(found))).toEqual([]);
  });
});

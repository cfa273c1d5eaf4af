/**
 * German session-12 families, by kind rather than by phrase: seizing the chance now as the whole call, „nicht
 * verpassen" said of an offer, vague scarcity in more of its forms (a hyphenated compound, a heading's colon, said of
 * the thing, low „auf Lager", a few of them), a sales count with its plus, the stock condition pressed on the visitor
 * (a pressure pair), the rhetorical „Willst du … wirklich" with its middle field and leaving now in an exit modal
 * (stay signals), the page's praise of its offer in a refusal, quitting named as giving up; and their honest
 * neighbours. Written for this file from the language, not taken from any batch.
 */
import { describe, expect, it } from 'vitest';
import { DARK_RULES, rulesOf } from './decline-probes.js';

const URGENCY = [
  'Jetzt zulangen',
  'Heute zuschlagen',
  'Schlag jetzt zu',
  'Kommen Sie schnell',
  'Sonderangebote nicht verpassen',
  'Verpass nicht die Gelegenheit',
  'Nicht verpassen!',
  'Restzeit: 09:12',
  'Danach bekommst du keine zweite Chance auf diesen Preis.',
  'Gutschein heute einlösen, sonst ist er weg',
  'Deine Sitzplätze sind nur kurz reserviert',
  'Letzte Erinnerung, bevor dein Gutschein-Rabatt verfällt',
];
const PRESSURE = [
  'Limitiertes Sommer-Kontingent:',
  'Begrenzte Sonder-Edition',
  'Die Tickets sind streng limitiert',
  'Kontingent knapp',
  'Nur wenig auf Lager',
  'Nur noch vereinzelte Exemplare',
  '1.000+ verkaufte Tassen',
  'Über 500 gebucht',
  'Hol dir jetzt deinen Gutschein! Nur solange der Vorrat reicht.',
  'Die Startplätze sind begrenzt – melde dich schnell an',
  'Unsere Kurse sind meist binnen einer Woche ausgebucht',
  'Gratis-Versand für die ersten 50 Besteller',
  '300 Kunden haben in den letzten 12 Stunden bestellt',
  'Die ersten 50 Besteller bekommen eine Tasse dazu',
  'Artikel in deinem Warenkorb sind gefragt und bald ausverkauft',
];
const SHAMING = [
  'Willst du dir diesen Rabatt wirklich entgehen lassen?',
  'Wollen Sie Ihre Punkte wirklich verfallen lassen? Sie verpassen 20 € Guthaben.',
  'Wenn du jetzt gehst, verpasst du deinen Willkommensbonus.',
  'Geh nicht ohne deinen Willkommensbonus!',
  'Nicht ohne Ihr Geschenk gehen',
];
const SHAMING_DECLINE = [
  'Aufgeben',
  'Nein danke, ich lasse mir diese einzigartige Chance entgehen',
  'Nein danke, ich verzichte auf das unschlagbare Angebot',
];
/** No dark rule with no role. */
const HONEST = [
  'Vorträge und Workshops nicht verpassen',
  'Keine Folge mehr verpassen',
  'Speicherplatz begrenzt',
  'Die Teilnehmerzahl ist auf 20 begrenzt',
  'Die Plätze sind auf 12 begrenzt',
  'Begrenzte Haftung',
  '3 verkaufte Artikel',
  'Lagerbestand niedrig',
  'Gültig nur, solange der Vorrat reicht.',
  'Der Code kann nur einmal pro Kunde eingelöst werden',
  'Die Bewerbungsfrist endet morgen',
  'Abgabefrist läuft heute ab – bitte Unterlagen hochladen',
  'Möchten Sie Ihr Konto wirklich löschen?',
  'Wollen Sie die Datei wirklich löschen? Dies kann nicht rückgängig gemacht werden.',
  'Wenn Sie jetzt gehen, werden Ihre Änderungen nicht gespeichert.',
  'Bestellung aufgeben',
  'Meistverkauft',
  'Die ersten 3 Monate kostenlos',
  'Für die ersten 3 Monate gratis',
  'Die Plätze sind auf 20 begrenzt',
  'Der Speicher ist zu 94 % belegt',
  'Keine weitere Aktion erforderlich',
  'Bitte bestätigen, sonst verfällt der Link',
  'Nicht ohne Anmeldung möglich',
  'Die Beschwerden sind oft nach 3 Tagen weg',
  'Früher Zugang für Mitglieder, vor allen anderen informiert',
  'Ihre Zeit: 4:59',
  'Die ersten 10 Ergebnisse',
  'Warte! Hol dir 15 % Rabatt auf die erste Bestellung',
  'Bestellungen werden noch heute verschickt, wenn sie bis 12 Uhr aufgegeben werden.',
  'Noch 3 Plätze in deinem Tarif',
];
/** Pass as decline labels too. */
const HONEST_DECLINE = ['Nein danke, ich zahle lieber einmalig', 'Nein danke, ich nehme den Basistarif'];

describe('de session 12: dark copy by kind', () => {
  it.each(URGENCY)('%j is false urgency', (text) => expect(rulesOf(text, 'de')).toContain('false-urgency'));
  it.each(PRESSURE)('%j is pressure', (text) => expect(rulesOf(text, 'de')).toContain('pressure'));
  it.each(SHAMING)('%j is confirmshaming with no role', (text) =>
    expect(rulesOf(text, 'de')).toContain('confirmshaming'),
  );
  it.each(SHAMING_DECLINE)('%j is confirmshaming as a decline label', (text) =>
    expect(rulesOf(text, 'de', 'decline')).toContain('confirmshaming'),
  );
});

describe('de session 12: honest neighbours', () => {
  it.each(HONEST)('%j gets no dark rule', (text) =>
    expect(rulesOf(text, 'de').filter((found) => DARK_RULES.includes(found))).toEqual([]),
  );
  it.each(HONEST_DECLINE)('%j passes as a decline label', (text) =>
    expect(rulesOf(text, 'de', 'decline')).not.toContain('confirmshaming'),
  );
});

/**
 * What German copy may declare itself (pack.ts StatedInCopy): a deadline with its date and its reason, a claim
 * with its source or as a condition.
 */
import type { StatedInCopy } from '../pack.js';
import { withAsciiSpellings } from './de-spelling.js';

const MONTHS = 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|okt|dez';
const DAYS = 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';

export const DE_STATED: StatedInCopy = {
  deadline: {
    dates: withAsciiSpellings([`# .? ${MONTHS}`, DAYS, '#2 uhr', '# : # uhr?', '# . # .']),
    reasons: withAsciiSpellings([
      // warum es dann endet: „…, weil dann der Caterer bestellt", „damit die Jury prüfen kann"
      'weil|denn',
      '<!weg|her|raus damit', // not the imperative „Weg damit!", „Her damit!"
      'wegen|aufgrund', // „Preise steigen ab 1. Januar wegen höherer Lieferkosten"
      'da wir|die|der|das|unser|unsere',
      '( wenn wir | sobald wir | wenn die | wenn der | sobald die | sobald der )',
      // Versandschluss: „Bestellungen bis 14 Uhr werden heute versendet"
      'bestellung|bestellungen ~4 versendet|verschickt|geliefert|versand',
    ]),
  },
  // a clause that names an offer is urgency unless it says itself it is about no offer (the engine's `stated.offer`)
  offer: ['@promo'],
  notOffer: withAsciiSpellings([
    'deine|ihre|die sitzung|anmeldung|termin|passwort|link|code|prüfung',
    'dein|ihr|der termin|link|code|login',
    // the visitor's own trial running out is a notice: „Noch 3 Tage bis zum Ende Ihrer Testphase"
    'bis zum ende ~1 deiner|ihrer ~1 testphase|probezeit|testzeitraum|probezeitraum',
    // die Zeit bis zur Lieferung: „Noch 2 Tage bis zur Lieferung"
    'bis zur lieferung|zustellung $',
    'deine|ihre zahlungsdaten|zahlungsmethode|domain',
    'gespeichert|aufbewahrt ~2 # tage|wochen|monate',
    // what is due is the visitor's task or bill, not an offer: „Nur heute fällig" (a study card, an invoice)
    'fällig|fälligkeit',
    // an administration's deadline, not an offer's: „Die Anmeldefrist für den Kurs läuft morgen ab"
    'anmeldefrist|bewerbungsfrist|abgabefrist|einreichungsfrist|rückmeldefrist|einschreibefrist|meldefrist',
    // the visitor's account closed or deleted is a notice, not an offer: „Ihr Konto wird in 24 Stunden gelöscht"
    'konto|profil|account|benutzerkonto|kundenkonto ~6 gelöscht|deaktiviert|gesperrt|geschlossen',
  ]),
  source: withAsciiSpellings([
    // das eigene Konto: „noch 3 Plätze in deinem Tarif", „2 Artikel übrig in Ihrem Warenkorb"
    // („ihrem Warenkorb" may be theirs: „12 Personen haben es in ihrem Warenkorb")
    // (not „deinem Warenkorb": items in the visitor's cart said to sell out are the push, not an allowance)
    'in|auf deinem|deiner ~1 tarif|plan|vertrag|paket|konto|abo|team|bestellung',
    'in|auf ihrem|ihrer ~1 tarif|plan|vertrag|paket|konto|abo|bestellung',
    // der Lagerbericht einer Adminansicht: „5 Produkte haben einen niedrigen Lagerbestand"
    '# produkte|varianten haben einen? niedrigen|geringen lagerbestand',
    // die Quelle: „laut Veranstalter", „gemäß Brandschutz", „Quelle: Ticketsystem"
    '( laut | gemäß | nach angaben | quelle : )',
    // eine Bedingung, keine Behauptung: „Benachrichtigung, wenn weniger als 5 übrig sind"
    'wenn|sobald|falls ~3 ( weniger als | unter ) #',
    // a stock threshold set, not a claim: „Niedriger Lagerbestand ab 5 Stück", „Bestand gering bei unter 3"
    'lagerbestand|bestand|vorrat ~2 ab|bei|unter #',
    // a venue's capacity told: „Der Saal fasst 180 Personen; noch 24 Plätze frei"
    'fasst|fassen|kapazität :? ~1 # ~1 personen|plätze|gäste|besucher',
    // a limit with the supplier's reason: „Maximal 2 pro Kunde, weil der Hersteller nur begrenzt liefert"
    'weil|da|wegen ~4 hersteller|lieferant|lieferanten|produzent|ernte|lieferengpass|lieferengpässe',
    // the reason the stock is what it is: „Restposten …: es wird nicht nachproduziert"
    '( nicht | nie | nicht mehr ) ~2 nachproduziert|nachgeliefert|nachbestellt|produziert|hergestellt|aufgelegt',
    // the visitor's own listing counted: „Ihre Anzeige wurde heute 37-mal angesehen"
    'ihre|ihr|deine|dein anzeige|inserat|beitrag|profil|video|foto|post|beiträge|inserate ~2 wurde|wurden',
    // a rank with the list or the test that gives it: „Platz 1 der SPIEGEL-Bestsellerliste", „Testsieger bei Stiftung
    // Warentest"; a badge with its measure: „Meistgewählter Tarif 2025 (41 % der Neukunden)"
    '( bestsellerliste | spiegel bestseller | stiftung warentest | öko test | ökotest )',
    '# % der|aller ~1 neukunden|anmeldungen|neuanmeldungen|buchungen|bestellungen|verkäufe',
    // the visitor's own request handled by someone: „Max aus Berlin hat gerade deinen Auftrag übernommen", „… auf
    // Ihre Frage geantwortet" (a service's status, not someone else's purchase)
    'dein|deine|deinen|deinem|deiner|ihren|ihre|ihr ~1 auftrag|anfrage|frage|fragen|nachricht|projekt|reparatur|anliegen|angebot',
    // eine offene Warteliste: wer zu spät kommt, rückt nach („fast ausgebucht, die Warteliste ist geöffnet")
    'warteliste ~2 geöffnet|offen',
    // more is coming, so the count is no push: „Nur noch 2 im Lager – Nachschub ist unterwegs", „Umlagerung möglich"
    'nachschub|nachlieferung|umlagerung ~3 unterwegs|möglich|bestellt|erwartet',
  ]),
  // die Zahlungsfrist des Zahlungsanbieters: „Sie haben noch 14:59, um zu zahlen"
  paymentWindow: withAsciiSpellings([
    '( sie haben | du hast ) noch? ( # : # ( : # )? | ~5 ) zeit? ,? ( um zu | zum )? zahlen|bezahlen|überweisen',
  ]),
};

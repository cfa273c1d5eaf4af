/**
 * German urgency and pressure written as constructions rather than phrases: was abläuft, ein rhetorisches „worauf
 * wartest du", wer zögert; ein Anteil der Kunden, Aktivität in der Nähe, jemandes Kauf oder Ersparnis mit „gerade".
 * Spread into the pack's `urgency` and `pressure` lists (ASCII spellings added there).
 */
import type { Shape } from '../pack.js';

export const DE_URGENCY_CONSTRUCTIONS: readonly Shape[] = [
  // was abläuft: „bevor die Zeit abläuft", „bevor das Angebot endet" (nicht „bevor Ihre Sitzung abläuft")
  'bevor der|die|das zeit|timer|countdown|angebot|aktion|rabatt|deal|preis|uhr ~1 abläuft|endet|ausläuft|vorbei|weg',
  // ein Angebot, das mit dem Fenster verschwindet
  'verfällt|verschwindet|erlischt|endet ~2 ,? sobald|wenn du|sie ~4 verlässt|verlassen|schließt|schließen',
  'letzter|letzten aufruf',
  'hält|halten nicht mehr? lange',
  'nicht mehr lange',
  'worauf wartest|warten du|sie',
  'wer ~1 zögert', // not "wartet": wer wartet, bekommt eine E-Mail
  'bald ~2 vorbei',
  'morgen|heute ~3 alles|es vorbei',
];

export const DE_PRESSURE_CONSTRUCTIONS: readonly Shape[] = [
  'bestand|vorrat|lager ~3 knapp|neige',
  // ein Anteil der Kunden: „jeder zweite Kunde", „2 von 3 Käufern"
  'jeder|jede zweite|dritte|vierte|fünfte',
  '# von # kunden|käufern|käuferinnen ~3 wählen|wählt|kaufen|nehmen|entscheiden', // not "3 von 10 Nutzern" (seats)
  'in deiner|ihrer nähe ~3 kaufen|gekauft|bestellen|bestellt|buchen|gebucht',
  // jemandes Kauf mit „gerade": „… hat gerade 40 € gespart" (nicht „du hast gerade …")
  'hat gerade|soeben ~3 gespart|gekauft|bestellt|gebucht|reserviert',
  '# mal ~4 gekauft|bestellt|verkauft|gebucht',
  // Nachfrage und Abverkauf als Verlauf: „bald ausverkauft", „Nachfrage steigt", „wird gerade oft gekauft"
  'bald|gleich|demnächst ausverkauft|vergriffen',
  'nachfrage steigt|wächst|explodiert',
  'wird|werden gerade|aktuell|derzeit oft|häufig|viel ~1 gekauft|bestellt|gebucht',
  // Aktivität anderer mit ihrer Zeit: „vor 2 Stunden von Lisa gekauft", „zuletzt vor 5 Minuten gebucht"
  // (with the purchase: „zuletzt aktualisiert vor 5 Minuten" is an admin screen's sync time)
  '( zuletzt | von _ ) ~3 vor # minuten|stunden|sekunden ~1 gekauft|bestellt|gebucht|reserviert',
  'vor # minuten|stunden|sekunden ~1 von _ ~3 gekauft|bestellt|gebucht|reserviert',
  '# besucher|personen|leute ~4 gerade|jetzt|dieser seite',
  '# personen|leute ~1 buchen|kaufen|bestellen gerade|jetzt',
  '( hälfte | # % ) ~2 schon|bereits ~1 weg|verkauft|vergeben',
  '( in kürze | bald ) ausverkauft|vergriffen',
  'bereits|schon # ~1 buchungen|anmeldungen|bestellungen|verkäufe',
  '# mal ~3 warenkorb|warenkörbe',
  'nur ~2 begrenzter|begrenzten|limitierter stückzahl|menge',
];

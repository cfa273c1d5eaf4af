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
  // the time first, verb second: „Heute Abend endet unsere Aktion", „Um Mitternacht läuft das Angebot aus"
  '@imminent ~1 @ends ~3 @promo',
  '@imminent ~2 ist|sind ~2 @promo ~1 weg|vorbei',
  // a promotion that ends at a clock time today: „Sommer-Deal endet um 18 Uhr", „Nur bis 21 Uhr", „Schluss um 24 Uhr"
  '!versand|code @promo ~3 @ends ~1 um|bis|ab #2 uhr', // not a shipping cut-off: „Der Versand am selben Tag endet um 14 Uhr"
  '( nur | nur noch ) bis #2 uhr !@openHours', // „Heute nur bis 18 Uhr geöffnet" is opening hours
  '^ schluss|aus um|ab ( #2 | @imminent )',
  // the price returns or climbs soon: „Ab morgen gilt wieder der normale Preis" (after a named date it is a term:
  // „Der Sale endet am 31. Juli. Danach gelten wieder die regulären Preise.")
  '@imminent ~3 wieder ~2 der|den|zum? voll|vollen|alt|alten|normal|normalen|regulär|regulären preis',
  'danach|dann|bald ~2 teurer',
  'preis ~1 steigt|steigen ~1 jede|jeden|stündlich|täglich',
  // a short window of validity: „Dieser Code gilt nur 20 Minuten", „Nur 48 Stunden verfügbar"
  '@ends nur|noch # @timeUnit',
  '( nur | nur noch ) # @timeUnit ~1 gültig|verfügbar|aktiv|erhältlich',
  // haste as an imperative: „Überleg nicht zu lange", „Nicht lange zögern", „Sei fix"
  '^ warte|warten|überleg|überlege|überlegen|zögere|zögern sie? nicht ~1 lange',
  '<!müssen|muss|brauchen|braucht nicht ~1 lange warten|überlegen|zögern|fackeln', // not „Sie müssen nicht lange warten"
  '( sei | seid | seien sie ) fix|schnell|flink',
  '^ fix|schnell sein',
  // once only: „eine einmalige Chance", „kommt nie wieder", „Die Aktion wird nicht wiederholt"
  'einmalig|einzigartig chance|gelegenheit|möglichkeit',
  'kommt|gibt|wiederkommt ~2 nie wieder',
  // (session 12) no second chance told: „… hast du keine weitere Gelegenheit, … zu diesen Konditionen"
  'keine|keinen weitere|zweite|neue gelegenheit|chance|möglichkeit',
  // act now or lose it: „Jetzt aktivieren, sonst verfällt es" (a link or a code that lapses is a notice: notOffer)
  '( sonst | ansonsten | andernfalls ) ~3 verfällt|verfallen|weg|verloren|abgelaufen',
  // before the offer lapses: „… bevor der Sonder-Rabatt verfällt", „ehe das Angebot endet"
  '( bevor | ehe ) ~3 @promo ~2 verfällt|verfallen|endet|enden|abläuft|ablaufen|ausläuft|weg',
  'nie wiederkommt|wiederkommen',
  '@promo ~3 nicht wiederholt|verlängert',
  // the running clock: „Die Uhr tickt", „solange die Uhr läuft"
  'uhr|zeit|countdown|timer tickt|läuft|rennt !ab|erst', // not „Die Zeit läuft ab dem Start des Tests"
  'uhr|zeit|countdown|timer läuft ab $', // „Die Zeit läuft ab!"
  // the last day or chance (not „in den letzten 24 Stunden", an activity window)
  // (the last day of something named is a date, not a push: „Der letzte Tag der Konferenz ist Freitag"; of a sale it is:
  // „Letzter Tag des Sales")
  '<!@window letzte|letzter|letzten|allerletzte|allerletzter ( chance | gelegenheit | möglichkeit | =stunden | tag !der|des|vom|im )', // „=stunden": a filter's „letzte Stunde" is a span
  '<!@window letzte|letzter =stunde _', // „Letzte Stunde für deinen Rabatt" (the filter „letzte Stunde" ends its clause)
  '<!@window letzte|letzter|letzten tag der|des|vom|im ~1 @offerWord',
  '^ letzter|letzte tag', // a badge's „Letzter Tag der Aktionswoche" (the sentence „Der letzte Tag der Konferenz …" has its article)
  // a reservation's timer after a colon: „Reservierung läuft ab: 04:12" (the engine reads „ab" before a clock)
  'läuft|laufen ab : # : #',
  // a window told in hours or minutes with the promotion after it: „Wer innerhalb von 3 Stunden bestellt, bekommt den Aktionspreis"
  'innerhalb von # std|stunde|min|minute ~3 ,? ~4 @promo',
  // today or this week, still: „Diese Woche noch 30 % sparen", „Noch heute bestellen und sparen"
  '( heute | diese woche | dieses wochenende | morgen ) noch ~3 sparen|@promo|%',
  '^ noch ( heute | diese woche ) ~1 @act',
  // before the price rises, or its rise soon: „bevor der Preis steigt", „Preise steigen um Mitternacht"
  'bevor ~3 @priceRise',
  'preis ~1 @priceRise ~2 @imminent',
  // time left to take a promotion: „Du hast noch 10 Minuten, um deinen Rabatt zu sichern" (not a return window)
  'noch # @timeUnit ,? um ~3 @promo',
  // the end said as „Schluss": „Sonntag ist Schluss", „Heute ist Schluss mit dem Sonderpreis"
  '@imminent ~1 ist schluss',
  // while it lasts, said of the offer: „solange er noch läuft" (not „solange der Vorrat reicht", a condition)
  'solange ~2 noch läuft|gilt|geht|aktiv',
  // the last time at this price, the old price still to be had: „Zum letzten Mal zu diesem Preis", „jetzt noch zum
  // alten Tarif wechseln" (a price rise with its date and reason is a term: de-stated.ts)
  '( zum letzten mal | ein letztes mal | letztmals ) ~2 zu|zum ~1 diesem|dem ~1 preis|tarif|@promo',
  'noch ~2 zum|den|der alten preis|tarif',
  // an offer that does not come back: „Das Angebot kommt nicht wieder" (not „Der Artikel kommt nicht wieder ins Sortiment")
  '@promo ~2 kommt|kehrt nicht|nie wieder $',
];

export const DE_PRESSURE_CONSTRUCTIONS: readonly Shape[] = [
  'bestand|vorrat|lager ~3 knapp|neige',
  // ein Anteil der Kunden: „jeder zweite Kunde", „2 von 3 Käufern"
  'jeder|jede zweite|dritte|vierte|fünfte !@timeUnit|@weekday|woche|monat|jahr|mal', // not a frequency: „jeden zweiten Donnerstag"
  '# von # kunden|käufern|käuferinnen ~3 wählen|wählt|kaufen|nehmen|entscheiden|behalten|buchen', // not "3 von 10 Nutzern" (seats)
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
  // stock told scarce in any order: „Knapper Vorrat", „Davon gibt es nur noch 2" (not an admin's „Bestand niedrig")
  'knapp|knapper|knappe ~1 bestand|vorrat|lagerbestand|kontingent|restbestand',
  'gibt es nur noch # $',
  'kaum noch|mehr ~2 @stockState|@stockThing',
  'restbestand|restposten|letzte ~1 sichern',
  '( gleich | schnell | bald ) weg $',
  '( ausverkauf | ausverkauft ) ~1 droht|gefahr|risiko',
  // viewers and buyers with the verb first: „Gerade sehen sich 14 Personen … an", „Diesen Artikel betrachten gerade 8 Kunden"
  '@watching sich? ~2 # ~1 @people',
  'jemand ~6 @watching',
  '# @people !@collab _ gerade|jetzt|momentan|soeben',
  '# ~1 @people ~1 sind|haben ~2 @sold',
  // people near the visitor: „Deine Kollegen haben das schon gebucht", „Kunden aus deiner Stadt kaufen das gerade"
  'kollegen|nachbarn|freunde ~4 schon|bereits|auch ~1 @sold',
  '@people aus deiner|ihrer ~1 region|stadt|nähe|umgebung',
  // demand as a crowd: „Das wollen gerade alle", „Alle reden davon", „Beliebt wie nie", „füllen sich schnell"
  'wollen|kaufen|lieben gerade|jetzt|momentan alle|viele',
  'alle|viele ~1 wollen|kaufen ~2 gerade|jetzt|momentan',
  '^ alle reden|sprechen darüber|davon',
  'gefragt|beliebt|begehrt wie nie',
  'füllen|füllt sich schnell|rasch',
  'im minutentakt|sekundentakt|stundentakt',
  // counted for the product on the page: „Dieses Hotel wurde heute 12-mal gebucht" („Ihr Beitrag wurde 37-mal angesehen" is the visitor's own)
  'dieses|dieser|diese|diesen ~2 wurde|wurden ~3 # mal|x ~1 @sold|@watching', // not „Diese Datei wurde 24-mal heruntergeladen"
  'in den|der letzten ~2 @timeUnit ~4 # @sales',
  // a share gone: „8 von 10 Tickets sind weg"; a count at this price: „Nur 3 Stück zu diesem Preis"
  '# von # ~1 @stockThing ~2 @sold',
  'nur|lediglich # @stockThing ~1 zu diesem|dem preis',
  'noch # @stockThing zum|zu ~1 preis', // „Noch 4 Tickets zum Frühbucherpreis"
  // one of the last, almost all gone, while some are left: „eins der letzten Exemplare", „fast alle Größen weg"
  'eins|einen|einer|eines|eine der letzten ~1 @stockThing',
  'fast|beinahe alle|alles ~2 weg|vergriffen|ausverkauft|verkauft',
  'solange ~1 noch welche|genug ~1 da|vorrätig|verfügbar',
  // demand said predicatively: „Die Nachfrage ist riesig" (not „Aufgrund der hohen Nachfrage …", a delay notice)
  'nachfrage ist|bleibt ~1 riesig|enorm|hoch|groß|gewaltig',
];

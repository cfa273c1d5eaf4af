/**
 * German false urgency by FAMILY: each block describes one way copy presses time on the visitor, from the
 * language (synonyms, inflections, both word orders, du and Sie), not from the rows of any batch. Probes of each
 * family, dark and honest, are in test/core/copy/packs/families-de.ts. Spread into the pack's `urgency` (de.ts
 * adds the ASCII spellings).
 */
import type { Shape } from '../pack.js';

export const DE_URGENCY_FAMILY_CLASSES = {
  /** What a visit is: die Sitzung, der Besuch, die Seite, das Fenster, der Tab (Komposita: „Browsersitzung"). */
  visitThing: ['sitzung', 'besuch', 'seite', 'seitenaufruf', 'fenster', 'tab', 'pop up', 'popup'],
  /** Which visit: this one („dieser Sitzung"; the shapes add „deines aktuellen" and the articles). */
  thisVisit: ['dieser', 'diese', 'diesen', 'dieses', 'diesem'],
  /** Leaving the visit, as a noun after „beim", „nach dem": „beim Verlassen der Seite". */
  leaving: ['verlassen', 'schließen', 'neuladen', 'aktualisieren'],
  /** What the offer does then (not „verloren": unsaved input lost on closing is an honest warning). */
  vanishes: ['verfällt', 'verschwindet', 'erlischt', 'weg', 'futsch'],
  /** Held for the visitor a while: „eingefroren", „gesichert", „einlösbar". */
  heldFor: ['eingefroren', 'fixiert', 'garantiert', 'gesichert', 'reserviert', 'gehalten', 'gültig', 'einlösbar'],
  /** How long more, before the count: „noch 8 Minuten", „für weitere 15 Minuten". */
  forMore: ['noch', 'nur', 'nur noch', 'für weitere', 'weitere'],
  /** An end any moment, with no number. */
  anyMoment: ['jeden moment', 'jeden augenblick', 'in wenigen augenblicken', 'in kürze', 'gleich'],
  /** What an offer does then: ends, runs out, is gone. */
  endsSoon: ['enden', 'vorbei', 'weg', 'ablaufen', 'ab', 'aus', 'schluss'],
  /** Later, when it is gone: „morgen", „ab morgen", „später". */
  later: ['morgen', 'übermorgen', 'später', 'bald'],
  /** No longer: „nicht mehr", „nie wieder". */
  noLonger: ['nicht mehr', 'nicht länger', 'nie mehr', 'nie wieder'],
  /** Gone, said of an offer: „Geschichte", „futsch". */
  history: ['geschichte', 'vorbei', 'weg', 'futsch', 'verloren'],
  /** Available, said of an offer. */
  available: ['verfügbar', 'gültig', 'erhältlich', 'zu haben'],
  /** Promotions named by their day or season („Cyber Monday endet um Mitternacht"); hyphens split („Black-Week-Deal"). */
  saleDay: [
    'black friday',
    'cyber monday',
    'black week',
    'cyber week',
    'prime day',
    'singles day',
    'happy hour',
    'flash sale',
    'summer sale',
    'winter sale',
    'mid season sale',
    'midseason sale',
    'schlussverkauf', // Sommer-, Winterschlussverkauf by their head: „Sommerschlussverkauf" is one word
    'sommerschlussverkauf',
    'winterschlussverkauf',
  ],
  /** What a promotion is, named for its price or its gain (not „Versand", „Code": a shipping cut-off, a code that expires, are notices). */
  offerWord: [
    'angebot',
    'aktion',
    'rabatt',
    'preis',
    'sale',
    'deal',
    'schnäppchen',
    'gutschein',
    'bonus',
    'vorteil',
    'sonderpreis',
    'aktionspreis',
    'vorteilspreis',
    '@saleDay',
  ],
  /** What the offer gives until the hour („Heute bis 23:59 Uhr: doppelte Punkte"; not „kostenlos stornieren", a term). */
  benefit: [
    '%',
    'gratis',
    'geschenkt',
    'versandkostenfrei',
    'portofrei',
    'doppelte',
    'dreifache',
    'sparen',
    'rabatt',
    'reduziert',
    'extra',
    'bonus',
    'punkte',
    'für 1',
  ],
  /** „aus" as a cause, not the particle of „auslaufen": „aus Sicherheitsgründen", „aus technischen Gründen". */
  becauseOf: [
    'gründen',
    'sicherheitsgründen',
    'kostengründen',
    'datenschutzgründen',
    'technischen',
    'organisatorischen',
  ],
  /** A short unit: a window counted in minutes or hours from now („in den nächsten 2 Stunden"). */
  shortUnit: ['minuten', 'min', 'stunden', 'std', 'h', 'sekunden', 'sek'],
  /** Restricted to the window: „nur", „nur noch", „exklusiv". */
  onlyFor: ['nur', 'nur noch', 'bloß', 'ausschließlich', 'exklusiv'],
  /** (session 14) Seeing, getting or being offered the offer again: „siehst du nie wieder", „bieten wir nie wieder an". */
  seeAgain: [
    'sehen',
    'siehst',
    'seht',
    'wiedersehen',
    'wiederfinden',
    'bekommen',
    'bekommst',
    'bekommt',
    'kriegen',
    'kriegst',
    'finden',
    'findest',
    'bieten',
    'anbieten',
    'angeboten',
    'erleben',
    'angezeigt',
    'zeigen',
  ],
  /** (session 14) Never again or only once, as an offer says it of itself. */
  neverAgain: [
    'nie wieder',
    'nie mehr',
    'niemals wieder',
    'nicht noch einmal',
    'nicht nochmal',
    'nicht noch mal',
    'nicht wieder',
    'so schnell nicht wieder',
    'so schnell nicht',
    'kein zweites mal',
    'nur einmal',
    'nur ein einziges mal',
  ],
  /** (session 14) Opening hours after a time: „Nur bis Sonntag geöffnet" (every spelling: classes get no ASCII copy of a negation). */
  openHours: ['geöffnet', 'geoeffnet', 'geoffnet', 'offen', 'geschlossen', 'erreichbar', 'besetzt'],
  /** Gone at the hour, said verb-final: „… wird um 0 Uhr zurückgesetzt", „… ist um 24 Uhr vorbei". */
  goneAt: [
    'zurückgesetzt',
    'beendet',
    'vorbei',
    'weg',
    'deaktiviert',
    'abgelaufen',
    'verschwunden',
    'futsch',
    'geschichte',
  ],
};

/** Today's clock: „um 18 Uhr", „um 10.30 Uhr" (one number), „bis 23:59 (Uhr)", „um Mitternacht". */
export const DE_URGENCY_FAMILY_PARTS = {
  /** A near day or hour, not a date: „bis Sonntag", „vor Mitternacht", „bis heute Abend" (session 14). */
  nearDay:
    '( montag | dienstag | mittwoch | donnerstag | freitag | samstag | sonntag | wochenende | mitternacht | morgen | heute abend | heute nacht | heute )',
  clock: '( #4 uhr | #2 : #2 uhr? | mitternacht )',
};

export const DE_URGENCY_FAMILIES: readonly Shape[] = [
  // ── (session 12) seizing the chance now, as the whole call: „Jetzt zuschlagen", „Heute zugreifen", „Greif zu!",
  // „Komm schnell" (not „Jetzt kaufen", a plain action, nor „… um auf Ihr Konto zuzugreifen")
  '^ jetzt|gleich|sofort|heute zuschlagen|zugreifen|zulangen $',
  '^ greif|greift|schlag|schlagt jetzt|schnell? zu $',
  '^ komm|kommt|kommen sie? schnell|fix',
  // „nicht verpassen" is urgency said of an offer or a chance, or as the whole call („Nicht verpassen!",
  // „Topangebote nicht verpassen", „Verpassen Sie nicht diese Gelegenheit"), not of a programme's content
  // („Vorträge und Live-Demos nicht verpassen")
  '( nicht verpassen | verpass nicht | verpasse nicht | verpassen sie nicht ) ~6 @promo|chance|gelegenheit|angebot',
  '@promo|chance|gelegenheit|angebot ~6 ( nicht verpassen | verpass nicht | verpasse nicht | verpassen sie nicht )',
  '^ jetzt? ( nicht verpassen | verpass nicht | verpasse nicht | verpassen sie nicht ) $',
  // ── ein Angebot, das an diesen Besuch gebunden ist: Sitzung, Seite, Fenster, Tab ──
  // „gilt nur während deines aktuellen Besuchs", „Exklusiver Preis nur in dieser Browsersitzung", „Gilt nur für diesen Besuch"
  'nur|exklusiv|gilt|gültig ~2 in|während|für|bei ( @thisVisit | _ aktuellen | deines | ihres | deiner | ihrer | eures ) ~1 @visitThing', // „… nur während deines Besuchs"
  // „Nur solange dieses Fenster geöffnet ist", „gilt, solange der Tab offen bleibt"
  'nur|gilt|gültig|bleibt|hält ,? solange ( @thisVisit | der|die|das|den|dem | _ aktuellen ) ~1 @visitThing ~2 offen|geöffnet|aktiv',
  // „gilt, solange du auf der Seite bleibst", „nur solange Sie auf dieser Seite sind"
  'nur|gilt|gültig|bleibt|hält ,? solange ~2 auf|in ( @thisVisit | der|die|das|den|dem ) ~1 @visitThing ~1 bleibst|bleiben|bleibt|bist|sind',
  // leaving first, then the offer gone: „Beim Schließen des Fensters verschwindet dein Gutschein",
  // „Nach dem Neuladen der Seite ist das Angebot weg"
  '( beim | nach dem | mit dem ) @leaving ~6 @vanishes',
  // the offer first: „Der Rabatt verfällt beim Verlassen der Seite"
  '@vanishes ~2 ( beim | nach dem | mit dem ) @leaving',

  // ── ein Gültigkeitsfenster in Minuten oder Stunden ab jetzt, ohne Datum ──
  // „Dein Preis ist noch 8 Minuten eingefroren", „Rabatt für weitere 15 Minuten gesichert", „Gutschein nur 30 Minuten einlösbar"
  '@promo|@held ~3 @forMore ( # | @fewWord | wenige | ein paar ) @timeUnit|h ~1 @heldFor',
  // „Noch 45 Minuten zum Sonderpreis", „noch 3 Stunden lang zu diesem Preis"
  '( noch | nur noch ) # @timeUnit|h ~1 zum|zu ~2 preis|@promo',
  // a bare duration after a promotion: „Geheimer Rabatt, nur 24 h", „Sale: 48 Std."
  '@promo ,|:? ( nur | noch | nur noch )? #2 h|std $',

  // ── morgen ist es weg, oder sonst ist es weg ──
  // „Diesen Preis gibt es morgen schon nicht mehr", „gibt's später nie wieder"
  'gibt es|gibts ~2 @later ~1 @noLonger',
  // „Später gibt es das nicht mehr so günstig"
  '@later ~3 nicht mehr so günstig|billig|preiswert|reduziert',
  // „Ab morgen ist dieses Angebot nicht mehr verfügbar", „Übermorgen ist der Gutschein nicht mehr gültig"
  '@later ~4 @promo ~2 @noLonger ~1 @available',
  // „Morgen ist der Deal Geschichte"
  'morgen|übermorgen ~3 @promo ~1 @history',
  // „Jetzt buchen, sonst ist der Rabatt futsch"; „…, sonst verpasst du das Angebot"
  'sonst|ansonsten ~4 @promo ~2 @history',
  'sonst|ansonsten ~1 verpasst|verpassen|verpasse ~3 @promo',

  // ── ein Ende, das jeden Moment kommt, ohne Zahl ──
  // „Das Angebot kann jeden Moment enden", „Der Sale ist jeden Augenblick vorbei", „Dein Rabatt läuft gleich ab"
  '@promo ~4 @anyMoment ~2 @endsSoon',
  // „Der Deal endet in wenigen Augenblicken"
  '@promo ~2 @ends|@endsSoon ~1 @anyMoment',
  // „Aktion kurz vor Schluss", „kurz vor Toresschluss"
  '@promo ~2 kurz vor schluss|ende|toresschluss',
  'kurz vor toresschluss',

  // ── nur jetzt, ein Drängen ohne Zeitangabe ──
  // „Nur jetzt: …", „Nur hier und jetzt", „Nur noch jetzt" (not „Nicht nur jetzt, sondern immer", „Nur jetzt nicht")
  '<!nicht nur ( jetzt | hier und jetzt | noch jetzt ) !nicht',
  'hier und jetzt ~2 zugreifen|zuschlagen|sichern|bestellen|buchen|sparen',
  // „Beeilung!" (not „Keine Beeilung nötig")
  '<!keine|kein beeilung',

  // ── a short window counted from now, an offer that ends on the clock, a price that rises tomorrow ──
  // „Nur in den nächsten 30 Minuten", „Nur für die nächsten 2 Stunden: kostenlose Montage", „In den nächsten 2
  // Stunden: 30 % auf alles", „… in den nächsten 30 Minuten 20 % sparen", „für 15 Minuten reserviert" (not „Lieferung
  // in den nächsten 3 Tagen", „In den nächsten 2 Stunden erhalten Sie eine Bestätigung": a notice, no offer)
  '@onlyFor ( in | während | für ) den|der|die nächsten # @shortUnit',
  '^ ( in | während | für ) den|der|die nächsten # @shortUnit :',
  '( in | während | für ) den|der|die nächsten # @shortUnit ~4 @benefit|@offerWord',
  '@benefit|@offerWord ~4 ( in | während | für ) den|der|die nächsten # @shortUnit', // „… für 15 % Rabatt in den nächsten 15 Minuten"
  'für # minuten|min reserviert|gesichert|gültig',
  // „Last-Minute-Preis erlischt in 2 Stunden", „Frühstücksdeal – endet um 10.30 Uhr", „… wird um 0 Uhr zurückgesetzt"
  // (what ends is the offer, not a code or a link: „Er läuft in 10 Minuten ab")
  'preis|angebot|deal|aktion|rabatt|bonus|vorteil ~2 erlischt|endet|verfällt|läuft ~2 in # minuten|min|stunden|std',
  'deal|angebot|preis|aktion|rabatt|vorteilspreis ~3 endet|erlischt|zurückgesetzt um # ~1 uhr',
  // an offer that ends on today's clock, in every word order, with its named days and compounds („Frühstücksdeal",
  // „Sommersale": de-objects.ts heads): „Cyber Monday endet um Mitternacht", „Die Black Week läuft um 24 Uhr aus",
  // „Um 18 Uhr endet der Sale", „Um 24 Uhr ist der Deal vorbei", „Ihr Vorteilspreis wird um 0 Uhr zurückgesetzt"
  // (not „Die Ausstellung endet um 18 Uhr", „Ihr Passwort wird um 0 Uhr zurückgesetzt"; with a date it is a term:
  // „endet am 28. November um 23:59 Uhr")
  '@offerWord ~3 @ends|erlischt ~2 um|gegen @clock',
  '@offerWord ~1 wird|ist|sind|werden ~1 um|gegen @clock ~1 @goneAt',
  'um|gegen @clock ~1 @ends|erlischt ~3 @offerWord',
  'um|gegen @clock ~1 ist|sind ~3 @offerWord ~1 @goneAt|aus',
  // until today's hour, with what it gives: „Heute bis 23:59 Uhr: doppelte Punkte", „Bis 24 Uhr: Versand gratis",
  // „Bis 23:59 Uhr 20 % sparen" (not „Heute bis 18 Uhr geöffnet", „Heute bis 23:59 Uhr: Wartungsarbeiten")
  '^ @onlyFor? heute? bis @clock :? ~3 @benefit',
  // the time given to take the offer: „Sie haben 5 Minuten, um diesen Preis zu bestätigen" (not „…, um den Code
  // einzugeben", „Sie haben 14 Tage, um den Artikel zurückzusenden")
  '( sie haben | du hast | ihr habt ) noch? ( # | @fewWord ) @shortUnit ,? um ~4 @offerWord',
  // running out, said of the offer: „Mega-Deal läuft aus", „Das Angebot läuft heute aus" (not „Ihr Vertrag läuft
  // aus"; „Das Angebot läuft am 31. März aus" has its date)
  '@offerWord ~1 läuft|laufen ~1 aus !@determiner !@becauseOf', // not „… läuft aus Sicherheitsgründen nicht"
  // a timer's label, the timer after it (a plugin's template: „Angebot endet in [04:59]"): „Angebot endet in",
  // „Sonderangebot reserviert für:", „Dein Platz ist reserviert für" (not „Reserviert für: Max Mustermann", „Ihre
  // Sitzung endet in", „Der Link läuft ab in": no offer)
  '@offerWord|@held ~3 @reserved ~1 ( für | für : | bis | bis : ) $ !:',
  '@offerWord ~2 @ends|erlischt ~1 ab? ( in | in : | noch : ) $ !:',
  // the price back tomorrow: „Morgen kostet es wieder das Doppelte", „Morgen kosten die Tickets wieder mehr"
  'morgen|übermorgen ~3 kostet|kosten|zahlst|zahlt|zahlen ~4!nichts|kein|keine wieder|doppelte|mehr', // not „… zahlen Sie nichts mehr"
  // a countdown said aloud: „in 3 … 2 … 1", „3, 2, 1 – meins!" (not „Version 3.2.1", one number; „1, 2, 3")
  '3 .|, 2 .|, 1',
  'drei .|, zwei .|, eins',
  // „Wer jetzt nicht bucht, zahlt morgen mehr", „Morgen ist alles wieder teurer"
  'zahlt|zahlst|zahlen ~1 morgen ~1 mehr|drauf',
  'morgen ~3 wieder? teurer',
  '( zeitlich begrenzt | jetzt oder nie | jetzt oder gar nicht | nur am heutigen tag | bis sitzungsende | bis der timer )',
  // „Bis 12 Uhr bestellen und doppelte Punkte sichern", „Heute unterschreiben, 100 € Bonus kassieren"
  'bis # uhr ~2 bestellen|buchen|unterschreiben ~4 sichern|kassieren',
  '^ heute ~2 bestellen|buchen|unterschreiben ,? ~5 sichern|kassieren',

  // ── (session 14) families the English, Spanish and French packs had and German lacked, written from German ──
  // not letting it slip away, every person and word order: „Lass dir das nicht entgehen", „Lassen Sie sich diese
  // Gelegenheit nicht entgehen", „Lasst euch den Deal nicht entgehen" (the infinitive is in @urgent)
  'lass|lasst|lassen ~5 nicht|keinesfalls entgehen',
  // the offer not seen again, verb before or after the negation: „So eine Gelegenheit bekommst du nicht noch einmal",
  // „Diesen Preis bieten wir nie wieder an", „… wirst du so schnell nicht wiedersehen", „Dieses Angebot siehst du nur
  // einmal" (not a code shown once, „Dieser Code wird nur einmal angezeigt", nor a voucher used once: no such verb)
  '( chance | gelegenheit | @offerWord ) ~4 @seeAgain ~3 @neverAgain !pro|je',
  '( chance | gelegenheit | @offerWord ) ~4 @neverAgain ~1 @seeAgain',
  // time pressing, said of time itself: „Die Zeit drängt", „Es eilt!", „Die Zeit ist knapp"
  '^ die? zeit ( drängt | eilt | ist knapp ) !nicht',
  '^ es eilt !nicht',
  // hours or minutes left, with no number: „Nur noch Stunden bis zum Sale-Ende", „Nur noch Minuten!"
  '^ nur noch stunden|minuten|sekunden',
  'nur noch tage|stunden|minuten bis ~3 @offerWord|ende|schluss',
  // a discount or a price until a near day: „40 % Rabatt bis Sonntag", „Sonderpreis nur bis heute Abend" (a date is
  // a term: „bis 31. Mai"); ordering by a near day to save: „Bis Sonntag bestellen und 20 % sparen"; seizing it
  // before a near day: „Sichere dir deinen Preis vor Freitag"
  '# % ~3 bis|vor @nearDay !# !,',
  '@offerWord ~2 nur bis @nearDay !# !,',
  '^ bis|vor @nearDay ~2 @act ~4 @benefit|@offerWord',
  'sichern|sichere|sichert|schnapp|schnappen|hol|holen ~4 bis|vor @nearDay !# !,',
  // why wait, said alone: „Warum warten?", „Wozu noch länger warten?" (not „Warum warten Bestellungen?")
  '^ warum|wieso|weshalb|wozu noch? länger? warten|zögern $',
  // do not hesitate, said as the whole push: „Zögern Sie nicht!", „Zögere nicht länger" (not „Zögern Sie nicht, uns
  // zu kontaktieren")
  '^ zögere|zögern|zögert sie? nicht länger',
  '^ zögere|zögern|zögert sie? nicht !, !uns|mich|zu',
  // later too late: „Morgen könnte es zu spät sein", „Später ist es vielleicht zu spät"
  'morgen|später|bald ~3 zu spät',
  'wer ~2 zu spät kommt|bucht|bestellt|zugreift',
  // the doors of a sale or an enrolment closing soon: „Die Anmeldung schließt heute Nacht", „Einschreibung endet um
  // Mitternacht" (a date is a term; „Die Türen schließen um 22 Uhr" is opening hours: doors only for good)
  'anmeldung|anmeldephase|registrierung|einschreibung|bewerbungsphase|vorverkauf ~1 schließt|schliesst|endet ~1 @nearDay|bald|gleich',
  'türen|tore|zugang|anmeldung ~2 schließen|schließt|schliessen|schliesst ~1 für immer|endgültig',
  // a hold counted in minutes, said as its end or its keeping: „Deine Plätze werden in 10 Minuten freigegeben", „Wir
  // halten dein Zimmer 15 Minuten für dich" (hours are a service: „Wir halten Ihre Reservierung 48 Stunden")
  '@held ~3 in # @minuteUnit ~1 freigegeben|storniert|gelöscht|entfernt|geleert|verfallen',
  'halten|reservieren|halte|reserviere ~4 # @minuteUnit',
  // today's gain as a badge: „Heute gratis Versand", „Heute 20 % auf alles" (not „Heute geöffnet")
  '^ nur? heute ~1 gratis|versandkostenfrei|portofrei|geschenkt|doppelte|dreifache',
  '^ nur? heute # %',
  // the one-time-offer page: „Warte! Deine Bestellung ist noch nicht abgeschlossen" (a payment page's plain
  // „Die Bestellung ist noch nicht abgeschlossen" has no „Warte")
  '^ ( warte | wartet | warten sie | halt | stopp | moment ) ~1 . ~1 bestellung|kauf|bestellvorgang ist noch nicht abgeschlossen|fertig',
  // leaving or going back loses the offer: „Wenn du jetzt gehst, ist das Angebot für immer weg"
  'wenn|sobald du|sie ~2 gehst|gehen|zurückgehst|abbrichst|abbrechen , ~3 @promo ~3 weg|verloren|verfällt|verfallen|vorbei|futsch',
  // missing it otherwise, the verb first: „Du verpasst sonst den Rabatt", „Sonst verpassen Sie die Aktion"
  'verpasst|verpasse|verpassen ~2 sonst|ansonsten ~3 @offerWord|chance|gelegenheit',
  // almost over: „Fast vorbei!", „Der Sale ist so gut wie vorbei"
  '^ fast|beinahe vorbei',
  '@offerWord ~2 fast|beinahe ( vorbei | zu ende )',
  // the last hours of a sale: „Die letzten 48 Stunden des Sales", „Sommersale: die letzten 12 Stunden"
  '^ die? letzten # stunden|std|minuten des|der|im|vom ~1 @offerWord',
  '@offerWord ( : | , )? ( die | nur noch die | noch die )? letzten # stunden|std|minuten',
  // this week still, seizing: „Diese Woche noch zuschlagen", „Heute noch zugreifen"
  '( heute | diese woche | dieses wochenende ) noch ~2 zuschlagen|zugreifen',
  // while stocks last as a push, not a condition: „Nur solange der Vorrat reicht – jetzt zugreifen!"
  'solange ~1 vorrat reicht ( , | . )? ~1 jetzt|schnell ~1 zugreifen|zuschlagen|sichern|bestellen',
  // leaving costs the price: „Wenn du diese Seite verlässt, zahlst du den vollen Preis", „…, steigt der Preis wieder"
  'wenn|sobald|falls du|sie ~4 verlässt|verlassen|schließen|gehen , ~3 ( ( voll | vollen | normalen | regulären ) preis | steigt | steigen )',
  // the page begging not to be left: „Warte! Schließ diese Seite nicht" (a payment's „Bitte schließen Sie diese Seite
  // nicht, bis …" has no „Warte")
  '^ ( warte | wartet | halt | stopp ) . ~1 schließ|schließen|verlass|verlassen ~3 nicht',
  // the offer gone tomorrow, said of it or of the visitor: „Dieser Rabatt ist morgen nicht mehr da", „Morgen hast du
  // diesen Preis nicht mehr"
  '@offerWord ~2 ist|sind @later @noLonger ~1 da|verfügbar|gültig|erhältlich',
  '@later hast|haben|habt du|sie|ihr ~2 @offerWord @noLonger $',
  // the seller's last offer: „Das ist mein letztes Angebot" (a bid's „Ihr letztes Angebot: 50 €" is the visitor's)
  'mein|unser letztes angebot',
  // when the timer runs out, the offer is gone: „Wenn der Timer abläuft, ist der Rabatt weg"
  '( wenn | sobald ) der|die|das timer|countdown|zeit|uhr ~3 , ~3 @offerWord',
  // dearer next week: „Ab nächster Woche teurer", „Nächste Woche kostet es mehr"
  '( nächste | nächster | kommende | kommender ) woche ~3 kostet|kosten|teurer',
  // a short window said in words: „Dieser Gutschein gilt nur noch eine Viertelstunde", „Rabatt noch eine halbe Stunde"
  '@ends|@promo ~3 ( nur | nur noch | noch ) ( eine viertelstunde | eine halbe stunde | wenige minuten | ein paar minuten )',
  // the full price back, tersely: „… – dann wieder Normalpreis"; the offer ending with the timer: „Sale endet, wenn
  // der Timer auf null steht"
  '( dann | danach ) wieder normalpreis|vollpreis',
];

/**
 * German pressure by FAMILY: each block describes one way copy presses a crowd or a scarcity on the visitor,
 * from the language (synonyms, inflections, both word orders, du and Sie), not from the rows of any batch.
 * Probes of each family, dark and honest, are in test/core/copy/packs/families-de.ts. Spread into the pack's
 * `pressure` (de.ts adds the ASCII spellings).
 */
import type { Shape } from '../pack.js';

export const DE_PRESSURE_FAMILY_CLASSES = {
  /** Who a crowd is, beyond `@people`, with the feminine plurals the suffixes do not reduce. */
  crowdOf: [
    '@people',
    'leser',
    'leserin',
    'leserinnen',
    'kundinnen',
    'eltern',
    'fan',
    'abonnent',
    'interessent',
    'reisende',
  ],
  /** (session 13) A crowd counted without a number: „Viele sehen sich das gerade an", „Mehrere Kunden haben …". */
  vagueMany: ['viele', 'mehrere', 'zahlreiche', 'einige', 'etliche', 'tausende', 'hunderte', 'unzählige', 'immer mehr'],
  /** The visitor's own circle, whose choice is pressed on them. */
  circle: ['kollege', 'kollegin', 'nachbar', 'freund', 'freundin', 'bekannten', 'familie', 'team'],
  /** Whose circle: „die meisten deiner Kollegen", „fast alle deine Freunde". */
  circleOwner: ['dein', 'ihr', 'eure', 'eurer'],
  /** What the crowd did: joined, switched, is in. */
  tookPart: ['@joined', 'dabei', 'mitgemacht'],
  /** What others may take from the visitor. */
  slot: ['termin', 'zimmer', 'platz', 'tisch', 'ticket', 'artikel', 'angebot', 'deal', 'größe', 'exemplar', 'stück'],
  /** Which one: this one, or the visitor's. */
  thisOne: ['diesen', 'dieses', 'diese', 'den', 'das', 'die', 'deinen', 'ihren'],
  /** Someone else, in every form. */
  someoneElse: ['jemand', 'andere', 'anderer'],
  /** Snatching it away: „wegschnappen", „sich schnappen", „ergattern". */
  snatch: ['wegschnappen', 'weggeschnappt', 'schnappt', 'geschnappt', 'ergattert', 'zuschlägt'],
  /** In the middle of buying: „im Bestellvorgang", „an der Kasse". */
  checkingOut: ['im bestellvorgang', 'im checkout', 'an der kasse'],
  /** Nearly: „fast", „nahezu", „so gut wie". */
  nearly: ['fast', 'nahezu', 'beinahe', 'so gut wie', 'praktisch', 'quasi'],
  /** Capacity gone (not „belegt" or „ausgelastet": a disk, a server). */
  booked: ['ausgebucht', 'ausverkauft', 'vergeben', 'vergriffen', 'gebucht', 'verkauft', 'weg'],
  /** What a share of capacity counts: „85 % der Plätze". */
  capacityThing: ['platz', 'plätze', 'ticket', 'karte', 'zimmer', 'termin', 'kontingent', 'tisch'],
  /** A quota used up: „Kontingent erschöpft". */
  usedUp: ['erschöpft', 'ausgeschöpft'],
  /** Lists a product is saved on: „auf 60 Merkzetteln". */
  wishlist: ['merkzettel', 'merkliste', 'wunschliste', 'wunschzettel', 'warenkörben'],
  /** Counted attention: „900-mal angesehen". */
  viewed: ['angesehen', 'aufgerufen', 'angeschaut', 'gemerkt', 'gekauft'],
  /** Sold, as an adjective before the goods: „3.000 verkaufte Exemplare". */
  soldAdjective: ['verkaufte', 'gekaufte', 'bestellte', 'gebuchte'],
  /** A hit of a season: „Renner", „Verkaufsschlager". */
  hit: ['renner', 'verkaufsschlager', 'kassenschlager', 'topseller', 'top seller', 'bestseller'],
  season: ['saison', 'woche', 'monat', 'jahr', 'sommer', 'winter'],
  /** Demand said to be huge. */
  huge: ['riesig', 'enorm', 'hoch', 'groß', 'gewaltig', 'extrem'],
  /** Buying verbs of a crowd, present tense: „Andere Gäste buchen gerade …". */
  buyNow: ['buchen', 'kaufen', 'bestellen', 'reservieren', 'sichern'],
  /** What a page offers, said to be in demand: „Dieser Artikel ist gefragt" (not „Ihre Meinung ist gefragt"). */
  offered: ['@stockThing', 'produkt', 'modell', 'hotel', 'termin', 'angebot', 'kurs', 'tarif', 'wohnung'],
  /** A crowd too large to count: „Tausende sind schon dabei". */
  thousands: ['hunderte', 'tausende', 'zehntausende', 'hunderttausende', 'millionen'],
  /** A favourite, said of the crowd: „Liebling unserer Community". */
  favourite: ['liebling', 'lieblingsteil', 'lieblingsstück', 'lieblingsprodukt', 'favorit'],
  /** Whose favourite: the crowd of a shop. */
  community: ['community', 'kunden', 'kundinnen', 'leser', 'leserinnen', 'fans', 'gäste', 'mitglieder'],
  /** Limited, as a stock's adjective: „Begrenzte Plätze", „Limitierte Auflage", „Knappe Verfügbarkeit". */
  limitedAdj: ['begrenzt', 'limitiert', 'knapp', 'rar'],
  /** What a limited badge limits (not „Haftung", „Farben": a term, a setting). */
  limitedThing: [
    'platz',
    'plätze',
    'startplätze',
    'sitzplätze',
    'auflage',
    'edition',
    'sonderedition',
    'stückzahl',
    'menge',
    'kontingent',
    'verfügbarkeit',
    'kapazität',
    'kapazitäten',
    'warenangebot',
    'ticket',
    'karte',
    'zimmer',
    'termin',
    'exemplar',
    'aktivierung',
    'freischaltung',
  ],
  /** Who comes first to a limited offer: „Die ersten 250 Abonnenten …". */
  firstComer: [
    'besteller',
    'käufer',
    'kunde',
    'kundin',
    'abonnent',
    'abonnentin',
    'anmeldung',
    'teilnehmer',
    'bestellung',
    'buchung',
    'mitglied',
    'gast',
    'gäste',
    'leser',
    'unterstützer',
  ],
  /** Where a limited badge holds: today, available. */
  limitedWhen: ['heute', 'verfügbar', 'erhältlich', 'vorhanden', 'im angebot'],
  /** Determiners and possessives: a noun phrase, not a person's name („Die Lieferung aus Berlin", „aus dem Support"). */
  determiner: [
    'der',
    'die',
    'das',
    'dem',
    'den',
    'des',
    'ein',
    'eine',
    'einer',
    'einem',
    'ihr',
    'ihre',
    'dein',
    'deine',
    'unser',
    'unsere',
    'mein',
    'meine',
    'sein',
    'seine',
    'dieser',
    'diese',
    'dieses',
  ],
  /** What comes from a place and is on its way, or signs in from it: a shipment's or an account's status, not a person's act. */
  shipment: [
    'lieferung',
    'paket',
    'sendung',
    'bestellung',
    'ware',
    'nachricht',
    'anfrage',
    'antwort',
    'brief',
    'retoure',
    'gerät',
    'browser',
    'anmeldung',
    'login',
    'zugriff',
    'konto',
    'handy',
    'smartphone',
    'computer',
  ],
  /** Who serves the visitor, before their name: „Dein Fahrer Ali aus Köln", „Ihre Beraterin Anna aus Köln". */
  staffRole: [
    'fahrer',
    'fahrerin',
    'kurier',
    'kurierin',
    'bote',
    'berater',
    'beraterin',
    'betreuer',
    'betreuerin',
    'ansprechpartner',
    'ansprechpartnerin',
    'handwerker',
    'handwerkerin',
    'techniker',
    'technikerin',
    'monteur',
    'monteurin',
    'mitarbeiter',
    'mitarbeiterin',
    'agent',
    'agentin',
    'trainer',
    'trainerin',
    'lehrer',
    'lehrerin',
    'arzt',
    'ärztin',
    'frau',
    'herr',
  ],
  /** What someone from a place is doing for the visitor, not for themselves: on the way, here for you, online. */
  serving: ['unterwegs', 'für', 'da', 'vor', 'online', 'erreichbar', 'verfügbar', 'bei', 'nicht', 'im', 'in'],
  /** Taking what was the visitor's: „nimmt deinen Platz", „bekommt sonst dein Zimmer". */
  takes: ['nimmt', 'nehmen', 'bekommt', 'bekommen', 'kriegt', 'kriegen', 'ergattert'],
  /** The visitor's, or the one on the page. */
  yoursOrThe: ['dir', 'dein', 'deinen', 'deine', 'ihr', 'ihren', 'ihre', 'ihnen', 'den', 'das', 'die'],
  /** A price the stock is counted at: „zu diesem Preis", „zum Aktionspreis" (compounds by their head). */
  atPrice: ['preis', 'tarif', 'konditionen'],
  /** Choosing, said of a crowd: „Die meisten nehmen zwei", „Die meisten Kunden wählen …". */
  choose: ['nehmen', 'wählen', 'entscheiden', 'behalten'], // (session 13) keeping the add-on: „Die meisten behalten den Schutz" // not „… bestellen zwei Größen und schicken eine zurück", „… nutzen die App täglich"
  /** A push after a low stock: „Lagerbestand niedrig – schnell zugreifen". */
  hurry: ['zugreifen', 'greif', 'zuschlagen', 'beeil', 'beeilen', 'nicht lange', 'schnell sein', 'schnell zugreifen'], // not an admin's „… schnell nachbestellen"
};

/**
 * (session 12) The stock condition pressed on the visitor anywhere in the copy: „Sichere dir jetzt … Dieses Angebot
 * gilt nur solange der Vorrat reicht!" (the condition alone is a term: „Das Angebot gilt nur, solange der Vorrat
 * reicht."; next to the grab it is the push: de-pressure-families' 'greif … solange' reads it within a clause).
 */
export const DE_PRESSURE_PAIRS: readonly (readonly [Shape, Shape])[] = [
  [
    '^ ~1 jetzt? sichere|sichern|schnapp|schnappen|hol|holen|greif|greifen dir|euch|sie|sich? ~4 jetzt|schnell|gleich|zu',
    '( solange | so lange ) der|die|unser ~1 vorrat|vorräte|bestand reicht|reichen',
  ],
];

export const DE_PRESSURE_FAMILIES: readonly Shape[] = [
  // ── die Menge, die es schon getan hat, zum Mitmachen angeboten ──
  // „Ganz Österreich spart schon mit", „Ganz Deutschland macht mit" (not „Ganz einfach: …")
  'ganz|halb _ macht|machen|spart|sparen|kauft|kaufen|bestellt|feiert|spielt|nutzt|liebt|trägt ~2 mit|schon|bereits|gerade|dabei',
  // „Nur du fehlst noch", „Jetzt fehlst nur noch du" (not „Fehlt nur noch deine Adresse")
  '( nur | bloß | jetzt ) noch? =du|dich fehlst|fehlt',
  'fehlst|fehlt ( nur noch | noch | bloß noch ) =du|dich',
  // (a count alone is testimony: „Schließ dich 20.000 Lesern an", „Über 2 Millionen zufriedene Kunden seit 1998")
  // „Die meisten deiner Nachbarn sind bereits umgestiegen", „Fast alle deine Freunde sind schon dabei"
  '( die meisten | viele | fast alle | alle | die hälfte ) ~1 @circleOwner ~1 @circle ~2 schon|bereits|längst ~2 @tookPart',
  // „Alle haben schon eins" (not „Alle Teilnehmer haben bereits eine Bestätigung erhalten")
  '^ alle|jeder haben|hat schon|bereits einen|eine|eins|dabei',

  // ── andere wollen gerade dasselbe ──
  // „Andere Gäste warten schon auf dieses Zimmer" (not „Andere warten auf Ihre Antwort")
  'andere|weitere ~1 @crowdOf? ~2 warten|wartet ~2 auf @thisOne ~1 @slot',
  // „Weitere Interessenten haben diesen Termin gerade im Bestellvorgang", „Andere Käufer schauen sich das gerade an"
  'andere|weitere @crowdOf ~4 gerade|jetzt|momentan|ebenfalls ~4 @watching|@checkingOut|an',
  // „Liegt gerade bei 9 Personen im Warenkorb"
  'bei # ~1 @crowdOf ~1 im|in ~1 @cart|korb',
  // „… bevor ihn jemand wegschnappt", „bevor ein anderer zuschlägt" (not „bevor jemand anderes den Rechner benutzt")
  'bevor ~3 @someoneElse ~3 @snatch|kauft|bucht|tut|nimmt|holt', // „… bevor es ein anderer tut"
  // „Jemand hat sich eben das letzte Doppelzimmer geschnappt", „Ein anderer Kunde könnte dir den Platz wegschnappen"
  '@someoneElse ~6 @snatch',

  // ── die Kapazität fast erreicht ──
  // „nahezu ausgebucht", „so gut wie vergeben", „Kontingent fast erschöpft"
  '@nearly @booked',
  '@capacityThing ~2 ( @nearly | zu # % ) @usedUp|@booked',
  // „Zu 90 % ausgebucht" (not „Akku zu 93 % geladen", „Budget zu 80 % ausgeschöpft")
  'zu # % ~1 @booked',
  // „85 % der Plätze sind schon vergeben"
  '# % der|aller ~1 @capacityThing ~3 @booked',

  // ── Beliebtheit gezählt oder als Ansturm erzählt ──
  // „Heute schon 900-mal angesehen", „Allein heute 40-mal gekauft"
  '( heute | gerade | diese woche | seit gestern | allein heute ) ~2 # mal|x ~1 @viewed',
  // „Auf 60 Merkzetteln gespeichert", „In 14 Warenkörben"
  'auf|in # ~1 @wishlist',
  // „Schon über 3.000 verkaufte Exemplare", „Mehr als 500 gebuchte Reisen"
  'schon|bereits ( über | mehr als | knapp | fast | rund )? # ~1 @soldAdjective',
  '( über | mehr als ) # @soldAdjective',
  // „Der Verkaufsschlager des Sommers", „Renner der Saison" (not „Unsere Bestseller", „Die Bestseller des Jahres": a
  // collection in the plural)
  '<!die|unsere|alle|eure|deine|ihre @hit der|des|dieser|diese ~1 @season',
  // „Die Leute reißen sich um diese Jacke", „Kunden reißen sich darum"
  'reißen|reißt sich ~2 um|darum|drum',
  // „Im Dezember ist die Nachfrage riesig" (not „Wenn die Nachfrage hoch ist, …")
  'ist|sind die nachfrage|buchungslage ~1 @huge',
  // activity told by its time, with a colon: „Zuletzt gebucht: vor 4 Minuten"
  'zuletzt ~1 gebucht|reserviert|gekauft|bestellt : vor # @timeUnit',

  // ── demand told as a crowd or a rush, a count of what others did ──
  // „Geht weg wie warme Semmeln", „Das Angebot wird gerade überrannt", „Riesige Nachfrage nach diesem Modell"
  'geht|gehen weg wie',
  'wird|werden ~1 gerade? überrannt|gestürmt',
  'riesige|enorme|große|hohe nachfrage nach',
  'bei dieser nachfrage',
  // „tausendfach verkauft", „Empfohlen von unzähligen Kunden", „340-mal auf Wunschlisten gelandet"
  'tausendfach|hundertfach|millionenfach verkauft|bestellt|gekauft',
  'von unzähligen|tausenden|zahllosen kunden|käufern',
  '# mal ~1 auf wunschlisten|merkzetteln|merklisten',
  // „Schon über 10.000 Haushalte sind gewechselt", „Anna und 22 andere haben sich heute angemeldet"
  'schon|bereits über? # ~1 haushalte|kunden|familien|leute|personen ~1 sind|haben ~1 gewechselt|umgestiegen',
  'und # andere haben|sind',
  // „Zuletzt bestellt vor 4 Minuten", „Ein anderer Gast hat dieses Zimmer gerade im Blick", „Gerade buchen viele aus Ihrer Stadt"
  'zuletzt bestellt|gekauft|gebucht vor # minuten|min|stunden',
  'ein anderer|andere gast|gäste|kunde|kunden ~3 gerade im blick',
  'gerade buchen|kaufen|bestellen viele',
  // „Alle wollen diese Jacke", „fast alle nehmen es", „Ihre Kollegen nutzen das schon – Sie auch?"
  '^ alle wollen',
  'fast alle nehmen|wählen|kaufen|behalten|buchen',
  'nutzen|nutzt das schon ~2 sie|du auch',
  // „Nur noch 1 Ferienhaus in dieser Region frei", „Kaum noch Termine frei", „Restbestand: noch 5 Paar"
  'nur noch # ~5!gb|mb|tb|kb|%|prozent|speicher frei', // not „nur noch 3,1 GB frei": a disk
  'kaum noch ~4 frei', // „Kaum noch Termine beim Friseur frei"

  // ── others buying now, near the visitor, or interested too ──
  // „Andere Gäste buchen gerade dieses Zimmer", „Kunden in Köln kaufen das gerade" (not „Kunden kaufen auch",
  // „Gäste buchen oft zusätzlich …": a cross-sell, no claim of now)
  '@crowdOf ~3 @buyNow ~3 gerade|momentan|soeben|derzeit',
  // „Mehrfach gekauft in deiner Nähe" (the place after the act; „in deiner Nähe gekauft" is in de-constructions.ts)
  'gekauft|gebucht|bestellt|verkauft ~2 in deiner|ihrer ~1 nähe|umgebung|stadt|region',
  // „Mehrere Interessenten haben angefragt", „Weitere Interessenten warten" (not „Für Interessenten: Infoabend")
  '( weitere | andere | mehrere | viele | zahlreiche ) interessent|interessenten|bieter',
  // „Beliebt bei Käufern wie dir": people like the visitor, as the crowd
  'bei|unter ~1 @crowdOf|leuten|menschen wie dir|ihnen|du|sie',
  // „Tausende sind schon dabei", „Schon 5.000 Kollegen sind umgestiegen" (not „Über 2 Millionen zufriedene Kunden")
  '@thousands ~1 sind|haben ~1 schon|bereits ~1 dabei|gewechselt|umgestiegen|@joined',
  'schon|bereits ( über | mehr als )? # ~1 @crowdOf|@circle sind|haben ~1 gewechselt|umgestiegen|dabei|@joined',

  // ── demand and popularity said of what the page offers ──
  // „Dieser Artikel ist gefragt", „Das Modell ist begehrt" (not „Ihre Meinung ist gefragt!")
  '@offered ~1 ist|sind ~2 gefragt|begehrt',
  // „Gerade im Trend", „Voll im Trend" (not „Trends 2026")
  'gerade|aktuell|voll|total|jetzt im trend',
  // „Der Renner!", „Unser Verkaufsschlager" (not „Unsere Bestseller", a category)
  '^ der|unser renner|verkaufsschlager|kassenschlager|topseller',
  // „Der Liebling unserer Community", „Favorit unserer Kundinnen" (not „Zu deinen Favoriten")
  '@favourite ~1 unserer|der ~1 @community',
  // „Gehört zu den 5 % der beliebtesten Unterkünfte"
  '( zu den | unter den ) ~1 # % ~2 beliebtesten|meistgebuchten|gefragtesten|meistgekauften',

  // ── stock said to shrink, limited with emphasis, pressed on the visitor ──
  // „Vorrat schwindet", „Kontingent schrumpft" (not an admin's „Lagerbestand sinkt unter Mindestmenge")
  'vorrat|bestand|kontingent|lager ~2 schwindet|schwinden|schrumpft|schrumpfen|schmilzt',
  // „Streng limitiert!", „Limitiert!" (not „Streng limitiert auf 500 nummerierte Exemplare", a count)
  'streng|stark|äußerst|extrem limitiert !auf',
  '^ limitiert . $',
  // „Restposten – schnell zugreifen" (not „Restposten – bis zu 50 % reduziert")
  'restposten|restbestand|restbestände ~3 schnell|fix|zugreifen|greif',
  // the stock condition pressed on the visitor: „Greif zu, solange der Vorrat reicht" (the condition alone is a term)
  'greif|greift|greifen|zugreifen|schnapp|hol|sichere|sichern ~3 ,? solange ~4 reicht|reichen|gibt|da|vorrätig|geht',
  '^ restbestand : ~1 noch #',

  // ── a limited badge with no count: „Limitierte Auflage", „Begrenzte Plätze heute", „Unser begrenztes
  // Warenangebot", „Knappe Verfügbarkeit" (not „Limitierte Auflage: 500 Exemplare", „… von 500 Stück", „Begrenzte
  // Teilnehmerzahl: 12 Personen", „Begrenzte Haftung")
  '^ ~1 @limitedAdj @limitedThing @limitedWhen? $ !:',
  // (session 12) vague scarcity as a kind, in more of its forms: a compound split by its hyphen, a heading's colon
  // („Limitiertes Einführungs-Kontingent:"), said of the thing („Die Plätze sind begrenzt", „Verfügbarkeit begrenzt";
  // typed exactly: not „Speicherplatz begrenzt"; not „… auf 20 begrenzt", a count), the stock told low to the shopper
  // („Wenig auf Lager"; not an admin's „Lagerbestand niedrig"), a few of them („Nur wenige Exemplare"), the stock
  // condition pressed on the visitor (de.ts pressurePairs)
  '^ ~1 @limitedAdj _ @limitedThing @limitedWhen? $ !:',
  '^ ~1 @limitedAdj _? @limitedThing : $',
  '^ die|der|das? =plätze|=platz|=startplätze|=sitzplätze|=tickets|=karten|=kontingent|=stückzahl|=auflage|=verfügbarkeit|=vorrat ~1 sind|ist? ~1 sehr|stark|streng|äußerst? begrenzt|limitiert|knapp !auf|durch|pro|je|bis|nur|für|an',
  // the first few only: „… – für die ersten 100 Bewertungen!" (not „für die ersten 3 Monate", a term)
  'für|nur|an die ersten # !@timeUnit|monate|wochen|jahre|tage',
  // „Die ersten 250 Abonnenten erhalten … gratis" (not „Die ersten 10 Ergebnisse", „die ersten 5 Zeichen")
  '^ die ersten # @firstComer',
  // a crowd's act counted in a window: „1.600 Personen haben sich … in den letzten 24 Stunden …"
  '# personen|leute|menschen|kunden|nutzer haben|hat ~5 in den letzten|vergangenen # @timeUnit',
  '^ ( nur noch | nur )? niedrig|wenig|knapp|gering auf lager',
  '^ ( nur | nur noch | noch ) wenige|vereinzelte ~1 @limitedThing|exemplare|stück|stücke $',
  // a sales count with its plus, read as „über": „2.500+ verkaufte Exemplare", „Über 1.000 verkauft" (not an
  // admin's „3 verkaufte Artikel")
  '# + ~1 @soldAdjective',
  '^ über # @sold $',

  // ── someone from a place, just now, as a notification: „Jana aus Berlin ist gerade auf dieser Seite", „Tom aus
  // München hat soeben seinen Bericht freigeschaltet", „Paul aus Köln hat vor 3 Minuten …" (the act is any act; not
  // „Die Lieferung aus Berlin ist gerade eingetroffen", „Max aus dem Support hat gerade geantwortet", „… ist gerade
  // nicht erreichbar")
  // (not who serves the visitor: „Dein Fahrer Ali aus Köln ist gerade unterwegs", „Anna aus Berlin ist jetzt für
  // Sie da", „Techniker Jan aus Bremen ist jetzt vor Ort"; the visitor's own request handled: de-stated.ts)
  '<!@determiner|@staffRole !@determiner|@shipment _ aus !@determiner _ ~2 hat|haben|ist|sind gerade|soeben|eben|jetzt|vor !@serving',

  // ── someone else takes what was the visitor's: „Ein anderer Gast bekommt sonst dein Zimmer", „Jemand in deiner
  // Nähe nimmt deinen Termin" (not „Jemand anderes nimmt dein Paket an")
  '@someoneElse ~4 @takes ~3 @yoursOrThe ~1 @slot',

  // ── a count still left, the count first: „7 Plätze heute noch verfügbar", „1 Zimmer noch frei", „3 Tickets sind
  // noch zu haben"; a count at this price: „Nur noch 7 zu diesem Preis", „Noch 3 zum Aktionspreis" (not „Noch 3 Tage
  // zu diesem Preis", urgency)
  '# !@notStock @stockThing ~2 noch ~1 @stockState',
  '( nur noch | noch | lediglich noch ) # !@notStock ~1 zu|zum diesem|dem? ~1 @atPrice',

  // ── a low stock pressed on the visitor: „Lagerbestand niedrig – schnell zugreifen", „Bestand sehr gering, nicht
  // lange überlegen" (not „Lagerbestand niedrig", an admin's note, „… – bitte beim Lieferanten nachbestellen")
  'lagerbestand|bestand|vorrat ~2 niedrig|gering|knapp ,? ~3 @hurry',

  // ── the crowd's choice: „Die meisten nehmen zwei", „Die meisten Kunden wählen den Jahrestarif" (not „Die meisten
  // Bestellungen kommen in 2 Tagen an"); „Fast 300 Leute in deiner Stadt haben schon zugeschlagen"
  '^ die meisten ~1 @crowdOf? @choose',
  '# @people ~4 haben|hat schon|bereits ~2 @sold',

  // ── (session 13) the crowd without a number, every activity the counted crowd has (vague quantities: „viele",
  // „mehrere", „zahlreiche", „andere"): looking now („Viele sehen sich das gerade an", „Andere Gäste schauen sich diese
  // Unterkunft auch an"; not „Viele Kunden sehen das so", „… schauen sich zuerst die Bewertungen an"), in carts
  // („Mehrere Personen haben das im Warenkorb"), interested too („Andere Kunden interessieren sich auch dafür"; not
  // „… für Nachhaltigkeit"), already taken („Viele haben schon zugeschlagen", „Zahlreiche Kunden haben bereits
  // zugegriffen"), sales told by the day („Viele Bestellungen heute", „Heute schon zahlreiche Buchungen", „Schon viele
  // verkauft"); the sale as a habit („Wird oft gekauft", not „Häufig gekauft zusammen mit": a cross-sell)
  '@vagueMany|andere @crowdOf? ~1 sehen|schauen|betrachten sich ~3 auch|ebenfalls|gerade|jetzt|momentan|gleichzeitig ~1 an',
  '@vagueMany|andere @crowdOf ~4 auf|im|in ~2 @cart',
  // (not the cross-sell heading „Andere Kunden interessierten sich auch für")
  '@vagueMany|andere @crowdOf ~1 =interessieren|=interessiert sich ( auch dafür $ | ebenfalls dafür $ | gerade | momentan | jetzt )',
  '@vagueMany @crowdOf? haben|hat ~3 schon|bereits|gerade|heute ~2 @sold|zugegriffen|zugeschlagen',
  '^ heute|gerade? schon|bereits viele|zahlreiche|etliche|tausende|hunderte ~1 @sold|@sales',
  '^ viele|zahlreiche @sales heute|gerade|soeben',
  '^ wird|wurde ~1 oft|häufig|viel gekauft|gebucht|bestellt $',
  '^ heute|gerade schon? oft|häufig|viel gekauft|gebucht|bestellt|angesehen $',
  // ── (session 13) a stock said to run low, without a number: „Lager fast leer", „Lagerbestand fast aufgebraucht",
  // „Wenig vorrätig", „Nur noch geringe Stückzahl", „Nur noch kleine Mengen verfügbar", „Nur noch vereinzelt
  // verfügbar", „Fast alle Plätze vergeben", „Droht auszuverkaufen" (not „Wenig Speicherplatz", „Fast fertig")
  'lager|lagerbestand|bestand|vorrat|kontingent ~2 fast|bald|nahezu|beinahe ~1 leer|aufgebraucht|erschöpft|weg',
  '^ ( nur noch )? wenig|kaum vorrätig|verfügbar|lieferbar $',
  '^ niedriger|knapper|kleiner bestand|vorrat|lagerbestand $',
  'nur noch ~1 geringe|kleine|begrenzte ~1 stückzahl|menge|anzahl',
  'nur noch vereinzelt|sporadisch ~1 verfügbar|erhältlich|vorrätig|da',
  'fast|nahezu|beinahe alle @stockThing|plätze|termine|tickets|zimmer ~2 @soldOut',
  'droht|drohen ~1 auszuverkaufen|ausverkauft|vergriffen',
  'wie geschnitten brot',
  // ── (session 13) demand said to be high, as its own sentence: „Das Interesse ist groß", „Die Nachfrage für deine
  // Reisedaten ist hoch" (not „Die Nachfrage nach Elektroautos steigt in Deutschland": no claim about the item)
  '^ das|die interesse|nachfrage ~3!an|nach ist ~1 sehr|besonders|aktuell|gerade|derzeit|momentan? hoch|groß|riesig|enorm|gewaltig $',
  // ── (session 14) families the other packs had and German lacked, written from German ──
  // stock or places becoming scarce, said as a change: „Tickets werden knapp", „Der Artikel wird knapp", „Plätze werden
  // langsam knapp" (not „Die Zeit wird knapp", urgency, nor „Der Speicher wird knapp": no stock)
  '@stockThing|@slot|vorrat|bestand|ware|plätze|termine ~2 wird|werden|ist|sind langsam|schon|allmählich? knapp',
  // a purchase told by its time alone, the time first: „Vor 3 Minuten gekauft", „Vor 5 Min. in Leipzig gebucht" (an
  // order history's „Vor 3 Tagen bestellt" is the visitor's own: minutes and hours only, and no „bestellt")
  '^ vor # minuten|min|sekunden|sek|stunden|std .? ( ( in | aus ) ~2 )? gekauft|gebucht|reserviert|ergattert',
  // a share taken, the adverb first: „Schon über die Hälfte vergeben", „Bereits 70 % gebucht"
  'schon|bereits über|mehr als? ( die hälfte | # % ) ~2 weg|verkauft|vergeben|gebucht|reserviert|ausverkauft',
  // someone else could take it: „Jemand anderes könnte dein Zimmer buchen", „Ein anderer Gast kann dir den Platz
  // nehmen" (not „Jemand anderes kann Ihr Konto verwalten")
  '( jemand anderes | jemand anders | ein anderer | eine andere | andere ) @crowdOf? ~1 könnte|könnten|kann|können ~4 buchen|kaufen|nehmen|wegnehmen|schnappen|wegschnappen|holen|reservieren',
  // others interested in the same item: „Andere Gäste interessieren sich auch für dieses Zimmer" (not the cross-sell
  // heading „Andere Kunden interessierten sich auch für")
  '@vagueMany|andere|weitere @crowdOf? ~1 =interessieren|=interessiert sich ~1 auch|ebenfalls|gerade für @thisOne ~1 @slot',
  // visitors counted online, the label first: „Gerade online: 45 Besucher", „Jetzt aktiv: 12 Nutzer"
  '^ gerade|jetzt|aktuell|live online|aktiv : # @crowdOf',
  // a sales count as the badge, alone or with its span: „1.200 verkauft", „500+ verkauft", „Diese Woche 300 verkauft"
  // (a count of customers is testimony: „Über 10.000 zufriedene Kunden"; a dashboard's „Verkauft: 12" has its colon)
  '^ ( heute | gestern | diese woche | diesen monat | dieses jahr )? ( über | mehr als )? # +? mal? verkauft|gekauft|gebucht|verkaufte|gekaufte $',
  '^ # @crowdOf? gerade|jetzt aktiv $',
  // rarely free: „Diese Unterkunft ist selten verfügbar", „Selten verfügbar!"
  '^ ~3 selten|rar ~1 verfügbar|frei|buchbar',
  // a crowd that took the offer: „47 Personen haben dieses Angebot schon genutzt" (not a feature's use counted)
  '# @crowdOf haben|hat ~3 @offerWord ~2 genutzt|wahrgenommen|eingelöst|angenommen',
  // a count or a handful left, said with „es gibt" or „Handvoll": „Es gibt nur noch 3 davon", „Nur eine Handvoll
  // Plätze übrig"
  'gibt|gibts nur noch # davon',
  '( nur | nur noch | noch ) eine handvoll ( $ | ~2 @stockState )',
  // demand said to exceed supply or to be a record: „Die Nachfrage übersteigt das Angebot", „Rekordnachfrage!",
  // „Ansturm auf dieses Produkt"
  'nachfrage übersteigt|übertrifft',
  'rekordnachfrage',
  'ansturm auf ~1 dieses|diesen|diese|unser|unsere|den|das',
  // popularity with a strong degree: „Dieses Produkt ist extrem beliebt"
  '( extrem | super | mega | unglaublich | wahnsinnig | enorm | äußerst ) beliebt|gefragt|begehrt',
  // soon gone, said as a possibility: „Könnte bald nicht mehr verfügbar sein"
  'könnte|könnten ~2 bald|schnell nicht mehr ~1 verfügbar|erhältlich|lieferbar|da',
  // joined just now, booked by a counted crowd, a place or a district already in, a wishlist told verb-final:
  // „5 Personen haben sich gerade für diesen Kurs angemeldet", „Kürzlich von 5 Reisenden gebucht", „Halb Schwabing ist
  // schon gewechselt", „88 Personen haben das heute auf ihren Wunschzettel gesetzt"
  '# @crowdOf haben|hat sich? ~1 gerade|soeben|eben|heute|bereits|schon ~4 @joined',
  'kürzlich|gerade|heute|soeben von # @crowdOf ~1 @sold',
  'ganz|halb _ ist|sind|hat|haben schon|bereits|längst ~1 @sold|@tookPart',
  '# @crowdOf haben|hat ~4 auf|in ~1 ihren|ihre|den|die ~1 @wishlist|@cart ~1 gesetzt|gelegt|gepackt',
];

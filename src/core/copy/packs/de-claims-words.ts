/**
 * German word classes for false urgency and pressure, used by the German pack's shapes as `@name` (de.ts).
 * Entries are written as copy is typed; the pack's suffixes read their inflections, and ä/ö/ü/ß are also read typed without them.
 */

/** Classes of time pressure: promotions, their ends, imminent times, countdown units, reserved carts. */
export const URGENCY_CLASSES = {
  /** Urgency said outright: nothing but a push to act before time runs out. */
  urgent: [
    // not 'nur noch heute': a shape in de.ts, so „Nur noch heute geschlossen" is a notice
    'heute noch', // "Nur heute noch gültig"
    'nur für kurze zeit',
    'für kurze zeit',
    'nur kurze zeit',
    'begrenzte zeit',
    'für begrenzte zeit',
    // not „letzte Stunden", „letzten Tage": shapes in de-constructions.ts, so „in den letzten 24 Stunden" is no deadline
    'jetzt oder nie',
    'die zeit wird knapp',
    'schnell sein',
    'schnell zugreifen',
    'schnell zuschlagen',
    // not „beeilen" alone: a shape in de.ts, so „Bitte beeilen Sie sich nicht" is no push
    'beeil dich',
    // not „nicht verpassen" alone: a shape in de-urgency-families.ts (said of an offer, or the whole call)
    'nicht entgehen lassen',
    'bevor es zu spät ist',
    'nur dieses wochenende',
    'nur an diesem wochenende',
    'nur diese woche',
    'nur bis mitternacht',
    'bis heute mitternacht',
    'blitzangebot',
    'blitzdeal',
    'flash sale',
    'tagesangebot',
    'deal des tages',
    'angebot des tages',
    'der countdown',
    'läuft die zeit ab',
    'gibt es nie wieder',
    'so schnell nicht wieder', // „Das gibt es so schnell nicht wieder"
    'bis mitternacht', // „Bis Mitternacht gratis dazu"
    'bis heute abend',
    'bis heute nacht',
    'nie wieder so günstig',
    'nur noch bis',
    'bald vorbei',
    'gleich vorbei',
    'nicht warten',
    'tagesdeal',
    'nur noch kurz', // "Nur noch kurz verfügbar"
    'nur kurz verfügbar',
    'lightning deal',
    'nur noch kurze zeit',
    'nur noch für kurze zeit',
    'wer zuerst kommt',
    'solange es noch geht',
    'ist es zu spät',
    'jetzt schnell',
    'schnell sichern',
    'endspurt',
  ],
  /** Limits in time that are a push only on a promotion ("befristetes Angebot", but "befristeter Vertrag"). */
  timeLimited: ['zeitlich begrenzt', 'befristet', 'limitiert', 'einmalig'],
  /** What a promotion is: its end is a push, unlike the end of a trial or a contract (a disclosure). */
  promo: ['angebot', 'aktion', 'rabatt', 'preis', 'sale', 'deal', 'gutschein', 'code', 'schnäppchen', 'versand'],
  /** Ends and expiries. */
  ends: [
    'enden',
    'endet',
    'ablaufen',
    'läuft',
    'abgelaufen',
    'verfällt',
    'gilt',
    'gültig',
    'vorbei',
    'verschwinden',
    'verschwindet',
  ],
  /** An end that is imminent, as opposed to a date: "endet heute Nacht", "läuft bald ab". */
  imminent: [
    'bald',
    'gleich',
    'in kürze',
    'demnächst',
    'heute',
    'heute nacht',
    'heute abend',
    'morgen',
    'mitternacht',
    'in', // "endet in 10:00", "endet in 2 Stunden"
    // a promotion ending on a named day is a push too: "Aktion endet am Sonntag", "Nur noch bis Freitag"
    'montag',
    'dienstag',
    'mittwoch',
    'donnerstag',
    'freitag',
    'samstag',
    'sonntag',
    'wochenende',
    'freitagabend', // (session 14) a near evening: „nur bis Sonntagabend"
    'samstagabend',
    'sonntagabend',
    'sonntagnacht',
    // not „Monatsende": as in English („ends at the end of June / of the month"), the end of a month, season,
    // quarter or year is a term of the offer; a day or a week („am Sonntag", „am Wochenende") is a push
  ],
  /** Subjects whose end is a disclosure: "Ihr Abo endet morgen", "Die Testphase endet heute". */
  disclosed: [
    'abo',
    'abonnement',
    'testphase',
    'vertrag',
    'mitgliedschaft',
    'laufzeit',
    'frist',
    'zugang',
    'kurs',
    'termin',
    'sitzung',
    'webinar',
    'garantie',
    'probezeit',
    'probezeitraum',
    'testzeitraum',
    'test',
    'passwort',
    'link',
    'karte',
    'er', // "Wir haben Ihnen einen Code geschickt. Er läuft in 10 Minuten ab."
    'schlüssel', // API-Schlüssel, Zertifikat, Token: credentials expire
    'zertifikat',
    'token',
    'lizenz',
    'domain',
    'dieser',
  ],
  /** An activity window, not a deadline: „in den letzten 24 Stunden", „in der letzten Stunde". */
  window: ['in den', 'in der', 'innerhalb der', 'seit der', 'während der', 'während den'],
  timeUnit: ['stunde', 'minute', 'sekunde', 'tag', 'std', 'min', 'sek'],
  minuteUnit: ['minute', 'min'],
  priceRise: ['steigen', 'erhöhen', 'anziehen'],
  reserved: ['reserviert', 'gesichert', 'gehalten', 'vorgemerkt'],
  held: ['warenkorb', 'artikel', 'platz', 'ticket', 'bestellung', 'zimmer'],
  /** Acting on an offer: "Sichere dir deinen Bonus in den nächsten 30 Minuten". */
  act: ['sichern', 'bestellen', 'kaufen', 'zugreifen', 'buchen', 'einlösen', 'holen', 'sparen', 'bestelle', 'sichere'],
};

/** Classes of scarcity and activity claims: stock left, other shoppers, sales counted. */
export const PRESSURE_CLASSES = {
  /** Scarcity said outright. */
  scarce: [
    'fast ausverkauft',
    'bald ausverkauft',
    'beinahe ausverkauft',
    'schnell ausverkauft',
    'fast vergriffen',
    'bald vergriffen',
    'fast weg',
    'nur wenige verfügbar',
    'geringer bestand',
    'geringer lagerbestand',
    'niedriger lagerbestand',
    'begrenzte stückzahl',
    'limitierte stückzahl',
    'begrenzte menge',
    'begrenzter vorrat',
    // not "solange der Vorrat reicht": the disclaimer German shops are expected to give states a condition
    'sehr gefragt',
    'stark gefragt',
    'heiß begehrt',
    'verkauft sich schnell',
    'wie warme semmeln',
    'reißender absatz', // (session 14) „Reißender Absatz", „findet reißenden Absatz"
    'reißenden absatz',
    'nicht mehr lange',
    'begrenzt verfügbar',
    'nur begrenzt',
    'stark nachgefragt',
    'sehr nachgefragt',
    'besonders gefragt',
    'sehr beliebt und fast',
    // popularity said as a push: "Gerade sehr beliebt" (not "Beliebte Kategorien")
    'sehr beliebt',
    'gerade beliebt',
    'derzeit beliebt',
    'aktuell beliebt',
    'momentan beliebt',
    'gerade gefragt',
    'bevor es weg ist',
    'bevor alles weg ist',
    'bevor sie weg sind',
  ],
  /** "noch 2 …": in stock, free, left. */
  /** Small counts written as words: "Nur noch drei auf Lager". */
  fewWord: ['ein', 'eine', 'einen', 'einer', 'eins', 'zwei', 'drei', 'vier', 'fünf'],
  stockState: ['auf lager', 'verfügbar', 'vorrätig', 'übrig', 'da', 'zu haben', 'erhältlich', 'frei', 'lieferbar'],
  stockThing: ['stück', 'artikel', 'exemplar', 'platz', 'zimmer', 'ticket', 'karte', 'paar', 'größe', 'teil'],
  /** Counted things that are not stock: "Nur noch ein Schritt", "noch 2 Fragen". */
  notStock: [
    'schritt',
    'frage',
    'seite',
    'klick',
    'feld',
    'tag',
    'stunde',
    'minute',
    'woche',
    'monat',
    // the visitor's own allowance: "Sie haben noch 2 Lizenzen frei", "noch 3 Versuche"
    'lizenz',
    'versuch',
    'einladung',
    'credit',
    // the visitor's storage and an amount of money: „Noch 5 GB Speicher frei", „Nur noch 20 € bis …"
    'gb',
    'mb',
    'tb',
    '€',
    'euro',
  ],
  people: [
    'familie', // „Schon 3.000 Familien sind umgestiegen"
    'person',
    'leute',
    'kunde',
    'kundin',
    'käufer',
    'nutzer',
    'besucher',
    'mitglied',
    'gast',
    'menschen',
    'andere',
    'weitere',
  ],
  watching: [
    'sehen',
    'sieht',
    'schauen',
    'betrachten',
    'ansehen',
    'angesehen',
    'gekauft',
    'bestellt',
    'gebucht',
    'reserviert',
    'kauften',
    'bestellten',
    'buchten',
    'interessieren',
    'überlegen', // "80 Kunden überlegen gerade, …"
    'beobachten', // "18 Personen beobachten diesen Artikel"
    'erwägen',
    'stöbern', // „324 Kunden stöbern gerade in diesem Sale"
  ],
  /** Working together on a page: „Lena und 2 weitere bearbeiten gerade dieses Dokument" is no activity claim. */
  collab: ['bearbeiten', 'tippen', 'schreiben', 'kommentieren', 'sind online'],
  sold: [
    'verkauft',
    'gekauft',
    'bestellt',
    'gebucht',
    'vergeben',
    'reserviert',
    'weg',
    'vergriffen',
    'ausverkauft',
    'abgeschlossen',
    'gewählt',
    'gespendet',
    'abonniert',
    'umgestiegen',
    'gewechselt', // „Schon 12.000 Kunden haben gewechselt"
    'angefragt', // „3 Personen haben diesen Termin gerade angefragt"
    'zugeschlagen',
    'zugegriffen',
    'gesichert',
    'gelegt', // "in den Warenkorb gelegt"
    'beansprucht', // "47 % beansprucht"
    'eingelöst',
    'upgegradet', // (session 14) „Schon 2 Millionen Mitglieder haben upgegradet"
  ],
  /** Joining, said of someone else: "Max aus Hamburg hat sich gerade angemeldet". */
  joined: ['angemeldet', 'registriert', 'eingeschrieben', 'beigetreten', '@sold'],
  /** Sold out, said of the usual: "Ist normalerweise sofort ausverkauft". */
  soldOut: ['ausverkauft', 'vergriffen', 'weg', 'ausgebucht', 'vergeben'], // „… sind oft ausgebucht"
  sales: ['kauf', 'käufe', 'verkauf', 'verkäufe', 'bestellung', 'buchung'],
  cart: ['warenkorb', 'warenkörbe', 'einkaufswagen', 'merkliste', 'wunschliste', 'kasse'],
  recent: ['letzten', 'heute', 'stunde', 'woche'],
};

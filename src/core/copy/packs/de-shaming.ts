/**
 * German confirmshaming said in one shape, in any field: a preference against value („ich mag keine Geschenke"),
 * giving up what one has („Auf meine Vorteile verzichten"), smugness, guilt, a jab through others, mockery; the
 * constructions of de-jabs.ts first. Jabs that shame only together are in de-signals.ts; decline labels are also
 * held to the grammar of a neutral refusal (de-decline.ts).
 */
import type { Shape } from '../pack.js';
import { DE_JABS } from './de-jabs.js';
import { withAsciiSpellings } from './de-spelling.js';

export const DE_SHAMING: readonly Shape[] = withAsciiSpellings([
  ...DE_JABS,
  // jabs that need no second signal: „Sei nicht der Letzte …", „Viel Spaß beim Weitersuchen", „… und du sagst Nein?"
  'sei|seien|seid nicht der|die einzige|letzte',
  'viel glück|spaß beim|bei ~1 weitersuchen|suchen|zahlen|bezahlen',
  'und du|sie ~2 sagst|sagen nein $',
  '^ dein|ihr pech $',
  // a preference against value: "ich mag keine Geschenke", "ich brauche keine neuen Kunden"
  '@firstPerson? @want @firstPerson? @no ~2 @valuedAny',
  '@hate ~2 @valuedAny',
  // the object first, as German may put it: "Gute Ratschläge brauche ich nicht"
  '^ @valuedAny ~1 @want ich|wir nicht|kein|keine',
  // spurning the valued verb: "ich spare nicht gern", "Sparen? Nein danke", "Sparen ist nichts für mich"
  '@firstPerson spare|sparen nicht|ungern|ungerne',
  '^ @valued . nein|nee',
  '@valued ~1 ist|sind nichts|nicht für mich|uns',
  // giving up what one has: "Ich verzichte auf meinen Rabatt", "Auf meine Vorteile verzichten"
  // (the shop's „wir" gives gifts away: „Wir verschenken 100 Gutscheine"; the visitor's „wir" renounces: „Nein
  // danke, wir verzichten auf den Rabatt")
  'ich @renounce ~3 @valued',
  'wir !verschenken @renounce ~3 @valued',
  // (a gift card's call „Jetzt Gutschein verschenken" gives a voucher, it does not give one up)
  '^ auf? @mine? ~1 ( !gutschein @valued @renounce | gutschein !verschenken @renounce ) $',
  '^ @mine ~1 @owned @renounce',
  '@firstPerson @renounce ~2 @mine ~1 @owned',
  // "Sind Sie sicher, dass Sie auf 20 % Rabatt verzichten wollen?", "Wirklich verzichten?"
  // „sicher" as typed: the suffixes read „sichern" (to save) as it („… zu sichern und deine Arbeit nicht zu verlieren")
  '=sicher|=wirklich|=tatsächlich|=ernsthaft , dass|daß ~6 @renounce',
  '=sicher|=wirklich|=tatsächlich|=ernsthaft ~4 @renounce',
  // a preference for a loss: "ich zahle lieber den vollen Preis", "ich bleibe lieber ahnungslos"
  '@firstPerson ~3 @prefer ~3 @loss',
  '@firstPerson @lossVerb ~1 @prefer ~2 @valuedAny',
  '@firstPerson @lossVerb ~2 @valued @prefer', // the object before the preference: „ich verbrenne mein Geld lieber selbst"
  '@firstPerson @pay @prefer ~1 @more', // „ich bezahle lieber später mehr"
  '@prefer ~2 ohne ~1 @valued',
  // smugness: "ich bin schon perfekt", "meine Haut ist perfekt so", "ich weiß schon alles"
  '( ich bin | wir sind ) schon|bereits|eh? so|viel|zu? @smug',
  '^ @mine ~2 ist|sind schon|bereits? perfekt|makellos|fehlerfrei ( so | $ )',
  '( ich bin | wir sind ) ~1 reich|steinreich|stinkreich $',
  'weiß|kenne schon|bereits alles',
  'nicht schlau|klug|clever genug',
  'zu cool|schlau|klug|reich für',
  // guilt: "Die Kinder im Stich lassen?", "die Tiere sind mir egal", "Du wirst es bereuen"
  '@dependant ~3 @abandon',
  'ist|sind mir|uns egal',
  'mir|uns ist|sind|doch egal',
  '^ im stich lassen',
  '<!nicht|nie|kein|niemals bereuen',
  // a jab at the visitor through others: "(andere greifen längst zu)"
  '@others ~1 @othersDo ~2 zu|nicht',
  '@others ~2 zugreifen|zuschlagen',
  '@othersNamed',
  '<!vor|von|mit|unter|bei|zu alle anderen !@interfaceThing', // not „Alle anderen Geräte abmelden"
  // mockery: "Nur Sparmuffel klicken hier weg", "… wenn du schlauer wirst"
  '@insult',
  // more shapes of refusing a good: "Keine Lust auf besseren Schlaf?", "Nein zu geschenktem Geld", "wer Angebote hasst"
  'keine lust auf ~2 @valuedAny',
  'nein zu ~2 @valuedAny',
  '@valuedAny ~1 hasst|hassen|hasse',
  '@want ~1 @no ~2 @valuedAny',
  // giving up, with a separable verb or a zu-infinitive: "wirft seinen Fortschritt weg", "deine Ziele aufzugeben"
  'wirft|wirfst|werfe|werfen ~3 @valuedOrOwned weg',
  'gibt|gibst|gebe|geben ~3 @valuedOrOwned auf',
  '^ @yours ~1 @valuedOrOwned @renounce $',
  // guilt: "Dein Team hätte Besseres verdient", "Du lässt 312 Kinder ohne Mahlzeit zurück", "nicht so wichtig?"
  'hätte|hat|hätten|haben|hast|habt ~2 besseres|mehr verdient', // „Du hast Besseres verdient als …"
  '@dependant hätte|hätten ~6 gefreut|geliebt', // "Dein Hund hätte sich so über das Spielzeug gefreut"
  'lässt|lassen|lasst ~4 @dependant ~3 zurück',
  '@dependant ~3 zurücklassen',
  'dir|ihnen|euch ~3 nicht so? wichtig',
  '<!nicht|nie|kein enttäuscht sein',
  // sarcasm: "zahl halt weiter zu viel"
  '@pay halt|eben|ruhig ~1 weiter ~1 zu viel|mehr|drauf',
  // "Ich will meine Punkte verlieren", "Ich möchte meinen Bonus nicht", "Rabatt? Brauche ich nicht"
  '@firstPerson @want ~1 @mine ~2 @valuedOrOwned @renounce',
  '@firstPerson @want @mine ~1 @valuedAny nicht $',
  '@valuedAny . @want ich|wir nicht|kein|keinen|keine',
  // "Lieber den vollen Preis zahlen", "ich will weiterhin zu viel bezahlen"
  '^ lieber ~3 @loss',
  '@firstPerson @want weiter|weiterhin|lieber|gerne ~2 @loss',
  // "ich bin nicht an Ersparnissen interessiert"
  '( ich bin | wir sind ) nicht|kein an ~2 @valuedAny',
  // "Gratis-Versand? Nicht für mich", "Ich gebe mich mit weniger zufrieden", "ich bin schlau genug"
  '@valuedAny ~2 . nicht|nichts für mich|uns',
  'mit weniger|wenig zufrieden',
  'begnüge|begnügen mich|uns mit',
  '( ich bin | wir sind ) ~1 schlau|klug|clever|gut|reich genug',
  '( ich gebe | wir geben ) auf',
  // a valued thing one holds allowed to lapse: „Meine Treuepunkte dürfen verfallen", „Mein Guthaben kann ruhig weg"
  '@mine ~3 @valuedOrOwned ~1 darf|dürfen|kann|können|soll|sollen ~1 ruhig? verfallen|ablaufen|weg|verfliegen|verloren',
  // a refusal with a fatalistic tail: „Ohne Schutz weiter, wird schon gut gehen", „Nein, was soll schon schiefgehen"
  '( ohne | nein | nö | nee | ablehnen ) ~3 ,|.|: ( wird schon | was soll schon | yolo | daumen drücken )',
  // (session 12) the same after a dash or a bracket, which are no tokens („Ohne Schutz weiter – wird schon gutgehen",
  // „… (wird schon nichts passieren)", „… buchen und Daumen drücken", „… und auf Glück hoffen": rounds 4, 5, 8, 9), with
  // the shrug's own ending (not „Nein, die Bestellung wird schon bearbeitet")
  '( ohne | nein | nö | nee ) ~4 wird|wirds schon ~1 gut|gutgehen|nichts|nix|klappen|schief|schiefgehen',
  '( ohne | nein | nö | nee ) ~4 ( was soll schon | yolo | daumen drücken | auf glück | aufs glück )',
  // not caring for a gift, in the first person: „Auf mein Begrüßungsgeschenk pfeife ich" (rounds 4, 5)
  '^ auf ~4 pfeife|pfeif ich',
  // back to a worse state, as the label's end: „… und wieder normaler Kunde sein", „Wieder Vollzahler werden" (rounds
  // 3, 4, 5; de-judgements.ts @schlechter)
  '<!wird|werden|ist|sind|alles|bald|dann|es wieder ~2 @schlechter sein|werden $', // not a status: „Bald wird alles wieder normal sein"
  // a value dismissed as not one's thing: „Sparen ist nicht so mein Ding" (not „Newsletter sind nicht mein Ding")
  '@valuedAny ~2 ist|sind nicht ~1 so? mein|meine ding|fall|stil',
  // „ich bin allergisch gegen Schnäppchen" (not „gegen Nüsse")
  'allergisch gegen|auf ~1 @valuedAny',
  // losses said of oneself with relish: "ich verschwende gerne Zeit", "ich mag es, mehr zu bezahlen"
  '@firstPerson verschwende|verschwenden|verpasse|verpassen|verliere|verlieren gern|gerne|lieber',
  '@firstPerson mag|liebe es ,? ~3 @loss',
  // the visitor told what they lose: "Du verpasst 30 % Rabatt", "Sie lassen 20 € Rabatt liegen"
  'du|sie verpasst|verpassen ~3 @valued',
  // (session 12) jabs a decline says in any field, from the decline judgements that need no frame: a good dismissed
  // as needless („Pfff, wer braucht schon Garantie", any thing: rounds 2, 3, 5, 8, 9), a virtue called overrated
  // („Pünktlichkeit wird überschätzt"), others told to do it instead („Sollen doch andere helfen", „Soll die
  // Konkurrenz doch vorbeiziehen": „doch" makes it the dismissive let-them, not „Sollen wir Sie zurückrufen?")
  '( wer braucht | wer braucht denn ) schon !ein|einen|eine|noch', // not the page's pitch: „Wer braucht schon einen Drucker, wenn …"
  '^ ~3 ist|sind|wird|werden ~1 total|völlig|eh|doch|ja|so? überbewertet|überschätzt $',
  'sollen|soll doch ~2 ( andere | jemand | die anderen )',
  'sollen|soll ~2 andere|jemand|konkurrenz|mitbewerber ~1 doch',
  // (session 12) leaving without a good, as the exit modal's imperative: „Nicht ohne Ihren Rabatt gehen!", „Geh nicht
  // ohne dein Geschenk" (not „Nicht ohne Anmeldung möglich")
  '^ ( geh | gehen sie | geht )? nicht ohne ~3 @valued|@owned ~1 gehen|weg|los $',
  '^ ( geh | gehen sie | geht ) nicht ohne ~3 @valued|@owned',
  'lässt|lassen|lasst ~3 @valuedOrOwned liegen',
  '( ich mache | wir machen ) ~2 alles|immer falsch',
  // "Sparen interessiert mich nicht", "Mein Geschenk ablehnen", "ich verzichte auf meine 20 %"
  '@valuedAny ~1 interessiert|interessieren mich|uns nicht|kaum',
  '^ @mine ~1 @valuedOrOwned ablehnen|ausschlagen $',
  '@firstPerson @renounce auf? @mine? # %',
  // mockery of the one who says no: "Mutig." after a question, "Dir nicht?", "Nur wer … hasst, klickt auf Nein"
  '^ mutig|tapfer|gewagt|wagemutig $',
  '^ dir|ihnen|euch etwa? nicht $',
  'wer ~4 ,? klickt|sagt|wählt|drückt ~2 nein',
  // what goes with the one who leaves: "deine Ersparnisse gehen mit"
  '@yours ~1 @valuedOrOwned gehen|geht mit', // not "Ihre Punkte gehen verloren", a cancel flow's disclosure
  // (session 13, paradigms written out before the entries; probes in test/core/copy/packs/de-s13-paradigms.test.ts)
  // Going on without a gain, as the whole label of no role, in both German orders: „Weiter ohne Rabatt", „Ohne Bonus
  // fortfahren", „Ohne Geschenk bestellen", „Zur Kasse ohne Ersparnis" (a voucher is a code the visitor may not have:
  // „Weiter ohne Gutschein" passes; points or credit not used are a way to pay: „Ohne Punkte bezahlen")
  '^ ( weiter | fortfahren | weitermachen | bestellen | kaufen | einkaufen | shoppen | buchen | bezahlen | zahlen | zur kasse ) ohne ~2 @labelGain $',
  '^ ohne ~2 @labelGain zurück|weiter zu|zum|zur|ins',
  '^ weiter mit ~2 @abgenutzt|rostlaube|schrottkiste|klapperkiste|schrotthaufen $', // „Weiter mit der alten Rostlaube" // „Ohne Bonus zurück zur Startseite"
  '^ ohne ~2 @labelGain ~1 weiter|fortfahren|weitermachen|bestellen|kaufen|einkaufen|shoppen|weitershoppen|buchen|bezahlen|zahlen|abschließen $',
  // buying at the full price as the label: „Zum vollen Preis kaufen", „Weiter zum Normalpreis" (not a price shown:
  // „Zum vollen Preis: 89 €")
  '^ ( zum | für den ) ( vollen preis | normalen preis | normalpreis | vollpreis ) ~1 kaufen|bestellen|buchen|weiter|fortfahren|zahlen|bezahlen|abonnieren $',
  '^ weiter|fortfahren|kaufen|bestellen|buchen ( zum | für den | mit dem ) ( vollen preis | normalpreis | vollpreis ) $',
  // The visitor told they give a good away, subject before the verb or after „damit", „also", „so"; „wirklich"
  // after the inverted verb asks it: „Sie verschenken bares Geld", „Du verzichtest damit auf deinen Bonus", „Damit
  // verschenken Sie Ihren Rabatt", „Verzichten Sie wirklich auf 50 € Startguthaben?" (not a gift card's imperative,
  // where nothing comes before the verb: „Verschenken Sie einen Gutschein"; not „Sie verzichten auf Ihr Widerrufsrecht")
  '<!ich|wir du|sie|ihr ~1 also|damit|einfach|wirklich|freiwillig? verschenken|verzichten|verspielen ~4 @valuedAny|@owned',
  '<!ich|wir du|sie|ihr ~1 also|damit|einfach|wirklich|freiwillig? verschenken|verspielen # %? !@timeUnit',
  'damit|also|so verschenken|verzichten|verspielen du|sie|ihr ~4 ( @valuedAny | @owned | # )',
  '^ # %? verschenken|verspielen|wegwerfen $', // a sum as the label: „30 € verschenken" (the € is no token)
  '@renounce du|sie|ihr wirklich|tatsächlich|ernsthaft|echt|freiwillig',
  // letting a good or a sum slip, told to the visitor, the verb at the end: „Sie lassen 30 € auf dem Tisch liegen",
  // „Du lässt dir 20 % entgehen", „Lässt du dir den Bonus entgehen?" (not the urging „Lassen Sie sich das nicht
  // entgehen")
  '( ich lasse | wir lassen | du lässt | sie lassen | ihr lasst | lässt du | lasst ihr ) ~3!nicht ( @valuedAny | @owned | # ) ~4!nicht entgehen|liegen|sausen',
  '( du gibst | sie geben | ihr gebt | gibst du ) ~3!nicht ( @valuedAny | @owned | # ) ~3!nicht her|weg',
  // Paying more, asked of the visitor with a modal: „Sie möchten also lieber mehr bezahlen?", „Willst du wirklich den
  // vollen Preis zahlen?" (not „Sie wollen nicht mehr bezahlen als nötig?": the saving pitched); or inverted with a
  // preference: „Zahlen Sie gern mehr?", „Zahlst du lieber drauf?"
  'du|sie|ihr @want also|wirklich|lieber|freiwillig|gern|gerne lieber? ~2!nicht mehr|drauf|@loss ~1 @pay',
  '@want du|sie|ihr also|wirklich|lieber|freiwillig|gern|gerne lieber? ~2!nicht mehr|drauf|@loss ~1 @pay',
  '( zahlst du | zahlen sie | bezahlst du | bezahlen sie | zahlt ihr ) lieber|freiwillig|gern|gerne ~2!nicht mehr|drauf|@loss',
  '^ wirklich ~1 @loss ~1 @pay',
  // The sarcastic „wohl" about a good, to the visitor: „Du magst wohl keine Schnäppchen?", „Sie brauchen wohl kein
  // Geld", „Sparen ist wohl nichts für dich", „Geld ist Ihnen wohl egal" (not „offenbar": an error's guess)
  'du|sie|dir|dich|ihnen|euch ~2 wohl kein|keine|keinen|nicht|nichts|genug ~3 @valued', // not „Sie haben wohl noch keinen Gutschein eingelöst"
  '@valuedAny ~1 ist|sind ~2 wohl ~2 nichts|nix|egal|unwichtig|überbewertet',
  // a good or a dependant the visitor is said not to care about: „dass dir deine Gesundheit egal ist", „Die Umwelt
  // ist Ihnen wohl gleichgültig" (not „wenn Ihnen Ihre Gesundheit nicht egal ist")
  'dir|ihnen|euch ~1!nicht @valuedAny|@dependant ~1!nicht egal|gleichgültig|wurscht|schnuppe',
  '@valuedAny|@dependant ~2 ist|sind dir|ihnen|euch ~1 wohl|also|echt|einfach|völlig? egal|gleichgültig|wurscht|schnuppe',
  // a counterfactual about the visitor's aims: „Schade, wir dachten, Sie wollen wachsen", „… du willst sparen"
  'wir dachten|hofften|glaubten ,? dass? du|sie ~2 wachsen|sparen|gewinnen|@valuedAny',
  // the visitor's rivals gain by the no: „Ihre Konkurrenz freut sich", „Deine Mitbewerber werden sich freuen"
  '@yours|die konkurrenz|konkurrent|konkurrenten|mitbewerber|wettbewerber ~3 freut|freuen|bedankt|bedanken|jubelt|jubeln ~1 sich|schon? $',
  // a good state refused: „ich will nicht fit werden", „Sie möchten nicht erfolgreich sein?", „wir wollen nicht
  // wachsen" (not the pitch's „Wer möchte nicht gesund bleiben?", nor „ich will nicht Mitglied werden")
  '<!wer @want ~1 nicht|kein|keine ~1 @goodState ~1 werden|sein|bleiben',
  '<!wer @want ~1 nicht|kein|keine ~1 wachsen|profitieren|gewinnen $',
  // letting one's own good lapse, said in the first person: „Ich lasse mein Startguthaben verfallen"
  '@firstPerson lasse|lassen ~1 @mine ~1 @valuedOrOwned verfallen|verfliegen|sausen|liegen',
  // boasts of plenty: „ich habe zu viel Geld", „ich schwimme im Geld", „Geld spielt keine Rolle", „ich kann es mir
  // leisten" (not „ich habe zu viel Geld ausgegeben", „ich kann mir das nicht leisten", „ich habe zu viel zu tun")
  'habe|hab|haben ( zu viel | zuviel | viel zu viel | mehr als genug ) geld|zeit $',
  'schwimme|schwimmen|bade|baden ~1 im geld',
  'geld wie heu',
  '^ ~1 geld spielt ~2 keine rolle', // „Geld spielt bei mir keine Rolle"
  'kann|können ~1 es|das|mir|uns ~2!nicht leisten $',
  // (session 13, from the new realdark rows' kinds, each on several sources) Fear pinned on the visitor's business,
  // the way agency and SaaS pages write it, du and Sie, both orders:
  // customers lost to rivals: „Jeden Tag verlieren Sie Kunden an die Konkurrenz", „… verlierst du potenzielle Kunden
  // an deine Mitbewerber", „Dein nächster Kunde ruft gerade bei deiner Konkurrenz an" (not „Gewinnen Sie Kunden von
  // der Konkurrenz")
  'verlieren|verlierst|verliert ~4 kunde|neukunde|käufer|auftrag|lead|anfrage|umsatz ~2 an ~1 @rival',
  '@yours ~1 kunde|neukunde|käufer|interessent|lead ~5 bei|zur|zu|an ~1 @rival',
  // the visitor's rivals awake or ahead: „Deine Konkurrenz schläft nicht", „Ihre Konkurrenten stehen oben" (not the
  // page's own „Die Konkurrenz schläft nicht – wir auch nicht", nor „Heben Sie sich von Ihrer Konkurrenz ab")
  '@yours @rival ~1 schläft|schlafen nicht|nie',
  '@yours @rival ~2 stehen|steht|sind|ist ~1 oben|vorn|vorne|weiter|schneller',
  // a loss told per day or month: „Diese Fehler kosten Sie jeden Monat Kunden", „… kostet dich täglich bares Geld"
  // (not „Das kostet Sie nur 5 Minuten")
  'kostet|kosten dich|sie|euch ~1 jeden|jede|täglich|monatlich|wöchentlich ~2 @lostGood',
  '^ jeden|jede tag|monat|woche|stunde|minute ~4 verlieren|verlierst|kosten ~2 @lostGood', // „Jeden Tag ohne X verlieren Sie Kunden"
  // (session 14) the loss pinned on the visitor, said outright or as what waiting costs: „Das kostet Sie bares Geld",
  // „Zögern kostet Sie Kunden", „Nichtstun ist teurer, als Sie denken" (not „Das kostet Sie nichts")
  'kostet|kosten dich|sie|euch ~2 ( bares geld | kunde | neukunde | umsatz | aufträge | auftrag )',
  '^ zögern|warten|abwarten|nichtstun|unentschlossenheit ~1 kosten|ist|wird ~3 geld|teurer|mehr|@lostGood',
  // rivals gaining while the visitor waits: „Während Sie zögern, überholt Sie die Konkurrenz", „Während du überlegst,
  // kaufen andere" (not „Während Sie warten, bereiten wir Ihre Bestellung vor")
  '^ während du|sie|ihr ~2 zögerst|zögern|zögert|überlegen|warten|nachdenken , ~4 @rival|andere|jemand',
  // the smart or sensible people who take it: „Kluge Köpfe sichern sich den Rabatt", „Jeder vernünftige Mensch würde
  // zugreifen" (not the job ad „Kluge Köpfe gesucht")
  'clever|klug|schlau|smart|vernünftig|gewieft ~1 käufer|kunde|sparer|leute|mensch|eltern|köpfe ~3 sichern|sichert|greifen|nutzen|setzen|wählen|würden|zugreifen',
  // self-worth questioned: „Bist du es dir nicht wert?", „Sind Sie es sich nicht wert?"
  '( bist du | sind sie | seid ihr | du bist | sie sind ) ~3 nicht wert',
  // the visitor told to stop losing: „Hör auf, Geld zu verbrennen", „Hören Sie auf, Zeit zu verschwenden"
  '( hör | hört | hören sie ) auf , ~2 @valued|zeit ~1 zu verbrennen|verschwenden|verlieren|verschenken',
  // a good the visitor does not care for: „Dir ist deine Gesundheit wohl egal?", „Ist Ihnen die Sicherheit Ihrer Kinder
  // nicht wichtig?", „Ihnen ist Ihr Erfolg offenbar nicht wichtig" (not „Ist Ihnen die Farbe egal?")
  '( dir | ihnen | euch ) ist|sind ~3 @valuedAny|@dependant ~1 wohl|etwa|anscheinend|offenbar? ( egal | gleichgültig | unwichtig | nicht wichtig )',
  'ist|sind ( dir | ihnen | euch ) ~4 @valuedAny|@dependant ~2 ( egal | gleichgültig | unwichtig | nicht wichtig )',
  // the cart given feelings: „Dein Warenkorb fühlt sich einsam", „Ihr Einkaufswagen vermisst Sie"
  '@yours warenkorb|einkaufswagen|korb ~2 ( vermisst | weint | trauert | fühlt sich ~2 einsam|allein|verlassen )',
  // waiting priced: „Die wahren Kosten des Wartens", „Was Sie das Zögern kostet"; what the visitor misses, as the
  // heading: „Was Sie verpassen:" (not the news recap „Was du verpasst hast")
  'kosten des|vom wartens|zögerns|abwartens|nichtstuns|aufschiebens',
  '^ was du|sie verpasst|verpassen $',
  // „while you read this", a third party gaining or something lost meanwhile: „Während Sie das lesen, schreibt Ihr
  // nächster Kunde Ihren Mitbewerber an", „…, tippt jemand dieselben Daten ein" (not a loading note: „Während Sie das
  // lesen, richten wir Ihr Konto ein", „…, wird Ihr Konto eingerichtet")
  '^ während du|sie ( das | dies | diese zeilen ) liest|lesen , !wird|werden|ist|sind|wir|läuft|laufen ~4!wir|uns jemand|irgendwo|@yours|@rival|verloren',
  // (session 13) saving refused as the label or the visitor's own words: „Nicht sparen", „Heute nicht sparen",
  // „Lieber nicht sparen", „Ich spare lieber nicht" (not „Ich spare lieber nicht am falschen Ende": a reason)
  '^ ( heute | jetzt | lieber | diesmal | vorerst )? nicht sparen|profitieren $',
  '@firstPerson spare|sparen lieber|gern|gerne nicht $',
  // a gain left unused as the label, verb-final: „Rabatt nicht einlösen", „Meinen Bonus nicht nutzen" (not a
  // voucher: „Gutschein nicht einlösen" is a code the visitor may keep for later)
  '^ @mine? ~1 @gain|@labelGain nicht einlösen|nutzen|annehmen|mitnehmen $',
  // (session 13) The retention screen, by paradigm: leaving said to mean giving up a good („Kündigen heißt, auf alle
  // Vorteile zu verzichten", „Wer jetzt kündigt, verliert seinen Gold-Status"); the visitor about to lose one („Du
  // bist dabei, 2.400 Punkte zu verlieren"; not „Sie sind dabei, Ihr Konto zu löschen"); told not to throw it away
  // or give up („Wirf deinen Status nicht weg", „Gib jetzt nicht auf"; not „Werfen Sie keine Batterien …"); asked to
  // think of the goods or the people („Denk an all die Ersparnisse", „Denken Sie an die Menschen, die sich auf Sie
  // verlassen"; not „Denken Sie an Ihr Passwort"); the place empty without them; a good gone for good („… für immer
  // auf", „… verlierst du endgültig", „… kommt nicht zurück"); so close to the goal („Du warst so nah dran")
  'kündigen|kündigung|aufhören|gehen|abbrechen ~1 heißt|bedeutet|hieße|bedeutete ,? ~4 ( @valuedOrOwned | @valuedAny ) ~2 zu? @renounce',
  '^ wer ~3 kündigt|geht|aufhört|abbricht|abspringt , verliert ~3 @valuedOrOwned',
  '( du bist | sie sind | ihr seid ) ( dabei | kurz davor | im begriff ) ,? ~4 ( @valuedOrOwned | # ) ~1 zu verlieren|verspielen|verschenken|aufzugeben|wegzuwerfen',
  '^ wirf|werft|werfen sie? ~3 @valuedOrOwned nicht weg',
  '^ ( gib | gebt | geben sie ) jetzt|bloß|bitte? nicht auf',
  '^ ( denk | denke | denken sie ) ~1 an ( all die | alle die | all deine | all ihre | alle ) ~1 @valuedOrOwned|@valuedAny',
  '^ ( denk | denke | denken sie ) ~1 an ~3 , die sich auf ( dich | sie | euch ) verlassen',
  '^ ohne dich|sie|euch ~3 nicht mehr? ( dieselbe | derselbe | dasselbe | das gleiche | die gleiche )',
  '^ ohne dich|sie|euch ~3 wird|ist es ~2 leer|still|einsam|langweilig|traurig',
  '@valuedOrOwned ~3 ( für immer | endgültig | unwiderruflich ) weg|verloren|auf',
  '@valuedOrOwned ~3 verlierst|verlieren|verliert du|sie|ihr ( für immer | endgültig | unwiderruflich )',
  '@yours ~1 @valuedOrOwned kommt|kommen nicht|nie ~1 zurück|wieder',
  '( du warst | sie waren | ihr wart ) ~2 so? ( nah dran | nahe dran | fast am ziel | kurz vor dem ziel )',
  'so kurz vor dem|deinem|ihrem ziel',
  'und jetzt ~1 aufhören|aufgeben|hinschmeißen $',
  // Don't lose a sum or a gain, the page's imperative: „Verliere nicht CHF 30", „Verschenken Sie keine 20 %",
  // „Verlier nicht deinen Rabatt" (not „Verlieren Sie nicht Ihre Daten": a backup's reminder)
  '^ verliere|verlier|verschenke|verschenk|verspiele nicht|kein|keine|keinen ~2 ( @labelGain | # )',
  '^ verlieren|verschenken|verspielen sie nicht|kein|keine|keinen ~2 ( @labelGain | # )',
]);

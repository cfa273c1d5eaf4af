/**
 * German confirmshaming in copy of no role by FAMILY: the jabs body and modal copy make at the visitor who says no,
 * described from the language (both word orders, du and Sie), not from the rows of any batch. Probes of each
 * family, dark and honest, are in test/core/copy/packs/jab-families.ts. Spread into the pack's
 * `confirmshaming.shapes` (de.ts adds the ASCII spellings).
 */
import type { Shape } from '../pack.js';

export const DE_JAB_FAMILY_CLASSES = {
  /** Who is left waiting when the visitor says no, beyond `@dependant`: the shelter, the food bank, the team. */
  leftBehind: [
    '@dependant',
    'kinder',
    'tiere',
    'tierheim',
    'tierheimhund',
    'tafel',
    'oma',
    'opa',
    'team',
    'redaktion',
    'mitspieler',
  ],
  /** The admirable who say yes or stay, set against the visitor who says no: „Ja sagen die Gewinner". */
  strong: ['@virtueType', 'erfolgreichen', 'starken', 'mutigen', 'profis'],
  /** Sticking with it, called a strength: „Dranbleiben macht dich stark". */
  stickWith: ['dranbleiben', 'durchhalten', 'durchziehen', 'weitermachen', 'dabeibleiben'],
  /** The visitor's peers, whose going on is set against their stopping: „Deine Kommilitonen lernen weiter". */
  peer: [
    '@circle',
    'mitschüler',
    'mitschülerin',
    'kommilitone',
    'kommilitonin',
    'klassenkamerad',
    'mitstreiter',
    'teamkollege',
    'mitspieler',
    'lerngruppe',
  ],
  /** Saying no, as a noun: „mit Ihrer Absage", „eine Kündigung". */
  refusalNoun: ['absage', 'kündigung', 'ablehnung', 'abmeldung', 'verzicht'],
  /** Getting better, as a verb: what a jab says the visitor does not want („sich weiterentwickeln", „wachsen"). */
  growth: [
    'weiterentwickeln',
    'entwickeln',
    'verbessern',
    'wachsen',
    'weiterkommen',
    'vorankommen',
    'dazulernen',
    'besser werden',
    'erfolgreich',
    'gesünder',
    'fitter',
  ],
  /** Getting better, as a noun: „nicht bereit für Veränderung" (not „… für ein Abo", the offer itself). */
  growthNoun: ['veränderung', 'erfolg', 'wachstum', 'fortschritt', 'weiterentwicklung', 'verbesserung', 'karriere'],
  /** Faults one owns to in a jab: „Zu faul zum Sparen", „ich bin zu bequem dafür". */
  lazy: ['faul', 'geizig', 'feige', 'träge', 'blöd', 'doof', 'dumm', 'knauserig', 'verpeilt'],
  /** A good's virtue turned into its fault: „… ist mir zu vernünftig". */
  tooGood: ['vernünftig', 'sinnvoll', 'gesund', 'klug', 'schlau', 'seriös', 'erwachsen'],
  /** A good called too much effort: „Gutscheine sind mir zu kompliziert". */
  tooHard: ['kompliziert', 'anstrengend', 'mühsam', 'aufwendig', 'umständlich', 'hoch'],
  /** The body and the people a visitor cares for: „meine Zähne sind mir nicht so wichtig". */
  cared: [
    'zähne',
    'gesundheit',
    'haut',
    'haare',
    'rücken',
    'augen',
    'herz',
    'körper',
    'kinder',
    'familie',
    'zukunft',
    'altersvorsorge',
    'sicherheit',
  ],
  /** The shop's own sadness at the no: „Wir sind ehrlich gesagt ein bisschen traurig". */
  sad: ['traurig', 'untröstlich', 'todtraurig', 'tieftraurig', 'geknickt', 'am boden zerstört', 'herzzerbrochen'],
};

export const DE_JAB_FAMILIES: readonly Shape[] = [
  // ── das Nein als Urteil über die Person oder als Schaden für die, die davon abhängen ──
  // „Mit Ihrer Absage bleibt ein Kind ohne Frühstück" (not „Mit Ihrer Kündigung endet der Zugang am 30. Juni")
  '( mit | durch | nach ) ihrer|deiner|einer|der @refusalNoun ~4 @leftBehind',
  // „Wenn du jetzt schließt, wartet ein Tierheimhund noch länger" (not „…, bleiben deine Antworten gespeichert")
  'wenn du|sie ~1 schließt|schließen|ablehnst|ablehnen|gehst|gehen|kündigst|kündigen ~1 ,? ~3 @leftBehind',
  // „Ohne deine Spende bleiben die Regale der Tafel leer" (not „Ohne Ihre Zustimmung setzen wir nur …")
  'ohne ~1 spende|hilfe|unterstützung ~6 leer|hungrig|allein|obdachlos|wartet|warten|hungert|hungern|friert|frieren',
  // „Eine Kündigung trifft unser kleines Team hart"
  '@refusalNoun trifft|träfe ~6 hart|herz|schwer', // „… trifft unser kleines Team mitten ins Herz"
  // „Wer ablehnt, nimmt in Kauf, dass …", „Ablehnen heißt, du bist mit Rückenschmerzen einverstanden"
  'wer ablehnt|kündigt|geht|verzichtet ,? nimmt ~3 in kauf',
  'ablehnen|kündigen|verzichten heißt|bedeutet ,? ~4 einverstanden|akzeptierst|akzeptieren',
  // „Deine Absage bedeutet: Ein Hund bleibt länger im Tierheim", „Ihr Verzicht heißt: weniger Mahlzeiten für Kinder"
  // (not „Ihre Kündigung bedeutet: Der Zugang endet am 30. Juni")
  '@refusalNoun|nein heißt|bedeutet|hieße|bedeutete :? ~5 @leftBehind',
  // „Wer auf X verzichtet, muss mit Y leben": the harm pinned on whoever says no (not „…, muss das Gerät zurückschicken")
  '^ wer ~5 @refuseFinal , muss|müssen ~1 mit ~3 leben|klarkommen|zurechtkommen|auskommen',
  // „Nur wer sich nicht um seine Familie sorgt, klickt hier weg" (not „Nur wer ein Konto hat, kann … überspringen")
  '^ nur wer ~4 nicht|kaum|egal|pfeift ~4 , ~2 ablehnt|lehnt|verzichtet|kündigt|geht|überspringt|klickt|wegklickt|sagt|schließt|bricht',

  // ── jemand Liebes, ein Tier oder das künftige Ich, das zugegriffen hätte oder es merken wird ──
  // „Sogar deine Katze hätte zugegriffen", „Ihre Kinder hätten sich die große Box gewünscht" (not „… wäre gekommen")
  'dein|deine|ihr|ihre|euer ~2 hätte|hätten ~5 zugegriffen|gewünscht|gebraucht|genommen|unterschrieben|gefreut|gekauft|bestellt|ja',
  // the visitor's things or people said to miss them: „Deine Pflanzen werden dich vermissen" (not „Wir werden dich vermissen")
  '@yours ~4 wird|werden ~2 dich|sie|uns|euch ~1 auch? vermissen',
  // „Du lässt die Eisbären im Stich?" (not „Wir lassen Sie nicht im Stich")
  '( du lässt | sie lassen | ihr lasst | lässt du | lassen sie | lasst ihr ) ~4!nicht im stich',
  // „Deine Schwiegermutter wird es bemerken"
  'wird|werden es ~1 sicher|bestimmt|garantiert? bemerken|merken',

  // ── eine Frage an die Identität oder eine Enttäuschung ──
  '( wir hatten | ich hatte ) dich|sie|euch für ~3 gehalten',
  // „Das passt so gar nicht zu Ihnen" (not „Das passt zu Ihrer letzten Bestellung")
  'passt ~1 gar|überhaupt nicht zu dir|ihnen|euch',
  'enttäuscht von dir|ihnen|euch',
  '( bist du | sind sie ) ~1 wirklich|echt|tatsächlich? so knauserig|geizig|kaltherzig|herzlos|bequem|ängstlich',
  // „Gehörst du etwa auch dazu?" (not „Gehört diese Adresse zu Ihrem Konto?")
  'gehörst|gehören du|sie ~2 auch|wirklich|etwa dazu',
  '( wir dachten | ich dachte ) ,? ( du wärst | sie wären ) ~1 ein|eine? echt|echter|echte|wahrer|richtiger',
  '( hast du | haben sie ) so wenig vertrauen',
  'dir|ihnen ~3 so wenig wert',
  // „… dass Ihnen die Bergwacht nicht einmal einen Kaffee wert ist"
  'dir|ihnen|euch ~3 nicht ( einmal | mal ) ~5 wert',
  // „Ehrlich gesagt hätten wir von Ihnen mehr erwartet" (the English „we expected more from you")
  '( hätten | hatten | hätte | hatte ) wir|ich ~3 mehr|anderes|besseres erwartet',

  // ── ein sarkastischer Abschied nach der Absage ──
  // „Na dann, viel Spaß" (not „Viel Spaß mit deiner neuen Kamera!")
  'na dann|gut|schön ,? viel spaß|glück|vergnügen',
  'mutig|tapfer ,|. ~1 sehr|echt mutig|tapfer',
  'interessante|mutige|tapfere entscheidung|wahl',
  'dann eben ohne dich|sie|euch',
  'dann ~4 halt|eben ~3 als letzter|letzte',

  // ── die gemeinsame Zeit gegen das Gehen gestellt ──
  // „Nach allem, was wir für dich getan haben?" (not „Nach allem Wichtigen fragen wir …")
  'nach allem ,? was wir ~3 getan|gemacht',
  // „Nach 6 gemeinsamen Jahren?" (not „Danke für 6 gemeinsame Jahre")
  'nach # gemeinsamen jahren|monaten',
  // „… war Ihr ganzes Training umsonst" (not „Der Versand ist umsonst": free)
  'war|wäre ~1 ganzes|ganze|all|alle|dein|ihr ~2 umsonst|vergebens',
  // „Deine Sammlung von 300 Fotos ist dann futsch"
  'deine|ihre|dein|ihr ~5 ist|sind dann futsch|verloren|dahin',
  // „Zurück zu deinen alten, teuren Gewohnheiten?" (not „Zurück zu deinen Einstellungen")
  'zurück zu deinen|ihren|euren alten ,? ~2 gewohnheiten|zeiten',
  // „…, bleibt dein Keller eben feucht": a harm shrugged at with „eben", „halt"
  'bleibt|bleiben ~3 eben|halt|wohl ~1 wieder? @loss|unsicher|feucht|kalt|leer|kaputt|schmutzig|dreckig|langsam',

  // ── die, die auf einen zählen, oder Herablassung über das, was man sich leistet oder schätzt ──
  // „Dein Team zählt auf dich" (not „Sie können sich auf uns verlassen")
  '@leftBehind ~1 zählt|zählen|verlässt|verlassen ~1 sich? auf dich|sie',
  // „Sie wollen Ihre Kinder wirklich ohne Schutz lassen?"
  '@leftBehind ~2 ohne schutz|hilfe|versorgung ~1 lassen|zurücklassen|dastehen',
  // „Nicht jeder kann sich gute Pflege leisten", „Nicht jeder legt Wert auf Qualität" (not „… kann vor Ort sein")
  'nicht jeder|jede kann sich ~3 leisten',
  'nicht jeder|jede legt ~1 wert auf',
  // „Ablehnen ist okay. Wenn man gern draufzahlt."
  '^ wenn man gern|gerne|lieber ~2 bezahlt|zahlt|draufzahlt|verschwendet',
  // „… an jemanden, der ihn verdient" (not „… jeder, der bis Sonntag bestellt")
  'jemandem|jemanden ,? der|die ihn|es|sie ~1 verdient',
  // „… an jemanden, der es ernst meint", „… der ihn wirklich will"
  'jemandem|jemanden ~2 ,? der|die ~2 ernst meint|nimmt', // „… für jemanden frei, der es ernst meint"
  'jemandem|jemanden ,? der|die ihn|es|sie wirklich will|möchte|braucht',
  // the whole of one's work thrown away: „… deine ganze Arbeit wegzuwerfen" (not „Entwurf verwerfen?", a UI verb)
  '@yours ganze|gesamte|komplette ~1 _ ~1 wegwerfen|wegzuwerfen|wegschmeißen|wegzuschmeißen|zunichtemachen|zunichtezumachen',
  'wirfst|wirft|werfen|werft|schmeißt|schmeißen ~3 @yours ganze|gesamte|komplette ~1 _ weg',
  // sarcastic: „Sie zahlen also lieber drauf?", „Lieber mehr bezahlen?"
  '( du willst | sie wollen | willst du | wollen sie | du zahlst | sie zahlen | zahlst du | zahlen sie ) also ~1 lieber|gern|gerne ~3 ( @more | zu viel )',
  '^ lieber @more ~1 @pay',
  // „Keine Lust, 30 % zu sparen?" (not „Keine Lust zu tippen?")
  'keine lust ,? ~4 zu sparen|schützen|gewinnen|verbessern|retten|helfen',
  // left alone without it: „Ohne Pannenschutz stehst du nachts allein da" (not „Im Notfall sind Sie nicht allein")
  '^ ohne ~3 stehst|stehen|bist|sind du|sie ~4 ( allein | alleine | hilflos | aufgeschmissen | im regen | mit leeren händen )',

  // ── das Nein als Aufgeben oder als Wegwerfen dessen, was man aufgebaut hat ──
  // „Schade, dass du so schnell aufgibst", „… weil du aufgegeben hast" (not „Geben Sie Ihren Code auf der Kasse an")
  '( dass | weil | wenn ) du|sie ~3 aufgibst|aufgeben|aufgegeben !werden|wurden|wird|wurde|worden', // not the passive: „… wenn sie vor 14 Uhr aufgegeben werden" (orders placed)
  // „Damit werfen Sie alles weg, was Sie aufgebaut haben", „deine ganze Testphase war umsonst"
  'alles|all weg ,? was du|sie ~3 aufgebaut|geschafft|gelernt|erreicht',
  '~3 war|wäre umsonst|vergebens $',
  // „Du warst so kurz davor, endlich …"
  '( du warst | sie waren ) so kurz|nah davor|dran',
  // ── der Letzte, der Einzige ──
  // „Alle in deinem Team haben upgegradet – nur du nicht", „… erfährst du es als Letzter"
  'nur du|sie nicht $',
  'erfährst|erfahren ~3 als letzter|letzte',
  // „Hacker lieben so leichte Ziele wie dich"
  'leichte|leichtes ziele|ziel|beute',
  // „Die Tiere hatten auf dich gezählt" (a disappointment, past)
  'hatten|hatte ~1 auf dich|sie|euch gezählt|gehofft',
  // „… wegen dieses Klicks keine Mahlzeit bekommen"
  'wegen dieses|deines|ihres klicks|klick',
  // „Nur wer seine Daten nicht ernst nimmt, …", „… für die, die es ernst meinen", „Gute Chefs gönnen ihrem Team …"
  '^ nur wer ~5 nicht ernst',
  'die es ernst meinen',
  '^ gute|echte|kluge chefs|chefinnen|eltern|führungskräfte|manager ~3 gönnen|geben|kaufen|sorgen',
  '( wir dachten | ich dachte ) ,? dir|ihnen|euch liegt',
  // „Mit dem Schließen entscheiden Sie sich dafür, weiter zu viel zu bezahlen"
  'entscheiden|entscheidest ~3 dafür ,? ~2 zu viel',
  'mutig für jemanden',

  // ── session 11: a jab at the visitor's will to get better, their faults owned to, the shop's sadness ──
  // not wanting to get better, or not ready for it: „Ich will mich nicht weiterentwickeln", „Schade, ich bin wohl
  // doch nicht bereit für Veränderung", „Nicht jeder will sein Unternehmen wachsen lassen" (not „Ich bin noch nicht
  // bereit für ein Abo", „Nicht jeder Artikel ist …")
  '<!wer @firstPerson? @want ~1 mich|uns? nicht|kein|keine ~2 @growth', // not the pitch's „Wer will nicht erfolgreich sein?"
  '( nicht bereit | nicht so weit ) für|zu|zum ~2 @growthNoun',
  '^ nicht jeder|jede will|möchte|schafft|traut ~5 @growth',
  // a fault owned to, elliptically or as a reason: „Zu faul zum Sparen", „Dafür bin ich zu bequem", „…, weil ich
  // zu geizig bin" (not „Zu blöd, dass …", a page's sympathy)
  '^ ( ich bin | bin ich | bin | wir sind )? zu @lazy zum|für|dafür|um', // („zu bequem zum …" is a sofa's)
  '( ich bin | bin ich | bin | wir sind ) zu bequem zum|für|dafür|um',
  'dafür|dazu bin ich ~1 zu @lazy|bequem',
  'weil ich ~2 zu @lazy|bequem',
  // a good's virtue made its fault, or the good too much effort: „Klingt gut, ist mir aber zu vernünftig",
  // „Gutscheine sind mir zu kompliziert" (not „Das Abo ist mir zu teuer", „Der Tarif ist mir zu kompliziert": the
  // offer judged, a reason)
  'mir|uns ~1 zu @tooGood',
  '@valuedAny ~2 ist|sind mir|uns ~1 zu @tooHard',
  // sarcasm about a good: „Qualität muss ja nicht sein" (not „Stress beim Umzug? Muss ja nicht sein!")
  '@valuedAny|qualität ~1 muss|müssen|braucht ja|eh|wohl nicht sein?',
  // others give more: „Wirklich nur 5 €? Andere geben deutlich mehr."
  '^ ( andere | die meisten ) ~2 geben|spenden|zahlen ~1 deutlich|viel|weit|wesentlich? mehr',
  // the body and the people one cares for said not to matter: „Nein, meine Zähne sind mir nicht so wichtig",
  // „… ich denke nur an mich" (not „Die Farbe ist mir nicht so wichtig")
  '@mine? @cared ~1 ist|sind mir|uns ~1!nicht ( nicht so? wichtig | egal )', // not „Ihre Sicherheit ist uns nicht egal"
  'denke|denken ~1 nur an mich|uns',
  // a harm accepted with the no: „Beim Alten bleiben, auch wenn es nervt" (not „…, auch wenn der Vertrag noch läuft")
  '( auch | selbst ) wenn es|das ~1 nervt|wehtut|schmerzt|schadet',
  // the shop sad at the no: „Wir sind ehrlich gesagt ein bisschen traurig", „Unser Team ist untröstlich" (not „Wir
  // sind traurig, aber Ihr Zugang bleibt bis 31. Mai": the sadness with the facts of the cancellation)
  '( wir sind | das team ist | unser team ist | wir wären ) ~4 @sad !,',
  '( wir sind | das team ist | unser team ist | wir wären ) ~4 @sad , !aber',
];

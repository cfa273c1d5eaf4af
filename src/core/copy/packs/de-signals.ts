/**
 * German signals of a jab that shame only together (pack.ts ShamingSignal, shaming-signals.ts): two families
 * in one text are confirmshaming; one alone is ordinary copy („Möchten Sie wirklich kündigen?").
 */
import type { Shape, SignalFamily } from '../pack.js';
import { withAsciiSpellings } from './de-spelling.js';

const yours = 'dein|deine|deinen|deinem|deiner|ihr|ihre|ihren|ihrem|ihrer|euer|eure';

/** Verbs of the visitor's no, as an act (infinitives and their inflections by the suffixes). */
const SAY_NO = 'kündigen|ablehnen|abbrechen|abbestellen|abmelden|aufgeben|verzichten|überspringen|aussteigen|gehen';

export const DE_SIGNALS: Readonly<Record<SignalFamily, readonly Shape[]>> = {
  // the visitor's no named as an act (shaming-signals.ts: only with a family that judges, never with a loss or a
  // stay: „Kündigen? Ihre Daten werden nach 30 Tagen gelöscht" is an honest dialog)
  refusal: withAsciiSpellings([
    // the act as a short question or a clause of its own: „Den Umweltbonus ablehnen?", „Du brichst ab?"
    `^ ~3 ${SAY_NO} $`,
    '^ du|sie|ihr ~3 brichst|brechen|brecht|lehnst|lehnen|lehnt|meldest|melden|steigst|steigen ~1 ab|aus $',
    '^ du|sie|ihr ~3 kündigst|kündigen|kündigt|verzichtest|verzichten|gehst|gehen $',
    // nothing more of it: „Keine Zeitung mehr?"
    '^ kein|keine|keinen ~2 mehr $',
    // the act in a clause: „wenn Sie kündigen", „bevor du ablehnst", „mit Ihrer Kündigung"
    '( wenn | bevor | falls | sobald ) du|sie|ihr ~3 kündigst|kündigen|kündigt|ablehnst|ablehnen|abbrichst|abbrechen|verzichtest|verzichten|gehst',
    '( mit | durch | nach ) ( der | deiner | ihrer | einer ) ~1 kündigung|absage|abmeldung',
    'nein ~1 sagen|sagst|sagt $',
    // others who would not refuse: „Die meisten würden dieses Angebot nicht ablehnen" (session 14)
    'würde|würden|würdest ~3 nicht ~1 kündigen|ablehnen|verzichten|aufgeben|ausschlagen',
  ]),
  // a rhetorical question about the visitor's leaving or saying no
  stay: withAsciiSpellings([
    '^ schon|jetzt ~1 weg|fertig|gehen $',
    '^ wirklich|echt|sicher|ernsthaft|tatsächlich ~1 $',
    // the object may stand between: „Willst du dir das Angebot wirklich entgehen lassen?" (not the formal „möchten")
    'willst|wollen|möchtest du|sie ~3 wirklich|echt|tatsächlich',
    // leaving now, as the exit modal says it: „Wenn du jetzt gehst, …" (not „Wenn Sie kündigen, …": the act)
    '( wenn | falls ) du|sie|ihr jetzt gehst|gehen|geht|verlässt|verlassen|verlasst',
    'und du|sie ~2 sagst|sagen nein',
    'dir|ihnen|euch nicht $',
    'trotzdem kündigen|gehen|abbrechen|ablehnen $',
    '( bist du | sind sie | seid ihr ) ~3 sicher', // „Bist du dir da ganz sicher?" (session 14: ~1 read only „dir")
    '( so schnell | oh nein | immer noch nicht überzeugt | noch nicht überzeugt )',
    '( du verlässt | sie verlassen | ihr verlasst ) uns', // grouped: without the brackets it read "du (verlässt|sie) verlassen uns"
    'gibst|geben du|sie ~1 auf',
    'wirklich ~1 aufgeben',
    'noch nicht bereit',
    '^ abmelden|kündigen|abbestellen|downgraden|abbrechen|schließen|gehen $',
    'du|sie ~1 sagst|sagen nein $',
    '^ warte|warten|moment|halt $',
    'bevor du|sie gehst|gehen',
    'so schnell',
    // the visitor's leaving said back to them as a question: „Du gehst?", „Sie kündigen?"
    '^ du|sie|ihr gehen|kündigen|verlässt|verlassen ( schon | jetzt | wirklich | einfach | einfach so )? $', // (gehen, kündigen: their inflections by the suffixes); „Du gehst schon?" (session 14)
    '^ ( du bist dir | sie sind sich ) ~1 sicher', // verb-second statement as a question: „Du bist dir sicher?"
    // a tag question that presupposes the answer: „… – oder etwa nicht?", „Sie nicht?"
    '( oder etwa nicht | oder nicht | etwa nicht | oder eben nicht | oder halt nicht ) $',
    '^ du|sie|ihr etwa|wirklich|echt? nicht $',
    // a concession with the verb first, then „aber": „Kündigen können Sie – aber …"
    '^ _ können|kannst sie|du ,? aber',
    '( du vermisst | sie vermissen | ihr vermisst ) uns', // the visitor told they will miss the shop
    '( und du | und sie ) $', // „Schlaue Sparer greifen zu – und du?"
    '^ gib|geben sie? nicht auf',
    '( doch nicht etwa | doch nicht wirklich )',
    // a rhetorical question about what the visitor does to others: „Wollen Sie das Ihren Liebsten antun?"
    'willst|wollen|möchtest|möchten ~5 antun',
    'willst|wollen du|sie das wirklich', // „Wollen Sie das wirklich?"
    // stopping said back as a question: „Du hörst wirklich schon auf?", „Hören Sie auf?" (not „Hören Sie auf zu suchen")
    '( du hörst | sie hören | ihr hört | hörst du | hören sie ) ~2 auf $',
    // going on after a warning, asked back: „Trotzdem weiter?" (a loss beside it makes the pair)
    'trotzdem fortfahren|weiter|weitermachen $',
    'noch nicht so weit',
    // think it over, the page says: „Überleg es dir gut", „Überlegen Sie es sich genau" (session 14)
    '^ überleg|überlegen sie? es ~1 dir|sich|euch ~1 gut|genau',
  ]),
  // what the visitor loses, pinned on them
  loss: withAsciiSpellings([
    `${yours} ~4 @valued|@owned !bleibt|bleiben`,
    // what stays, said as kept is no loss: „Dein Fortschritt bleibt gespeichert", „… bleiben bis Juni gültig"
    `${yours} ~4 @valued|@owned bleibt|bleiben !gespeichert|erhalten|bestehen|aktiv|gültig|verfügbar|sichtbar|abrufbar|dir|ihnen|bis`,
    '@valued|@owned ~3 liegen|verfallen|sausen lassen',
    '@valued|@owned ~3 verschenken|aufgeben|wegwerfen|verlieren|verpassen',
    'nein zu ~3 @valued',
    'zahlst|zahlen|zahlt|bezahlst|bezahlen ~3 mehr|voll|drauf|doppelt',
    // (not '# % ~1 @valued': a discount named is the offer, not a loss pinned on the visitor: „Warte! Sichere dir 20 % Rabatt")
    '( für immer | endgültig ) ~2 weg|verloren|verfallen|verschwunden',
    'verpasst|verpassen|entgeht|entgehen',
    'nie wieder',
    'geld|ersparnis|ersparnisse|rabatt|punkte ~4 liegen|zurück lässt|lassen|lasst',
    'hättest|hätten ~3 haben können',
    '( kein geld | nicht sparen | kein interesse am sparen )',
    'voll|vollen preis',
    'lass|lasst|lassen ~3 nicht zurück',
    'uninformiert|ahnungslos ~1 bleiben',
    '( per | von ) hand', // „Ihr Team muss dann wieder alles per Hand machen"
    'zurückbleiben|zurückzubleiben',
    'jeden|jede|alle ~2 verpassen',
    'bereuen|bereust|bereut',
    // a good the visitor goes without, or starting over: „Dann eben ohne Bonus", „wieder bei null anfangen"
    '^ dann? halt|eben? ohne ~1 @valued|@owned',
    '( von vorn | von vorne | bei null ) ~1 anfangen|an|beginnen',
    '^ ohne ~3 bist|bleibst|stehst|sind|bleiben|stehen du|sie', // „Ohne Schutzbrief bist du …": the visitor without it
    '( das wars | das war es ) ~1 dann? mit',
    // what the visitor would have done: „Mit 5 € hättest du … geschenkt", „Du hättest … sparen können"
    'hättest|hätten ~6 geschenkt|geholfen|gerettet|gespart|können',
    'lässt|lassen|lass ~4 @valued|@owned ~1 verfallen|liegen',
    // what the visitor stakes or would have reached: „Sie setzen Ihre Sicherheit aufs Spiel", „Mit Premium wärst du längst am Ziel"
    'aufs spiel',
    // entirely without protection: „Ganz ohne Schutz für dein Tablet?" (not „Ganz ohne Risiko testen")
    '( ganz | völlig | komplett ) ohne ~1 schutz|absicherung|versicherung|@valued',
    '( wärst du | wären sie | wärt ihr ) ~2 längst|schon|bereits',
    // (session 14) what is theirs put at risk, a day without it, going unprotected: „Sie riskieren Ihre Daten", „Du
    // gefährdest deine Gesundheit", „Jeder Tag ohne Schutz …", „Ungeschützt surfen?"; alone each is a warning
    'riskierst|riskieren|riskiert|gefährdest|gefährden|gefährdet ~1 @yours',
    '^ jeder|jede|jeden tag|monat|woche|minute ohne',
    'was du|sie ~4 aufgebaut|erreicht|gesammelt hast|haben ,? ~3 weg|verloren', // „Alles, was du dir aufgebaut hast, ist dann weg"
    '^ ungeschützt|schutzlos|ungesichert',
  ]),
  // what others, smarter or more caring, do
  others: withAsciiSpellings([
    'clever|klug|schlau|smart|erfahren ~1 käufer|käuferin|kunde|kundin|sparer|leute|menschen|eltern|köpfe',
    '<!vor|von|mit|unter|bei|zu alle anderen !@interfaceThing', // not „Alle anderen Geräte abmelden"
    'deine|ihre konkurrenz|konkurrenten|mitbewerber|nachbarn|freunde',
    'leute|menschen wie dich|sie',
    '@crowdOf ~2 wie dir|ihnen|euch $', // „… lebt von Leserinnen und Lesern wie dir"
    'die meisten', // not „niemand": „Niemand zahlt gern zu viel: darum ist der Versand gratis" is about no one
    'der|die einzige|letzte ~4 der|die|im|in',
    '^ wer ~5 denkt|liebt|sorgt|wichtig|schätzt|klug',
    '^ wer jetzt ~2 nein|geht|abbricht|ablehnt',
    // others held up: „Andere Eltern sorgen vor", „die anderen wissen es längst", „Manche lernen eben nie"
    '^ andere _ !@stockState', // a group of people doing what the visitor does not („Andere Hundebesitzer sorgen vor"), not „Andere Farben verfügbar"
    '( die anderen | alle anderen ) ~3 längst|schon|bereits|weiter|zu', // „Die anderen sparen weiter"
    '^ manche|einige ~3 eben|halt|nie',
    '( einer | eine | eines ) von vielen',
    'andere geben|spenden|zahlen ~2 mehr', // „Wirklich nur 5 €? Andere geben deutlich mehr."
    'profis|experten ~2 nie|nicht ohne',
    'der|die ~3 zu schätzen weiß|wissen', // „für jemanden, der ihn zu schätzen weiß"
    // the strong or the winners who stay, sticking with it as strength: „Ja sagen die Gewinner", „Dranbleiben macht dich stark"
    'die @strong sagen|bleiben|bleibt ( ja | $ | dabei | dran )',
    'ja sagen die|nur ~1 @strong',
    '^ @stickWith ~2 macht|zeigt|beweist|braucht ~2 stark|stärke|charakter|mut|rückgrat',
    '^ @stickWith können|kann nur wenige',
    // the visitor's peers who go on: „Deine Kommilitonen lernen weiter", „Die anderen 400 Mitglieder bleiben dabei"
    '@circleOwner|alle ~1 @peer ~2 lernen|trainieren|machen|sparen|arbeiten|üben|laufen|bleiben weiter|dran|dabei',
    '( die anderen | alle anderen ) #? ~1 @people|@peer|teilnehmer|teilnehmerin ~1 bleiben|bleibt ( $ | dabei | treu | dran )',
    // a failure rate pinned on going alone: „Nur 3 % schaffen es ohne uns", „8 von 10 geben allein auf"
    '( nur | bloß | kaum | lediglich ) # % ~3 schaffen|schafft|erreichen|erreicht|packen|halten ~3 ohne|allein',
    '# von # ~1 @people? scheitern|scheitert|aufgeben|geben ~2 ohne|allein|auf',
  ]),
  // sarcasm and shrugs
  mock: withAsciiSpellings([
    'viel glück|spaß ~2 suchen|weitersuchen|suche|zahlen|bezahlen',
    '( na gut | na schön | schon gut | wie du willst | wie sie wollen | dann eben nicht | selbst schuld | dein pech | ihr pech | schade eigentlich | wie schade )',
    '^ mutig $',
    // not „schade": „Schade, dass Sie gehen. Ihr Abo endet am 31. Mai." is a polite goodbye
    '( tja | schon klar | mutige entscheidung | sieht so aus | deine entscheidung | ihre entscheidung )',
    '^ hm|hmm',
    'wir sind ~1 da|hier wenn',
    // modal particles of a shrug, after the verb or the „dann" they resign to: „dann eben", „bist du halt", „ist ja nur"
    '^ dann halt|eben',
    'du|sie|ihr halt|eben', // the inverted subject, then the shrug: „fängst du eben wieder an", „bist du halt …"
    'bist|ist|bleiben halt|eben',
    'ist|sind ja nur',
    // sarcastic permission, an imperative with „ruhig": „Geh ruhig", „Verpass ruhig alles", „Gehen Sie ruhig"
    '^ _ sie? ruhig',
    'ruhig ~1 verfallen|gehen|kündigen|verpassen $',
    '( schade drum | pech gehabt | kein mitleid | wie du meinst | wie sie meinen | aber bitte )',
    'wir wissen|wussten ~2 ,? dass|daß du|sie',
    'stattdessen ~2 du|sie',
    '( du willst | sie wollen ) ja|eben|halt nicht', // „aber Sie wollen ja nicht"
    'wir hätten ~3 gern|gerne ~1 geholfen',
    'weniger als ein|einen kaffee', // „Echt jetzt? Das ist weniger als ein Kaffee pro Woche."
    '^ verstehen wir $',
    // sarcastic thanks from those let down, a shrug after „dann": „Die Eisbären sagen danke", „Dann … halt …"
    'sagen|sagt ~1 danke $',
    '^ dann ~5 halt',
    // saying no called easy or anyone's: „Aufgeben ist so einfach", „Nein sagen kann jeder" (not „Kündigen ist einfach:
    // ein Klick", an honest how-to: only the verbs of quitting as a failing, and „kann jeder" ending its clause)
    '^ ( aufgeben | aufhören | hinschmeißen | hinwerfen | nein sagen ) ist|wäre ~1 so|viel|immer|ja? ~1 einfach|leicht|bequem',
    '^ ( aufgeben | aufhören | hinschmeißen | absagen | abbrechen | kündigen | ablehnen | verzichten | nein sagen ) kann jeder|jede $',
    // readiness put off with condescension: „Vielleicht bist du es nächstes Jahr", „… bist du es ja irgendwann"
    'vielleicht ~1 bist|sind|seid du|sie|ihr es ~1 ja? später|irgendwann|nächstes|eines|dann',
    // a loss shrugged at: „Deine Punkte verfallen dann einfach." (not „… verfallen dann einfach nicht")
    'verfallen|verfällt|verschwinden|verschwindet|verloren|weg dann? einfach|halt|eben $',
  ]),
  // who suffers or is disappointed
  dependant: withAsciiSpellings([
    // the visitor's dependants named by the page („deine Kinder", „wer an seine Familie denkt"), a heart for them;
    // not a dependant alone: „Kündigen, mein Hund ist gestorben" is the visitor's own news
    `${yours}|sein|seine|seinen|seiner|seinem ~1 @dependant`,
    'herz für ~1 @dependant',
    'magst|mögen|liebst|lieben du|sie? doch ~2 @dependant', // „Du magst doch Tiere"
    // dependants said to count on the visitor: „Die Kinder zählen auf Menschen wie Sie", „die Tiere hoffen auf euch"
    '@dependant ~3 zählen|zählt|hoffen|hofft|warten|wartet|vertrauen|vertraut|angewiesen auf',
    `${yours} ~3 wird|werden dich|sie ~1 vermissen`,
    'vermisst|vermissen dich|sie',
    'werden|würden dich|sie|euch ~1 vermissen', // „Wir werden dich vermissen – und deine Vorteile auch"
    'wird|werden ~1 traurig',
    'verdient|verdienen|hätte ~1 besseres|mehr|besser',
    'zukünftiges ich',
    'enttäuscht|traurig sein',
    // the visitor's own people and things told they feel it: „Ihre Kunden werden es merken", „Dein Garten sieht das anders"
    `${yours} ~2 wird|werden|würde|würden es ~1 merken|spüren|bereuen`,
    `${yours} ~2 sieht|sehen das ~1 anders`,
    // a thing or a third party given feelings by the visitor's no: „Dein Trainer wäre enttäuscht", „Ihre Heizung
    // wird es Ihnen übel nehmen", „… lassen Sie ihn im Stich?" (not „Wir lassen Sie nicht im Stich")
    '<!wir|ich wäre|wären|ist|sind|wird|werden|würde|würden|war|fühlt ~3 enttäuscht|traurig|einsam|gekränkt|verletzt', // not „Wir sind traurig, dass Sie gehen"
    '( übel | krumm ) nehmen|nimmt|genommen',
    'nimmt|nehmen ~4 übel|krumm $',
    '<!nicht im stich',
    // the people who lose the visitor: „Die Helfer verlieren Ihre Unterstützung"
    'verlieren|verliert|verlöre ~1 deine|ihre|eure unterstützung|hilfe|spende',
    // someone let down by the visitor, worried about them or missing them: „… enttäuschst du Bello", „Wir machen uns
    // Sorgen um dich", „Ohne dich fehlt uns etwas" (not „Wir enttäuschen Sie nicht", „Enttäuscht Sie ein Artikel, …")
    'du|ihr =enttäuschst|=enttäuscht',
    '=enttäuschst|=enttäuscht du|ihr',
    '<!wir|ich =enttäuschen sie',
    'machen|mache|macht uns|mir|sich ~3 sorgen um dich|sie|euch',
    'ohne dich|sie|euch ~2 fehlt ~3 etwas|was|uns|mir',
    // who goes without the visitor's gift: „Ohne deine Spende bleiben 40 Kinder …", „Ohne dich bleibt Bello im Tierheim"
    'ohne deine|ihre|eure spende|hilfe|unterstützung',
    'ohne dich|sie|euch bleibt|bleiben|muss|müssen',
  ]),
  // the visitor cast as not caring
  careless: withAsciiSpellings([
    'nicht so|wirklich wichtig',
    'ist dir|ihnen ~2 egal',
    'magst|mögen du|sie ~1 wohl|keine ~1 gute|guten',
    'nicht ernst',
    'keine lust auf ~2 @valued',
    'bleibt|bleiben|bleibst ~1 eben|halt stehen|zurück',
    '( willst du | möchtest du | wollen sie | möchten sie ) ~3 nicht $',
    'wer will|möchte ~2 nicht',
    'offenbar|anscheinend',
    '( wohl lieber | nicht jedem ist | am herzen )',
    // the visitor told what their no says about them: „… ist Ihnen wohl egal", „… ist nicht für jeden"
    '( nicht für jeden | nicht für jede | nichts für jeden )',
    'nicht jeder|jede will|möchte|ist bereit',
    'mut|mutig genug',
    // (session 14) the visitor's choice called reckless: „Das ist leichtsinnig", „… wäre fahrlässig"
    '^ das ( ist | wäre ) ~1 leichtsinnig|fahrlässig|riskant|verantwortungslos|unvernünftig|naiv',
    // neglect of oneself or one's own: „wer sich nicht um seine Gesundheit kümmert", „auf seine Familie pfeift",
    // „Keine Zeit für dich selbst?"
    'sich nicht|kaum|wenig um ~3 kümmert|kümmern|kümmerst|sorgt|sorgen|sorgst|schert|scheren|scherst',
    'pfeift|pfeifen|pfeifst auf ~1 seine|ihre|deine|die ~1 @valued|@dependant|zukunft',
    'keine zeit für ~1 dich|sie|deine|ihre|euch ~1 selbst|gesundheit|familie|kinder|zukunft',
  ]),
};

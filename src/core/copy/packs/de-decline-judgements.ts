/**
 * What judges in a German decline label whose reason the grammar does not know (DeclineGrammar `openReasons`,
 * `judgements`): with open reasons any clause of the visitor's own words passes („Kündigen, ich ziehe um", „Ich
 * warte lieber auf das neue Modell"), unless it says one of these. Each is a construction a jab is made of: a good
 * left to others, a harm let happen to what the visitor owns, paying more or staying worse off, a verdict on a
 * good thing, the visitor's own failing. Written from the language; probes in
 * test/core/copy/packs/decline-judgements.test.ts.
 */
import type { Shape } from '../pack.js';
import { withAsciiSpellings } from './de-spelling.js';

/** Defects of a thing the visitor puts up with (base forms; the suffixes read „tropfenden", „kaputte"). */
const DEFECT =
  'tropfend|kaputt|undicht|quietschend|wacklig|rostig|klapprig|durchgesessen|durchgelegen|verschimmelt|lahm|löchrig|kalt';

export const DE_DECLINE_JUDGEMENTS: readonly Shape[] = withAsciiSpellings([
  // putting up with a defect: „ich bleibe beim tropfenden Wasserhahn", „ich dusche eh kalt"
  `bleibe|bleiben|bleib|behalte|behalten ~2 ${DEFECT}`,
  '( eh | sowieso | halt | eben ) ~1 kalt|schlecht|kaputt|falsch|langsam',
  `gut|prima|bestens|wunderbar ~4 ${DEFECT}`, // „ich schlafe gut auf meiner durchgelegenen Matratze"
  // a good not for the visitor: „gesundes Essen ist nichts für mich"
  'gesund|gesunde|gesundes|frisch|frische|frisches|gut|gute|gutes|günstig|günstige ~2 ist|sind ~1 ( nichts | nix ) für mich',
  // left to others or to themselves: „sollen sich andere drum kümmern", „meine Pflanzen kommen allein zurecht"
  'soll|sollen sich? ~1 andere|jemand',
  '<!wir|ich kommt|kommen schon? allein|alleine ~1 zurecht|klar', // not „ich komme allein zurecht": a reason
  // a preference for the worse (with „lieber" open, what it prefers must not be a harm): „ich schlafe lieber
  // schlecht", „ich scheitere lieber allein", „ich lese das Kleingedruckte lieber nicht", „… lieber entgehen"
  'lieber ~3 schlecht|schlechter|falsch|stundenlang|umständlich|allein|alleine|nie|kalt',
  'lieber _ ~3 nicht $', // not „Lieber nicht"
  'scheitere|scheitern|versage|versagen|blamiere',
  'entgehen|sausen|verfallen $',
  'esse ~1 wieder|weiter',
  'gehirn|hirn ~1 update|upgrade',
  // a good left to others: „sollen doch andere helfen", „die Welt rettet bestimmt jemand anders", „das Tierheim
  // kommt schon ohne mich klar" (the modal „sollen … doch" is always the shrug)
  'soll|sollen ~3 doch',
  '( jemand anders | jemand anderes | andere !mal | die anderen ) ~3 helfen|hilft|retten|rettet|spenden|spendet|machen|macht',
  'helfen|hilft|retten|rettet|spenden|spendet ~3 ( jemand anders | jemand anderes | andere | die anderen ) !mal', // not „ich spende ein anderes Mal"
  'ohne mich ~1 klar|aus|zurecht',
  'auch|schon ohne mich',
  // a harm let happen (verb-final „lassen"): „die Heizung kaputtgehen lassen", „das Auto verkommen lassen", „mein
  // Fahrrad lieber klauen lassen" (not „den Vertrag auslaufen lassen": a term allowed to end)
  'kaputtgehen|kaputt|verkommen|rosten|verrotten|vergammeln|verwildern|verstauben|klauen|stehlen|hängen|langsam lassen|lasse|lässt',
  'verkommen|kaputtgehen|verrotten|vergammeln $',
  // paying more or staying worse off: „… und mehr zahlen", „Wieder Vollzahler werden", „Schließen und arm bleiben"
  'mehr|voll|doppelt|drauf zahlen|bezahlen|zahle|zahlt',
  'vollzahler|vollzahlerin|vollzahlerinnen',
  'arm|dumm|unwissend|ahnungslos|untrainiert|unfit|unsportlich|pleite|krank|unbedeutend ~1 bleiben|bleibe|sein|werden',
  'bleiben|bleibe|bleib ~2 klein|unbedeutend|arm|dumm|ahnungslos|unwissend',
  'zu verschenken|verbrennen',
  // a verdict on a good thing: „Ordnung wird überbewertet", „Strafen sind mein Hobby", „Backups sind was für
  // Ängstliche", „Gemüse ist eh doof", „Bio ist mir zu gesund"
  'überbewertet|überschätzt',
  'ist|sind ~1 mein|ein hobby|abenteuer',
  'was für ängstliche|feiglinge|angsthasen|anfänger|streber',
  'ist|sind ~1 eh|ja|doch doof|blöd|überflüssig|unnötig|mord',
  'mir zu gesund|vernünftig|schlau|sicher|günstig|billig|bequem|einfach',
  'geiz ist',
  // a loaded superlative before what the visitor keeps: „ich bleibe beim teuersten Stromtarif"
  'beim|den|dem|der|die|das|im teuersten|teuerste|schlechtesten|schlechteste|langsamsten|langsamste|lahmsten|ältesten',
  'ist|sind ~1 nicht mein problem', // „Sicherheit ist nicht mein Problem" (not „… nicht mein Ding": a taste)
  '( nicht die bohne | ist mir wurst | ist mir schnuppe )',
  // the visitor's own failing as the reason: „ich habe ausgelernt", „ich weiß eh schon alles", „Spanisch lerne
  // ich lieber nie", „Enttäuschungen bin ich gewohnt", „ich mache es wie immer falsch", „nicht verdient"
  'habe|hab|hat ausgelernt',
  'weiß|weiss ~2 schon alles',
  'lerne|lernt|lernen ~4 nie $',
  'hatte|habe|hab ich nie',
  'bin ich gewohnt|gewöhnt',
  'wie immer|eh|sowieso falsch',
  'nicht verdient|verdienen',
  'muss|brauche ~3 nicht verstehen|wissen|lernen|können',
  'ist ja nur ein',
  'ich hoffe einfach',
  'blamiere|blamieren ~1 mich|uns',
  'eh aufgegeben|schon aufgegeben|hinschmeißen|hinwerfen',
  'noch nicht so weit ,? ~2 zu sein',
  '( ich mag | ich liebe ) ~2 werbung|spam|kopfschmerz|kopfschmerzen|stau|warteschleifen|pannen|nachzahlungen',
  'gern|gerne ~2 nachzahlungen|strafen|mahnungen|gebühren',
  'ich hab ja zeit|ich habe ja zeit',
  // staying behind as the choice: „beim Alten bleiben" (not „beim alten Tarif bleiben"), „lieber weg", „ein Anfänger"
  'beim alten $',
  'beim alten bleiben|bleibe|bleib',
  'lieber weg',
  'bleibe|bleiben|bleib ~2 anfänger|anfängerin|laie|amateur|dilettant',
]);

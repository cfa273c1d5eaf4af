/**
 * German confirmshaming in copy of no role by FAMILY: the jabs body and modal copy make at the visitor who says no,
 * described from the language (both word orders, du and Sie), not from the rows of any batch. Probes of each
 * family, dark and honest, are in test/core/copy/packs/jab-families.ts. Spread into the pack's
 * `confirmshaming.shapes` (de.ts adds the ASCII spellings).
 */
import type { Shape } from '../pack.js';

export const DE_JAB_FAMILY_CLASSES = {
  /** Who is left waiting when the visitor says no, beyond `@dependant`: the shelter, the food bank, the team. */
  leftBehind: ['@dependant', 'kinder', 'tiere', 'tierheim', 'tierheimhund', 'tafel', 'oma', 'opa', 'team', 'redaktion'],
  /** Saying no, as a noun: „mit Ihrer Absage", „eine Kündigung". */
  refusalNoun: ['absage', 'kündigung', 'ablehnung', 'abmeldung'],
};

export const DE_JAB_FAMILIES: readonly Shape[] = [
  // ── das Nein als Urteil über die Person oder als Schaden für die, die davon abhängen ──
  // „Mit Ihrer Absage bleibt ein Kind ohne Frühstück" (not „Mit Ihrer Kündigung endet der Zugang am 30. Juni")
  '( mit | durch | nach ) ihrer|deiner|einer|der @refusalNoun ~4 @leftBehind',
  // „Wenn du jetzt schließt, wartet ein Tierheimhund noch länger" (not „…, bleiben deine Antworten gespeichert")
  'wenn du|sie ~1 schließt|schließen|ablehnst|ablehnen|gehst|gehen|kündigst|kündigen ~1 ,? ~3 @leftBehind',
  // „Ohne deine Spende bleiben die Regale der Tafel leer" (not „Ohne Ihre Zustimmung setzen wir nur …")
  'ohne deine|ihre|eure spende|hilfe|unterstützung ~4 bleibt|bleiben|wartet|warten|hungert|hungern|friert|frieren|leer',
  // „Eine Kündigung trifft unser kleines Team hart"
  '@refusalNoun trifft|träfe ~4 hart|herz|schwer',
  // „Wer ablehnt, nimmt in Kauf, dass …", „Ablehnen heißt, du bist mit Rückenschmerzen einverstanden"
  'wer ablehnt|kündigt|geht|verzichtet ,? nimmt ~3 in kauf',
  'ablehnen|kündigen|verzichten heißt|bedeutet ,? ~4 einverstanden|akzeptierst|akzeptieren',

  // ── jemand Liebes, ein Tier oder das künftige Ich, das zugegriffen hätte oder es merken wird ──
  // „Sogar deine Katze hätte zugegriffen", „Ihre Kinder hätten sich die große Box gewünscht" (not „… wäre gekommen")
  'dein|deine|ihr|ihre|euer ~2 hätte|hätten ~5 zugegriffen|gewünscht|gebraucht|genommen|unterschrieben|gefreut|gekauft|bestellt|ja',
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

  // ── ein sarkastischer Abschied nach der Absage ──
  // „Na dann, viel Spaß" (not „Viel Spaß mit deiner neuen Kamera!")
  'na dann|gut|schön ,? viel spaß|glück|vergnügen',
  'mutig|tapfer ,|. ~1 sehr|echt mutig|tapfer',
  'interessante|mutige|tapfere entscheidung|wahl',
  'dann eben ohne dich|sie|euch',
  'dann ~4 halt|eben ~3 als letzter|letzte',
];

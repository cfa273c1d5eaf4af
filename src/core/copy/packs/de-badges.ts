/**
 * German popularity, rank and trend badges (session 11's product decision): a lone, unsourced badge on an item or
 * a plan („Bestseller", „Kundenliebling", „Im Trend", „Nr. 1 in Küche", „Meistgewählter Tarif") is pressure; a
 * collection's heading, a sort or filter, a menu entry in the plural („Unsere Bestseller", „Sortieren nach:
 * Bestseller", „Beliebte Kategorien", „Die beliebtesten Reiseziele") and a badge with its source or measure
 * („SPIEGEL-Bestseller", „Platz 1 bei Stiftung Warentest": de-stated.ts) pass.
 *
 * German tells the one item from the collection by its inflection, so the badge shapes read it: the strong
 * singular ends in -er/-es („Beliebter Tarif", „Meistgewähltes Paket"), the weak singular after an article in -e
 * („Das beliebteste Zimmer"), the plural in -e without an article or -en after one („Beliebte Kategorien", „Die
 * beliebtesten Reiseziele"). Those endings are matched exactly (`=`, shapeParts below), since the pack's suffixes
 * would read every form as one. A badge stands alone in its clause: a label, or before a colon or a dash.
 * Spread into the pack's `pressure`, classes and shapeParts (de.ts adds the ASCII spellings of shapes and classes).
 */
import type { Shape } from '../pack.js';
import { withAsciiSpellings } from './de-spelling.js';

/** „-er"/„-es" (the strong singular, no article) or „-e" (after an article) of each stem, as an exact alternation. */
const forms = (stems: readonly string[], endings: readonly string[]) =>
  withAsciiSpellings(stems.flatMap((stem) => endings.map((ending) => stem + ending)))
    .map((form) => `=${form}`)
    .join('|');

/** Superlatives of popularity, as their stems: beliebtest-, meistgewählt- („der meistgewählte Tarif"). */
const SUPERLATIVE_STEMS = [
  'beliebtest',
  'gefragtest',
  'begehrtest',
  'populärst',
  'angesagtest',
  'meistgewählt',
  'meistverkauft',
  'meistgekauft',
  'meistgebucht',
  'meistbestellt',
  'meistgewünscht',
  'meistgeliebt',
  // not „meistgelesen", „meistgesehen", „meistgesucht": a news site's or a search box's tabs
];
/** Popularity as a plain adjective: „Beliebter Tarif", „Gefragtes Modell". */
const ADJECTIVE_STEMS = ['beliebt', 'gefragt', 'begehrt', 'angesagt', 'populär'];

export const DE_BADGE_PARTS: Record<string, Shape> = {
  /** One item's article or possessive, typed exactly: „Unser Bestseller", „Der Renner" (not „Unsere Bestseller"). */
  oneArticle: '=unser|=der|=ein|=dein|=euer',
  /** The strong singular, no article: „Beliebtester Tarif", „Meistgebuchtes Hotel" (not the plural „Beliebteste …"). */
  superlativeOne: forms(SUPERLATIVE_STEMS, ['er', 'es']),
  /**
   * „-e": the weak singular after an article („Das beliebteste Zimmer"; the plural after one is „-en"), and without
   * an article singular only with a feminine noun („Beliebteste Wahl", not „Beliebteste Kategorien").
   */
  superlativeE: forms(SUPERLATIVE_STEMS, ['e']),
  adjectiveOne: forms(ADJECTIVE_STEMS, ['er', 'es']),
  adjectiveFeminine: forms(ADJECTIVE_STEMS, ['e']),
  /** Feminine nouns in the singular, typed exactly (the plural „Optionen", „Unterkünfte" is a collection). */
  feminineOne: '=wahl|=option|=variante|=unterkunft|=ferienwohnung|=wohnung|=farbe|=reise|=tour|=mitgliedschaft|=jacke',
  /**
   * Badge nouns in the singular, typed exactly: the plural of a favourite („Kundenlieblinge", „Favoriten") and of a
   * trend („Trends", „Trendprodukte") is a collection or a menu; „Bestseller", „Renner" are the same in both and
   * alone are the badge (the plural menu entry is „Alle Bestseller", „Unsere Bestseller").
   */
  badgeNoun: [
    '=bestseller|=topseller|=megaseller|=renner|=verkaufsschlager|=kassenschlager|=verkaufshit|=dauerbrenner',
    '=kundenliebling|=publikumsliebling|=fanliebling|=kundenfavorit|=publikumsfavorit|=fanfavorit',
    '=trendartikel|=trendprodukt|=trendteil|=trendmodell|=verkaufsrenner|=topprodukt',
  ].join('|'),
};

export const DE_BADGE_CLASSES = {
  /** Any article of a singular noun phrase (the adjective's ending tells the number). */
  anyArticle: ['der', 'das', 'die', 'unser', 'unsere', 'unseres', 'dein', 'deine', 'ihr', 'ihre', 'euer', 'eure'],
  /** Degree words before a popularity adjective: „Besonders beliebt", „Super angesagt", „Gerade gefragt". */
  degree: [
    'sehr',
    'besonders',
    'super',
    'mega',
    'total',
    'extrem',
    'äußerst',
    'echt',
    'richtig',
    'voll',
    'ultra',
    'wahnsinnig',
    'unglaublich',
    'enorm',
    'heiß',
    'gerade',
    'aktuell',
    'derzeit',
    'momentan',
    'jetzt',
    'immer noch',
    'weiterhin',
  ],
  /** Popularity said of an item, any form (alone in a clause it is the badge). */
  popular: ['beliebt', 'gefragt', 'begehrt', 'angesagt', 'populär', 'gehypt', 'trendig', 'heiß begehrt'],
  /** The shop's own buyers, whose liking is the claim („Beliebt bei unseren Kunden"; not „bei Familien", a fit). */
  buyers: [
    'kunden',
    'kundinnen',
    'käufern',
    'käuferinnen',
    'gästen',
    'nutzern',
    'nutzerinnen',
    'mitgliedern',
    'reisenden',
    'urlaubern',
  ],
  /** Whose buyers: ours. */
  ours: ['unseren', 'den', 'vielen', 'allen'],
  /** What a plan's or an item's badge names after the word („Bestseller-Tarif", „Beliebter Termin"). */
  badgedThing: ['@offered', 'paket', 'plan', 'abo', 'set', 'zimmer', 'unterkunft', 'menü', 'gericht', 'design'],
  /** Where a rank holds: „in Küche", „bei Sneakern", „unter den Gartenmöbeln" (not „im November": a list's month). */
  rankIn: ['in', 'bei', 'unter', 'für'],
  /** Where the number one is: „Nr. 1 im Bereich Küche", „Nummer 1 beim Grillen" too. */
  numberOneIn: ['@rankIn', 'im', 'beim'],
  /** A country or a region whose number one it is: „Deutschlands Nr. 1". */
  regionOf: ['deutschlands', 'österreichs', 'europas', 'bayerns', 'berlins', 'münchens', 'hamburgs', 'kölns'],
  /** The number one: „Nr. 1", „Nummer 1", „Platz 1", „No. 1" (the dot of „Nr." is a token: `.?`). */
  numberOne: ['nr', 'nummer', 'platz', 'no'],
  /** A list's cue before a colon: the badge word after it is a sort or a filter („Sortieren nach: Bestseller"). */
  listCue: [
    'sortieren nach :',
    'sortiert nach :',
    'sortierung :',
    'sortieren :',
    'sortiert :',
    'filter :',
    'filtern nach :',
    'kategorie :',
    'rubrik :',
    'ansicht :',
    'badge :',
    'label :',
    'etikett :',
    'abzeichen :',
  ],
};

export const DE_BADGES: readonly Shape[] = [
  // ── a badge noun alone: „Bestseller", „🔥 Bestseller!", „Unser Bestseller", „Ein echter Kundenliebling",
  // „Bestseller-Tarif", „Bestseller in Küche & Haushalt" (not „Bestseller im November", „Unsere Bestseller": a
  // collection; not „Sortieren nach: Bestseller")
  '<!@listCue ^ ( @oneArticle ~1 )? @badgeNoun @badgedThing? ( @rankIn ~3 )? $',
  '<!@listCue ^ ( @oneArticle ~1 )? fan|community|kunden =favorit|=liebling $', // „Fan-Favorit", „Community-Liebling"
  '<!@listCue ^ ( @oneArticle ~1 )? top|mega seller|hit|wahl|favorit @badgedThing? ( @rankIn ~3 )? $', // „Top-Seller", „Top-Wahl", „Top Seller in Damenmode"
  // ── the number one: „#1 Bestseller", „Bestseller Nr. 1", „Nr. 1 in Gartenmöbel", „Nummer 1 bei Laufschuhen",
  // „Die Nr. 1 für Matratzen", „Deutschlands Nr. 1" (not „Sie sind Nr. 1 in der Warteschlange", „Raum Nr. 1 im Erdgeschoss", „Bestellung Nr. 1",
  // „Platz 1 der SPIEGEL-Bestsellerliste")
  '1 @badgeNoun',
  '@badgeNoun @numberOne .? 1',
  '^ ( die | deine | ihre | unsere )? @numberOne .? 1 @numberOneIn', // not „Saal Nr. 1 im 2. Stock"
  '@regionOf @numberOne .? 1',
  // ── a superlative of popularity on one item: „Meistgewählter Tarif", „Unser beliebtestes Paket", „Das
  // beliebteste Zimmer", „Beliebteste Wahl", „Meistgewählt", „Am häufigsten gebucht" (not „Beliebteste
  // Kategorien", „Die beliebtesten Reiseziele", „Meistverkaufte zuerst", „Sortieren nach: Meistverkauft")
  '<!@listCue ^ ( @anyArticle ~1 )? @superlativeOne @badgedThing? ( @rankIn ~3 )? $',
  '^ @anyArticle @superlativeE @badgedThing ( @rankIn ~3 )? $',
  '^ @superlativeE @feminineOne $',
  // (not the bare „Meistverkauft", „Meistgekauft", „Meistbestellt": a shop's sort option as its locale files name it;
  // the item's badge is „Bestseller" or inflected: „Meistverkauftes Modell")
  '<!@listCue ^ meistgewählt|meistgebucht|meistgewünscht $',
  '^ am häufigsten|meisten gewählt|gebucht|gekauft|verkauft|bestellt|genommen $',
  '^ am beliebtesten|gefragtesten $',
  // one of the most popular: „Einer unserer meistgewünschten Artikel", „Eines der beliebtesten Hotels", „Gehört zu
  // unseren Bestsellern"
  '^ einer|eines|eins|eine der|unserer ~1 beliebtesten|gefragtesten|meistgewählten|meistverkauften|meistgekauften|meistgebuchten|meistgewünschten',
  'gehört|gehören|zählt|zählen zu den|unseren ~1 beliebtesten|meistverkauften|meistgebuchten|bestsellern|topsellern',
  // said of one item: „Das 2er-Set ist am beliebtesten", „Dieser Tarif wird am häufigsten gewählt" (not „Welcher
  // Tarif ist am beliebtesten?")
  '<!welcher|welches|welche|wer|was @badgedThing ~1 ist|wird ( am beliebtesten | am häufigsten gewählt | am meisten gekauft )',
  // ── popularity said alone or on one item: „Beliebt!", „Besonders beliebt", „Gerade angesagt", „Beliebter
  // Tarif", „Beliebte Wahl" (not „Beliebte Kategorien", „Beliebt bei Familien", „Häufig gefragt")
  '<!@listCue ^ @degree? @popular $',
  '^ @degree? @adjectiveOne @badgedThing $',
  '^ @degree? @adjectiveFeminine @feminineOne $',
  // the shop's own buyers like it: „Beliebt bei unseren Kunden", „Bei Gästen besonders beliebt"
  '^ @degree? @popular bei|unter @ours? @buyers',
  '^ bei|unter @ours? @buyers ~1 @degree? @popular $',
  // ── a trend: „Im Trend", „Trending", „Hot 🔥", „Trend-Artikel" (not „Trends 2026", „Alle Trends", „Hot Dogs")
  '<!@listCue ^ @degree? ( im trend | =trend | =trending | =trendy | =hot | =hype ) $',
  '^ trend @badgedThing $',
];

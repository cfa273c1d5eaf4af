/**
 * The French copy pack: confirmshaming, false urgency, pressure, vague labels and Kandel–Moles reading ease,
 * written from the language (negation in two parts, elision, typographic apostrophes and « quotes »), not
 * translated from English. The lexicon is in fr-words.ts; this file is the grammar.
 *
 * French negation brackets the verb ("je n’aime pas", "je ne veux pas de"), and elision makes one written word
 * of two ("n’aime"): with `splitApostrophes` the engine reads "n’aime" as "n aime", so shapes name "n" and "ne".
 */
import { FR_PRESSURE_CONSTRUCTIONS, FR_URGENCY_CONSTRUCTIONS } from './fr-constructions.js';
import { FR_STATED } from './fr-stated.js';
import { FR_URGENCY_FAMILIES } from './fr-urgency-families.js';
import { FR_PRESSURE_S14, FR_S14_WORDS, FR_URGENCY_S14 } from './fr-families-s14.js';
import { FR_PRESSURE_FAMILIES, FR_PRESSURE_FAMILY_WORDS, FR_PRESSURE_PARTS } from './fr-pressure-families.js';
import { FR_DECLINE_JABS } from './fr-decline-jabs.js';
import { FR_JUDGEMENT_WORDS } from './fr-judgements.js';
import { FR_SIGNALS } from './fr-signals.js';
import { FR_JAB_WORDS } from './fr-jab-families.js';
import { FR_SHAMING_SHAPES } from './fr-shaming.js';
import type { CopyPack } from '../pack.js';
import { FUNCTION_WORDS } from '../function-words.js';
import { kandelMoles } from '../readability/kandel-moles.js';
import { PRESSURE_CLASSES, URGENCY_CLASSES } from './fr-claims-words.js';
import { FR_DECLINE } from './fr-decline.js';
import * as words from './fr-words.js';
import * as self from './fr-self-words.js';

export const FR: CopyPack = {
  lang: 'fr',
  name: 'French',
  functionWords: FUNCTION_WORDS.fr,
  splitApostrophes: true,
  suffixes: [
    // plural and feminine: cadeaux, affaires, parfaite, parfaites, réservées
    ['s', ''],
    ['x', ''],
    ['aux', 'al'],
    ['e', ''],
    ['es', ''],
    ['elle', 'el'], // actuelle → actuel
    ['ive', 'if'], // exclusive → exclusif
    ['euse', 'eux'],
    ['euses', 'eux'],
    // verbs to their infinitive (accents are folded first: renoncé → renonce)
    ['e', 'er'],
    ['es', 'er'],
    ['ent', 'er'],
    ['ons', 'er'],
    ['ez', 'er'],
    ['ee', 'er'],
    ['ees', 'er'],
    ['ais', 'er'],
    ['ait', 'er'],
    ['erai', 'er'],
    ['era', 'er'],
    ['erais', 'er'],
    ['erait', 'er'], // conditional: quitterait, hésiterait
    ['eraient', 'er'],
    ['eront', 'er'], // future: augmenteront, expireront
    ['irait', 'ir'], // partirait
    ['iraient', 'ir'],
  ],
  classes: {
    valued: words.VALUED,
    valuedQuality: words.VALUED_QUALITY,
    valuedAny: ['@valued', '@valuedQuality'],
    gain: words.GAIN,
    owned: words.OWNED,
    ownedOrValued: ['@owned', '@valued'],
    valuedOrDependant: ['@valued', '@dependant'],
    dependant: words.DEPENDANT,
    loss: words.LOSS,
    lossJudged: words.LOSS_JUDGED,
    lossReported: words.LOSS_REPORTED,
    prefer: words.PREFER,
    renounce: words.RENOUNCE,
    smug: words.SMUG,
    others: words.OTHERS,
    othersAny: words.OTHERS_ANY,
    /** Tastes: "je déteste …" says something about the visitor. */
    taste: ['détester', 'déteste', 'hais', 'horreur', 'me moque', 'm en moque', 'me fiche', 'm en fiche'],
    mine: ['mon', 'ma', 'mes', 'notre', 'nos'],
    your: ['votre', 'vos', 'ton', 'ta', 'tes'],
    to: ['à', 'au', 'aux', 'de', 'des', 'du', 'd', 'sur'],
    article: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'd', 'du'],
    flaw: self.FLAW,
    hardship: self.HARDSHIP,
    growth: self.GROWTH,
    stayAs: self.STAY_AS,
    leave: words.LEAVE,
    smart: words.SMART,
    role: words.ROLE,
    model: [
      'un bon',
      'une bonne',
      'tout bon',
      'toute bonne',
      'un vrai',
      'une vraie',
      'les bons',
      'les bonnes',
      'les vrais',
      'les vraies',
    ],
    thought: ['penser', 'pensions', 'croyait', 'croyions', 'imaginer'], // on pensait, je croyais, on t'imaginait
    sure: ['sûr', 'sûre', 'certain', 'certaine', 'vraiment'],
    ...URGENCY_CLASSES,
    ...PRESSURE_CLASSES,
    ...FR_PRESSURE_FAMILY_WORDS,
    ...FR_DECLINE_JABS,
    ...FR_JUDGEMENT_WORDS,
    ...FR_JAB_WORDS,
    ...FR_S14_WORDS,
  },
  shapeParts: FR_PRESSURE_PARTS,
  confirmshaming: {
    signals: FR_SIGNALS,
    shapes: FR_SHAMING_SHAPES,
  },
  stated: FR_STATED,
  decline: FR_DECLINE,
  urgency: [
    ...FR_URGENCY_CONSTRUCTIONS,
    ...FR_URGENCY_FAMILIES,
    ...FR_URGENCY_S14,
    '@urgent',
    // the time left said vaguely, like « Plus que 3 heures »: « Il ne vous reste que quelques minutes » (not « …
    // quelques minutes de trajet », « … quelques jours avant votre rendez-vous »)
    // (not « secondes »: a loader's « Plus que quelques secondes … »)
    '@leftOnly ( quelques | peu de ) !seconde @timeUnit !avant|d|de',
    // « not for long » is time (also pressure after a stock word: « En stock, mais plus pour longtemps »)
    'plus pour longtemps',
    // time counted out, not a situation described (« … chaque minute compte quand vous devez accéder à vos biens »)
    'chaque minute|seconde compte !quand|lorsque|si|en|pour|dans',
    'tout doit disparaître ~1 ( avant | jusqu | d ici )', // a clearance with its end: « Tout doit disparaître avant dimanche »
    '@promo|@deal|flash ~2 touche|touchent bientot? a sa|leur fin', // « Cette promo touche à sa fin »
    'promo|promotion|offre|vente|flash|remise|prix|soldes ~2 :? # @timeUnit seulement|uniquement $', // « Promo flash : 2 h seulement »; not « Livraison en 2 h seulement »
    '@promo ~1 ( expirant | finissant | terminant | se terminant ) ~1 ( @soon | dans # )', // « Offre expirant bientôt / dans 10 min »    // the offer's time left (« Temps restant pour en profiter : … »), not a player's « Temps restant »
    'temps restant ~4 @promo|profiter|prix|@deal',
    '@promo ~3 temps restant',
    '^ vite $', // "Vite !", "Vite, ça part", not "Nous livrons vite"
    '@promo limitée|limité $', // "Offre limitée", not "Offre limitée aux nouveaux clients"
    // and before a dash or another badge word (« OFFRE LIMITÉE - EARLY BIRD »): not what it is limited to
    '@promo limitée|limité !@to|par|pour|selon|dans|en|uniquement|exclusivement|réservée|réservé',
    '@promo|affaire|occasion à saisir', // "Offre à saisir", not "Texte à saisir"
    '^ encore quelques jours|heures $', // not "Encore quelques jours de patience"
    '^ jusqu à @weekday|minuit|midi|demain seulement|uniquement',
    '<!# dernier|dernière|derniers|dernières jour !ouvré|ouvrés|ouvrable|ouvrables', // "Derniers jours !", not "Ventes des 7 derniers jours", « Dernier jour ouvré … »
    // the last hour with something after it (« Dernière heure ! », « … pour en profiter »), not a period filter's label
    // (« dernière heure », as « dernières 24 heures » is one)
    '<!# dernier|dernière|derniers|dernières heure ( . | _ )',
    '<!un|afficher|avec compte à rebours', // not a setting: "Afficher un compte à rebours"
    '@promo ~3 @ends ~2 @imminent',
    '@promo ~3 @ends ~2 dans|sous #', // "se termine dans 3 jours", not "valable dans la limite de …"
    '^ se? @ends ~1 dans #',
    '<!ouvert|ouvre|ouvrons jusqu à minuit',
    '@promo ~2 valable|jusqu ~2 minuit|soir|demain|@weekday',
    '^ valable jusqu ~1 minuit|demain|@weekday',
    // a promotion that ends at a clock time today: "Offre valable jusqu'à 23h59", "Jusqu'à 23h59 seulement"
    '@promo ~2 valable jusqu à # h|: #',
    '^ jusqu à # h|: # seulement|uniquement',
    // "Ne laissez pas passer cette occasion", "Offre du jour", "Offre exclusive de 48 heures", "Pendant 24 heures seulement"
    'ne le|la|les|l? laissez|laisse|laissons pas passer|filer|échapper', // « … ne la laissez pas filer »
    'ne le|la manquez|manque|ratez|rate pas',
    '( offre | promo | deal | bon plan ) du jour', // not "Ventes du jour", a figure in an admin screen
    '@promo ~2 de # heures|jours',
    'pendant|pour # @timeUnit seulement|uniquement',
    'seulement|uniquement pendant # @timeUnit',
    '( pendant | durant ) les # prochaines|prochains @timeUnit',
    'dans les # prochaines|prochains heures|minutes',
    '@act ~3 dans les # heures|minutes',
    'avant qu il|elle ne? se? termine|terminent|disparaisse|disparaissent|expire',
    '^ fin ~3!@disclosed dans', // not the visitor's session or trial: « Fin de la session dans 5 minutes »
    '^ j # avant ~2 fin|clôture|@promo', // the days counted down: « J-2 avant la fin des soldes »
    '^ fin ~2 @promo :? ~2 @imminent', // « Fin de l'offre à minuit », « Fin de l’offre : ce soir », not « Fin des travaux demain »
    '^ se? @ends ~1 @imminent',
    // the subject decides, so "se" is not optional under "<!": "Votre essai gratuit se termine bientôt" is a disclosure
    '<!@disclosed se @ends @soon|dans',
    '<!@disclosed|se @ends @soon',
    '<!@disclosed|se @ends dans #', // "expire dans 2 heures", not "valable dans la limite de …"
    // "Plus que 3 heures", "il ne reste que 2 jours"
    // (but not "Plus que 2 jours avant votre rendez-vous")
    // (but not the length of something else: « Plus que 10 minutes d'attente / de marche », « 2 heures d'autonomie »)
    // (with every form of « ne … que » and its person: « Il ne vous reste que 2 jours », « Il ne te reste plus que 3 h »)
    '( @leftOnly | il reste | encore | seulement ) # @timeUnit !avant|d|de',
    '( @leftOnly | il reste | encore | seulement ) # @timeUnit d|de @deal|soldes|remise|reduction|vente|ventes',
    '( @leftOnly | il reste | encore | seulement ) # @timeUnit avant la|le fin|clôture|@promo',
    // "Les prix augmentent demain", "bientôt plus cher"
    'prix|tarif ~1 @priceRise ~1 @soon|dans',
    'bientôt|demain plus cher',
    // "Votre panier est réservé pendant 10 minutes"
    '@reserved pendant|pour|encore ~1 # @minuteUnit',
    '@reserved # @minuteUnit',
    // the shop holding it, told as its act (« Nous gardons votre panier 10 minutes »; not « … vos données 30 jours »)
    '( nous gardons | on garde | nous conservons | nous bloquons | on bloque | nous reservons ) ~3 ( pendant | pour )? # @minuteUnit',
    '( il vous reste | il te reste ) # @timeUnit !d|de', // not the visitor's own "2 jours d'essai gratuit"
    '@imminent fini|terminé $',
  ],
  pressure: [
    ...FR_PRESSURE_CONSTRUCTIONS,
    ...FR_PRESSURE_FAMILIES,
    ...FR_PRESSURE_S14,
    '@scarce',
    'plus que quelques !@notStock', // not "Plus que quelques étapes"
    '<!à|avec faible stock', // a badge, not "les articles à faible stock"
    '<!une|d forte demande|affluence', // a badge, not "En raison d'une forte demande, …"
    // "Plus que 3 en stock", "Il ne reste que 2 articles"; but "Plus que 2 étapes"
    // (every person of « ne … que », the shop speaking too: « Il ne nous reste que 4 chambres »)
    '( @leftOnly | il reste | il nous reste | seulement | encore ) # !@notStock ~2 @stock',
    '( plus que | il ne reste que | seulement ) # ex .? @stockState', // "Plus que 2 ex. en stock"
    '^ # @stockThing? restant',
    // the count in words: "Plus que trois en stock", "Il ne reste que deux chambres" (but "Plus que deux étapes")
    '@leftOnly @fewWord !@notStock ~1 @stock',
    // "12 personnes regardent ce produit"
    '# autres? @people ~3 @watching',
    // "Déjà 37 ventes aujourd’hui", "vendu 120 fois", "Dans 14 paniers", "87 % vendus"
    '# @sales ~2 @window',
    '# #? @sold ~2 @window',
    '@sold ~1 # fois',
    'dans # autres? @cart',
    '# % ~2 @sold',
    // "Marie de Lyon vient d’acheter ce sac", "Quelqu’un à Paris a commandé il y a 5 minutes"
    'de|à ~2 vient|viennent de|d l? @bought',
    '# autres? @people vient|viennent de|d l? @bought',
    '^ vient d être @sold',
    '# @people sont en train de|d',
    '# @people l? ont ~1 ajouté|mis ~4 @cart',
    'est|a @sold ~2 il y a # @timeUnit',
    // "Plus qu’une place", "Dernier exemplaire !", "Plus que 3, commandez …"
    'plus qu un @stockThing',
    // not « Dernier article ajouté : … », nor the visitor's or a blog's own posts (« mes derniers articles »)
    '<!mes|nos|ses|tes|vos|leurs dernier|dernière|derniers|dernières @stockThing !ajouté|consulté|vu|modifié|commandé|acheté|publié|publiés|parus',
    '@leftOnly # $',
    'quelqu un ~6 @bought',
    '# @people sont|est ( actuellement | en ce moment ) ~1 actifs|actives|connectés|connectées',
    'vu|consulté|vue|consultée # fois ~1 aujourd|au|ces|cette|dans|en|depuis', // not "vue 37 fois" alone
    'ajouté|ajoutée au @cart # fois',
    '# @sold au cours de|du',
    'moins de # @stock|@stockState',
    // "Sierra à Lyon a acheté …" (not a noun after an article: « Ajouter des produits à la commande de test »)
    '^ ~1 à|de ~2 a|vient ~1!le|la|les|l|un|une|des|du|votre|ta|sa|ma|mon|son|notre acheté|commandé|réservé',
    'est|sont passé|passée|passés en|à ~3 il y a #', // "Nicolas (Marseille) est passé en Premium il y a 2 min"
    // "Se vend rapidement", "Le plus vendu des dernières 24 heures", "Dans le panier de 8 personnes"
    'se vend|vendent rapidement|vite',
    'plus vendu|vendus|vendue|acheté des|ces|cette|aujourd',
    'dernière réservation|vente il y a #',
    '# autres? @people ~1 ont ~4 dans leur @cart', // « 2 (autres) personnes ont ce séjour dans leur panier »
    'dans le @cart de # @people',
    'plus de # #? vendus|vendues|achats|ventes|commandes|réservations',
    '# % des ~2 sont|ont déjà? été? vendus|vendues|réservés|réservées|partis|parties|écoulés',
    'épuisé|épuisée|épuisés dans d? les? autres tailles|couleurs|coloris|pointures',
    '^ ~2 vient|viennent de|d l? @bought !@your', // not the visitor's own team: « Marc vient de rejoindre votre espace »
    '# @people ont|a ~1 @bought',
    'avant qu ~2 soit|soient épuisé|épuisés|épuisée|épuisées',
  ],
  countdown: {
    units: {
      j: 'd',
      jour: 'd',
      jours: 'd',
      h: 'h',
      heure: 'h',
      heures: 'h',
      min: 'm',
      minute: 'm',
      minutes: 'm',
      s: 's',
      sec: 's',
      seconde: 's',
      secondes: 's',
      // not 'd': the elided « d’ » follows a length (« 10 minutes d’attente », « 2 heures d’autonomie »); French timers write j
      m: 'm',
    },
    cues: [
      'dans',
      'fin',
      'termine',
      'expire',
      'reste',
      'restant',
      'plus',
      'encore',
      'réservé',
      'réservée',
      'seulement',
      'pendant',
      'sous',
      'chrono', // « Chrono : 04:59 »
      'rebours', // « compte à rebours : 09:59 »
    ],
    clockBefore: [
      ...['à', 'de', 'dès', 'jusqu', 'avant', 'après', 'entre', 'depuis', 'durée', 'ouvert', 'ouverture'],
      // hours of availability, not a timer: « Disponible 24h/24, 7j/7 », « Assistance 24h/24, 7j/7 »
      ...['disponible', 'disponibles', 'joignable', 'joignables', 'accessible', 'accessibles', 'ouverte', 'ouverts'],
      ...['assistance', 'support', 'service'],
    ],
    clockAfter: ['h'],
  },
  vagueCta: [
    'continuer|valider|envoyer|soumettre|confirmer|suivant|terminer|appliquer|choisir|sélectionner|fermer|annuler|retour|commencer|démarrer|ok|oui|non',
    'd accord',
    'étape suivante',
    'c est parti',
    'cliquez|cliquer|clique|appuyez ici',
    'ici|détails|plus',
    'en savoir plus',
    'lire la suite',
    'voir plus',
    'plus d infos',
    '( cliquez | cliquer | clique ) ici ...',
  ],
  readability: kandelMoles,
};

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
import { FR_SIGNALS } from './fr-signals.js';
import type { CopyPack } from '../pack.js';
import { FUNCTION_WORDS } from '../function-words.js';
import { kandelMoles } from '../readability/kandel-moles.js';
import { PRESSURE_CLASSES, URGENCY_CLASSES } from './fr-claims-words.js';
import { FR_DECLINE } from './fr-decline.js';
import * as words from './fr-words.js';

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
    prefer: words.PREFER,
    renounce: words.RENOUNCE,
    smug: words.SMUG,
    others: words.OTHERS,
    /** Tastes: "je déteste …" says something about the visitor. */
    taste: ['détester', 'déteste', 'hais', 'horreur', 'me moque', 'm en moque', 'me fiche', 'm en fiche'],
    mine: ['mon', 'ma', 'mes', 'notre', 'nos'],
    your: ['votre', 'vos', 'ton', 'ta', 'tes'],
    to: ['à', 'au', 'aux', 'de', 'des', 'du', 'd', 'sur'],
    article: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'd', 'du'],
    sure: ['sûr', 'sûre', 'certain', 'certaine', 'vraiment'],
    ...URGENCY_CLASSES,
    ...PRESSURE_CLASSES,
  },
  confirmshaming: {
    signals: FR_SIGNALS,
    shapes: [
      // jabs that need no second signal: « Ne soyez pas le dernier … », « Bonne chance pour trouver mieux »
      'ne soyez|sois pas le|la seul|seule|dernier|derniere',
      'bonne chance pour|dans ~2 trouver|chercher|recherche',
      '^ tant pis pour vous|toi',
      '( et vous dites | et tu dis ) non $',
      // a preference against value: "je n’aime pas les bonnes affaires", "je ne veux pas de réduction"
      'n|ne aime|aimons|veux|voulons|ai|avons pas|jamais|plus besoin? ~3 @valuedAny',
      '@taste ~2 @valuedAny',
      '^ @article? @valued . non', // "Économiser ? Non merci", "Des réductions ? Non merci"
      'qui a besoin ~2 @valuedAny',
      'pas besoin ~2 @valuedAny',
      // "Économiser, ce n’est pas pour moi"
      '@valued ,? ~3 pas|rien pour moi|nous',
      // giving up what one has: "Perdre ma récompense", "Je renonce à ma réduction", "Tant pis pour mes points"
      '^ @renounce @to? @mine ~2 @ownedOrValued',
      '^ @renounce @to? @article? ~1 @valued',
      'je|j|nous <!ne @renounce @to? ~3 @ownedOrValued',
      // "Êtes-vous sûr de vouloir renoncer à votre remise ?"
      '@sure ~4 @renounce',
      // a preference for a loss: "je préfère payer plein tarif", "je préfère rester mal informé"
      '@prefer ~4 @loss', // "je préfère garder le forfait le plus cher"
      '@prefer ne|n pas|plus ~3 @valuedAny', // "je préfère ne pas économiser", "… ne pas lire les petites lignes"
      '@loss ~2 volontiers|plutôt',
      'je|j|nous ~2 @loss volontiers|plutôt',
      'je|j|nous jette|jetons|gaspille|gaspillons ~2 argent',
      '@prefer ~2 sans @article|@mine? @valued', // not "Continuer sans carte cadeau"
      'continuerai|continue|continuer à ~2 tout faire|gérer ~1 à la main',
      // smugness: "je suis déjà parfait", "ma peau est parfaite comme ça", "je sais déjà tout"
      '( je suis | nous sommes ) déjà|trop? @smug',
      '^ @mine ~2 est|sont déjà? parfait|impeccable ( comme ça | comme ca | ainsi | tel quel | telle quelle | $ )',
      'sais|connais déjà tout',
      'pas assez malin|intelligent pour?',
      'trop cool|malin|intelligent|riche pour',
      // guilt: "Abandonner les enfants ?", "les animaux peuvent attendre", "je m’en fiche"
      'abandonner|oublier @article? ~1 @dependant',
      '@dependant ~2 peuvent|peut attendre',
      '@dependant ~2 se débrouiller',
      'm en fiche|fous',
      'm est égal',
      '<!ne|n|pas|jamais|sans regretter',
      '<!ne|n|pas|jamais|sans regrettez',
      // a jab at the visitor through others: "(les autres n’hésitent pas)"
      '@others n|ne hésitent|hésite pas',
      '@others ~1 en profitent|foncent',
      '@others ~3 restent|feraient|diraient',
      // guilt: "Votre chien aurait adoré ce jouet", "votre retraite ne vous préoccupe pas", "vous resterez coincé"
      '@dependant ~1 aurait|auraient adoré|aimé|apprécié',
      '@valuedOrDependant ~2 ne vous|te préoccupe|préoccupent|importe|importent pas|guère',
      'vous|tu ~1 resterez|resteras|restez ~1 @loss',
      'ne dirait|diraient jamais non',
      // guilt and resentment: "Votre équipe mérite mieux", "vous en voudra", "vous est égale"
      'mérite|méritent|mériterait mieux',
      'vous|t en voudra|voudrez',
      'vous|te|t est|sont égal',
      'tant pis pour votre|vos|ton|tes',
      'laisser ~2 @dependant sans',
      'jeter|jetez|jette|jettes ~4 à la poubelle',
      'abandonner|perdre @your ~1 @valued',
      'dire non à ~2 @valuedAny',
      'n|ne ai|avons besoin ~3 @valuedAny',
      'au revoir à ~2 @valuedAny',
      // "Économiser ne m'intéresse pas", "Les bonnes affaires, très peu pour moi", "je préfère me passer de cadeau"
      '@valuedAny ~2 ne|n m|nous intéresse|intéressent pas|plus',
      '@valuedAny ,? ~3 très peu pour moi|nous',
      '@prefer ~2 me|nous passer de|d|des|du ~2 @valued',
      '@valuedAny ~2 .|, pas|rien pour moi|nous', // "La livraison gratuite ? Pas pour moi"
      // letting what one has go: "Laisser expirer mes points", "Laisser tomber mes avantages"
      'laisser|laisse expirer|filer|échapper|tomber|passer ~1 @mine|@your ~1 @ownedOrValued',
      // losses with relish: "j'aime payer plus cher", "je veux continuer à vivre dans le chaos"
      'j|je|nous aime|adore|aimons|adorons !pas ~2 @loss',
      'je|nous veux|voulons continuer à ~3 @loss',
      // smugness and giving up: "je suis assez malin", "J'abandonne et je paie plus"
      '( je suis | nous sommes ) assez|suffisamment malin|intelligent|riche|doué',
      '^ j abandonne',
      // "Je passe mon tour sur les réductions", "Refuser mon cadeau", "je renonce à mes 20 %"
      'passe|passons mon|notre tour ~3 @valuedAny',
      '^ refuser @mine ~1 @ownedOrValued',
      'je|j|nous <!ne @renounce @to? @mine? # %',
      'je|j paie|paye|payerai|paierai plus|davantage $',
      // the loss told to the visitor: "Vous passez à côté de 30 % de remise", "sur la table", "part avec vous"
      'vous|tu passez|passes à côté',
      'laissez|laisses|laisser ~5 sur la table',
      '@your ~1 @ownedOrValued ( part | partent | s en va | s en vont ) avec vous|toi',
      '@your ~1 @ownedOrValued aussi $', // "Dommage de vous voir partir… vos économies aussi"
      'c est vous qui voyez',
      'c est toi qui vois',
      // the clever ones held up: "Les acheteurs malins, eux, restent."
      '@others ,? eux ,? ~1 restent|profitent|foncent',
      // mockery: "Sans assurance ? Quel courage.", "Tout le monde économise. Pas vous ?"
      '^ quel|quelle courage|audace $',
      '^ pas vous|toi $',
    ],
  },
  stated: FR_STATED,
  decline: FR_DECLINE,
  urgency: [
    ...FR_URGENCY_CONSTRUCTIONS,
    '@urgent',
    '^ vite $', // "Vite !", "Vite, ça part", not "Nous livrons vite"
    '@promo limitée|limité $', // "Offre limitée", not "Offre limitée aux nouveaux clients"
    '@promo|affaire|occasion à saisir', // "Offre à saisir", not "Texte à saisir"
    '^ encore quelques jours|heures $', // not "Encore quelques jours de patience"
    '^ jusqu à @weekday|minuit|demain seulement|uniquement',
    '<!# dernier|dernière|derniers|dernières jour|heure', // "Derniers jours !", not "Ventes des 7 derniers jours"
    '<!un|afficher|avec compte à rebours', // not a setting: "Afficher un compte à rebours"
    '@promo ~3 @ends ~2 @imminent',
    '@promo ~3 @ends ~2 dans|sous #', // "se termine dans 3 jours", not "valable dans la limite de …"
    '^ se? @ends ~1 dans #',
    '<!ouvert|ouverte|ouverts|ouvertes|ouvre|ouvrons jusqu à minuit',
    '@promo ~2 valable|jusqu ~2 minuit|soir|demain|@weekday',
    '^ valable jusqu ~1 minuit|demain|@weekday',
    // a promotion that ends at a clock time today: "Offre valable jusqu'à 23h59", "Jusqu'à 23h59 seulement"
    '@promo ~2 valable jusqu à # h|: #',
    '^ jusqu à # h|: # seulement|uniquement',
    // "Ne laissez pas passer cette occasion", "Offre du jour", "Offre exclusive de 48 heures", "Pendant 24 heures seulement"
    'ne laissez|laisse|laissons pas passer|filer|échapper',
    'ne le|la|les manquez|manque|ratez|rate pas',
    '( offre | promo | deal | bon plan ) du jour', // not "Ventes du jour", a figure in an admin screen
    '@promo ~2 de # heures|jours',
    'pendant|pour # @timeUnit seulement|uniquement',
    'seulement|uniquement pendant # @timeUnit',
    '( pendant | durant ) les # prochaines|prochains @timeUnit',
    'dans les # prochaines|prochains heures|minutes',
    '@act ~3 dans les # heures|minutes',
    'avant qu il|elle|ils|elles ne? se? termine|terminent|disparaisse|disparaissent|expire',
    '^ fin ~3 dans',
    '^ se? @ends ~1 @imminent',
    // the subject decides, so "se" is not optional under "<!": "Votre essai gratuit se termine bientôt" is a disclosure
    '<!@disclosed se @ends @soon|dans',
    '<!@disclosed|se @ends @soon',
    '<!@disclosed|se @ends dans #', // "expire dans 2 heures", not "valable dans la limite de …"
    // "Plus que 3 heures", "il ne reste que 2 jours"
    // (but not "Plus que 2 jours avant votre rendez-vous")
    '( plus que | il ne reste que | il reste | encore | seulement ) # @timeUnit !avant',
    '( plus que | il ne reste que | il reste | encore | seulement ) # @timeUnit avant la|le fin|clôture|@promo',
    // "Les prix augmentent demain", "bientôt plus cher"
    'prix|tarif ~1 @priceRise ~1 @soon|dans',
    'bientôt|demain plus cher',
    // "Votre panier est réservé pendant 10 minutes"
    '@reserved pendant|pour|encore ~1 # @minuteUnit',
    '@reserved # @minuteUnit',
    '( il vous reste | il te reste ) # @timeUnit !d|de', // not the visitor's own "2 jours d'essai gratuit"
    '@imminent fini|terminé $',
  ],
  pressure: [
    ...FR_PRESSURE_CONSTRUCTIONS,
    '@scarce',
    'plus que quelques !@notStock', // not "Plus que quelques étapes"
    '<!à|avec faible stock', // a badge, not "les articles à faible stock"
    '<!une|d forte demande', // a badge, not "En raison d'une forte demande, …"
    // "Plus que 3 en stock", "Il ne reste que 2 articles"; but "Plus que 2 étapes"
    '( plus que | il ne reste que | il ne reste plus que | il reste | seulement | encore ) # !@notStock ~2 @stock',
    '( il ne nous reste que | il ne nous reste plus que | il nous reste ) # !@notStock ~2 @stock', // the shop speaking
    '( plus que | il ne reste que | seulement ) # ex .? @stockState', // "Plus que 2 ex. en stock"
    '^ # @stockThing? restant',
    // the count in words: "Plus que trois en stock", "Il ne reste que deux chambres" (but "Plus que deux étapes")
    '( plus que | il ne reste que | il ne reste plus que ) @fewWord !@notStock ~1 @stock',
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
    'plus qu|que un|une @stockThing',
    'dernier|dernière|derniers|dernières @stockThing ( $ | disponible | en stock )',
    '( plus que | il ne reste que | il ne reste plus que ) # $',
    'quelqu un ~6 @bought',
    '# @people sont|est ( actuellement | en ce moment ) ~1 actifs|actives|connectés|connectées',
    'vu|consulté|vue|consultée # fois ~1 aujourd|au|ces|cette|dans|en|depuis', // not "vue 37 fois" alone
    'ajouté|ajoutée au|aux @cart # fois',
    '# @sold au cours des|de|du',
    'moins de # @stock|@stockState',
    '^ ~1 à|de ~2 a|vient ~1 acheté|commandé|réservé', // "Sierra à Lyon a acheté …"
    'est|sont passé|passée|passés en|à ~3 il y a #', // "Nicolas (Marseille) est passé en Premium il y a 2 min"
    // "Se vend rapidement", "Le plus vendu des dernières 24 heures", "Dans le panier de 8 personnes"
    'se vend|vendent rapidement|vite',
    'plus vendu|vendus|vendue|acheté des|ces|cette|aujourd',
    'dernière réservation|vente il y a #',
    '# @people ~1 ont ~4 dans leur|leurs @cart',
    'dans le|les @cart de # @people',
    'plus de # #? vendus|vendues|achats|ventes|commandes|réservations',
    '# % des ~2 sont|ont déjà? été? vendus|vendues|réservés|réservées|partis|parties|écoulés',
    'épuisé|épuisée|épuisés dans d? les? autres tailles|couleurs|coloris|pointures',
    '^ ~2 vient|viennent de|d l? @bought',
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
      d: 'd',
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
    ],
    clockBefore: ['à', 'de', 'dès', 'jusqu', 'avant', 'après', 'entre', 'depuis', 'durée', 'ouvert', 'ouverture'],
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

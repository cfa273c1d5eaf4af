/**
 * The visitor's own reason or alternative in a French decline label (DeclineGrammar in pack.ts): what opens one
 * (« je », « mais je », « quand mon … »), reasons that are not in the first person (« … me suffit »), and what a
 * preference may name (« je préfère payer au mois », never « je préfère payer plein pot »). Used by fr-decline.ts.
 */
import type { Shape } from '../pack.js';

/** First-person openers and circumstances of the visitor's own: « je », « mais je », « quand mon salaire … ». */
export const REASON_OPENERS = [
  // a circumstance said of a thing (« c'est un cadeau »), or linked by « mais »
  'c est un',
  'c est une',
  'mais je',
  'mais j',
  'mais nous',
  // une contrainte dite d'une chose : « le budget est épuisé » ; une condition : « quand mon salaire sera tombé »
  'le budget',
  'notre budget',
  'mon budget',
  // (a condition of the visitor's own only: « quand mon salaire … », « dès que j'ai … »)
  'quand mon',
  'quand ma',
  'quand mes',
  'quand je',
  'quand j',
  'quand nous',
  'lorsque mon',
  'lorsque je',
  'des que je',
  'des que j',
  'une fois que je',
  'une fois que j',
  // "ça ne m'arrange pas en ce moment": the timing judged, not the visitor
  'ça ne',
  'cela ne',
  'je',
  'j',
  'nous',
  'on', // the informal "we": « Non merci, on a déjà un prestataire »
  'mon',
  'ma',
  'mes',
  'notre',
  'nos',
  'trop cher',
  'pas le budget',
  'pas le temps',
  'pas le bon moment',
  'plutôt',
  // the offer judged, not the visitor: "c'est trop cher pour moi", "ce n'est pas le moment"
  'c est trop cher',
  'c est hors budget',
  'ce n est pas le moment',
  'c est trop tôt',
  'ça dépasse',
  'cela dépasse',
];

/** Reasons that do not open in the first person, matched whole. */
export const REASON_SHAPES: readonly Shape[] = [
  // what the visitor takes, when they will decide, a time told by their own plans: « juste cet article »,
  // « on verra plus tard », « après mes partiels »
  'juste|seulement|uniquement ce|cet|cette|le|la|l ~1 article|produit|commande $',
  'on verra ~3',
  'après mon|ma|mes _ $', // one word of their plans, not a story
  '~4 me|nous? suffit|suffisent ~4',
  '~3 ne|n m|nous intéresse|intéressent pas|plus ~2', // "Les accessoires ne m'intéressent pas" (a good there is still evaluative) // "la garantie du fabricant me suffit"
  '~4 me|nous convient|conviennent ~4',
  'j ai déjà ~4',
  '~3 je|j|nous ~6', // "Ce mois-ci je ne peux pas", "ça, je le ferai moi-même"
  // one neutral option instead of another: « Payer en une fois plutôt qu'en trois » (a loss or a taste is still
  // evaluative)
  '~5 plutôt que|qu ~5',
  // someone of the visitor's own pays or sees to it: « c'est mon employeur qui paie »
  'c est @mine ~3 qui ~4',
  'nous avons déjà ~4',
  'garder|conserver|avec|rester à? # ~3', // a quantity of the visitor's choosing: "Garder 10 Go"
  // whom the purchase is for, someone of the visitor's own or a gift: « c'est pour offrir », « le cadeau est pour
  // mon frère »; not a class of people (« la sécurité, c'est pour les paranos » mocks those who care)
  'c est pour @mine|offrir|un|une|le|la|l ~4',
  '@article|ce|cet|cette|@mine ~2 est|sont pour @mine|offrir|un|une ~4',
];

/** Words that make a reason a preference: the clause may then name only words of the grammar and NEUTRAL. */
export const PREFERENCE = [
  'faire un don', // giving another way: « je préfère faire un don »
  'préférer',
  'préfère',
  'préférerais',
  'plutôt',
  'aime',
  'aime bien',
  'adore',
  'continuer à',
  'continuerai à',
  'vais continuer',
  'me contente',
  'me contenter',
  'me va',
  'nous va',
  'me convient',
  'nous convient',
  'me suffit',
  'nous suffit',
  'se débrouille',
  'rien contre',
];

/** Words a preference clause may use besides the grammar's own: pronouns, how and where the visitor pays or buys. */
export const NEUTRAL = [
  'je',
  'j',
  'nous',
  'on', // the informal "we": « Non merci, on a déjà un prestataire »
  'me',
  'm',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'seul',
  'payer',
  'être',
  'livré',
  'livrée',
  'domicile',
  'magasin',
  'régler',
  'prendre',
  'acheter',
  'commander',
  'garder',
  'rester',
  'décider',
  'attendre',
  'par',
  'au',
  'en',
  'à',
  'pour',
  'mois',
  'an',
  'année',
  'semaine',
  'virement',
  'chèque',
  'prélèvement',
  'espèces',
  'euro',
  'bien',
  'très bien',
  'fois',
  'sans frais', // « payer en 3 fois sans frais »: fees waived, how the visitor pays
  // one way rather than another: « en une fois plutôt qu'en trois »
  'que',
  'qu',
  'deux',
  'trois',
  'quatre',
  'mieux',
  'usage',
  'utilisation',
  'consommation',
  // "Je préfère ne pas m'abonner", "je préfère ne plus recevoir de mails"
  'ne',
  'n',
  'pas',
  'plus',
  'abonner',
  's abonner',
  'inscrire',
  'recevoir',
  'de',
  'd',
  // where and how the visitor would rather buy: "je préfère acheter en magasin"
  'magasin',
  'boutique',
  'sur place',
  'en ligne',
  'ligne',
  'd abord',
  'comparer',
  'réfléchir',
  'regarder',
  'continuer à regarder',
  // how, where and when the visitor would rather do it: "je préfère l'acheter séparément", "lire sur papier"
  'séparément',
  'donner',
  'lire',
  'sur',
  'papier',
  'place',
  'personne',
  'en personne',
  'téléphone',
  'courrier',
  // how the visitor pays: « je préfère payer sur facture », « par virement »
  'facture',
  'appli',
  'application',
  'version',
  'gratuite',
  'gratuit',
  'petit',
  'petite',
  'standard',
  'livraison',
  'seule',
  'ensemble',
  'équipe',
  'conjoint',
  'maison',
  'chez moi',
  'prochain',
  'prochaine',
  // whose cover already suffices: "la garantie du fabricant me suffit"
  'du',
  'des',
  'fabricant',
  'constructeur',
  'vendeur',
  'banque',
  'carte bancaire',
  'employeur',
  'mutuelle',
];

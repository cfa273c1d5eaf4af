/**
 * French word classes, the lexicon the French pack's shapes are written in (used there as `@name`).
 *
 * Entries are base forms: nouns and adjectives in the masculine singular (cadeau, parfait), verbs in the
 * infinitive (renoncer); the pack's suffixes read cadeaux, parfaite, renonce, renoncé as them. Accents never
 * matter (é = e), and elided words are words of their own: "n’aime" is read "n aime", "l’offre" "l offre".
 * French compounds put their head first ("emballage cadeau" is a wrapping), so nothing matches inside a word.
 */

// ─── confirmshaming: what a shaming "no" refuses, prefers or gives up ─────────────────────────────

/** Things of value: refusing them is the self-deprecating "no" ("je n’aime pas les cadeaux"). */
export const VALUED = [
  'confort',
  'argent',
  'économie',
  'économiser',
  'épargner',
  'réduction',
  'réduc',
  'remise',
  'rabais',
  'promo',
  'promotion',
  'bon plan',
  'bonne affaire',
  'cadeau',
  'prime',
  'bonus',
  'récompense',
  'avantage',
  'gain',
  'gagner',
  'succès',
  'croissance',
  'santé',
  'bonheur',
  'plaisir',
  'conseil', // "je n’ai besoin des conseils de personne"
  'objectif', // "abandonner vos objectifs"
  'progrès',
  'sécurité',
  'vie privée',
  'environnement', // causes: "L'environnement ? Pas pour moi"
  'climat',
  'retraite',
  'avenir', // « votre avenir ne compte pas pour vous ? »
  'petites lignes', // reading the fine print is what the visitor gains
  'informé', // "je ne veux pas être informé" (but "mal informé" is a loss)
  'au courant',
  'vip',
  'livraison gratuite',
  'livraison offerte',
  'frais de port offerts',
  'crédit d impôt', // money back: « le crédit d'impôt de 50 %, très peu pour moi »
  'bon d achat', // session 14: vouchers and surprises given (« sans mon bon d'achat », « le colis surprise »)
  'surprise',
];

/** The gains among them that a decline label may not name: saying no is then framed as a loss. */
export const GAIN = [
  'argent',
  'économie',
  'économiser',
  // (not « réduction », « remise », « rabais », « avantage »: they name a card, a code or a retention offer as well,
  // « j'ai déjà une carte de réduction », « Continuer sans carte Avantage »; refused they are still VALUED)
  'bon plan',
  'bonne affaire',
  'prime',
  'bonus',
  'récompense',
  'succès',
  'bonheur',
  // (not « santé » nor « plaisir »: a reason and a courtesy name them, « je résilie pour raisons de santé », « avec
  // plaisir une prochaine fois »; refused they are still VALUED, and « ma santé peut attendre » is a judgement)
];

/** Adjectives that make what they describe valued when refused: "je n’aime pas les bonnes affaires". */
export const VALUED_QUALITY = [
  'bon',
  'bonne',
  'meilleur',
  'super',
  'excellent',
  'exceptionnel',
  'exclusif',
  'avantageux',
  'sainement', // "je ne veux pas vivre plus sainement"
  'sain',
];

/** What the visitor already has in a cancel flow: valued when they give it up ("Perdre mes points"). */
export const OWNED = [
  'point',
  'mile', // air miles: « mes 3 000 miles »
  'statut',
  'crédit',
  'cagnotte',
  'solde',
  'progression',
  'progrès',
  'niveau',
  'fidélité',
  'tarif',
  'gratuit', // "mes 3 mois gratuits"
  'offert',
];

/** Whom a donation helps: leaving them is guilt ("Abandonner les enfants ?"). */
export const DEPENDANT = [
  'enfant',
  'animal',
  'animaux',
  'chien',
  'chat',
  'famille',
  'planète',
  'nature',
  'forêt',
  'océan',
  'patient',
  'réfugié',
  'sans abri',
];

/**
 * Losses and harms that judge as words: preferring, keeping or naming them in a decline is the sarcastic "no" (« je
 * préfère rester mal informé », « payer plein pot »), wherever they stand.
 */
export const LOSS_JUDGED = [
  // the price paid on purpose: not "trop cher" alone (« c'est trop cher pour moi » is the visitor's own reason)
  'plein tarif',
  'prix fort',
  'payer trop cher',
  'payer trop',
  'payer le double',
  // (not « payer plus » alone: « je préfère payer plus tard » is the visitor's own plan; the bare « payer plus » is a
  // shape, fr-shaming.ts)
  'payer plus cher',
  'payer plus que',
  'payer plus qu',
  'payer plus pour',
  'payer davantage',
  'le double',
  'plein pot',
  'par les fenêtres',
  'gros prix', // Quebec: « payer le gros prix »
  'sur ma faim', // « rester sur ma faim »: left unsatisfied
  'sur sa faim',
  // a state chosen or stayed in
  'gaspiller',
  'ignorant',
  'ignorance',
  'dans l ignorance',
  'mal informé',
  'dans le flou',
  'à la main',
  'désorganisé',
  'à la traîne',
  'comme avant', // "je continue comme avant": staying stuck
  'ringard',
  'ride',
  'escargot',
  'à la poubelle',
  // self-insults and harms an absurd alternative names
  'cas désespéré',
  'désespéré',
  'amende',
  'mourir',
  'meurent',
  'meurt',
];

/**
 * Losses that are also what a visitor reports as the cause of saying no (« je suis fauché ce mois-ci », « j'ai perdu
 * mon emploi », « je suis débordé », « c'est compliqué en ce moment », « ma box est pourrie », « je manque de
 * temps »): they judge only in a construction (a preference, keeping or staying in them: fr-judgements.ts), never as
 * a word alone.
 */
export const LOSS_REPORTED = [
  'pourri',
  'moche',
  'nul',
  'ennuyeux',
  'mauvais',
  'pire',
  'plus cher',
  'prix gonflés',
  'mal de dos',
  'souffrir',
  'fatigué',
  'perdre',
  'perdu',
  'rater',
  'manquer',
  'compliqué',
  'stress',
  'galère',
  'fauché',
  'pauvre',
  'dépassé',
  'débordé',
  'coincé',
  'en retard',
  'chaos',
  'désordre',
];

/** Every loss: what the preference frames and the shaming shapes read (`@loss`). */
export const LOSS = [...LOSS_JUDGED, ...LOSS_REPORTED];

/** Preference in the first person, with the object after it deciding ("je préfère payer au mois" is fine). */
export const PREFER = ['préférer', 'préfère', 'préférerais', 'plutôt', 'volontiers', 'continuer', 'continuerai'];

/** Verbs that give up what the visitor has or was given: "Perdre ma récompense", "renoncer à mes avantages". */
export const RENOUNCE = [
  'renoncer',
  'perdre',
  'perds',
  'perd',
  'abandonner',
  'sacrifier',
  'gâcher',
  'rater',
  'manquer',
  'laisser filer',
  'laisser passer',
  'dire adieu',
  'faire une croix',
  'passer à côté',
  'tant pis pour',
  'me passe de', // session 14: « je me passe de mon cadeau » (« se priver de », any object, is a shape: fr-shaming.ts)
  'me passer de',
];

/** Self-flattery and boasts: "je suis déjà parfait", "je suis riche". */
export const SMUG = [
  'sais tout',
  'sais déjà tout',
  'qu est ce qui peut arriver', // a shrug at the risk
  // le statu quo déclaré parfait : « ma cuisine est très bien comme elle est »
  'comme il est',
  'comme elle est',
  'tel quel',
  'telle quelle',
  'parfait',
  'irréprochable',
  'infaillible',
  'riche',
  'génial',
  'incollable',
  'imbattable',
  'sais mieux', // "je sais mieux que vous"
  'roule sur l or', // session 14: wealth boasted (« je roule sur l'or », « je suis plein aux as »)
  'plein aux as',
];

/** Other people held up to the visitor: "(les autres n’hésitent pas)". */
export const OTHERS = [
  // (not « les autres », « d'autres » alone: they are determiners as often as people, and a decline names the
  // visitor's own alternative with them, « je regarde les autres formules », « j'utilise déjà d'autres outils »; as
  // people they are OTHERS_ANY, read by the shaming shapes with their verb, « les autres n'hésitent pas »)
  'tout le monde',
  'les malins',
  'les plus malins',
  'les clients avisés',
  'les acheteurs malins',
  'les acheteurs avisés',
  'les vrais',
  'les vraies',
  'un vrai',
  'une vraie',
];

/** Others as people, with the verb that makes them a jab (fr-shaming.ts): « D'autres en profitent », « les autres foncent ». */
export const OTHERS_ANY = ['@others', 'les autres', 'd autres'];

/** Saying no or leaving, in any person: « Les vrais fans ne résilient jamais », « Seuls les indécis passent ». */
export const LEAVE = [
  'partir',
  'quitter',
  'résilier',
  'refuser',
  'renoncer',
  'abandonner',
  'se désabonner',
  'se désinscrire',
  'dire non',
  'dit pas non',
  'disent pas non',
  'laisser tomber',
  'lâcher',
  'passer',
  'zapper',
  'sauter',
  'hésiter',
  'fermer',
  'ignorer',
  'décliner',
];

/** What the visitor is told they are not, or others are: « un client plus malin », « on vous croyait plus prévoyant ». */
/** People held up as the model the visitor fails: « un bon parent », « un vrai supporter » (not « un bon café »). */
export const ROLE = [
  'parent',
  'pere',
  'mere',
  'manager',
  'chef',
  'pro',
  'ami',
  'client',
  'supporter',
  'fan',
  'passionne',
  'amateur',
  'membre',
];

export const SMART = ['malin', 'futé', 'avisé', 'intelligent', 'prévoyant', 'curieux', 'motivé', 'sérieux', 'dégourdi'];

/**
 * What a French decline says about the visitor beyond "no", as word classes (used by fr.ts as `@name` and by
 * fr-decline.ts as evaluative or valued words). A neutral refusal says nothing about the person; these words do:
 * a flaw they are made to own, a hardship they choose, a growth they give up. Base forms (masculine singular,
 * infinitive); the pack's suffixes read the inflections (paresseuse, galère, grelotterai).
 */

/** Flaws pinned on the visitor: « je suis trop radin », « votre flemme ». Not a status (« débutant », « novice »). */
export const FLAW = [
  'paresseux',
  'paresse',
  'flemmard',
  'flemme',
  'fainéant',
  'radin',
  'pingre',
  'grippe sou',
  'avare',
  'idiot',
  'naïf',
  'inculte',
  'lâche',
  'lâcheur',
  'égoïste',
  'dinosaure',
  'has been',
  'peureux',
  'douillet', // soft about pain or effort: « trop douillet pour … », « je suis une chochotte »
  'chochotte',
  'pétochard',
  'couard',
  'incompétent',
  'parano',
  'éternel', // « l'éternelle débutante »: a status made a life sentence
  'rabat joie', // « ne faites pas votre rabat-joie »
  // session 11, by breadth: the self-insults of speech, each family's common words (register from plain to slang)
  // clumsy or incapable (not « nul » alone: « Nul besoin, merci »)
  'bête',
  'stupide',
  'maladroit',
  'empoté',
  'incapable',
  'nul en',
  'suis une quiche', // « une quiche en bricolage », not the dish (« j'ai déjà mangé une quiche »)
  'quiche en',
  'boulet',
  'bras cassé',
  'tête en l air',
  // unlucky, a loser, easily fooled
  'malchanceux',
  'poissard',
  'loser',
  'looser',
  'un raté', // the noun, not the participle: « j'ai raté mon train » is a reason
  'minable',
  'pigeon',
  'crédule',
  // lazy, stingy, cowardly
  'feignant',
  'feignasse',
  'glandeur',
  'mollasson',
  'rapiat',
  'trouillard',
  'froussard',
  'poule mouillée',
  'dégonflé',
  'mauviette',
  // behind the times (not « débordé » or « dépassé », a reason)
  'ringard',
  'vieux jeu',
  'arriéré',
  'préhistorique',
  'technophobe',
  // reckless, careless, heartless
  'inconscient',
  'irresponsable',
  'tête brûlée',
  'casse cou',
  'je m en foutiste',
  'sans cœur',
  'sans coeur',
  'ingrat',
  'ignare',
];

/**
 * Hardships the visitor is made to choose: « je continuerai à galérer », « je garde mes migraines ». Verbs in the
 * infinitive (a preference or a future names them), then nouns.
 */
export const HARDSHIP = [
  'galérer',
  'ramer',
  'trimer',
  'grelotter',
  'avoir froid',
  's ennuyer',
  'stagner',
  'pleurer',
  'se ruiner',
  'perdre mon temps',
  'maux', // « mes maux de dos »: the plural of « mal »
  'migraine',
  'casse tête',
  'corvée',
  'cauchemar',
  // session 11, by breadth: trouble chosen, said reflexively (« me geler », not « Geler mon abonnement », a pause)
  'me geler',
  'me ruiner',
  'me planter',
  'me compliquer la vie',
  'me gâcher la vie',
  'me prendre la tête',
  'me casser la tête',
  'm arracher les cheveux',
  'tourner en rond',
  'patauger',
  'végéter',
  'croupir',
  'moisir',
  'poireauter',
  'en baver',
];

/**
 * Growth the visitor is made to refuse: « je ne veux pas progresser », « arrêter d'apprendre ». Valued only in a
 * refusal (decline grammar, « ne veux pas », « arrêter de »), not as a good everywhere: « Pas besoin d'apprendre à
 * coder » is honest copy.
 */
export const GROWTH = [
  'progresser',
  'évoluer',
  'grandir',
  'réussir',
  'apprendre',
  'améliorer',
  'se développer',
  'client', // « je n'ai pas besoin de nouveaux clients » (a good only refused: « votre espace client » is none)
  'plus efficace',
  'plus productif',
  'plus performant',
];

/** Times and roles one may stay « un·e » of in an honest decline: « Je reste un mois de plus », « … un client fidèle ». */
export const STAY_AS = [
  'mois',
  'an',
  'année',
  'semaine',
  'jour',
  'peu',
  'instant',
  'moment',
  'client',
  'membre',
  'abonné',
];

/**
 * French pressure by FAMILY: each entry describes one way the language says "others want it, it is running out",
 * from the language (vous / tu, France / Belgium / Quebec, elision split: « l’a » → "l a"), not from any batch of
 * copy. Spread into the pack's `pressure` (fr.ts); the words are `@name` classes. Probes: copy-fr-families.ts.
 */
import type { Shape } from '../pack.js';

/**
 * Someone else holding or eyeing the same item now: « un autre client / une autre personne / quelqu’un d’autre a …
 * dans son panier », « N personnes ont mis … en favori », « ce créneau intéresse plusieurs / d’autres patients »,
 * « quelqu’un d’autre regarde ce même … », « N autres voyageurs consultent … ». Sharing a basket « avec une autre
 * personne », someone who « peut retirer votre colis » and the visitor's own basket name no rival.
 */
const SOMEONE_ELSE: readonly Shape[] = [
  '( un autre | une autre | quelqu un d autre | d autres ) ~1 @people? ( a | ont ) ~4 dans son|leur @cart',
  '# @people ont ~1 ( mis | ajoute | ajoutee ) ~3 en|aux|dans favori|favoris|@cart',
  'interesse|interessent ( plusieurs | d autres | deja ) ~1 @people|patients|voyageurs',
  '( quelqu un d autre | un autre client | une autre personne | d autres clients ) ~1 @watching',
  '# autres @people|voyageurs|patients ~1 @watching',
  // baskets and lists counted: « Ajouté à 120 listes d’envies », « Mis dans 34 paniers »
  '( ajoute | ajoutee | ajoutes | mis | mise ) ( a | dans ) # ( paniers | listes | favoris )',
];

/**
 * A purchase told by a vague or recent time: « acheté / réservé / commandé / pris » « à l’instant », « il y a peu
 * / un instant / un moment / N minutes », opening the line or after the buyer. A file saved, synced or updated «
 * il y a 2 minutes » and the visitor's own order « a été expédiée » sell nothing: « a été » never counts.
 */
const RECENT_VAGUE: readonly Shape[] = [
  '^ ( achete | achetee | reserve | reservee | vendu | vendue ) ~1 ( a l instant | il y a peu | il y a un instant | il y a # minutes | il y a # minute | il y a # secondes )',
  '^ commande|commandee ( a l instant | il y a peu | il y a un instant )', // the noun « Commande expédiée il y a 2 minutes » is no sale
  '( a | ont ) ( achete | reserve | commande | pris ) ~3 ( a l instant | il y a peu | il y a un instant | il y a un moment )',
];

/**
 * A crowd that already has or does it: « la moitié du quartier / des milliers de parents / tes amis / vos voisins /
 * vos collègues / toute la Belgique / tout le Québec » + « déjà » + having, using, adopting or joining; « tout le
 * monde en parle / craque », « et toi ? », « pourquoi pas vous ? ». Access rights (« vos collègues ont déjà accès »)
 * and « tout le monde peut participer » name no crowd's choice: the verb must be one of adopting.
 */
const CROWD_ALREADY: readonly Shape[] = [
  '@crowdof ~3 ( @adopted ~1 deja | deja ~1 @adopted )', // « l’a déjà », « ont déjà craqué »
  '( toute la | tout le ) france|belgique|suisse|quebec|canada|quartier|monde ~2 ( l a | les a | l ont | s est | se sont | l adopte | l utilise ) ~1 deja?',
  'tout le monde ( en parle | craque | s y met | l adore | le veut | la veut | se l arrache )',
];

/**
 * Others will not wait or hesitate: « d’autres / les autres (clients) n’hésiteront / n’attendront pas », « pendant que
 * vous hésitez / tu réfléchis, d’autres réservent / achètent ». « D’autres clients ont aussi acheté » is a
 * recommendation and « les autres champs » a form: the verb must be one of hesitating, or of buying after « pendant que ».
 */
const OTHERS_WONT_WAIT: readonly Shape[] = [
  '( d autres | les autres ) ~1 @people? n ( hesiteront | hesitent | attendront | attendent | reflechiront | reflechissent ) pas',
  'pendant que ~2 ( hesitez | hesites | reflechissez | reflechis | doutez | doutes ) ,? ( d autres | les autres ) ~1 ( reservent | achetent | commandent | foncent | craquent | prennent )',
];

/**
 * Few left in degree, or none coming back: « quantités / stock / places très / ultra / hyper / extrêmement limitées »,
 * « quasiment / pratiquement / presque complet », « pratiquement plus de places », « pas de réassort (prévu) »,
 * « … et il n’y en aura pas d’autres / plus ». A file « presque complet », a yoghurt « presque sans sucre », a
 * stock figure and an alert's threshold (fr-stated.ts) are no scarcity.
 */
const FEW_IN_DEGREE: readonly Shape[] = [
  '( quantite | quantites | stock | stocks | places | exemplaires | pieces ) ( tres | ultra | hyper | extremement | super ) limitee|limite|limitees|limites',
  '^ ( quasiment | pratiquement | presque ) complet|complete|plein|pleine ( $ | pour | ce | cette | demain )',
  // stock that may soon be gone: « Cet article pourrait ne plus être disponible sous peu »
  '( pourrait | pourraient | risque | risquent ) de? ne plus etre ( disponible | disponibles | en stock )',
  '( quasiment | pratiquement | presque ) plus de ( places | stock | billets | chambres | exemplaires | pieces )',
  '( pas de | aucun ) ( reassort | reapprovisionnement | restockage )',
  'il n y en aura ( pas d autres | plus | pas plus )',
  'une poignee de @stockThing|places',
];

/**
 * Sold out fast, or the share already gone: « épuisé / vendu / parti en N heures (lors du dernier lancement / la
 * dernière fois) », « N % des places déjà réservées / prises », « la moitié du stock est déjà partie », « plus de la
 * moitié des billets déjà vendus ». Parcels that arrive in 24 hours and half a payment taken at booking sell nothing.
 */
const SOLD_FAST_SHARE: readonly Shape[] = [
  '( epuise | epuisee | epuises | vendu | vendus | parti | partis ) en # @timeUnit ~4 ( dernier | derniere | fois | precedent | precedente )',
  '# % des ~2 deja ( reserve | reservees | reserves | pris | prises | occupees | occupes | vendus | vendues | partis | parties )',
  'la moitie ~3 deja ~1 ( parti | partie | partis | vendu | vendus | vendue | vendues | reserve | reservees )',
];

/**
 * Trend, rank and demand: « en tendance (près de chez vous / cette semaine) » (not a « Tendances » heading), « très /
 * ultra consulté · prisé · demandé · convoité · recherché », « le plus consulté / demandé du moment », a view count
 * written with a space between thousands (« 4 100 fois »). « Très pratique » and « prise en charge » are no demand.
 */
const TREND_DEMAND: readonly Shape[] = [
  '^ en tendance',
  '( tres | ultra | hyper | super | tellement ) ( consulte | consultee | consultes | prise | prisee | prises | prisees | demande | demandee | demandes | convoite | convoitee ) !en',
  'le|la plus consulte|consultee|demande|demandee|reserve|reservee|vendu|vendue du moment',
  '( vu | vue | consulte | consultee ) # # fois',
];

/** The families' words, spread into the pack's classes (fr.ts). */
export const FR_PRESSURE_FAMILY_WORDS = {
  /** What happens to the visitor's own order: its status, not someone's purchase (« Commande expédiée il y a … »). */
  orderState: [
    'expédié',
    'livré',
    'annulé',
    'confirmé',
    'validé',
    'remboursé',
    'préparé',
    'reçu',
    'mis à jour',
    'modifié',
  ],
  /** A crowd, counted vaguely or named by its bond to the visitor. */
  crowdof: [
    'la moitié du',
    'la moitié de',
    'des milliers de',
    'des millions de',
    'des centaines de',
    'la plupart de vos',
    'la plupart de tes',
    'tous vos',
    'tous tes',
    'vos voisins',
    'tes voisins',
    'vos amis',
    'tes amis',
    'vos collègues',
    'tes collègues',
    'vos proches',
    'tes proches',
  ],
  /** Having, using, adopting or joining a thing (not « ont accès », a permission). */
  adopted: [
    'l a',
    'nous font confiance',
    'font confiance',
    'confiance', // « nous font déjà confiance »
    'l ont',
    'l utilisent',
    'l utilise',
    'l adoptent',
    'adopté',
    'craqué',
    'sauté le pas',
    'souscrit',
    'choisi',
    'inscrits',
    'abonnés',
    'passés',
    'rejoint',
    'commandé',
    'acheté',
  ],
};

export const FR_PRESSURE_FAMILIES: readonly Shape[] = [
  ...SOMEONE_ELSE,
  ...RECENT_VAGUE,
  ...CROWD_ALREADY,
  ...OTHERS_WONT_WAIT,
  ...FEW_IN_DEGREE,
  ...SOLD_FAST_SHARE,
  ...TREND_DEMAND,
];

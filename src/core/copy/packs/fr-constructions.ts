/**
 * French urgency and pressure written as constructions rather than phrases: ce qui se termine, un « qu'attendez-
 * vous ? », qui hésite ; une part des clients, l'activité près du visiteur, l'achat ou l'économie de quelqu'un avec
 * « vient de ». Spread into the pack's `urgency` and `pressure` lists. Apostrophes split ("s'épuise" → "s épuise").
 */
import type { Shape } from '../pack.js';

export const FR_URGENCY_CONSTRUCTIONS: readonly Shape[] = [
  'dernier appel',
  'demain ,? ~3 trop tard',
  'prix|tarifs ~2 remontent|augmentent|reviennent|changent demain',
  'des demain ,? ~4 prix|tarifs',
  'promo|offre|remise|soldes|vente ~2 ( s arrete | se termine | finit | prend fin ) ~1 ce soir|minuit|demain',
  'ne durera|dureront pas',
  'qu attendez|attends',
  'n attendez|attends pas',
  'qui hesite', // not "qui attend": a parcel waits at the pick-up point
  // the offer about to end (« La remise est sur le point d’expirer »), not the visitor's trial or a download
  '( @deal | soldes | vente | ventes ) ~3 sur le point ( de | d ) ( se terminer | terminer | finir | expirer | disparaitre | s arreter | s envoler )',
  'disparait|expire|disparaitra ~2 si|quand|des|lorsque ~3 fermez|quittez|fermes|quittes|actualisez|rechargez|recharges',
  // the offer bound to the page: « Une fois l'onglet fermé, le prix spécial est perdu »
  '( une fois | des que | si ) ~3 ferme|quitte|recharge ,? ~1 @promo ~3 perdu|expire|disparait',
  // a short validity, an offer never repeated, a window made tighter: « valable 30 minutes », « ne sera pas prolongée »
  '@promo ~2 valable|valide # minutes|heures|h|min',
  '@promo|invitation|occasion ~2 ne ( sera | seront ) ( pas | plus ) ~1 prolonge|renouvele|reconduit|repete !automatiquement|tacitement',
  'duree|temps tres|vraiment|ultra|extremement limite',
  '@promo ~3 limite|reserve a|au ( ce soir | ce week end | cette semaine | @weekday )',
  '<!en|sous # @timeUnit|h chrono', // « 48 h chrono », not « Chrono-livraison », « Livré en 24 h chrono »
  'avant la fin de la journee|soiree',
  'avant la fin du compte a rebours',
];

export const FR_PRESSURE_CONSTRUCTIONS: readonly Shape[] = [
  'stock ~1 s? epuise',
  // une part des clients : « 2 clients sur 3 », « un client sur 4 »
  // (with their choice: "3 utilisateurs sur 10" is an admin screen's seat count)
  '# clients|personnes|acheteurs sur # ~2 choisissent|achetent|prennent|preferent|optent|commandent',
  'un client|personne|acheteur sur # ~2 choisit|achete|prend|prefere|opte|commande',
  'vu par # personnes|clients|utilisateurs',
  '# personnes|clients ~3 en ce moment',
  'part|partent ~2 vite',
  'n en reste|restent qu|plus',
  // the shop's own words for selling out: « se l'arrache », « le stock fond », « presque parti », « pas pour tout le monde »
  '( s | se l | se les ) arrache|arrachent',
  'stock ~1 fond|fondent|baisse|baissent|diminue|file|filent ( $ | vite | rapidement | a vue d oeil | a vue d œil )',
  'presque|deja parti',
  'plus qu un seul ( $ | a ce | en stock | disponible | @stockThing )', // not « Plus qu'un seul mot de passe »
  'y en aura pas|plus pour tout le monde',
  'en reste ~1 peu',
  'pres de chez ( vous | toi ) ~3 achetent|achete|commandent|reservent',
  // l'achat ou l'économie de quelqu'un : « …, de Lyon, vient d'acheter »
  'vient|viennent d economiser|acheter|commander|reserver',
  'convoiter', // (its inflections by the pack's suffixes: convoité, convoitées, convoitent)
  // others doing it now, told by their number, their time or their circle: « vous n'êtes pas seul à hésiter »,
  // « Thomas a réservé … il y a une heure » (not « a été passée il y a … », the visitor's own order)
  'pas seul a ~2 @watching|convoiter|hesiter|vouloir',
  'a|ont !ete ~1 @bought|economise ~4 il y a ( # | un | une | quelques ) @timeUnit',
  '( d autres | plusieurs ) @people sont en train|actuellement',
  '# ~1 voisins|collegues|amis|proches ~4 sont|ont deja',
  '# autres ~1 @watching',
  '@sold a # %',
  '# @sold en # @timeUnit',
  '# @sales depuis ( ce matin | hier | minuit | votre | ton )', // not a dashboard's « 27 ventes depuis le 1er mars »
  'choisi|prefere ~3 par # @people sur #',
  '( rejoignez | rejoins ) les? # #? ~2 qui ont|sont deja',
  // la demande et la vente comme tendance : « la demande grimpe », « se vend beaucoup »
  'demande grimpe|augmente|monte|flambe|explose',
  'se vend|vendent ( beaucoup | comme des petits pains )',
  'se vend|vendent ~2 vite',
  'peu d exemplaires|articles|unites|pieces restants|restantes',
  'achat|achete|commande !@orderState ~3 il y a # minute|seconde', // not « Commande expédiée il y a 2 minutes »
  // l'activité d'autres avec son heure, et les parts vendues : « acheté il y a 2 heures par Léa », « la moitié est partie »
  'achete|reserve|commande ~1 il y a # minutes|heures|secondes ~1 par _',
  '# visiteurs|personnes ~4 cette page|en ce moment',
  '( moitie | # % ) ~3 deja ~1 parti|vendu',
  '# personnes ~1 inscrites|ont reserve ~2 aujourd hui',
  'deja # reservations|commandes|achats|inscrits',
  '# fois ~3 panier',
  'peu de places|billets|chambres|exemplaires ~1 libres|disponibles|restants|restantes',
];

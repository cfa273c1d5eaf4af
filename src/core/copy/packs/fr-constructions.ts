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
  'sur le point de se terminer|finir|expirer|terminer',
  'disparait|expire|disparaitra ~2 si|quand|des|lorsque ~3 fermez|quittez|fermes|quittes',
  'avant la fin de la journee|soiree',
  'avant la fin du compte a rebours',
];

export const FR_PRESSURE_CONSTRUCTIONS: readonly Shape[] = [
  'stock ~1 s? epuise',
  // une part des clients : « 2 clients sur 3 », « un client sur 4 »
  // (with their choice: "3 utilisateurs sur 10" is an admin screen's seat count)
  '# clients|personnes|acheteurs sur # ~2 choisissent|achetent|prennent|preferent|optent|commandent',
  'un|une client|cliente|personne|acheteur sur # ~2 choisit|achete|prend|prefere|opte|commande',
  'vu|vue|vus par # personnes|clients|utilisateurs',
  '# personnes|clients ~3 en ce moment',
  'part|partent ~2 vite',
  'n en reste|restent que|plus',
  'en reste ~1 peu',
  'pres de chez vous|toi ~3 achetent|achete|commandent|reservent',
  // l'achat ou l'économie de quelqu'un : « …, de Lyon, vient d'acheter »
  'vient|viennent d economiser|acheter|commander|reserver',
  'la demande explose',
  'convoite|convoites|convoitee|convoitees',
  // la demande et la vente comme tendance : « la demande grimpe », « se vend beaucoup »
  'demande grimpe|augmente|monte|flambe',
  'se vend|vendent ( beaucoup | comme des petits pains )',
  'se vend|vendent ~2 vite',
  'peu d exemplaires|articles|unites|pieces restants|restantes',
  'achat|achete|achetee|commande|commandee ~3 il y a # minute|minutes|seconde|secondes',
  // l'activité d'autres avec son heure, et les parts vendues : « acheté il y a 2 heures par Léa », « la moitié est partie »
  'achete|achetee|reserve|reservee|commande|commandee ~1 il y a # minutes|heures|secondes ~1 par _',
  '# visiteurs|personnes ~4 cette page|en ce moment',
  '( moitie | # % ) ~3 deja ~1 partie|parti|vendus|vendue|vendu',
  'bientot en rupture',
  '# personnes ~1 inscrites|ont reserve ~2 aujourd hui',
  'deja # reservations|commandes|achats|inscrits',
  '# fois ~3 panier|paniers',
  'peu de places|billets|chambres|exemplaires ~1 libres|disponibles|restants|restantes',
];

/**
 * Session 14: the French families brought to the breadth of the other packs (es-urgency-families.ts,
 * es-pressure-families.ts, en-urgency-families.ts), written from the language: every person (vous / tu / on / nous),
 * durations in words, the colloquial and marketing variants. Spread into the pack's `urgency` and `pressure` (fr.ts).
 * Probes: test/core/copy/packs/fr-s14.test.ts.
 */
import type { Shape } from '../pack.js';

/** The families' words (`@name` below), spread into the pack's classes (fr.ts). Verbs as infinitives: the pack's
 * suffixes read their persons and tenses (« augmente », « augmentent », « augmentera »). */
export const FR_S14_WORDS = {
  /** The full price a promotion falls back to. */
  fullPrice: [
    'plein tarif',
    'prix normal',
    'prix habituel',
    'tarif normal',
    'tarif habituel',
    'prix fort',
    'prix initial',
  ],
  /** A near time, not a date: tonight, tomorrow, a weekday, midnight. */
  near: ['demain', 'dès demain', 'ce soir', 'minuit', 'après minuit', '@weekday', 'des @weekday'],
  /** Keeping the deal: « pour garder / conserver / ne pas perdre votre remise ». */
  keep: ['garder', 'conserver', 'garantir', 'bloquer', 'obtenir', 'bénéficier', 'profiter', 'ne pas perdre'],
  /** A sale told by its length: « 24 h de prix cassés », « 3 jours de folie ». */
  saleNoun: ['prix cassés', 'prix fous', 'folie', 'remises', 'promos', 'bons plans', 'petits prix', 'rabais'],
  /** A timer's name. */
  timer: ['compteur', 'compte à rebours', 'chrono', 'minuteur', 'décompte'],
  /** Taking the offer. */
  take: ['profiter', 'bénéficier', 'économiser', 'craquer', '@deal'],
  /** Rising, of a price. */
  rise: ['augmenter', 'grimper', 'monter', 'remonter', 'doubler', 'flamber'],
};

/** A short span said in words, not digits: « un (petit) quart d’heure », « une demi-heure », « une (petite) heure ». */
const SPAN = '( un petit? quart d heure | une demi heure | une petite? heure | quelques minutes ) !apres|avant|a|de|d';
/** A voucher or a promotion: a « bon » only as a voucher, not « bon de commande / livraison ». */
const VOUCHER = '( @deal | coupon | =bon !de|du | bon de reduction | bon d achat )';

/**
 * Urgency, by family (es parity): the window said in words (« valable qu’un quart d’heure »); tomorrow back to full
 * price (« Demain, retour aux prix normaux »); the shop holding it, any person (« On vous garde ce prix 10 minutes »);
 * to the end of the day (« jusqu’à la fin de la journée seulement »); act within minutes to keep the deal; a sale
 * that closes at a clock time (« Les soldes ferment à 18 h »); N hours of a sale as a badge (« 24 h de prix cassés »);
 * the timer reaching zero; take it while you can (« tant que ça dure »); little time left (« Il vous reste peu de
 * temps pour en profiter »); still in time (« Vous êtes encore à temps d’économiser »); waiting loses it (« Si vous
 * attendez, vous perdez la remise »); the price about to rise (« Le prix va
 * bientôt augmenter », « Le tarif passe à 49 € dans 2 jours »). A code's or a session's validity (fr-stated.ts), the
 * visitor's own renewal (« Votre tarif passe à … »), a table kept 15 minutes after the booked time, a right lost after
 * 30 days and a shop's closing time name no offer's end.
 */
export const FR_URGENCY_S14: readonly Shape[] = [
  `${VOUCHER} ~3 ( valable | valide | garanti | bloque | tient | dure | reserve ) ~1 qu|que? ${SPAN}`,
  '^ @near ,? :? ~2 retour ( au | a ) ~1 @fullPrice',
  '( nous | on ) ( vous | te | t ) ( garder | conserver | bloquer | reserver | gardons | conservons | bloquons | reservons ) ~3 ( pendant | pour | encore )? # @minuteUnit !apres|au|de|d',
  '( jusqu a | avant ) la fin ( de la journee | du week end | de la soiree ) ( seulement | uniquement )',
  '( offre | promo | reduction | remise | prix | soldes | vente | rabais | tarif ) ~3 ( valable | valide | garanti ) jusqu a la fin ( de la journee | du week end | de la soiree )',
  '( dans | sous | d ici ) ( les? # @minuteUnit | l heure | la demi heure ) ~1 pour @keep ~2 @deal',
  '( offre | promo | reduction | remise | soldes | vente | rabais ) ~3 ( fermer | se terminer | finir | s arreter | prendre fin | expirer ) ~1 a # h|:',
  '^ # ( h | heures | jours ) de @saleNoun',
  // the offer's timer reaching zero (« Fin quand le compteur arrive à zéro »), not a machine's counter
  '( fin | terminer | expirer | disparait | s arreter | @deal ) ~3 ( quand | lorsque | des que ) ( le | la ) @timer ~1 ( arriver | atteindre | tomber | passer | sera ) a zero',
  '( profitez en | profite en | profiter | foncer | craquer | acheter | commander | reserver ) ~2 tant que ( vous le pouvez | tu le peux | vous pouvez | tu peux | ca dure | cela dure | c est encore? possible | l offre dure )',
  '^ il ( vous | te )? reste ( tres | si | bien )? peu de temps ( $ | pour ~2 @take )',
  '( vous etes | tu es ) encore? a temps ( pour | de | d ) ~2 @take',
  '( si | en ) ( vous | tu )? ( attendre | attendant | tarder | tardant | hesiter | hesitant | reporter ) ~3 ,? ( vous | tu ) ( perdre | perds | perdrez | perdras | rater | raterez | rateras | laisser filer ) ~3 ( @deal | # % | chance | occasion )',
  'le ( prix | tarif ) ( va | vont ) bientot @rise',
  '<!votre|ton|ta|vos|tes ( prix | tarif ) ~2 passer a # ~2 ( dans # | @soon | des | a partir )',
];

/**
 * Pressure, by family: a whole country or town buying it now (« Toute la France l’achète en ce moment »); few left
 * in the spoken idioms (« Il en reste trois fois rien », « Il n’y en a presque plus »); the favourite of thousands
 * (« Le chouchou de milliers de clients », « Adoré par 10 000 clients »); a place to stay nearly full (« Logement à
 * Chamonix presque complet »; not « Votre profil est presque complet »); always selling out; « rejoignez les 2
 * millions d’abonnés » (not « Rejoignez les 12 membres de l’espace Acme »); sold at full speed (« s’écoule à toute
 * vitesse »; not time that passes); the shop's own last ones, any person (« Il ne nous reste que 3 paniers »); booked
 * recently by a count (« Réservé récemment par 5 voyageurs »); most customers' choice (« Presque tous nos membres
 * prennent Premium »; not « La plupart de nos clients reçoivent leur colis en 48 h »); don't let it be taken (« Ne
 * vous le faites pas piquer »; not « Ne vous faites pas voler vos données »); the neighbours already switched.
 */
export const FR_PRESSURE_S14: readonly Shape[] = [
  '( toute la | tout le | tout ) ( france | belgique | suisse | quebec | ville | quartier | monde ) ~1 ( l | le | la | les | se l | se les | en ) ( acheter | commander | reserver | adopter | veut | arracher | raffoler | craquer )',
  '( il en reste | il n en reste ) ( trois fois rien | presque rien | quasi rien | des miettes )',
  'y en a ( presque | quasiment | pratiquement | quasi | bientot ) plus',
  '( chouchou | coqueluche | favori | prefere | adore | plebiscite | approuve ) ( de | par ) ( des? milliers | des? centaines | des? millions | plus de # | # ) #? ( de | d )? ~1 @people|@public',
  // a place to stay nearly full as a badge (« Gîte quasiment complet »), not a sentence about a form or a class
  '( logement | hotel | vol | train | sejour | stage | atelier | cours | seance | evenement | spectacle | gite | date ) ~3!est|sont|etait affiche? ( presque | quasi | quasiment | pratiquement | bientot ) complet',
  '( toujours | souvent | regulierement | constamment | tres vite ) en rupture',
  '( rejoignez | rejoins | rejoindre ) ( les | nos | plus de | pres de ) # #? ( millions | milliers | k )? ( de | d )? ~1 @people|@public|@joined !de|d|du',
  '<!temps|heure|minute|jour ( s ecouler | se vend | se vendent | s envoler | s arracher ) ( a toute vitesse | a toute allure | en un clin d oeil | en un clin d œil | tres vite | rapidement | vite | en quelques heures | en quelques minutes )',
  '( il ne nous reste que | il ne nous reste plus que | nous n avons plus que | on n a plus que | nous n en avons plus que | on n en a plus que ) # !@notStock !eur|euros !% !#',
  '( reserve | achete | commande | pris | choisi | vendu ) ( recemment | aujourd hui | cette semaine | ce matin | hier ) par # #? @people|@public',
  '( presque tous | presque toutes | la plupart | la majorite | la plupart de | la majorite de | beaucoup de | 9 sur 10 ) ( de nos | nos | des ) @people|@public ~1 ( choisissent | choisit | prennent | prend | opter | preferer | commander | acheter | ajouter | passer | ont choisi | ont opte | ont pris | sont passe )',
  '( ne vous | ne te ) ( le | la ) ( faites | fais ) pas ( piquer | voler | souffler | prendre | chiper | rafler )',
  '@crowdof ~6 ( ont | a | sont ) deja ( change | passe | opte | bascule | souscrit | adopte | choisi | craque | saute le pas | franchi le pas )',
];

/**
 * French false urgency by FAMILY: each entry describes one way the language says "act before the time runs out",
 * from the language (synonyms, vous / tu, the two-part negation « ne … que », France / Belgium / Quebec: « rabais »,
 * « aubaine »), not from any batch of copy. Spread into the pack's `urgency` (fr.ts). Words are folded and
 * apostrophes split (« s’envole » → "s envole"). Probes: copy-fr-families.ts.
 */
import type { Shape } from '../pack.js';

/**
 * A validity window counted in minutes or hours from now, with no date: the offer « est valable / valide / tient /
 * est garantie / bloquée / réservée » (« ne … que ») N minutes, « aux N prochaines minutes », « pendant / durant les N prochaines minutes », or the visitor
 * « a / dispose de / il vous reste » N minutes « pour » take, decide or book it. Days are a right (« 14 jours pour
 * changer d’avis »), codes and links a disclosure, « pour annuler » the visitor’s own freedom: only a promotion's
 * word or a verb of taking the offer makes it a push.
 */
const WINDOW_FROM_NOW: readonly Shape[] = [
  '@promo|rabais|tarif|aubaine ~2 ( est | sera | reste | n est )? ( valable | valide | garanti | bloque | tient | dure ) ~2 # @timeUnit',
  '@promo|rabais|tarif|aubaine ~2 ne ( tient | dure | vaut ) ~1 que # @timeUnit',
  '( vous avez | tu as | vous disposez de | tu disposes de | il vous reste | il te reste ) ~1 # heure|minute|min|h pour ~2 ( =decider | =profiter | =reserver | =commander | =acheter | =valider | =confirmer | =saisir | =utiliser | =craquer | =beneficier )',
  '@promo|rabais|tarif ~2 ( garanti | valable | bloque | reserve ) ~1 ( pendant | durant | pour ) les # prochaines|prochains @timeUnit',
  // anything held « ne … que » N minutes, or for « les / aux N prochaines minutes » (a cart, a seat, a code)
  '@reserved ~1 que # @minuteUnit',
  '( @reserved | valable | garanti | garantie ) ~1 ( aux | pour les | pendant les | durant les ) # prochaines|prochains minutes|heures',
];

/**
 * An offer bound to this visit, session, tab or page: valid « pendant / durant / pour cette visite », « tant que
 * vous restez sur la page », « liée à cette session », ended « à la fin de votre session », lost or gone « si vous
 * actualisez », « quand vous quitterez / fermerez » (the future tense too). A form's lost input, a session that
 * times out and a cart kept across tabs name no offer, so the offer's word is part of every shape.
 */
const BOUND_TO_VISIT: readonly Shape[] = [
  '@promo|rabais|tarif ~4 ( pendant | durant | pour | a | de | lie | reserve ) ~1 ( cette | votre | ta ) ( visite | session | page | fenetre )',
  '@promo|rabais|tarif ~3 tant que ~2 ( restez | reste | etes | es | naviguez | navigues | consultez ) ~2 ( page | site | ici | onglet | connecte | en ligne )',
  '@promo|rabais|tarif ~4 a la fin de ( votre | ta | cette ) session|visite',
  '( si | quand | des que | lorsque ) ~1 ( vous | tu ) ( actualisez | actualises | rechargez | recharges | fermez | fermes | quittez | quittes | actualiserez | rechargerez | fermerez | fermeras | quitterez | quitteras ) ~3 ,? ~2 @promo|rabais|tarif ~2 ( disparait | disparaitra | expire | expirera | s envole | s envolera | est perdue | sera perdue | est perdu | sera perdu | remonte )',
  '@promo|rabais|tarif ~3 ( disparait | disparaitra | s envole | s envolera | perdu | perdue | expire | expirera ) ~1 ( quand | des que | lorsque | si ) ( vous | tu ) ~1 ( quitterez | quitteras | fermerez | fermeras | quittez | fermez | actualisez | rechargez | quittes | fermes )',
];

/**
 * An end at any moment, undated: « d’un instant / d’une minute / d’un moment / d’un jour à l’autre », « à tout
 * moment » after a verb of vanishing or rising, « dans quelques minutes / heures » after a promotion's end, prices
 * that « remontent / repartent à la hausse ». The visitor's own « résilier à tout moment », an adviser who answers
 * « dans quelques minutes » and a parcel that arrives name no offer's end.
 */
/** Leaving loses it: « si vous partez (maintenant), vous perdez vos 25 % / votre remise ». */
// (and session 13: « si vous fermez ce message / refusez, vous ne pourrez plus en profiter · y accéder gratuitement ·
// profiter de ce tarif »; not « Si vous fermez votre compte, vous ne pourrez plus accéder à vos factures »)
const LEAVE_AND_LOSE: readonly Shape[] = [
  '( si | quand | des que ) ( vous | tu ) ( partez | pars | quittez | quittes | fermez | fermes | sortez | sors ) ~2 ,? ( vous | tu ) ( perdez | perds | perdrez | perdras ) ~2 ( @promo | # % | rabais | @owned )',
  '( si | quand | des que ) ( vous | tu ) ( partez | pars | quittez | quittes | fermez | fermes | refusez | refuses | ignorez | ignores ) ~3 ,? ( vous | tu ) ne ~1 ( pourrez | pourras ) plus ~5 ( gratuitement | en profiter | cette offre | cette remise | cette promo | ce tarif | ce prix | a ce prix | a ce tarif | de l offre | de la remise | de la reduction )',
];

const ANY_MOMENT: readonly Shape[] = [
  '( s arrete | s arreter | disparait | disparaitre | s envole | s envoler | remonte | remonter | grimper | augmenter | expire | expirer | finir | terminer | se terminer ) ~1 ( d un instant a l autre | d une minute a l autre | d un moment a l autre | d un jour a l autre )',
  '@promo|rabais|tarif ~4 ( disparaitre | s envoler | remonter | augmenter | grimper | s arreter | finir | expirer ) a tout moment',
  '@promo|rabais|tarif ~2 ( s envole | disparait | s arrete | expire | remonte | remontent | prend fin | se termine ) ~1 dans quelques minutes|heures|instants',
  'prix|tarif ~2 ( remontent | remonte | repartent a la hausse | repart a la hausse | remonteront | remontera )',
  '( plus que | il ne reste que | encore ) quelques minutes|heures|instants pour',
];

/**
 * Tonight it is over, tomorrow full price, now or never: « à minuit / ce soir, c’est fini / terminé », « dès demain
 * / à partir de lundi, plein tarif / prix normal / retour au prix … », « aujourd’hui ou jamais », « le moment ou
 * jamais », « demain, il sera trop tard ». A timetable or a delivery day from tomorrow names no price; « c’est fini :
 * votre commande est validée » is the visitor's own step (the clause must end, or name the offer).
 */
const TONIGHT_TOMORROW: readonly Shape[] = [
  '( a minuit | ce soir | cette nuit | demain ) ~2 ,? c est ( fini | termine ) ( $ | pour ~2 @promo )',
  '( des | a partir de | a partir du ) ( demain | @weekday ) ,? ~2 ( plein tarif | prix normal | prix normaux | prix habituel | prix habituels | tarif normal | tarif habituel | prix fort )',
  // the window told by what follows it: « Après cette date, retour au tarif normal (+30 %) », « Passé ce délai, prix fort »
  '( apres | passe | au dela de | au dela d ) ( cette date | ce delai | ce jour | cette heure | minuit | ce soir | demain | @weekday ) ,? ~4 ( plein tarif | prix normal | prix normaux | prix habituel | prix habituels | tarif normal | tarif habituel | tarif initial | prix initial | prix fort )',
  '( aujourd hui | ce soir | maintenant ) ou jamais',
  'le moment ou jamais',
  'demain ,? ~2 sera|serait|est trop tard',
];

/**
 * A promotion at a clock time today (« -30 % jusqu’à 22 h », « soldes … jusqu’à 20 h ce soir »), one that never
 * comes back (« ne se reproduira pas », « ne reviendra plus », « ne se représentera plus »), or valid « seulement /
 * uniquement maintenant ». Opening hours and a service's hours name no offer; « cette erreur ne se reproduira pas »
 * is an apology, so the offer's word comes first.
 */
const CLOCK_TODAY_NEVER_AGAIN: readonly Shape[] = [
  '( # % | @promo | soldes | rabais ) ~3 jusqu a # h|:',
  '@promo|rabais|tarif|aubaine ~3 ne ( se reproduira | reviendra | se representera | se renouvellera ) ~1 pas|plus|jamais',
  '( seulement | uniquement ) maintenant $',
];

/**
 * The clock told as running: « tic-tac », « le chrono / l’horloge / le compte à rebours tourne / défile », and a
 * timer after « chrono » or « compte à rebours » (countdown cues in fr.ts). A kitchen stopwatch, a wall clock and a
 * video's length name no running time.
 */
const CLOCK_RUNNING: readonly Shape[] = [
  '^ tic ,? tac',
  '( le chrono | l horloge | le compte a rebours | le temps ) ( tourne | defile | court | file )',
];

/**
 * Joining before tonight is over: an imperative of signing up or taking the offer (« inscrivez-vous », « abonnez-vous »,
 * « souscrivez », « rejoignez-nous », « profitez-en ») bounded by tonight, midnight, an hour tonight or the end of the
 * day. Ordering and booking verbs are left out: « commandez avant 14 h, expédié le jour même » is a delivery cutoff.
 */
const JOIN_BEFORE_TONIGHT: readonly Shape[] = [
  '( inscrivez | inscris | abonnez | abonne | souscrivez | souscris | rejoignez | rejoins | adherez | profitez | profite ) ~5 avant ( minuit | ce soir | la fin de la journee | la fin de journee | # h ~1 ce soir )',
];

/**
 * An offer that vanishes or stops working at an imminent time: « la remise disparaît à 22 h », « votre code
 * s’évapore ce soir », « le tarif aura disparu dans 15 minutes », « dans 30 minutes / à minuit, ce rabais ne sera
 * plus valable · disponible », « ce code ne marchera plus après ce soir », « ventes privées / inscriptions à tarif
 * réduit / précommandes : fermeture dans 4 h · ferment demain ». A toast that disappears (« ce message disparaîtra »),
 * a sign-in code (fr-stated.ts), points that expire on a date and a shop's closing time name no offer's end.
 */
const VANISHES_SOON: readonly Shape[] = [
  '@deal ~3 ( disparait | disparaissent | disparaitra | disparu | s evapore | s evaporent | s evaporera ) ~1 ( @soon | dans # | a # h | a # : )',
  '( dans # @timeUnit | a minuit | ce soir | demain ) ,? ~3 @deal ~2 ne ~1 plus ( disponible | valable | valide | actif | active | propose )',
  '@deal ~2 ne ~1 plus ( apres | des | a partir de ) ( aujourd hui | ce soir | minuit | demain )',
  '( vente privee | ventes privees | inscription | precommande ) ~3 :? ~1 ( fermer | se fermer | fermeture | cloture ) ~1 ( @soon | dans # )',
];

/**
 * Prices about to rise: « hausse des tarifs imminente », « après minuit / dès lundi, le tarif repasse · double à … »,
 * « à partir de lundi : +10 % », « plus que ce soir pour profiter · payer … », an offer « plus jamais proposée ».
 * A rise on a date with its cause is a real deadline (fr-stated.ts); a sale that starts (« dès demain : -20 % »),
 * an exhibition's last weekend and a one-time code name no rise.
 */
const PRICE_RISES: readonly Shape[] = [
  '( hausse | augmentation ) ~3 imminente',
  '( apres | des | a partir de ) ( minuit | ce soir | demain | @weekday ) ,? :? ~3 prix|tarif ~1 repasse|remonte|revient|double|augmente|grimpe|passe',
  '( des | a partir de | apres ) ( demain | minuit | ce soir | @weekday ) :? + # %',
  '( plus que | seulement | uniquement ) ( ce soir | ce week end | aujourd hui | demain | cette semaine | @weekday ) pour ( profiter | payer | beneficier | economiser | obtenir )',
  '@deal ~3 plus jamais ~1 propose|offert|disponible|reconduit|revu|vu|applique',
];

/**
 * The last stretch of a sale, told by its length: « dernier week-end », « dernière semaine pour en profiter », «
 * dernières 48 h pour économiser », « dernier délai : minuit ». A report's range (« Dernières 24 heures », « Ventes
 * des 7 derniers jours »), the visitor's own trial week and a dated deadline (« Dernier délai : 14 mars ») pass.
 */
const LAST_STRETCH: readonly Shape[] = [
  '<!@article <!votre|ton|ta <!# dernier ( week end | semaine )',
  '^ dernier # #? @timeUnit pour',
  '^ dernier delai :? ( ce soir | minuit | a minuit | aujourd hui )',
];

/**
 * The window counted from this moment or this page: « si vous validez / signez dans l’heure · la demi-heure », «
 * offert jusqu’à 23:59 », « n’existe que sur cette page », « expire à la fermeture de l’onglet », « réservé aux
 * commandes du jour », « souscrivez / inscrivez-vous aujourd’hui : un mois offert », « à saisir maintenant », «
 * minuit sonne la fin des soldes ». A delivery cutoff with its hour (« commandez avant 14 h »), the visitor's right to
 * cancel, a session that ends with the browser and « c’est gratuit » pass.
 */
const WINDOW_FROM_THIS_MOMENT: readonly Shape[] = [
  '( @act | valider | signer | souscrire | souscrivez ) ~2 ( dans l heure | dans la demi heure )',
  'offert ~1 jusqu a # h|:',
  '( vous avez | tu as | il vous reste | il te reste ) # : # pour ~4 @deal', // a timer to keep a price, not « … pour payer cette somme »
  '@deal ~3 ( n existe | n est valable | n est disponible | n est valide ) qu sur|dans ce|cette page|fenetre|onglet|ecran',
  '@deal ~4 fermeture ( de la page | de l onglet | de la fenetre | du navigateur | de cette page )',
  '( reserve | uniquement | seulement ) ~1 ( aux | pour les ) ( commandes | achats | reservations ) ( du jour | d aujourd hui | de ce soir )',
  '^ ( signez | souscrivez | inscrivez vous | abonnez vous | adherez ) ( aujourd hui | ce soir | maintenant ) ,? :? ~3 offert|prime|cadeau|remise|bonus|%',
  '^ a saisir ( aujourd hui | maintenant | ce soir | tout de suite )',
  '( jusqu a | avant ) la fin du|de ( minuteur | chrono | decompte )', // the page's timer as the window
  'valable|valide jusqu ~1 @weekday|minuit|midi|demain seulement|uniquement', // « Opération valable jusqu’à jeudi uniquement »
  '( minuit | ce soir | demain ) ( sonne | signe | marque ) la fin ( de | du )',
];

/**
 * Time said short with nothing else in the clause: « Cette semaine uniquement », « Quelques heures seulement ! », «
 * Uniquement ce week-end » (not « Ouvert cette semaine uniquement sur rendez-vous », opening hours); « Il est
 * encore temps (d’en profiter) ! » (not « Il est encore temps de modifier votre commande … »); too late after the
 * visitor's wait (« Après, ce sera trop tard », not « … trop tard pour annuler après l’expédition »); a price about
 * to rise with no date (« Le prix va augmenter », « Les prix vont grimper »; with its date and reason it is a term).
 */
const TIME_SAID_SHORT: readonly Shape[] = [
  '^ ( cette semaine | ce week end | ce mois ci | ce soir | quelques jours | quelques heures ) ( uniquement | seulement ) $',
  // a clause that is only a short window (« Prix imbattable… pendant 10 minutes », « … Pour quelques heures seulement »)
  '^ ( pendant | pour | durant ) ( # | quelques ) ( minutes | min | heures | h ) ( seulement | uniquement )? $',
  '^ ( uniquement | seulement ) ( cette semaine | ce week end | ce mois ci | quelques jours | quelques heures ) $',
  '^ il est encore temps ( $ | d en profiter | de profiter | pour en profiter )',
  '^ ( apres | bientot | sinon | ensuite ) ,? ~3 trop tard $',
  '^ le ( prix | tarif ) ( va | vont ) ( augmenter | grimper | monter | remonter | flamber ) $',
];

/**
 * A timer's label whose digits the widget prints beside it (real plugins' lines, realdark/dev of every language):
 * the offer or the visitor's place « réservé(e) pendant » or « durant », or « … se termine / expire / fin … dans »,
 * ending the text or before a bare « : » (« Offre spéciale réservée pendant : », « L’offre expire dans : »), or held
 * « (encore) quelques minutes ». A booking's or a field's own value after the colon (« Réservé pendant : 3 nuits »,
 * « Expire dans : 3 jours ») and a length with its time (« réservée pendant les vacances ») are no timer.
 */
const TIMER_LABEL: readonly Shape[] = [
  '@reserved encore? ( pendant | durant ) :? $ !: !#',
  '@reserved ~2 quelques minutes|instants',
  '@promo ~3 ( @ends | fin ) dans :? $ !: !#',
  '^ ( @ends | fin ) ~3 dans :? $ !: !#',
];

/**
 * Session 12: the push said as French shops say it. An order told to be quick (« Réservez vite ! », « Commandez vite,
 * … », « Décidez-vous vite »; not « Commandez vite et facilement », the ease of the process), « N'attendez plus », a
 * days-to-go count after the promotion (« Vente privée : J-2 »), an offer of N hours as a badge (« Offre spéciale 48 h
 * »; not « Livraison 24 h »), the promotion that stops (« Ça s'arrête ce soir / dimanche »), « Bientôt la fin », before
 * the price rise (« Profitez-en avant la hausse des prix »), the last moment or hours (« Dernier moment pour en
 * profiter », « Ultimes heures »).
 */
const SHOP_PUSH: readonly Shape[] = [
  '^ ( commandez | reservez | inscrivez vous | achetez | profitez en | abonnez vous | commande | reserve | inscris toi | achete | profites en | abonne toi ) vite|rapidement $',
  '( decidez vous | decide toi | vous decider | te decider | se decider ) vite|rapidement',
  '^ n attendez|attends plus $',
  '( promo | promotion | vente | vente privee | soldes | offre ) ~1 :? j # $',
  '^ ( offre | promo | promotion | vente | remise ) ( speciale | flash | exceptionnelle | eclair )? ( # h | # heures | #1 jours ) $', // not « Offre 30 jours » (a trial's length)
  '( ca | tout | @promo ) s ( arrete | arretera | acheve | achevera ) ( @soon | @weekday | bientot | a minuit )',
  '^ bientot la fin $',
  '( avant | d ici ) ( la hausse | l augmentation ) ( des | de nos ) prix|tarifs',
  'dernier moment pour ~1 profiter|economiser|reserver|commander',
  '^ ( ultimes | dernieres ) ( heures | minutes | instants ) $',
];

/**
 * Session 13, by paradigm: the window told by what the visitor may still do, vous and tu. « Vous avez / tu as / il
 * vous reste jusqu’à minuit · ce soir · dimanche pour en profiter · économiser · commander », « Profitez-en / profite
 * / économisez jusqu’à dimanche », an order before tonight that keeps a price (« Commandez avant minuit pour profiter
 * de -20 % », « Achète avant minuit et économise 15 % »), « Plus que ce soir / aujourd’hui » as the whole clause, and
 * the lone days-to-go badge (« J-3 », « J-1 »). A dated window (« jusqu’au 30 juin », as en reads "ends 12 March"),
 * a file to send by Friday (« Vous avez jusqu’à vendredi pour déposer votre dossier »), a delivery cutoff («
 * Commandez avant minuit pour être livré demain ») and « J-3 avant votre départ » name no offer's window.
 */
const UNTIL_TONIGHT_TO_ACT: readonly Shape[] = [
  '( vous avez | tu as | il vous reste | il te reste ) jusqu ~1 ( minuit | ce soir | demain | @weekday | la fin de la journee ) ~1 pour ~2 ( =profiter | =beneficier | =economiser | =commander | =reserver | =acheter | =craquer | @deal )',
  '( profitez en | profite en | profites en | profitez | profite | economisez | economise ) ~2 jusqu ~1 ( minuit | ce soir | demain | @weekday | la fin de la journee )',
  '@act ~2 avant ( minuit | ce soir | la fin de la journee | @weekday ) ~3 ( profiter | beneficier | economiser | economise | economisez | @deal | # % )',
  '^ ( plus que | plus qu ) ( ce soir | aujourd hui | ce week end | demain ) $',
  // the window as the clause's subject (« 24 h pour en profiter », « 3 jours pour économiser 20 % »; not « 14 jours
  // pour changer d'avis », « 30 jours pour retourner un article »: a right)
  '^ ( plus que | encore | seulement | juste )? # @timeUnit pour ~1 ( en profiter | profiter | economiser | beneficier | craquer | saisir )',
  // a promotion said temporary (« Réduction temporaire », « Offre éphémère »; not « Fermeture temporaire »)
  '( offre | promo | promotion | reduction | remise | rabais ) ( temporaire | ephemere )', // (not an admin's « changements de prix temporaires »)
  // closing told first (« Clôture des inscriptions dans 3 jours »; a date passes: « … le 15 mars »)
  '( fermeture | cloture ) ( des | de la | du ) ( inscriptions | ventes privees | vente privee | precommandes | reservations | offre ) ~1 ( @soon | dans # )',
  '<!: ^ j #2 $', // not a field's value: « Votre séjour : J-3 »
];

/**
 * Session 13, by paradigm: the offer shown once and never again (en "one-time offer", "you won't see this again"):
 * offered, shown or made « une seule fois / qu’une fois / une fois seulement », an offer that « ne sera (plus)
 * jamais reproposée · proposée · renouvelée · reconduite » (« ne vous sera plus jamais proposée », also after a
 * long subject: « cette offre d’essai gratuit de 3 jours ne … »), « ici et maintenant », the badge « Offre
 * (exclusive) une seule fois ». A code usable once (« Code utilisable une seule fois », « valable une seule fois par
 * client »), a rule on renewal (« ne sera pas renouvelée automatiquement ») and an apology name no one-time offer.
 */
const ONE_TIME_OFFER: readonly Shape[] = [
  '( propose | presente | affiche | apparait | montre | faite ) ~2 ( une seule fois | qu une fois | une fois seulement | une unique fois )',
  '^ @promo ( exclusive | speciale | unique )? ,? ( une seule fois | une fois seulement ) $', // « Offre exclusive · Une seule fois » (a spaced dot is a comma)
  '@promo|invitation|occasion ~6 ne ~1 ( sera | seront ) ( pas | plus | jamais ) ~1 ( propose | repropose | represente | renouvele | reconduit | reoffert | offert ) !automatiquement|tacitement',
  '( uniquement | seulement | disponible | valable ) ~1 ici et maintenant',
];

/**
 * Session 13, by paradigm: hurry before it fills, or before the prices return (vous and tu): an order to be quick
 * with what it races (« Réservez vite (sur notre site) avant qu’il ne soit complet », « Inscris-toi vite avant la
 * rupture »), a promotion's price « avant qu’ils ne reviennent aux prix réguliers », « avant que les prix ne
 * remontent », « avant le retour au plein tarif », a launch or special offer « limitée » as a badge (« Offre de
 * lancement limitée »; not « … limitée aux nouveaux clients »). « Réservez vite et simplement » and « avant votre
 * arrivée » race nothing.
 */
const HURRY_BEFORE: readonly Shape[] = [
  '( @act | inscrivez vous | inscris toi | abonnez vous | abonne toi | profitez en | profite en ) vite|rapidement ~4 avant ( qu | la | le | l | minuit | epuisement | rupture )',
  'avant qu ~2 ne? ( reviennent | revienne | repassent | repasse | retournent | retourne ) ( au | a ) ~1 ( prix | tarif )',
  'avant qu ~3 ( prix | tarif ) ne? ( remontent | remonte | augmentent | augmente | grimpent | grimpe )',
  'avant le retour au ( prix | tarif | plein tarif )',
  '^ ( offre | promo | promotion ) ( de lancement | speciale | exclusive | exceptionnelle | de bienvenue ) limite $',
];

export const FR_URGENCY_FAMILIES: readonly Shape[] = [
  ...ONE_TIME_OFFER,
  ...HURRY_BEFORE,
  ...UNTIL_TONIGHT_TO_ACT,
  ...SHOP_PUSH,
  ...VANISHES_SOON,
  ...PRICE_RISES,
  ...LAST_STRETCH,
  ...WINDOW_FROM_THIS_MOMENT,
  ...JOIN_BEFORE_TONIGHT,
  ...WINDOW_FROM_NOW,
  ...BOUND_TO_VISIT,
  ...LEAVE_AND_LOSE,
  ...ANY_MOMENT,
  ...TONIGHT_TOMORROW,
  ...CLOCK_TODAY_NEVER_AGAIN,
  ...CLOCK_RUNNING,
  ...TIME_SAID_SHORT,
  ...TIMER_LABEL,
];

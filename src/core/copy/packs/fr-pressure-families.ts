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
  '# @people ont ~1 ( mis | ajoute ) ~3 en|aux|dans favori|favoris|@cart',
  'interesse|interessent ( plusieurs | d autres | deja | # autres? ) ~1 @people|patients|voyageurs',
  '( quelqu un d autre | un autre client | une autre personne | d autres clients ) ~1 @watching',
  '# autres @people|voyageurs|patients ~1 @watching',
  // baskets and lists counted: « Ajouté à 120 listes d’envies », « Mis dans 34 paniers »
  '( ajoute | mis ) ( a | dans ) # ( paniers | listes | favoris )',
];

/**
 * A purchase told by a vague or recent time: « acheté / réservé / commandé / pris » « à l’instant », « il y a peu
 * / un instant / un moment / N minutes », opening the line or after the buyer. A file saved, synced or updated «
 * il y a 2 minutes » and the visitor's own order « a été expédiée » sell nothing: « a été » never counts.
 */
/**
 * A crowd watching, carting or buying it, counted without a number (en 'many people are viewing this', 'everyone is
 * buying it'): « Plusieurs personnes consultent cet article », « Beaucoup de monde regarde … », « Dans plusieurs
 * paniers », « dans le panier de nombreux clients », « Tout le monde l'achète », « De nombreux clients l'ont déjà
 * commandé », « Ils sont nombreux à l'avoir adopté », « Réservé plusieurs fois aujourd'hui ». Not a recommendation
 * (« Les clients qui ont acheté cet article ont aussi acheté … ») nor the visitor's own team (« plusieurs membres de
 * votre équipe consultent ce document »).
 */
const CROWD_VAGUE: readonly Shape[] = [
  '( plusieurs | beaucoup de | de nombreux | de nombreuses | nombre de | pas mal de ) ( @people | monde ) !de|d ~1 @watching',
  'dans ( plusieurs | de nombreux | beaucoup de ) @cart',
  'dans le @cart de|d ( plusieurs | nombreux | nombreuses | beaucoup de ) @people',
  // (with every verb of having or wearing it: « tout le monde le porte / l'a / en veut », not « Tout le monde peut l'utiliser »)
  'tout le monde ( l | le | la | en ) ( achete | achetent | commande | veut | s arrache | porte | adopte | a | veut | utilise | redemande )',
  '( de nombreux | de nombreuses | beaucoup de | plusieurs ) @people|@public l|le|la|les? ont deja @sold|@joined|choisi|adopte',
  '( ils | elles ) sont nombreux|nombreuses a|à l? avoir? @sold|@joined|choisi|adopte|adopter|choisir|acheter|commander',
  '@sold plusieurs fois ( aujourd hui | ce matin | cette semaine | dans la journee | depuis ce matin )',
];

const RECENT_VAGUE: readonly Shape[] = [
  '^ ( achete | reserve | vendu ) ~1 ( a l instant | il y a peu | il y a un instant | il y a # minutes | il y a # minute | il y a # secondes )',
  '^ commande ( a l instant | il y a peu | il y a un instant )', // the noun « Commande expédiée il y a 2 minutes » is no sale
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
  '( quantite | stock | places | exemplaires | pieces ) ( tres | ultra | hyper | extremement | super ) limite',
  '^ ( quasiment | pratiquement | presque ) complet|plein ( $ | pour | ce | cette | demain )',
  // stock that may soon be gone: « Cet article pourrait ne plus être disponible sous peu »
  '( pourrait | pourraient | risque | risquent ) de? ne plus etre ( disponible | disponibles | en stock )',
  '( quasiment | pratiquement | presque ) plus de ( places | stock | billets | chambres | exemplaires | pieces )',
  '( pas de | aucun ) ( reassort | reapprovisionnement | restockage )',
  'il n y en aura ( pas d autres | plus | pas plus )',
  'une poignee de @stockThing|places',
  // session 12: few left said without a number, like « Plus que 3 » (en 'few spots left', 'running out'): « Il reste
  // (très) peu de places », « Il ne reste que quelques exemplaires », « places en nombre limité », « bientôt complet »,
  // « les stocks s'épuisent »; not « il reste peu de temps / d'étapes » (@notStock), « Stock limité à 2 par client »
  '( il reste | il ne reste que | il ne reste plus que | il nous reste ) ( peu de | peu d | tres peu de | tres peu d | quelques ) !@notStock @stockThing|@slot|places',
  // a count left, whatever is counted, with its state (« Plus que 4 dates de stage disponibles », « Il ne te reste que 3
  // créneaux libres »; not « Plus que 4 étapes restantes »)
  '@leftOnly # !@notStock ~3 ( disponible | restant | libre ) !dans|sur|sous|a|pour|de', // (not « … restantes dans votre forfait »)
  '( places | exemplaires | billets | stock | articles ) en nombre limite',
  'nombre de places|billets|exemplaires limite $',
  '^ bientot complet|plein',
  '( les stocks | le stock | nos stocks | notre stock ) ~1 ( s epuise | s epuisent | fond | fondent | diminue | diminuent ) ( $ | vite | rapidement | a vue d oeil )',
  // rarely there: « Ce logement est rarement disponible »
  'rarement ( disponible | disponibles | libre | libres | en stock )',
];

/**
 * Sold out fast, or the share already gone: « épuisé / vendu / parti en N heures (lors du dernier lancement / la
 * dernière fois) », « N % des places déjà réservées / prises », « la moitié du stock est déjà partie », « plus de la
 * moitié des billets déjà vendus ». Parcels that arrive in 24 hours and half a payment taken at booking sell nothing.
 */
const SOLD_FAST_SHARE: readonly Shape[] = [
  '( epuise | vendu | parti ) en # @timeUnit ~4 ( dernier | fois | precedent )',
  '# % des ~2 deja ( reserve | pris | occupees | occupes | vendus | vendues | partis | parties )',
  'la moitie ~3 deja ~1 ( parti | vendu | reserve )',
];

/**
 * Trend, rank and demand: « en tendance (près de chez vous / cette semaine) » (not a « Tendances » heading), « très /
 * ultra consulté · prisé · demandé · convoité · recherché », « le plus consulté / demandé du moment », a view count
 * written with a space between thousands (« 4 100 fois »). « Très pratique » and « prise en charge » are no demand.
 */
const TREND_DEMAND: readonly Shape[] = [
  '^ en tendance',
  // a named item said trending as a whole clause (« Robe fleurie en tendance », « 🔥 Ce modèle en tendance »); a
  // heading names a plural or a search (« Recherches en tendance », « Produits en tendance »: <!@trendHeading)
  '<!@sortCue ^ ~3 <!@trendHeading en tendance ( $ | cette semaine | en ce moment | aujourd hui | pres de chez ) !:',
  '( tres | ultra | hyper | super | tellement ) ( consulte | prisee | demande | convoite )',
  '( tres | ultra | hyper | super | tellement ) prise !@takenIn', // « très prisé en Belgique » folds to « prise », not « prise en charge »
  'le|la plus consulte|demande|reserve|vendu du moment',
  '( vu | consulte ) # # fois',
];

/**
 * A rank or a favourite among customers, with no ranking named: « N°1 / numéro 1 des ventes », « le choix n°1 des
 * familles », « coup de cœur / chouchou / préféré / favori des clients · de nos clientes · des Belges », « plébiscité
 * par nos clients », a favourite « du moment / de la semaine », a lone « Top vente » badge. A list's heading («
 * Meilleures ventes (du mois) »), an editor's pick (« coup de cœur du libraire / de la rédaction »), the visitor's own
 * favourites and a ranking with its source (« classement Edistat », fr-stated.ts) are no crowd's verdict.
 */
const RANK_AMONG_CUSTOMERS: readonly Shape[] = [
  'n|numero 1|un ( des | de nos | chez les | chez nos ) ventes|achats|@people|@public',
  '( coup de coeur | coup de cœur | chouchou | prefere | favori | favorite ) ( des | de nos | chez les | chez nos ) @people|@public',
  'plebiscite|adore par ( les | nos | des | # ) #? @people|@public',
  '<!vos|tes|mes|nos|ses|leurs ( favori | favorite | chouchou ) ( du moment | de la semaine | du mois | de la saison | de l ete | de l hiver )',
  '^ top =vente $', // the badge, not « Top ventes » or « Meilleures ventes », a list's heading
];

/**
 * Popular now or near the visitor: « populaire en ce moment / cette semaine / près de chez vous / dans votre
 * quartier / auprès des familles », and a lone « Tendance » badge. A heading in the plural (« Destinations
 * populaires », « Tendances ») and a sort (« par popularité ») rank nothing.
 */
const POPULAR_NOW: readonly Shape[] = [
  '=populaire ( en ce moment | du moment | cette semaine | aujourd hui | pres de chez | dans votre | dans ta | dans ton | aupres | chez les )',
  '<!@sortCue ^ =tendance $', // not a list's category: « Catégorie : Tendance »
];

/**
 * Watchers and requests counted now: « vous êtes 18 à regarder / consulter », « trois personnes hésitent », « 12
 * personnes magasinent » (Quebec), « N personnes sont sur ce vol en ce moment », « 64 vues / 9 demandes / 15 visites
 * aujourd’hui · ce matin · dans l’heure », « il y a du monde sur ce trajet ». The visitor's own listing (« votre
 * annonce a reçu 48 vues », fr-stated.ts) and the visitor sharing an account (« vous êtes 3 à partager ») are no rivals.
 */
const WATCHERS_NOW: readonly Shape[] = [
  '( vous etes | nous sommes | ils sont | elles sont ) # #? a @watching',
  '@countWord autres? @people ~3 @watching',
  '# @people ~5 en ce moment',
  '<!recu|avez|as|a # #? vue|visite|demande|consultation ~1 ( aujourd hui | ce matin | cette semaine | depuis hier | depuis ce matin | dans l heure | en # @timeUnit | en une heure )',
  '^ deja # #? visite|demande|candidature',
  'il y a ( du monde | foule | beaucoup de monde ) sur|pour|devant ce|cette|cet',
];

/**
 * Joiners and buyers counted as a crowd: « déjà 4 312 inscrits », « déjà 2 500 Lyonnais inscrits », « plus de 300
 * personnes se sont abonnées », « 5 000+ achetés ce mois-ci », « 140 foyers / 450 familles ont déjà souscrit ·
 * adhéré », « 1 acheteur sur 4 prend … ». A limit (« pas plus de 20 inscrits par atelier »), a count on the visitor's
 * own screen (« Inscrits : 12 / 20 ») and a team joining the visitor's space name no crowd.
 */
const JOINERS_COUNTED: readonly Shape[] = [
  '<!pas|jamais|avez|as ( plus de | pres de | deja | deja plus de ) # #? +? ~3 @joined', // not « pas plus de 20 inscrits », « vous avez déjà 3 abonnés »
  '# #? + ~1 @sold ~2 @window',
  '# #? ~1 @people|@public ont deja @joined',
  '# @people sur # ~2 choisissent|choisit|achetent|achete|prennent|prend|preferent|prefere|optent|opte|commandent|commande',
  // the offer kept for the first N, a count nobody can check: « Aux 100 premiers inscrits », « Rejoignez les 50
  // premiers et économisez 30 % » (not « les 3 premiers mois », « les 10 premiers résultats », « Afficher les 20 premiers »)
  '( aux | les | des ) # premiers|premieres ( inscrits | inscrites | clients | clientes | acheteurs | acheteuses | participants | participantes | commandes | reservations | abonnes | abonnees | membres | arrives | arrivees | a | qui )',
  '( aux | les | des ) # premiers|premieres ,? ( et | pour )? ( economisez | profitez | beneficiez | recevez | obtenez | gagnez | economiser | profiter | beneficier | recevoir | obtenir )',
];

/**
 * Others booking already, and demand told as a rush: « les autres clients / d’autres voyageurs réservent déjà », «
 * les commandes s’accélèrent / les inscriptions affluent », « ce gîte est souvent complet / vite réservé », «
 * nos clients l’achètent en moins d’une heure », « d’autres le guettent ». A recommendation (« ont aussi acheté »), a
 * queue (« d’autres clients attendent leur tour ») and ease (« réservez en moins de 2 minutes ») are no rush.
 */
const OTHERS_RUSH: readonly Shape[] = [
  '( les autres | d autres | beaucoup de | de nombreux | nos | vos ) @people|@public ~1 reservent|achetent|commandent|prennent ~1 deja',
  '<!vos|tes|nos @sales|inscription ( s accelerer | affluer | exploser | decoller | s enchainer | pleuvent | s envoler )',
  'est|sont souvent|vite|rapidement|toujours reserve|pris|epuise|vendu !en', // not « le parking est souvent complet »
  'reservent|achetent|commandent|partent|vendu|parti|epuise|ecoule ~4 en moins d|de ( un | une | # ) @timeUnit',
  'd autres ~1 le|la|l guettent|lorgnent|convoitent|surveillent|veulent',
];

/**
 * Nearly gone, told by what is left or what went: « plus qu’un seul billet », « plus que 3 créneaux / 12 boîtes », «
 * presque toutes prises », « sur le point d’être épuisé / (ce séjour …) complet », « rupture de stock imminente »,
 * « épuisé dans la plupart de nos boutiques », « il ne reste (plus) que le coloris sable / la taille 44 », «
 * quasiment plus rien », « la moitié des billets sont partis », « ont déjà réservé 70 % des places », « les places
 * s’envolent », « tout doit disparaître ». A form nearly done (« votre dossier est sur le point d’être complet », «
 * il ne reste que la taille à choisir ») and a course's sessions left are no stock.
 */
const NEARLY_GONE: readonly Shape[] = [
  '( plus que | il ne reste que | il ne reste plus que ) # !@notStock ~3 @slot !a', // not « plus que 3 créneaux à planifier »
  'presque|quasiment|pratiquement tous|toutes pris|reserve|vendu|parti|occupe',
  'sur le point d etre epuise|ecoule|vendu',
  'ce|cette|cet ~2 est|sont sur le point d etre complet|plein',
  'rupture ( de stock )? ( imminente | proche )',
  'epuise|rupture ~2 ( la plupart | la majorite | beaucoup | plusieurs ) ( de nos | des | de ) magasins|boutiques|pharmacies|entrepots',
  '( il ne reste que | il ne reste plus que | plus que ) le|la coloris|couleur|taille|pointure|modele|version|finition !a',
  'quasiment|pratiquement|presque plus rien',
  '( la moitie | le tiers | le quart | # % ) du|des ~1 stock|billet|@stockThing est|sont|ete deja? parti|vendu|ecoule|reserve|pris',
  'ont|a deja pris|reserve|achete|rafle # % du|de',
  'stock|billet|lot|@stockThing ( s envoler | s arracher | filer )',
  'tout doit disparaitre',
  // few left at this price, whatever is counted (« Plus que 18 crédits à ce prix », « Seulement 4 licences à ce tarif »)
  '( plus que | il ne reste que | il ne reste plus que | seulement | encore ) # !@notStock ~2 ( a ce prix | a ce tarif )',
];

/**
 * A lone popularity, rank or trend badge on one item or plan (the product decision of session 11: unsourced, it is
 * social proof): the sales rank in the singular (« Meilleure vente », « Top vente », « Best-seller » in its French
 * spelling, « Star des ventes », « Produit star »; a one-word « Bestseller » is German or English copy, read by
 * their packs), the rank number with its field (« N°1 en baskets », « Le n° 1 du rayon »), a superlative of liking
 * or buying said of one thing (« le / la / l’… plus vendu · populaire · choisi · réservé · demandé · apprécié ·
 * plébiscité · offert · vu », « Notre formule la plus populaire », « Le produit le plus vu du moment »), the
 * favourite or the trend (« Coup de cœur (client) », « Chouchou », « Tendance du moment », « Très tendance », «
 * Nouveau et tendance »), « le choix des clients ». Each is the whole of its clause, with at most its scope
 * (badgeScopeAny: « du moment », « de la catégorie », « en cuisine »). A list's heading, a menu entry or a sort are
 * plural or follow a sort cue (« Nos meilleures ventes », « Best-sellers », « Les plus vendus », « Trier par :
 * meilleure vente »: `=` keeps the singular, <!@sortCue), an editor's pick names its editor (« Coup de cœur du
 * libraire »), a stat's label is followed by its value (« Produit le plus vendu : baguette », `$ !:`), and a
 * ranking or a measure with its source passes (fr-stated.ts: « selon », « classement … », « 41 % des inscriptions »).
 */
const BADGE: readonly Shape[] = [
  '<!@sortCue ^ ~2!votre|ton|ta|mon|ma|sa|son|leur ( =meilleure =vente | =top =vente | =best =seller | =star des ventes | =produit =star ) @badgeScopeAny? $ !:',
  '<!@sortCue ^ ( =le | =la | =l | =notre | =votre | =ce | =cet | =cette )? n|numero|no 1|un ( en | du | de la | de l | dans ) ~3 $ !:',
  // « le plus » also written « le + » on badges (« Le + vendu », « La + demandée »)
  '<!@sortCue ^ ( =le | =la | =l | =notre | =ce | =cette | =cet )? ~2 ( =le | =la | =l ) plus|+ @popularSup @badgeScopeAny? $ !:',
  '<!@sortCue ^ ( =le | =notre )? =coup de coeur|cœur ( client | clients | @badgeScopeAny )? $ !:',
  '<!@sortCue ^ ( =le | =la | =notre )? =chouchou @badgeScopeAny? $ !:',
  '<!@sortCue ^ =tendance @badgeScopeAny $ !:', // « Tendance du moment »; a lone « Tendance » is in POPULAR_NOW
  '^ ( tres | ultra | hyper | super ) =tendance $ !:',
  '^ ( nouveau | nouveaute | nouvelle | new ) ( et | & )? =tendance $ !:',
  '^ ( le | =notre )? =choix ( des | de nos ) @people|@public @badgeScopeAny? $ !:',
  // session 12, as en reads "Popular choice", "Hot item" alone: « Choix populaire », « Produit / Article tendance · star
  // · phare », « (C'est) le produit du moment » as the whole clause (not « Nos produits phares », a heading; « Édition
  // limitée » stays a product line, fr.test.ts, unlike en "Limited edition")
  '<!@sortCue ^ ( =choix =populaire | =produit =tendance | =article =tendance | =article =star | =produit =phare | =article =phare ) $ !:',
  '<!@sortCue ^ ( c est )? ( le | l ) ( =produit | =article ) du moment $ !:',
];

/** A buyer told by their act just now: « … de Nantes vient d’ajouter ce manteau à son panier », « vient de craquer pour … ». */
const BUYER_JUST_NOW: readonly Shape[] = ['vient|viennent de|d craquer', 'vient|viennent de|d ajouter|mettre ~5 @cart'];

/**
 * Someone's act just now told as a notification (the pop-ups of shop plugins): a buyer named by their town («
 * Sarah de Paris », « un utilisateur de Lyon », « quelqu’un à Rennes ») who « vient de » consult, download, unlock,
 * take or win something (@didNow, beside the purchases of @bought), who « a téléchargé / débloqué / acheté … », or
 * who « a ajouté … à son / leur panier » (adding a comment is no purchase: « Léa vient d’ajouter un commentaire »). A message or a parcel sent to the
 * visitor (« vient de vous être envoyé », « vient de prendre votre commande ») and support taking a request in hand
 * (« prendre en charge », « Le service client de Lyon a pris en charge votre demande ») are no one else's purchase.
 */
const ACTIVITY_NOW: readonly Shape[] = [
  // the town is one word (« de Lyon »), a team is not (« Marie de l’équipe vient de télécharger le fichier »)
  'de|d|a _ vient|viennent de|d l? @didNow !@takenIn|vous|te|t|votre|ta|ton|vos|tes',
  // not « a pris »: an ordinary act told to the visitor (« Le technicien de Free a pris rendez-vous pour mardi »)
  'de|a _ a|ont ( telecharge | debloque | consulte | active | obtenu | achete | commande | reserve | souscrit ) !vous|votre|ta|ton',
  'a|ont ~1 ( ajoute | mis ) ~6 ( a | dans ) ( son | sa | leur ) @cart',
];

/**
 * Few left said as a claim: places limited with no rule (« Places limitées (aujourd’hui) », « Forte demande, places
 * limitées »), not a rule (« Places limitées à 20 participants », « … par personne », « … pour des raisons de
 * sécurité »); and a lone « Populaire » badge (« Populaire ! », « Populaire : … »), not a plural heading or a sort.
 */
const LIMITED_POPULAR: readonly Shape[] = [
  '=places|place limitee !a|au|par|pour|de|dans !#',
  '<!@sortCue ^ =populaire $',
];

/**
 * Real notification and stock plugins' own lines (realdark/dev; the same lines in the other languages' realdark/dev
 * count as a second source, protocol update of 14:56): someone named by their town or a count « est / sont sur cette
 * page (en ce moment) », someone else taking the visitor's place, a counter said to keep climbing, few left at this
 * price (« Plus que 7 à ce prix »), the superlative said of an item (« Le pack de 2 est le plus populaire »), and
 * the one-word « Bestseller » badge standing alone (German and English copy write it so; « Unsere Bestseller »,
 * a heading, keeps a word before it). Not the visitor on a page (« Vous êtes sur cette page : Paramètres »), a
 * friend keeping their own place, a yearly count (« Le nombre d'inscrits augmente chaque année »), « Quel forfait
 * est le plus populaire ? ».
 */
const PLUGIN_LINES: readonly Shape[] = [
  '( de | a ) _ ( est | sont ) sur ( cette | ce ) ( page | produit | offre | fiche | annonce )',
  '# ~1 ( personnes | visiteurs | clients | utilisateurs ) ( sont | est ) sur ( cette | ce ) ( page | produit | offre | fiche | annonce )',
  '( quelqu un | un autre | une autre | d autres ) ~6 ( prend | prennent | prendra | prenne | prendre | rafle | raflera ) ( ta | votre | vos | tes ) ( place | creneau | article | chambre | billet | table )',
  '( ce | le ) ( chiffre | nombre | compteur ) ( continue | ne cesse ) ( de | d ) ( grimper | monter | augmenter ) !chaque',
  '( plus que | il ne reste que | il ne reste plus que | seulement | encore ) # ( a ce prix | a ce tarif | au prix actuel | au tarif actuel )',
  '( le | la | l | ce | cette | cet | notre ) ~3 ( est | sont ) ( =le | =la | =l ) plus @popularSup', // not « Quel forfait est le plus populaire ? »
  '<!@sortCue ^ =bestseller @badgeScopeAny? $ !:',
];

/**
 * Session 13, by paradigm. Nearly out, said by degree: the adverb (« presque / quasiment / pratiquement / quasi /
 * bientôt ») before the state (« épuisé(e)(s) », « écoulé », « en rupture (de stock) »), the noun of running out
 * (« épuisement / rupture imminente · proche »), the stock said low as a badge (« Stock bas / critique / très faible
 * », « Niveau de stock critique », « Peu de stock », « Derniers stocks »), what is left with « en » (« Il en reste 4
 * », « Il n'en reste que quelques-uns », « Il n’en reste presque plus »). A bare « Épuisé » is a state (real copy);
 * the visitor's own quota or battery « presque épuisé » names no shop's stock (<!@ownSupply), and a merchant's
 * setting (« Seuil de stock bas », « Alerte stock critique ») is no claim (<!@stockAdmin).
 */
const NEARLY_OUT: readonly Shape[] = [
  // stock or quantities limited, not a limit per order (« Quantité limitée à 3 par commande », « … 2 par client »)
  '( quantite | stock ) limite !a|au|par|pour|selon !#',
  // filled to a share (« Complet à 90 % », « Ce stage est rempli à 85 % »; not « Votre profil est complet à 80 % »)
  '^ ( complet | rempli | reserve ) a # % $',
  '( atelier | cours | vol | train | hotel | salle | evenement | seance | stage | session | bus | croisiere | sejour | concert | spectacle ) ~2 ( complet | rempli | reserve ) a # %',
  // out soon, the adverb after (« En rupture bientôt », « Bientôt plus disponible », « ne sera bientôt plus en stock »)
  '( en rupture | epuise ) ( bientot | sous peu | d ici peu )',
  '( bientot | sous peu ) plus ( disponible | en stock )',
  '<!@ownSupply ( presque | quasiment | pratiquement | quasi | bientot ) ( epuise | ecoule | en rupture )',
  '( epuisement | rupture ) ( imminent | proche | tres proche )',
  '<!@stockAdmin ^ stock ( bas | critique | tres faible | tres bas | au plus bas ) $',
  '<!@stockAdmin ^ niveau de stock ( bas | critique | tres faible ) $',
  '^ peu de stock ( $ | restant | disponible )',
  '<!mes|nos|ses|tes|vos|leurs dernier stock ( $ | disponible | a | en )',
  '^ il en reste # ( $ | en stock | a ce prix | seulement | pas plus )',
  'il n en reste ( que | plus que ) ( quelques uns | quelques unes | quelques | tres peu | une poignee )',
  'il n en reste ( presque | quasiment | pratiquement ) plus',
];

/**
 * Demand said without a number, in the words shops use (en "in high demand", "selling like hotcakes", "a hit"): the
 * demand itself strong or rising (« Demande très forte / exceptionnelle / record / en hausse », « Forte demande sur
 * ces dates »), a peak or a rush of it (« Pic de demande / de réservations / d’activité », « Afflux de commandes »,
 * « Ruée sur ce modèle »), crowds (« Affluence record », « Fréquentation exceptionnelle »), and the hit idioms (« ça
 * cartonne », « le modèle qui cartonne », « fait un carton / un tabac / fureur / un malheur / sensation / le buzz »,
 * « un succès fou / monstre », « un franc / énorme / immense succès »). Each ends its clause or names the moment or
 * the item (« en ce moment », « sur ce vol »), so a dashboard's « Pic d’activité à 14 h sur votre site », a delay
 * notice (« En raison d’une forte demande, … »), a « livre cartonné » and a shop's « tabac » pass.
 */
const DEMAND_WORDS: readonly Shape[] = [
  '<!une|d|cette demande ( tres? forte | exceptionnelle | record | en forte? hausse | croissante | inhabituelle | enorme | massive ) @demandScope',
  '( pic | afflux | explosion | ruee | rush | flambee ) de|d ( demande | reservation | commande | vente | activite | visite | inscription ) @demandScope',
  '^ ( ruee | rush ) sur ( ce | cette | cet | le | la )',
  '<!une|d|cette ( affluence | frequentation ) ( record | exceptionnelle | inhabituelle | tres forte | massive ) @demandScope',
  // (« cartonner » matches « cartonné », cardboard: the verb needs its subject or its moment)
  '( ca | qui | produit | modele | article | formule | offre | collection | parfum | jeu ) cartonner',
  'cartonner ( en ce moment | actuellement | partout | cette semaine | deja | grave )',
  'fait|font|faire ( un carton | un tabac | fureur | un malheur | sensation | le buzz )',
  '( succes fou | succes monstre | franc succes | enorme succes | immense succes | succes fulgurant )',
];

/**
 * Activity now, told by its time or its buyer (the notification pop-ups of shop plugins, vous and tu): a count of
 * people doing anything « en ce moment / actuellement / maintenant / en direct » (« 19 personnes utilisent ce modèle
 * en ce moment »), a first name alone that « vient de » download, take or sign up (« Nina vient de télécharger ce
 * guide », not « Votre collègue vient de … », nor « Marc vient de rejoindre votre espace »: the visitor's own team),
 * a purchase signed by a buyer and a town (« Acheté par Julie de Lyon », « Commandé par Marc à Nantes il y a 4 min »;
 * not « Vendu par Maison de la Literie », a marketplace's seller), and a count gained in a window with its plus
 * sign (« +45 ventes aujourd’hui », « +120 inscriptions cette semaine »; not « +2 % cette semaine », « +3 °C »).
 */
const ACTIVITY_TOLD: readonly Shape[] = [
  '# #? @people ~5 ( actuellement | maintenant | en direct | en temps reel | a l instant )',
  '^ !@notFirstName _ vient|viennent de|d l? @didNow !@takenIn|@toVisitor',
  'achete|commande|reserve par _ de|d|a _ ( $ | il y a | ~1 ( il y a | # ) )',
  // a first name alone opening the line that « a acheté / commandé / souscrit / craqué pour » (« Camille a acheté le
  // pack Duo »): not a pronoun, an article or the visitor's own (« Il a commandé », « Votre équipe a souscrit »)
  '^ !@notFirstName _ a|ont ( achete | commande | souscrit | craque ) !@toVisitor',
  '<!avez|as|gagne|gagnez + # #? !%|c|eur|euro|euros|pts|points|pt|degres ~2 @window',
];

/** The families' shape parts, spread into the pack's `shapeParts` (fr.ts). */
export const FR_PRESSURE_PARTS = {
  /** Where demand holds: the clause ends, or it names the moment or the item (not « … à 14 h sur votre site »). */
  demandScope:
    '( $ | en ce moment | actuellement | aujourd hui | cette semaine | ce week end | sur|pour ce|cette|cet )',
  /**
   * What may follow a badge in its clause: its scope (@badgeScope), a field after « en » (« en cuisine », not « en
   * premier », a sort), who it is the favourite of (« de nos clients », « auprès des familles »), a rank (« n° 1 »).
   */
  badgeScopeAny:
    '( @badgeScope | en !premier ~3 | ( des | de nos | chez les | chez nos | aupres des | par les | par nos ) @people|@public | n|numero|no 1 )',
};

/** The families' words, spread into the pack's classes (fr.ts). */
export const FR_PRESSURE_FAMILY_WORDS = {
  /** Whose supply runs out on the visitor's own side: « Votre quota est presque épuisé » names no shop's stock. */
  ownSupply: [
    ...['quota', 'forfait', 'crédit', 'data', 'données', 'batterie', 'solde', 'budget', 'stockage', 'espace'],
    ...['quota est', 'forfait est', 'crédit est', 'crédits sont', 'données sont', 'batterie est', 'solde est'],
  ],
  /** A merchant's stock settings and alerts: « Seuil de stock bas », « Alerte stock critique ». */
  stockAdmin: [
    'seuil',
    'seuils',
    'alerte',
    'alertes',
    'notification',
    'rapport',
    'filtre',
    'statut',
    'état',
    'produits en',
    'articles en',
  ],
  /** What opens a line but is no buyer's first name: a pronoun, an article, the visitor's own (« Il / Votre équipe a … »). */
  notFirstName: [
    ...['@your', '@mine', '@article', 'ce', 'cette', 'cet', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous'],
    ...['je', 'j', 'tu', 'qui', 'quelqu', 'cela', 'ça', 'chacun', 'personne', 'rien'],
  ],
  /** The visitor as the object: « … vient de vous envoyer », « … a commandé votre repas ». */
  toVisitor: ['@your', 'vous', 'te', 't', 'moi', 'me', 'm'],
  /** Headings of a trending list (plural, or a search): « Recherches / Produits / Sujets en tendance ». */
  trendHeading: ['recherches', 'produits', 'articles', 'sujets', 'hashtags', 'modèles', 'catégories', 'idées'],
  /** Where a badge's rank holds, at most: « du moment », « de la semaine », « de la catégorie », « en cuisine ». */
  badgeScope: [
    'du moment',
    'de la semaine',
    'du mois',
    'de l année',
    'de la saison',
    'de l été',
    'de l hiver',
    'de la rentrée',
    'de noël',
    'de la catégorie',
    'du rayon',
    'de la boutique',
    'du site',
    'chez nous',
    'en ce moment',
    'cette semaine',
    'dans sa catégorie',
    'dans cette catégorie',
  ],
  /** Liked, bought or chosen by many, as a superlative's participle (« le plus vendu », « la plus choisie »). */
  popularSup: [
    'populaire',
    'vendu',
    'acheté',
    'choisi',
    'réservé',
    'commandé',
    'demandé',
    'apprécié',
    'aimé',
    'plébiscité',
    'offert', // a gift shop's « le plus offert »
    'consulté',
    'vu',
    'recherché',
    'prisé',
    'téléchargé',
    'adopté',
    'recommandé',
    'tendance',
  ],
  /** Sorting, filtering or filing a list: a badge word after it names the order or the shelf, not the item (« Trier par : meilleure vente », « Catégorie : Tendance »). */
  sortCue: [
    'trier par',
    'trier par :',
    'tri :',
    'tri par',
    'trié par',
    'classer par',
    'filtrer par',
    'filtrer :',
    'afficher :',
    'catégorie :',
    'rubrique :',
    'collection :',
  ],
  /** What someone « vient de » do in a shop's notification: consult, download, unlock, take, win, find. */
  didNow: [
    'consulter',
    'télécharger',
    'débloquer',
    'prendre',
    'activer',
    'obtenir',
    'clôturer',
    'gagner',
    'décrocher',
    'trouver',
    'profiter',
    'récupérer',
    'essayer',
    'découvrir',
    'réduire', // « vient de réduire sa facture de 89 € »
  ],
  /** A public counted or ranked among, beside the pack's `people`: households, parents, a country's people. */
  public: ['famille', 'foyer', 'parent', 'maman', 'lecteur', 'lectrice', 'étudiant', 'français', 'belge', 'québécois'],
  /** Signing up or joining, counted as a crowd (« déjà 4 000 inscrits »). */
  // (and having taken the offer: « 47 personnes ont déjà profité de cette offre »)
  joined: ['inscrit', 'abonné', 'souscrit', 'adhéré', 'adhérent', 'adopté', 'sauté le pas', 'profité'],
  /** « prise en charge / en compte »: folded, « prisé » reads « prise », and these are no demand. */
  takenIn: ['en charge', 'en compte'],
  /** Small counts spelled out, from two (« un client » is often the visitor's own). */
  countWord: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
  /** What is booked or bought by the unit besides stock: « plus que 3 créneaux / 12 boîtes ». */
  slot: ['créneau', 'boîte', 'coffret', 'flacon'],
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
  ...NEARLY_OUT,
  ...DEMAND_WORDS,
  ...ACTIVITY_TOLD,
  ...BADGE,
  ...ACTIVITY_NOW,
  ...LIMITED_POPULAR,
  ...PLUGIN_LINES,
  ...RANK_AMONG_CUSTOMERS,
  ...POPULAR_NOW,
  ...WATCHERS_NOW,
  ...JOINERS_COUNTED,
  ...OTHERS_RUSH,
  ...NEARLY_GONE,
  ...BUYER_JUST_NOW,
  ...SOMEONE_ELSE,
  ...RECENT_VAGUE,
  ...CROWD_VAGUE,
  ...CROWD_ALREADY,
  ...OTHERS_WONT_WAIT,
  ...FEW_IN_DEGREE,
  ...SOLD_FAST_SHARE,
  ...TREND_DEMAND,
];

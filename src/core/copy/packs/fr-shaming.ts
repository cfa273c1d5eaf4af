/**
 * French confirmshaming as shapes, for copy of any role: a preference against value (« je n'aime pas les bonnes
 * affaires »), giving up what one has (« Je renonce à ma réduction »), a preference for a loss, smugness, guilt, a jab
 * at the visitor through others, mockery. Words as the pack reads them (apostrophes split: "n'aime" → "n aime").
 * Used by fr.ts; the grammar of a neutral decline label is fr-decline.ts.
 */
import { FR_JAB_FAMILY_SHAPES } from './fr-jab-families.js';
import type { Shape } from '../pack.js';

export const FR_SHAMING_SHAPES: readonly Shape[] = [
  ...FR_JAB_FAMILY_SHAPES,
  // jabs that need no second signal: « Ne soyez pas le dernier … », « Bonne chance pour trouver mieux »
  'ne soyez|sois pas le|la seul|dernier',
  'bonne chance pour|dans ~2 trouver|chercher|recherche',
  '^ tant pis pour vous|toi',
  '( et vous dites | et tu dis ) non $',
  // a preference against value: "je n’aime pas les bonnes affaires", "je ne veux pas de réduction"
  // (a gift as a service is no good refused: « Je ne veux pas d'emballage cadeau », « pas besoin de papier cadeau »)
  'n|ne aime|aimons|aimez|veux|voulons|ai|avons pas|jamais|plus besoin? ~3!emballage|papier|paquet|ticket @valuedAny', // « vous n'aimez pas les bonnes affaires »
  '@taste ~2 @valuedAny',
  '^ @article? @valued . non', // "Économiser ? Non merci", "Des réductions ? Non merci"
  'qui a besoin ~2 @valuedAny',
  'pas besoin ~2!emballage|papier|paquet|ticket @valuedAny',
  // "Économiser, ce n’est pas pour moi"
  '@valued ,? ~3 pas|rien pour moi|nous',
  // giving up what one has: "Perdre ma récompense", "Je renonce à ma réduction", "Tant pis pour mes points"
  '^ @renounce @to? @mine ~2 @ownedOrValued',
  // (a gift as a service is no gift given up: « Renoncer à l'emballage cadeau », « au papier cadeau »)
  '^ @renounce @to? @article? ~1!emballage|papier|paquet|ticket @valued',
  'je|j|nous <!ne me|nous? @renounce @to? ~3!emballage|papier|paquet|ticket @ownedOrValued', // « je me prive de ma remise »
  // the thanks promised then taken back (« Ton portefeuille te remerciera. Ou pas. »)
  '( votre | ton | ta ) _ ( vous | te ) ( remercie | remerciera ) . ou pas',
  // session 14: the visitor's own work said lost by the no (« Si vous résiliez, tout ce que vous avez construit disparaîtra »)
  '( tout ce que | tout ce qu ) ( vous avez | tu as ) ( construit | bati | accompli | cree ) ~3 ( disparaitre | perdu | efface | en fumee )',
  // depriving oneself names the thing a loss, whatever it is (« Me priver des ventes privées », « Je me prive du cadeau »)
  '( ^ | je ) ( me | nous ) priver de|du|d',
  // (and with the adverb that makes it final: « je renonce définitivement aux 14 jours gratuits »)
  'je|j|nous <!ne @renounce ( definitivement | volontiers | totalement | carrement | sans regret ) @to ~3!emballage|papier|paquet|ticket @ownedOrValued',
  // "Êtes-vous sûr de vouloir renoncer à votre remise ?"
  '@sure ~4 @renounce ~3 ( @ownedOrValued | % )', // not « Êtes-vous sûr de vouloir perdre vos modifications ? »
  '@prefer ~2 rester|être mal', // « je préfère rester mal équipé »
  // a preference for a loss: "je préfère payer plein tarif", "je préfère rester mal informé"
  '@prefer ~4 @loss', // "je préfère garder le forfait le plus cher"
  // paying more by taste, not later: « j'aime payer plus », « je préfère payer plus » (not « … payer plus tard »)
  'aime|aimons|adore|adorons|@prefer ~2 payer|paie|paye|payons plus !tard|tôt',
  // (or by choice: « je choisis / j'accepte / je décide de payer plus », not « … de payer plus tard »)
  'choisis|choisir|choisissons|accepte|accepter|décide|décider de|d payer plus|davantage|cher !tard|tôt',
  // a chance let go, a risk taken on purpose (« je laisse passer ma chance », « je prends le risque », en "I'll take
  // the risk"; not « Accepter le risque et poursuivre », a certificate warning)
  'laisse|laisser|laissons passer|filer|échapper ( ma | cette | notre | l | votre | ta | une telle ) chance|occasion|opportunité',
  '( je prends | prendre | je cours | courir | on prend ) le|ce|un risque $',
  '@prefer ne|n pas|plus ~3 @valuedAny', // "je préfère ne pas économiser", "… ne pas lire les petites lignes"
  '@loss ~2 volontiers|plutôt',
  'je|j|nous ~2 @loss volontiers|plutôt',
  'je|j|nous jette|jetons|gaspille|gaspillons ~2 argent',
  '@loss|@hardship ~3 , c est mon|ma ( truc | spécialité | kiff | passion )', // « me perdre en vacances, c'est mon truc »
  '@prefer ~2 sans @article|@mine? @valued', // not "Continuer sans carte cadeau"
  'continuerai|continue|continuer à ~2 tout faire|gérer ~1 à la main',
  // smugness: "je suis déjà parfait", "ma peau est parfaite comme ça", "je sais déjà tout"
  '( je suis | nous sommes ) déjà|trop? @smug',
  '^ @mine ~2 est|sont déjà? très? bien|parfait|impeccable|nickel ( comme ça | comme ca | ainsi | tel quel | telle quelle | $ )',
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
  '( vous le | tu le | vous allez le | tu vas le ) regretter|regretterez|regretteras', // not « vous ne le regretterez pas »
  '<!ne|n|pas|jamais|sans regrettez',
  // a jab at the visitor through others: "(les autres n’hésitent pas)"
  '@othersAny n|ne hésitent|hésite pas',
  '@othersAny ~1 en profitent|profiteront|profitera|foncent', // « D'autres en profiteront »
  '@othersAny ~3 restent|feraient|diraient',
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
  'jeter|jetez|jette ~4 à la poubelle',
  'abandonner|perdre @your ~1 @valued',
  'dire|dis|disons|dit non à ~2 @valuedAny', // « Je dis non à ma remise », not only the infinitive
  'n|ne ai|avons besoin ~3!emballage|papier|paquet|ticket @valuedAny',
  '( au revoir | adieu ) à|aux|@mine|@your ~2 @valuedAny', // « Dites adieu à vos avantages », « Adieu mes remises », not « … aux câbles emmêlés »
  // "Économiser ne m'intéresse pas", "Les bonnes affaires, très peu pour moi", "je préfère me passer de cadeau"
  '@valuedAny ~2 ne|n m|nous intéresse|intéressent pas|plus',
  '@valuedAny ~3 ,? très peu pour moi|nous', // « les conseils d'experts, très peu pour moi »
  '@prefer ~2 me|nous passer de|d|du ~2 @valued',
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
  '^ je? refuse|refuser @mine ~1 @ownedOrValued',
  'je|j|nous <!ne @renounce @to? @mine? # %',
  'je|j paie|paye|payerai|paierai plus|davantage $',
  // the loss told to the visitor: "Vous passez à côté de 30 % de remise", "sur la table", "part avec vous"
  'vous|tu ~2 passez|passes|passer|passerez à côté',
  // letting down the people who count on the visitor: « Ne laissez pas tomber votre équipe » (not « … vos résolutions »)
  'ne laissez|laisse pas tomber ~2 @dependant|équipe|collègue|proche|ami|client|ceux|celles',
  // what is theirs let slip away (« Ne laissez pas vos objectifs s'envoler », « … tes économies filer »; not « Ne
  // laissez pas vos plantes sécher », a care tip)
  'ne laissez|laisse pas ~1 @your ~2 ( @ownedOrValued | objectif | rêve | projet | bonne résolution ) ~1 s? ( envoler | filer | échapper | partir | expirer | disparaître | évaporer )',
  'laissez|laisses|laisser ~5 sur la table',
  // session 13: a good spurned by a verb of disdain, in every person (« Tourner le dos à 40 % de remise », « Je fais
  // une croix sur mes points », « Cracher sur 30 € offerts »; not « Ne tournez pas le dos à vos rêves »), a good given
  // back (« Rendre mon cadeau de bienvenue », not « Rendre un article »), one's own left to sleep or lapse, the object
  // first (« Laisser mes tampons de fidélité dormir », not « Laisser mon ordinateur en veille »)
  '( tourner | tourne | tournons | tournez ) le dos ( a | au ) ~2 ( @valuedAny | @owned | # % | # euro )',
  '( faire | fais | fait | faisons ) une croix sur ~2 ( @valuedAny | @owned | # % | # euro )',
  '( cracher | crache | crachons | bouder | boude | snober | snobe ) ( sur )? ~2 ( @valuedAny | # % | # euro )',
  '^ ( je )? ( rendre | rends | restituer | restitue ) @mine ~1 @ownedOrValued',
  '^ ( je )? ( laisser | laisse ) @mine ~3!ordinateur|pc|ecran|appareil|telephone ( dormir | moisir | perimer | expirer | filer | s envoler | prendre la poussiere )',
  // a better thing refused, or going on unprotected (« Pas intéressé par un meilleur salaire », « Continuer sans
  // protection »; not « … sans la protection écran », the add-on by its name)
  '^ pas ( interesse | tente | besoin ) ( par | pour | de | d )? ( un meilleur | une meilleure | de meilleurs | de meilleures | d un meilleur | d une meilleure ) ~2 $ !.',
  '^ ( continuer | rester | partir | je continue | je reste | je pars ) sans ( aucune )? ( protection | couverture ) $',
  '@your ~1 @ownedOrValued ( part | partent | s en va | s en vont ) avec vous|toi',
  '@your ~1 @ownedOrValued aussi $', // "Dommage de vous voir partir… vos économies aussi"
  // session 13: guilt by personification or plea (« Votre panier va se sentir bien seul », « … il se sent seul », « Ne
  // nous abandonnez pas ! »; not « Votre panier est sauvegardé », « Ne nous quittez pas », a stay signal only)
  '( panier | chariot | caddie | article | selection ) ~4 ( se sent | se sentent | va se sentir | vont se sentir | se sentira ) ~2 ( seul | abandonne | triste | delaisse )',
  'ne ( nous | me ) ( abandonnez | abandonne | lachez | lache ) pas',
  'c est vous qui voyez',
  'c est toi qui vois',
  // the clever ones held up: "Les acheteurs malins, eux, restent."
  '@othersAny ,? eux|elles ,? ~1 restent|profitent|foncent|hésitent|hésiteront',
  // mockery: "Sans assurance ? Quel courage.", "Tout le monde économise. Pas vous ?"
  '^ quel|quelle courage|audace $',
  // (after a sentence of its own: a lone « Pas vous ? » is an account switcher's "Not you?")
  '<. pas vous|toi $',
  // what a neutral refusal never says of the visitor: a flaw (« je suis trop radin », « votre flemme »), a hardship
  // chosen (« je continuerai à galérer »), growth given up (« je ne veux pas progresser », « arrêter d'apprendre »)
  '( je suis | je reste | nous sommes | j ai la ) ~2 @flaw',
  '@your @flaw',
  'ne laissez|laisse pas @article|@your @flaw', // « Ne laissez pas la paresse décider »
  'n|ne veux|voulons|ai|avons pas|plus ~3 @growth',
  'arrêter|arrête|cesser|cesse de|d ~1 @growth',
  // staying something is staying at a lesser status (« Je reste un dinosaure »), not « Je reste un mois de plus »
  '^ je|nous reste|resterai|restons|resterons|rester un !@stayAs',
  // "true X don't say no", "only X leave": the visitor measured against a better kind of person
  '( les vrais | les vraies | un vrai | une vraie ) ~2 ne|n ~2 @leave',
  '^ seuls|seules les|ceux|celles ~3!peuvent|peut|doivent|pourront|ont|sont @leave', // not « Seuls les admins peuvent fermer »
  '( vous serez | tu seras | vous êtes | tu es ) le|la seul|seule|dernier|dernière ~4 ( sans | à ne pas | qui ne )',
  'ne soyez|sois pas celui|celle|ceux qui|qu ~2 ( @leave | rate | manque | laisse | passe à côté )',
  // the visitor's own circle set against them with a contrastive pronoun: « Vos voisins, eux, ont déjà … », « …, lui. »;
  // those who depend on them, with a negation: « Les enfants, eux, n'ont pas le choix » (not « Les familles, elles,
  // bénéficient d'un tarif réduit », a condition)
  '@your ~2 , eux|lui|elle , ~3 déjà|aurait|auraient|profité|passé|choisi', // not « Vos enfants, eux, adoreront … »
  '@your ~6 , eux|lui|elle !,',
  '@your ~3 aurait|auraient ~5 , eux|lui|elle !,', // « Votre grand-mère aurait …, elle. »
  '@article? @dependant ~1 , eux|elles , n|ne ont|a pas|plus ( le choix | le luxe | cette chance | d autre choix )',
  // disappointment in the visitor: « On vous croyait plus prévoyant » (not « On vous croyait parti », a welcome back)
  '( on vous | on te | je vous | je te ) croyait|croyais|pensait|pensais|imaginait|imaginais plus|moins|assez|si',
  // saying no made a loss by definition: « Résilier, c'est gâcher … », « Dire non à cette offre, c'est dire non à … »
  '^ @leave ~3 , c est ~1 ( @renounce | dire non | tourner le dos ) !@article', // not « …, c'est abandonner le formulaire »
  '^ @leave ~3 , c est ~1 ( @renounce | dire non | tourner le dos ) @article ~2 @valuedAny|@owned|@dependant',
  // a refusal answered by a sarcastic wish: « Sans protection ? Bon courage en cas de panne. »
  '^ ( pas de | pas d | sans | partir sans | @leave ) ~3 . ~1 ( bon courage | bonne chance | bonne continuation | bonne lecture | amusez vous bien | amuse toi bien | bon vent )',
  // abandonment personified, and telling on the visitor: « Votre panier se sent bien seul », « On dira au chat que vous … »
  '@your ~2 se sent|sentira|sentent ~2 seul|abandonné|triste|délaissé|oublié',
  'on dira|dirons|préviendra|préviendrons ~3 que vous|tu',
];

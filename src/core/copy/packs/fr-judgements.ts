/**
 * What judges in a French decline label (the decline grammar's `judgements`, fr-decline.ts, read with
 * `openReasons`). With open reasons any clause the grammar does not know passes as the visitor's own words (« je
 * déménage », « le prix a augmenté », « je suis entre deux emplois »): a reason is too varied to list, but what
 * shames is a judgement, and judgements are a few constructions. A harm word alone never judges (bad news reported as
 * the cause is a reason); a judgement needs its frame: a good left to others, a failing pinned on oneself, a harm
 * chosen or accepted, a liking for something bad, someone undeserving, a basic good not needed, a sarcasm marker.
 * Written from the language; probes: test/core/copy/packs/judgements-es-fr.ts. Shapes are read with apostrophes
 * split (« j'ai » → `j ai`, « quelqu'un » → `quelqu un`) and with negation with or without « ne » (« c'est pas »,
 * « ce n'est pas »): a shape names « pas » and leaves « ne » to a gap; tu and vous never matter here, a judgement is
 * in the visitor's own voice.
 */
import type { Shape } from '../pack.js';

/** Word classes of the judgements (`@j…` in the shapes below), in the pack's classes (fr.ts). */
export const FR_JUDGEMENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  // someone else, to whom a good or a chance is left
  jSomeoneElse: [
    'quelqu un d autre',
    'quelqu un',
    'd autres',
    'les autres',
    'un autre',
    'une autre',
    'autrui',
    'la chance',
    'le hasard',
    'le destin',
  ],
  // a good deed, by its verb (futures read as the infinitive: « sauvera » → sauver)
  jGoodDeed: [
    'sauver',
    'aider',
    'protéger',
    'soigner',
    'nourrir',
    'prendre soin',
    'adopter',
    'occuper des',
    'occuper de',
  ],
  // people and living things in the visitor's care, who can be left waiting or to cope alone
  jDependant: [
    'client',
    'équipe',
    'enfant',
    'gosse',
    'chien',
    'chat',
    'plante',
    'salarié',
    'employé',
    'élève',
    'patient',
    'parent',
    'animaux',
    'lecteur',
    'utilisateur',
  ],
  // harms let happen to one's things (« laisser … rouiller »), or said to be bound to happen (« … cassera bien »)
  jHarmVerb: [
    'rouiller',
    'pourrir',
    'mourir',
    'crever',
    'dépérir',
    'moisir',
    'disparaître',
    'disparaîtront',
    'disparaîtra',
    'brûler',
    'couler',
    'planter',
    'casser',
    'lâcher',
    'tomber en panne',
    'tomber en ruine',
    's effondrer',
    'me passer devant',
    'me dépasser',
    'me pirater',
    'faire voler', // « mon vélo peut bien se faire voler »
    'faire cambrioler',
    'faire pirater',
    'à la merci', // « laisser mes comptes à la merci des pirates »
  ],
  // bad things one may say one likes, collects or keeps choosing
  jBad: [
    'spam',
    'pub',
    'publicité',
    'amende',
    'pénalité',
    'contravention',
    'agios',
    'frais bancaires',
    'bazar',
    'désordre',
    'ennui',
    'faire la queue',
    'files d attente',
    'bouchon',
    'embouteillage',
    'courbature',
    'paperasse',
    'jungle',
    'chantier',
    'poubelle',
    'malbouffe',
    'me ruiner',
    'engraisser',
  ],
  // basic goods a person looks after; not needing to understand or care for them is the jab
  jBasic: [
    'finance',
    'santé',
    'argent',
    'économie',
    'données',
    'avenir',
    'sécurité',
    'vie privée',
    'corps',
    'dent',
    'peau',
    'enfant',
    'impôt',
    'compte',
  ],
  // what a shop gives the visitor to spend, let expire (« laisser expirer mon bon »)
  jVoucher: [
    'bon',
    'bon d achat',
    'avoir',
    'coupon',
    'réduc',
    'réduction',
    'chèque cadeau',
    'carte cadeau',
    'code promo',
  ],
  // what is thrown away when one gives up: the visitor's own effort
  jEffort: ['effort', 'progrès', 'travail', 'construit', 'accompli'],
  // a self-insult of incompetence: « je suis une quiche en … »
  jDud: ['quiche', 'boulet', 'brêle', 'bille', 'manche', 'catastrophe', 'cata', 'calamité', 'nullité', 'nul'],
  // bad qualities of what one keeps or prefers (« je préfère les plats fades », « j'aime avoir la peau terne »)
  jBadQuality: [
    'insipide',
    'fade',
    'terne',
    'rance',
    'moisi',
    'bancal',
    'qui grince',
    'salé',
    'bas de gamme',
    'premier prix',
  ],
  // trifles money goes on
  // virtues and duties a joke makes the visitor shy of (« allergique aux bonnes actions », « peur des responsabilités »)
  jVirtue: [
    'bonne action',
    'bonne cause',
    'générosité',
    'solidarité',
    'entraide',
    'altruisme',
    'responsabilité',
    'courage',
    'héroïsme',
    'bénévolat',
  ],
  jTrifle: ['bêtises', 'futilités', 'conneries', 'broutilles'],
  // what a business or a career may be belittled as
  jTrivial: ['passe temps', 'hobby', 'loisir', 'jeu', 'blague', 'caprice'],
  // going on, keeping or going back: with a loss the visitor could report (« … restera moche », « je garde mon wifi
  // pourri »), the loss is chosen
  jGoOn: [
    'garder',
    'rester',
    'retourner',
    'revenir',
    'continuer',
    'dormir',
    'dors',
    'vivre',
    'vis',
    'voyager',
    'supporter',
    'subir',
  ],
  // a poor fare eaten again and again (« encore des pâtes ce soir », « les chips tous les soirs »)
  jPoorFare: [
    ...['pâtes', 'nouilles', 'ramen', 'chips', 'surgelés', 'conserves', 'sandwich', 'plats préparés'],
    ...['coquillettes', 'soupe', 'pizza', 'kebab', 'burger', 'riz', 'biscottes'], // session 14: the same cheap fare
  ],
  // every day, forever: the repetition that makes a plain fare a jab
  jAgain: ['encore', 'toujours', 'tous les soirs', 'tous les jours', 'chaque soir', 'chaque jour', 'à vie'],
  // a later that never comes
  jNever: [
    'dans une autre vie',
    'dans une prochaine vie',
    'aux calendes grecques',
    'à la saint glinglin',
    'quand les poules auront des dents',
  ],
  // a shrug at fate after a refusal
  jFate: ['advienne que pourra', 'au petit bonheur', 'à la grâce de dieu', 'croise les doigts', 'croiser les doigts'],
};

export const FR_JUDGEMENTS: readonly Shape[] = [
  // 1. a good left to others: someone else doing the good deed (« quelqu'un d'autre s'occupera des enfants »), a
  // place left to someone smarter, a dependant told to wait or cope alone (« mes clients peuvent attendre »)
  '@jSomeoneElse ~3 @jGoodDeed',
  '@jSomeoneElse ~3 plus @smart',
  // (session 13, others as people now that « les autres / d'autres » judge only so, not as a determiner: « je regarde les
  // autres formules » is a reason) others doing the good or taking the deal (« que d'autres s'en occupent », « laissez
  // les autres profiter de mes 20 % », « les autres, eux, n'hésitent pas », « le sport, c'est pour les autres »)
  '@jSomeoneElse ~2 ( profiter | profitent | profiteront | foncent | hesitent | s en occuper | s en occupent | s en occuperont | s en charger | s en chargeront )',
  'qu @jSomeoneElse',
  '( les autres | d autres ) ,? ( eux | elles )',
  'c est ~1 pour ( les autres | d autres ) $',
  '( ceux | celles ) qui ~1 savent|réfléchissent|comptent',
  '( ceux | celles ) qui ~2 @smart',
  // a common good declared someone else's problem (« la planète, c'est pas mon problème »)
  '( environnement | planète | climat | nature | @dependant ) ~4 pas mon|notre problème|souci',
  '@jDependant ~2 peut|peuvent|pourra|pourront ~2 attendre|patienter|débrouiller|survivre|tenir',
  '@jDependant ~3 survivront|survivra|débrouilleront|débrouillera|attendront|attendra',
  '@jDependant ~3 débrouiller|survivre ~1 sans',
  // a good left to look after itself (« mes données se protégeront toutes seules », « les abeilles se débrouilleront
  // sans moi »); the visitor managing alone is a reason (« je me débrouillerai tout seul »)
  '( se débrouilleront | se débrouillera | se protégeront | se protégera | s en sortiront | s en sortira | se soigneront | se soignera ) ~1 ( sans moi | sans nous | tout seul | toute seule | tous seuls | toutes seules )',
  // someone else's dependants named at all (« les animaux », « ces enfants », « la planète »); the visitor's own are a
  // circumstance (« mes enfants sont trop petits », « je n'ai pas d'animal », « l'abonnement famille »)
  '<!@mine les|ces|des|un|aux|la @dependant',
  // 2. a failing or a trait pinned on oneself: not taking one's health seriously, having stopped growing, giving up
  // as a habit, incompetence (« c'est pas mon fort », « je suis une quiche en … »), not being enough, procrastination,
  // staying a beginner, one's own business belittled
  'pas ~4 au sérieux',
  'arrêté|renoncé|abandonné ~1 de|d|à ~1 @growth',
  '( abandonner | lâcher | rater | laisser tomber ) toujours',
  'toujours ~1 tout ~1 abandonner|lâcher|rater',
  'pas ( mon fort | ma tasse de thé )',
  '@growth ~1 ( c | ce ) ~2 pas pour moi|nous',
  '_ ~2 c|ce|n ~2 pas mon|ma ~1 truc|domaine',
  'suis|sommes ~3 @jDud en|pour',
  'suis|sommes ~1 pas assez|suffisamment !de|d',
  'procrastination|procrastiner|procrastinateur|procrastinatrice',
  'rester|reste|resterai ~2 ( pour toujours | à vie | à jamais )',
  'jusqu à ( la retraite | la fin de mes jours | ma mort )',
  'rester|reste|resterai|continuer ~1 mal',
  'refuser|refuse ~1 de|d ~1 ( prendre soin | progresser | apprendre | m occuper de moi )',
  // thinking or learning said to tire the visitor, smartness priced out (« réfléchir me fatigue », « trop fauché
  // pour être malin »)
  '( réfléchir | penser | lire | apprendre | comprendre ) ~1 me|m ~1 fatigue|épuise|ennuie|saoule',
  'pour être ~1 @smart',
  '( mon | ma | notre ) ~1 entreprise|boîte|carrière|activité|startup|avenir ~3 qu|un ~1 @jTrivial',
  // 3. a harm chosen or a bad consequence accepted: letting one's things rot or a rival pass (« laisser ma voiture
  // rouiller »), a voucher let expire, a harm said to be bound to come (« … cassera bien un jour », « … peuvent bien
  // disparaître »), throwing one's effort away, a loss one will have to explain
  'laisser|laisse|laisserai ~3 @jHarmVerb',
  'laisser|laisse|laisserai ~1 expirer|filer|périmer|perdre ~2 mon|ma|mes ~2 @owned|@jVoucher',
  'laisser|laisse|laisserai ~1 mon|ma|mes ~2 @owned|@jVoucher ~1 expirer|filer|périmer|perdre',
  '@jHarmVerb ~2 bien ~1 un jour',
  '( restera | resteront ) ~1 ( vide | vides | sale | sales | en friche )',
  // a warning not to complain afterwards (« ne vous plaignez pas si … »)
  '( plaignez | plains | plaignons ) ~1 pas ~1 si',
  'peut|peuvent|pourra|pourront bien ~1 @jHarmVerb',
  'peut|peuvent|pourra|pourront ~1 bien? rester ~2 @jBad',
  'jeter|jette ~6 @jEffort',
  // a refusal joined to a loss (« Résilier et tout perdre », « … et dire adieu à mes playlists »), a loss as the
  // label's own action (« Perdre mon avance »); bad news told in the past is a reason (« j'ai perdu mon emploi »)
  'et|puis ~1 ( =perdre | =rater | =manquer | =louper | dire adieu | faire une croix | tirer un trait )',
  '^ =perdre|rater|louper',
  // going on, keeping or going back to a loss the visitor could report (« je reste avec mon wifi pourri », « …
  // restera moche »); the loss told as news is a reason (« mon téléphone est pourri »)
  '@jGoOn ~6 @lossReported|@jBadQuality',
  // a shrug at fate, harm left to chance (« advienne que pourra », « je croise les doigts »)
  '@jFate',
  // one's own voucher or credit ignored as a sum (« Ignorer mes 25 € de bon d'achat »)
  '( ignorer | perdre | abandonner | oublier | sacrifier | refuser ) ~2 # ~1 de|d ( bon | bons | crédit | avoir | cagnotte | réduc | réduction | remise | points )',
  'expliquerai|expliquerons|expliquer ~4 perte|pourquoi|panne',
  // 4. a liking or a preference for something bad (« j'adore faire la queue », « vive l'ennui »), collecting
  // penalties, an offer full of adverts, spam read already, paying the full price on purpose
  '( aime | adore | préfère | préférer | plutôt | continuer à | continuer de | collectionne | collectionner | vive ) ~3 @jBad',
  '( aime | adore | préfère | préférer | plutôt | garder | garde ) ~4 @jBadQuality',
  'plein|pleine|bourré|bourrée|truffé|truffée de @jBad',
  '( dépenser | garder | claquer | gaspiller ) ~5 @jTrifle',
  // deals found out about once they are over, on purpose
  '( découvrir | apprendre | savoir ) ~3 une fois ~1 finies|terminées|passées|expirées',
  'déjà|assez|encore ~2 spam',
  // a good disliked as a trait (« allergique aux promos »: not « allergique aux noix ») or belittled (« mieux à faire »)
  'allergique ~1 à|aux|au ~2 @gain|@valued|@owned',
  // session 13: the same trait as a noun and with virtues (« j'ai une allergie aux bonnes actions », « allergique à la
  // générosité »), fear of a duty or of effort (« j'ai peur des responsabilités », not « peur de me tromper de taille »),
  // too soft or too anything to be the hero (« je suis trop douillet pour être un héros »)
  '( allergie | allergique ) ~1 à|aux|au|a ~2 @jVirtue|@jEffort|@gain',
  'peur ~1 de|du|d ~2 @jVirtue|@jEffort',
  'trop ~2 pour ~1 ( être un héros | être une héroïne | jouer les héros | sauver le monde | faire une bonne action )',
  'mieux à faire ~3 @gain|@valued|@growth',
  // a harm welcomed (« adieu les remises, bonjour les ennuis »)
  'bonjour ~1 le|la|l ~1 frais|ennuis|galères|problèmes|soucis|@jBad|@loss',
  'pub|pubs|publicité|publicités ~2 qui ~1 ne? me ~1 concernent|intéressent|parlent',
  // paying too much on purpose: keeping a plan said to be too dear (« c'est trop cher » alone is a reason)
  '( garder | garde | continuer à payer | continuer de payer | rester sur | rester avec ) ~4 ( trop cher | trop chère | hors de prix )',
  // a good refused as a sum (« 20 € de moins, … »), what the visitor has binned, a good said to be for snobs
  '# ~2 ( de moins | d économie | d économies | de réduction )',
  'poubelle $',
  '( c | ce | est ) ~2 pour les|des snobs|riches|bobos|frimeurs|pigeons|naïfs|froussards|trouillards|peureux|mauviettes|jeunes|faibles|nuls|vieux|intellos|geeks|ringards|bourges|gogos',
  // the offer called a waste (« c'est du gâchis »; « pas de gâchis » is a reason)
  '( c | est | sont ) ~1 du gâchis',
  // a good disliked, unwanted, or had in plenty already (« pas fan des promos », « je gagne déjà assez d'argent »)
  'pas fan|adepte ~1 de|du|d ~1 @gain|@valued|@owned',
  'pas envie ~1 de|d ~3 @gain|@valued',
  'déjà ~1 assez|trop ~1 d|de ~1 argent|fric|sous',
  // one's own brain as the butt of the joke (« quand mes neurones repousseront »)
  'mon|mes ~1 cerveau|neurone',
  // choosing never to know, or going on blind
  '( plus | jamais ) rien ~1 savoir|apprendre|comprendre',
  '( à l aveugle | dans le noir )',
  // giving up one's own place or rank
  'abandonner|céder ~1 ma|mon|mes ~1 place|rang|tour|avance|statut|série',
  'aime|adore ~1 payer',
  // a poor fare again and again, a dependant made to settle for less (« encore des nouilles ce soir », « mes
  // enfants se contenteront de jouets bas de gamme »)
  '@jAgain ~3 @jPoorFare',
  '@jPoorFare ~4 @jAgain',
  'contenter|contentera|contenteront ~1 de|d ~3 @jBadQuality',
  // paying the fee as the choice (« je préfère payer la livraison », not « payer à la livraison »), or the price
  // itself, the full amount named (« je préfère payer 9,99 € », not « … 9,99 € par mois », a rhythm)
  '( préfère | préférer | plutôt ) payer|régler # #? $',
  // a limitation accepted as the price of the no (« je décline et accepte les limitations », not « accepter le risque »,
  // a certificate warning's own button)
  '( accepte | accepter | accepterai | acceptons | acceptant ) ~2 ( limitation | limite | restriction | contrainte | publicité | pub | inconvénient )',
  '( préfère | préférer | plutôt ) payer ( la livraison | les frais | le port | le supplément )',
  // a bad state called charming (« les retards de paiement, ça a son charme »)
  '( a son charme | a ses charmes )',
  // a liking for the good itself, said in the label that refuses it: the loaded « non » (« j'adore économiser »)
  'aime|adore ~2 @gain',
  // 5. someone undeserving: « mes enfants ne méritent pas … », « je ne le mérite pas »
  'méritent|mérite|méritons|mérites ~1 pas',
  // session 13: a good or a basic told to wait (« ma santé peut attendre », « la retraite attendra »), dependants left to
  // cope (« qu'ils se débrouillent »), a virtue one lacks (« je n'ai pas de cœur / d'ambition »), a basic state not needed
  // (« pas besoin d'être en forme »), dependants made to do without (« ma famille se passera de protection »)
  '( @valued | @jBasic ) ~1 ( peut | peuvent | pourra | pourront ) ~1 attendre',
  '( @valued | @jBasic ) ( attendra | attendront )',
  // the good left to others, as the visitor says it (« laissez ça aux autres », « je laisse les remises aux autres »)
  'laisse|laissez|laisser|laisserai ( ca | cela | @article? @valuedAny ) ~1 ( aux autres | a d autres | a quelqu un d autre )',
  'qu ( il | elle ) se ( debrouillent | debrouille | debrouilleront | debrouillera )',
  'pas de|d ( coeur | cœur | ambition | volonte | courage | jugeote | cervelle )',
  'besoin d|de etre ( en forme | en bonne sante | en securite | protege | informe | heureux | en bonne forme )',
  '@jDependant|famille|proches ~1 ( se passera | se passeront | peut se passer | peuvent se passer ) de|d',
  // 6. not needing a basic good (« je n'ai pas besoin de comprendre mes finances »), or a boast about being fine
  // without it: living dangerously, a weak password said to be enough, managing alone « comme un grand »
  'besoin de|d ~1 comprendre|savoir|gérer|protéger|soigner|suivre|maîtriser|surveiller ~3 @jBasic',
  'vis|vivre|vivons|vit ~1 ( dangereusement | à la dure | sans filet )',
  '( mon | notre ) mot de passe ~3 suffit|suffira|parfait|solide|sûr',
  'comme ( un grand | une grande | des grands )',
  // too good to need it (« je suis bien trop doué pour avoir besoin d'un coach »)
  '( suis | sommes ) ~1 trop ~1 ( fort | doué | bon | malin | intelligent | @smug | @smart ) pour',
  // session 14: the boast without its « pour » (« je suis déjà trop beau », « bien trop stylée »)
  '( je suis | nous sommes ) deja? bien? trop ( beau | belle | elegant | canon | sexy | style | classe | fort | doue | malin | intelligent | cultive | parfait | riche ) $',
  // a loss accepted as fine (« payer des frais me va très bien »; not « payer au mois me va très bien »)
  'payer ~3 ( frais | plus cher | le prix fort | plein tarif | le double ) ~2 me ( va | convient )',
  // a risk called fun (« partir sans assurance, c'est plus piquant »; not « … c'est plus cher »)
  '( sans | pas d ) ( assurance | protection | garantie | filet ) ~3 plus ( piquant | excitant | fun | palpitant | amusant | marrant | drole | rigolo )',
  // a dependant said not to need the good (« mes enfants n'ont pas besoin de soutien »; not « … de siège auto »)
  '( mes | mon | ma | nos ) ( @dependant | fils | fille | ado | proches ) ( n ont | n a ) ( pas | jamais ) besoin de|d ~2 ( aide | soutien | soins | protection | @jBasic )', // (not « mon équipe … d'aide »)
  // the old, worn thing kept instead (« je garde ma vieille chaudière », « garder mon vieux tacot »)
  '( garder | garde | rester avec | reste avec ) ( ma | mon | mes ) ( vieux | vieille | vieil | pourri | antique )',
  // the couch as the alternative (« je reste sur mon canapé », « moi c'est plaid et canapé »; not « j'ai déjà un canapé »)
  '( reste | rester | moi c est ) ~3 ( canape | plaid )',
  '( mon | notre ) mot de passe ~2 ( 123456 | 1234 | 0000 | azerty | password | motdepasse )', // a weak password named
  // 7. sarcasm markers that turn a reason into a jab (« de toute façon », « comme d'hab », « tant pis », « … ou
  // pas »), a sniff, and scarcity thrown in after a reason (« s'il en reste », « quand il n'y aura plus rien »)
  'de toute façon|façons|manière|manières',
  'comme ( d hab | d habitude | toujours )',
  'tant pis',
  'ou pas $',
  'ou jamais',
  'sniff|snif',
  's il ~1 en reste',
  'n y ( aura | en aura ) plus',
  // a later that never comes, or that mocks the wait (« dans une autre vie », « quand ce sera plus cher »)
  '@jNever',
  '( quand | lorsque ) ~2 ( sera | seront ) ~1 ( plus cher | plus chère | trop tard | fini | épuisé )',
];

/**
 * French confirmshaming of page copy (any field, no role) by FAMILY, described from the language: the
 * constructions that shame on their own (spread into fr-shaming.ts) and the signals that shame only with a
 * second family (spread into fr-signals.ts). Words as the pack reads them, apostrophes split. Probes:
 * copy-fr-families.ts.
 */
import type { Shape, SignalFamily } from '../pack.js';

/**
 * A refusal equated with a loss: « refuser / fermer / se désabonner / partir (…), c’est accepter / choisir /
 * parier / renoncer … », « en refusant / en fermant, vous acceptez … », « dites non, et continuez à … », « un non
 * aujourd’hui, c’est un oui à … ». « Refuser les cookies, c’est possible » and « en fermant, vous retrouverez … »
 * name no loss: the verb after « c’est » or « vous » must be one of choosing the loss.
 */
const REFUSAL_IS_LOSS: readonly Shape[] = [
  '( refuser | fermer | quitter | partir | desactiver | se desabonner | vous desabonner | te desabonner | dire non ) ~4 ,? c est ( accepter | choisir | parier | renoncer | dire oui | dire non )',
  // letting someone down: « c'est abandonner ceux qui … », « c'est lâcher l'équipe » (not « c'est abandonner le formulaire »)
  '@leave ~4 , c est ( abandonner | lacher | laisser tomber | trahir | decevoir ) ~2 ceux|celles|@dependant|equipe',
  '( en refusant | en fermant | en partant | en quittant ) ,? ( vous | tu ) ( acceptez | acceptes | choisissez | choisis | renoncez | renonces )',
  '( dites | dis ) non ,? et ( continuez | continue | restez | reste )',
  'un|ce non ~3 ,? c est un oui',
];

/**
 * Even someone close would have said yes, nobody but you, « encore un qui abandonne », loyal customers do not
 * leave: « même votre grand-mère aurait dit oui / a gardé … », « personne ne … sauf vous », « nos clients / abonnés
 * fidèles ne partent pas … ». « Même votre grand-mère peut s’en servir » (ease of use), « personne ne verra vos
 * données, sauf vous » (privacy) and « encore un effort » are no jab.
 */
const NOT_EVEN_THEM: readonly Shape[] = [
  'meme ( votre | ton | ta | vos | tes ) ~2 ( aurait | auraient | a | ont ) ( dit oui | garde | accepte | gardé | accepté )',
  'personne ne ( refuse | dit non | part | renonce | resiste ) ~3 ,? ( sauf | excepte | a part ) ( vous | toi )',
  'encore un _ qui ( abandonne | renonce | part | lache | se desabonne )',
  '( nos | les ) ( clients | clientes | membres | abonnes | abonnees ) fideles ne|n ~2 pas',
  // (a verb of missing or leaving: « Les bons cadeaux ne sont pas remboursables » is a voucher)
  '( les bons | les bonnes | les vrais | les vraies ) _ ne|n ( ratent | manquent | partent | zappent | quittent | abandonnent | renoncent | laissent ) pas',
  // leaving leaves someone without: « si vous partez, les enfants n’auront plus de repas »
  '( si vous partez | si tu pars | si vous annulez | si tu annules | si vous refusez | si tu refuses | si vous vous desabonnez ) ,? ~6 ( n auront plus | n aura plus | seront prives | sera prive | se retrouveront sans | se retrouvera sans )',
];

/**
 * New families (session 9), written compact: accents never matter and the pack's suffixes read inflections
 * (« prevenu » is « prévenue », « risque » is « risquent »), so shapes name base forms.
 *
 * A trust let down, told in the imperfect: « … comptaient sur vous », « vous faisait confiance », « croyaient en
 * toi », « avaient besoin de vous ». The present is an appeal or a rule (« Nous comptons sur vous pour … »), « vous
 * comptiez sur nous » the shop's promise.
 */
const TRUST_LET_DOWN: readonly Shape[] = [
  '( =comptait | =comptaient ) sur vous|toi',
  'vous|te|t =faisait|=faisaient confiance',
];

/**
 * Without the visitor's gift (or the visitor), someone goes without: « Sans votre don / ton aide / vous, <someone>
 * n'aura pas … / risque de … / restera … / sera privé … ». Not « sans votre accord », « sans compte », nor « nous
 * n'aurions pas … » (a thanks) or « vous ne pourrez pas … » (a notice): a third party's future.
 */
const WITHOUT_YOUR_GIFT: readonly Shape[] = [
  '^ sans ( @your ~1 aide|don|soutien|generosite | vous | toi ) ~3 , ~6 ( ne pourra | n aura|auront | risque|restera|resteront|devra|devront|dormira|prive|fermera|passera|passeront )',
];

/**
 * Everyone but the visitor, the majority giving more: « … Sauf toi. », « Tous ont adhéré, sauf vous », « La plupart
 * des donateurs donnent bien plus ». « Personne ne verra vos données, sauf vous » is privacy.
 */
const ALL_BUT_YOU: readonly Shape[] = ['. sauf|excepte|hormis vous|toi $'];

/**
 * The model person as the norm the visitor fails: « Les vrais fans ne partiraient pas », « Un bon parent pense à
 * ses enfants », « Les pros ne travaillent jamais sans … », « Les clients avisés ne laissent pas passer … ». « Un bon
 * café vous attend », « Un bon vin ne se refuse pas » and « Les bons de réduction … » name no person (@role).
 */
const MODEL_PERSON: readonly Shape[] = [
  '( les vrais | les pros | les experts | les meilleurs ) ~3 ne|n ~2 jamais ~3 sans',
  '@model @role ~2 ne|n ~3 @leave|rater|manquer',
  '@model ~3 , eux|elles , ~3 deja|ont|sont',
];

/**
 * Disappointment in what the visitor can do: « On pensait que vous saviez compter », « … que tu avais du goût »,
 * « On vous croyait du genre à … », « Vous êtes du genre à abandonner ? », « On se doutait que tu n'étais pas prêt ».
 * Only faculties and judgement (« vous aviez reçu notre e-mail », « vous étiez parti » are news).
 */
const THOUGHT_BETTER_OF_YOU: readonly Shape[] = [
  '@thought qu vous|tu ( aviez|avais ~4 gout|flair|jugeote|sens|cervelle | saviez|savais compter|lire|reconnaitre|apprecier | etiez|etais plus|moins|assez|si|du )',
  'vous|te|t @thought du genre',
  'vous|tu|t etes|es du genre a ~1 @leave|lacher',
];

/**
 * The regret foretold: « Ne venez pas vous plaindre », « … qu'on ne vous avait pas prévenu », « On en reparlera
 * quand … », « Vous pourrez vivre avec ça ? », an ominous wish (« Espérons que rien n'arrive à vos proches »).
 * « Ne venez pas sans billet », « On en reparle quand vous voulez » and « On espère que vous avez passé un bon
 * séjour » foretell nothing.
 */
const REGRET_FORETOLD: readonly Shape[] = [
  'ne venez|viens|revenez|reviens pas ~2 pleurer|plaindre|raler|reprocher|dire',
  'on|nous ~2 en =reparlera|=reparlerons quand',
  '( esperons | on espere | j espere ) qu ~3 ( rien n arrive | arrive rien | vous avez de la chance | tu as de la chance )',
];

/**
 * A sarcastic adjective for the visitor: « Osé, pour quelqu'un qui … », « Courageux de ta part ». The comma and the
 * person make it a verdict: « Un parfum audacieux pour quelqu'un qui ose » is a description.
 */
const SARCASTIC_VERDICT: readonly Shape[] = [];

/**
 * The progress almost reached, the failure pinned on the visitor: « Vous alliez enfin … », « à deux doigts de
 * devenir … », « … parce que vous avez abandonné », « baissé les bras ». « Vous alliez passer commande ? » and
 * « … parce que vous avez abandonné la page » (an object) are news.
 */
const FAILURE_PINNED: readonly Shape[] = [
  '( vous alliez | tu allais ) enfin',
  '( parce que | parce qu | car ) ( vous avez | tu as ) abandonne|lache|craque|renonce $',
];

/**
 * A predator pleased with people like the visitor: « Les pirates adorent les gens comme vous », « une proie facile
 * comme toi ». « Les pirates adorent les mots de passe faibles » (advice) and « Des clients comme vous ont aimé »
 * (a recommendation) pin nothing on the visitor.
 */
const PREY_LIKE_YOU: readonly Shape[] = [
  'pirates|hackers|escrocs|voleurs ~1 adorent|aiment|remercient ~4 comme vous|toi',
];

/**
 * Jabs that shame alone, by family: the visitor's things given feelings (« votre panier va se sentir bien seul », « …
 * n'a rien fait pour mériter ça »), a smart crowd or a model person against them (« les gens malins ne ratent pas »,
 * « …, eux. », « votre place à un vrai passionné »), effort thrown away or a return to the ordinary, a loss enjoyed
 * in the second person, a good that does not interest them, staying free called falling behind, growth refused, the
 * regret foretold, a rhetorical « qui refuse … », leaving that will not cure them, their no filed among missed
 * chances, the freedom to be wrong, the luxury of a loss, one more resolution dropped, a cause put in danger, others
 * who pay, their own trouble thanking them, a sorry sight, a flaw they should not play, doubt they were ready. « Votre
 * panier est enregistré », « Êtes-vous sûr de vouloir supprimer ce brouillon ? », « Vous aimez payer en 3 fois ? »,
 * « Si cette offre ne vous intéresse pas, … » and « Vous êtes libre de changer d'avis » pass.
 */
const JAB_ALONE: readonly Shape[] = [
  '( panier | article | produit | wishlist | liste | compte | place ) ~4 se sentir|sentira|sent|sentent|sentiront ~2 seul|abandonne|delaisse|oublie',
  'n a|ont rien fait pour meriter ca|cela',
  '( les gens | les personnes | les consommateurs | les lecteurs | les parents ) @smart ~2 ne|n ~2 @leave|rater|manquer|laisser',
  '@model ~3 , eux|elles ,',
  ', eux|elles .', // « Même les enfants de 10 ans terminent ce niveau, eux. », not « Vos enfants, eux, adoreront … »
  'votre|ta place a @model',
  '( jeter | jetez | gacher | gachez ) ~5 @jEffort',
  'redevenir ~2 lambda|ordinaire|quelconque',
  'vous|tu ~1 aimez|aimes|adorez|adores ~3 @lossJudged',
  'si ~3 @valuedAny ~2 ne|n vous|te|t ~1 interesse|interessent pas',
  'c est ( rester | etre | finir | devenir ) ~2 @lossJudged|@flaw',
  '@growth ~2 ne|n m|nous|vous|t interesse|interessent pas',
  '( de | vos | tes ) regret ( demain | plus tard | a vie )',
  'qui refuse|refuserait ~3 @valuedAny',
  '( fermer | partir | quitter | refuser | ignorer ) ~3 ne ( soignera | reglera | resoudra | changera | effacera ) pas @your',
  'occasion manquee|ratee|perdue',
  'libre a vous|toi de vous|te tromper',
  // the freedom to be wrong, said as a right: « C'est aussi votre droit de vous tromper », « Vous avez le droit de vous tromper »
  '( votre | ton ) droit de|d ( vous | te ) tromper',
  '( vous avez | tu as ) le droit de|d ( vous | te ) tromper',
  // only those who fail refuse: « Seuls ceux qui n'aiment pas lire refusent cette offre » (not « … peuvent commenter »)
  '^ seuls|seules ceux|celles qui ~6 ( refusent | ratent | disent non | passent a cote | renoncent | ferment | zappent )',
  // the visitor's thing beginning to feel left: « il commence à se sentir abandonné »
  'commence|commencent a se sentir ~2 seul|abandonne|delaisse|oublie|triste',
  'le luxe de|d ~4 @lossJudged',
  'encore ~4 tombe|tombent a l eau',
  '( depart | desabonnement | refus | resiliation ) ~1 met|mettrait|menace ~2 en peril|danger',
  'paiera|paieront|payera les pots casses',
  '@your ~1 ( @loss | @hardship ) ~1 vous|te remercie|remerciera',
  'fera|va|vont faire? peine a voir',
  'ne fais|faites pas ton|ta|votre @flaw',
  'passer pour un|des @flaw',
  '( savait | savions | savais | pensait | doutait | doutions ) qu ~3 pas ~2 pret|capable',
];

/**
 * Session 11, by families that recur across languages (round 8 was written in four, and the same jabs come back in
 * rounds 4 and 9): the majority said to give more (« La plupart des donateurs donnent bien plus », « d’autres
 * membres versent davantage »), a model person's duty to their dependants (« Un bon manager offre les meilleurs
 * outils à son équipe », « Une bonne mère pense à l’avenir de ses enfants »), a preference questioned (« Vous
 * préférez vraiment … ? »), the goal nearly reached (« Vous étiez sur le point d’enfin … », « … était peut-être à un
 * clic »). « D’autres formules offrent plus de stockage » (no person), « Un bon manager est à l’écoute » (no
 * dependant), « Vous préférez recevoir vos factures par courrier ? » (no « vraiment ») and « Vous étiez sur le point
 * de quitter la page » (no « enfin ») pass.
 */
const NORMS_AND_NEAR_MISSES: readonly Shape[] = [
  '( la plupart | la majorite ) ( des | de nos ) ~1 @people|@giver ~2 ( donnent | offrent | versent | paient | mettent | contribuent ) ~2 ( plus | davantage )',
  '( les autres | d autres ) @people|@giver ~1 ( donnent | offrent | versent | paient | mettent | contribuent ) ~2 ( plus | davantage )',
  '@model @role ( offre | donne | protege | pense | investit | equipe | forme | assure | prend soin ) ~4 ( a | pour | de ) ( son | sa | ses ) ( equipe | enfants | famille | proches | salaries | collaborateurs | clients | animaux )',
  '( vous preferez | tu preferes ) vraiment',
  '( etiez | etais | etait | etaient ) ( peut etre )? ( a un | a une | a deux ) ( clic | swipe | pas | message | doigts )',
  '( vous etiez | tu etais ) ( sur le point | a deux doigts | si pres | si proche ) ( d | de ) enfin',
];

/** The jab families' words, spread into the pack's classes (fr.ts). */
export const FR_JAB_WORDS = {
  /** Those who give to a cause or a title beside the pack's `people`: donors, members, readers, patrons. */
  giver: [
    'donateur',
    'donatrice',
    'membre',
    'lecteur',
    'lectrice',
    'abonné',
    'adhérent',
    'soutien',
    'mécène',
    'contributeur',
  ],
};

export const FR_JAB_FAMILY_SHAPES: readonly Shape[] = [
  ...JAB_ALONE,
  ...REFUSAL_IS_LOSS,
  ...NOT_EVEN_THEM,
  ...TRUST_LET_DOWN,
  ...WITHOUT_YOUR_GIFT,
  ...ALL_BUT_YOU,
  ...MODEL_PERSON,
  ...THOUGHT_BETTER_OF_YOU,
  ...REGRET_FORETOLD,
  ...SARCASTIC_VERDICT,
  ...FAILURE_PINNED,
  ...PREY_LIKE_YOU,
  ...NORMS_AND_NEAR_MISSES,
];

/**
 * Signals by family (two families in one text shame): a dependant hurt or counting on the visitor (« comptaient
 * sur vous », « fera de la peine », « met en péril », « on est effondrés »), a thing of theirs that « vous remercie »
 * in sarcasm, a shrug (« ou pas », « c’est un choix »); the visitor cast as flawed (« vous tromper », « plus de goût »,
 * « comme un débutant »).
 */
export const FR_SIGNAL_FAMILIES: Partial<Record<SignalFamily, readonly Shape[]>> = {
  // the visitor's no named bare, as a question (« Se désabonner ? », « Partir maintenant ? »): shames only with a
  // family that judges, never with a loss or a question (« Résilier ? Vous perdrez vos points » is a notice)
  refusal: ['^ @leave ~1 maintenant|deja|vraiment? $'],
  stay: [
    '( c est | est ce ) vraiment ce qu vous|tu voulez|veux',
    // leaving as it happens, told in the second person (« Tu pars sans ta remise ? », « Vous partez déjà ? »), and the
    // colloquial « t'es sûr(e) ? » (the pack's « vous êtes / tu es sûr » in speech)
    '( vous partez | tu pars | vous nous quittez | tu nous quittes | tu t en vas | vous vous en allez ) ( deja | sans | comme ca | si vite | si tot )',
    't es ~1 sur|certain',
  ],
  loss: [
    // work thrown away: « repartir de zéro », « tout ce que vous avez construit », « partir en fumée », « à l'eau »
    'repartir|repars|repartez|recommencer de|a zero',
    'tout ce qu vous|tu avez|as construit|bati|accompli',
    'partir|part|partent en fumee',
    'le|la dernier au? courant|informe',
    // a streak or progress that ends or vanishes: « Votre série de lecture de 120 jours va disparaître »
    'serie|flamme ~3 # jours ~3 arrete|arreter|fin|perdue|disparaitre|disparait|disparaitra|envoler|efface|termine',
    // a waste judged (« gâcher ça », « tout gaspiller »), and back to the old way (« revenir au papier et au crayon »,
    // « retour aux tableurs »): the visitor's own tools called a step back
    '( gacher | gaspiller ) ( ca | tout ca | tout cela | tout )',
    '( tout ) ( gacher | gaspiller )',
    '( revenir | retourner | repasser | retour | reviendra | reviendront | retournera | retourneront ) ~1 ( a | au ) ( papier | crayon | tableur | tableurs | excel | feuilles de calcul | fichiers excel | post it | l ancienne | la case depart | l age de pierre )',
    'plus de ~2 @valued pour vous|toi',
  ],
  mock: [
    '^ ( comme d habitude | comme toujours ) $',
    '^ ah|oh non ,? en fait $',
    '^ quel gachis $',
    'vous|tu l|t avez|as voulu $',
    'enfin bon $',
    'droit de vous|te tromper',
    '^ ou pas $',
    'c est un choix $',
    '^ le votre|tien $',
    '( vous direz | tu diras ) quoi',
  ],
  dependant: [
    'comptaient|comptait sur vous|toi',
    // someone left to cope, hurt: « va devoir se débrouiller », « vous nous brisez le cœur », « nous laisser tomber »
    'va|vont|devra devoir se? revenir|retourner|contenter|debrouiller',
    'nous|me briser|brises le coeur|cœur',
    'nous|me laisser|lacher tomber',
    'fera|fait|ferait|feront de la peine',
    'met|mettent|mettrait ~2 en peril|danger',
    '( effondre | effondres | effondrees | devastes | le coeur brise )',
    // (the thanks missed, not promised: « Attendez ! Votre corps vous remerciera » is a pitch, session 14)
    '( votre | ton | ta ) _ ( ne vous | ne te | vous | te ) ( remerciera pas | aurait remercie ) $',
  ],
  careless: [
    'plus de gout',
    // the price made trivial: « C'est moins qu'un café par semaine », « même pas le prix d'un croissant »
    '( moins qu | moins que | le prix d | meme pas le prix d | pas meme le prix d ) un ( cafe | croissant | sandwich | baguette | ticket de metro | pain au chocolat )',
    'aussi froid',
    'comme un debutant',
    'par les fenetres',
  ],
};

/**
 * French signals of a jab that shame only together (pack.ts ShamingSignal, shaming-signals.ts): two families
 * in one text are confirmshaming; one alone is ordinary copy (« Voulez-vous vraiment résilier ? »). Words as
 * the pack reads them, apostrophes split ("n'aimez" → "n aimez").
 */
import { FR_SIGNAL_FAMILIES } from './fr-jab-families.js';
import type { Shape, SignalFamily } from '../pack.js';

const yours = 'votre|vos|ton|ta|tes';

export const FR_SIGNALS: Readonly<Partial<Record<SignalFamily, readonly Shape[]>>> = {
  refusal: FR_SIGNAL_FAMILIES.refusal ?? [],
  // a rhetorical question about the visitor's leaving or saying no
  stay: [
    ...(FR_SIGNAL_FAMILIES.stay ?? []),
    '^ deja|vous|tu ~1 parti|partez|pars $',
    '^ vraiment|serieusement|sur ~1 $',
    'vous|tu ~1 allez|vas|voulez|veux vraiment',
    '( vous dites | tu dis ) non',
    '( vous abandonnez | tu abandonnes | vous renoncez | tu renonces )',
    '( vous vous | tu te ) desabonnez|desinscrivez|desabonnes|desinscris',
    'pas vous|toi $',
    'pas pret a',
    '^ attendez|attends $',
    '( avant de partir | ne partez pas | ne pars pas | si vite | vous nous quittez | tu nous quittes )',
    '( si vous partez | si tu pars | si vous quittez | si tu quittes ) maintenant', // « Si vous partez maintenant, … »
    'ne nous ( quittez | quitte ) pas',
    'ne ( repartez | repars | filez | file | sortez | sors ) pas', // « Ne repartez pas sans … », « Ne file pas si vite »
    '^ deja $',
    '( vous etes | tu es ) sur|certain !le', // not « Vous êtes sur le point de supprimer … »
    // about to give up, not to delete or to leave a page: « Vous êtes sur le point de renoncer à … »
    '( vous etes | tu es ) sur le point de|d perdre|renoncer|abandonner|laisser|rater|gacher|manquer',
    '( vous etes | tu es ) a deux doigts de|d', // « Vous êtes à deux doigts de rater … »
    '( toujours pas | pas encore ) convaincu',
    // (not « Êtes-vous sûr ? »: every confirmation dialog asks it) the doubt asked short: « Sûr de vous ? », « Vraiment prêt à y renoncer ? », «
    // Vous refusez vraiment … ? » (not « Vous hésitez ? »: « Vous hésitez ? Essai gratuit, 20 € offerts » is a plain pitch), « C'est votre dernier mot ? »
    '^ sur de vous|toi $',
    '( vraiment | vous etes | etes vous | es tu | tu es ) pret a|d y? ( renoncer | partir | abandonner | perdre | tout perdre | passer a cote )',
    '( vous refusez | tu refuses | vous dites non | tu dis non ) vraiment',
    '( c est | c est vraiment ) votre|ton dernier mot',
    // a bare infinitive of saying no to a good: « Ignorer ce conseil ? », « Partir sans vos 15 % ? » (not « Fermer la fenêtre. »)
    '^ @leave ~2 @valuedAny|@owned|sans',
    // a bare « without X? » (« Sans protection ? », « Sans assurance ? »): the clause is the cover alone
    '^ sans ( @your | la | le | l | une | un )? ( protection | assurance | garantie | @valued ) $',
    '^ et vous|toi $', // « Et vous ? »
    '( vous attendez | tu attends ) quoi',
    '^ ( allez y | vas y ) ,? partez|pars|fermez|fermes|resiliez|resilie',
    // session 14: the leaving asked again (« Vous partez vraiment ? »), standing aside (« … vous restez sur le côté ? »),
    // and a no that the next sentence makes cost someone (« Si vous fermez cette fenêtre, … »)
    '( vous | tu ) ( partez | pars | nous quittez | nous quittes | resiliez | resilies | refusez | refuses ) vraiment',
    '( vous restez | tu restes ) ( sur le cote | a l ecart | sur la touche | en retrait )',
    '( si vous | si tu ) ( ( fermez | fermes ) cette|ce fenetre|page | refusez | refuses | resiliez | resilies | partez | pars ) ,',
  ],
  // what the visitor loses, pinned on them
  loss: [
    ...(FR_SIGNAL_FAMILIES.loss ?? []),
    `${yours} ~4 @valued|@owned`,
    // (session 13: in every person and tense, and what is let go may be the offer, a share or a chance: « Vous laissez
    // passer -30 % ? », « … laisser filer cette offre », « vous perdrez tous vos avantages »)
    'laisser|laissez|laisse passer|filer|echapper ~4 ( @valued | @owned | # % | offre | promo | remise | occasion | chance )',
    '( perdre | perdez | perds | perdrez | perdras | perdriez | gacher | gachez | renoncer a ) ~4 @valued|@owned',
    'non a|au ~2 @valued',
    'payer|payez|paient|paie|paye ~1 ( plein tarif | plus | le prix fort )',
    '# % ~2 @valued',
    '# euro? offert', // « Vous refusez vraiment 20 € offerts ? » (« € » is no word)
    '( a jamais | pour toujours )', // (not « définitivement »: « supprimer définitivement » is every delete dialog's)
    '( passer a cote | plus jamais )',
    'ratez|manquez|rater',
    // missing out, not being missed (« vous allez nous manquer » is the dependant's) nor a form's « il vous manque »
    '<!nous|me|m|vous|te|t|lui =manquer|manquerez|manqueras|manquerait',
    '( vous auriez pu | tu aurais pu ) ~1 avoir',
    '( ne vous interesse pas | ne t interesse pas | ne voulez pas economiser | ne veux pas economiser )',
    'derriere vous|toi',
    'sur la table',
    'a la traine',
    'mal informe',
    'regrettent|regrettez|regretterez|regretter',
    'prix fort',
    // giving up, turning away, left alone: « faire une croix sur », « tourner le dos à », « tout seul »
    'faire|fais|fait une croix sur',
    'tourner|tournez|tournes le dos a|aux',
    'laisser|laissez|laisses pas? tomber ~2 ceux|celles|@dependant|@your',
    'dire|dites ( adieu | au revoir ) a|aux',
    'tout seul',
    '( sans aide | sans nous )',
    'laisser|laissez|laisses ~3 sans protection|defense|couverture|surveillance',
    'en paieront|paiera|payeront|payera le prix', // who pays for the visitor's no
    // giving up when close or going well, effort wasted: « si près du but », « en si bon chemin », « tout ce travail
    // pour rien »; the gain the visitor was about to have (« vous alliez tant économiser », « tu aurais pu gagner … »)
    '( si | tellement | aussi | tout ) pres du but',
    'en si bon chemin',
    'tout ce ~1 travail|efforts|progres pour rien',
    '( vous alliez | tu allais | vous auriez pu | tu aurais pu ) ~2 @valued',
    // leaving empty-handed, everything one will miss: « Ne partez pas les mains vides », « … tout ce que vous allez manquer »
    'les mains vides',
    // leaving without what is theirs in the basket: « Ne partez pas sans vos articles / votre panier / ton cadeau »
    'sans ( votre | vos | ton | ta | tes ) ~1 ( article | panier | cadeau | commande | selection | achat | surprise )',
    '( tout ce que | tout ce qu ) ~3 manquer|manquez|manquerez|rater|ratez|raterez|perdre|perdez|perdrez',
  ],
  // what others, smarter or more caring, do
  others: [
    'malins|malines|avises|avisees|futes|futees|intelligents',
    'les autres',
    'vos|tes concurrents|voisins',
    'les gens comme vous|toi',
    'la plupart ~1 regrettent|choisissent|preferent|disent', // not « Personne n'aime payer trop : livraison offerte »
    'tout le monde ~1 passe|choisit|profite',
    // a consolation that sets the visitor apart: « tout le monde ne veut pas grandir », « ce n'est pas donné à tout le monde »
    'tout le monde ne|n ~1 ( veut | peut | sait | ose | est | a ) pas',
    // ordinary like everyone (« vous lirez l'actualité comme tout le monde », « la queue comme tout le monde »)
    '( comme tout le monde | comme monsieur tout le monde | avec tous les autres )',
    'pas ( donne | fait ) ~1 pour|a tout le monde',
    'le|la seul|dernier ~4 a|qui|du',
    '^ seuls|seules? ceux|celles qui ~5',
    'les vrais|vraies|un vrai|une vraie',
    'tous|toutes vos|tes ~1 amis|amies|collegues|voisins|voisines|proches|concurrents',
    // someone better the offer is kept for: « pour un client plus malin », « quelqu'un qui sait l'apprécier »
    '( quelqu un | un client | une cliente | une personne ) de? plus @smart',
    'quelqu un qui sait|saura|saurait',
  ],
  // sarcasm and shrugs
  mock: [
    ...(FR_SIGNAL_FAMILIES.mock ?? []),
    '( comme vous voudrez | comme vous voulez | comme tu veux | tant pis | quel dommage | c est dommage | vous l aurez voulu | a vous de voir )',
    '^ tres? bien|bon|ok|soit $',
    '( on sera | nous serons ) la quand',
    '( on comprend | on dirait que | quel courage )', // not « dommage » alone: a polite regret
    '^ hum|hmm',
    // a sarcastic wish or verdict: « Bon courage », « Amusez-vous bien », « Audacieux. », « Curieux choix. »
    '( bon courage | bonne continuation | amusez vous bien | amuse toi bien | bon vent )',
    '^ genant|audacieux|audacieuse|courageux|culotte|ose $',
    '( curieux | drole de | etrange | interessant | sacre ) choix',
    'chacun ses|son choix',
    '^ ( d accord | ok | tres bien | bon ) ,? ( partez | pars | filez | file )', // session 14: a shrug that sends off
    'pour quelqu un qui',
    'bonne chance',
    'dommage pour vous|toi',
    'dommage qu ~1 votre|vos|ton|ta|tes|vous|tu',
    '( sans doute | clairement | surement ) une erreur',
    'ne le prend|prenons pas personnellement|mal',
  ],
  // who suffers or is disappointed
  dependant: [
    ...(FR_SIGNAL_FAMILIES.dependant ?? []),
    '<!@mine|son|sa|ses|en|d|forfait|abonnement|formule|offre|pack @dependant', // not the visitor's own, nor a plan's name
    'va|vont ~2 se sentir ~2 seul',
    'vous|te manquer|manquera|manqueront',
    'merite|meritent|meritez ~1 mieux',
    'decu|triste',
    'decevoir|decevez|decevrez|decevras',
    'compte|comptent sur vous|toi',
    // session 14: who lives only by the visitor, and who goes without (« … ne vit que grâce à des lecteurs comme vous »,
    // « 20 familles n'auront pas de repas »)
    'ne ( vit | vivent | survit | survivent | tient | existe ) que grace',
    '( n auront pas de | n aura pas de | resteront sans | restera sans ) ( repas | toit | ecole | soins | nourriture | abri | chauffage )',
    '( vous dites | vous direz | tu dis | tu diras ) a|au votre|vos|ton|ta|tes',
  ],
  // the visitor cast as not caring
  careless: [
    ...(FR_SIGNAL_FAMILIES.careless ?? []),
    'n aimez|aimes pas ~2 bonnes|bons',
    'pas si|tant|vraiment important|importante',
    'vous vous en fichez|moquez',
    'apparemment',
    'pas au serieux',
    '( vous ne voulez | tu ne veux | qui ne veut ) vraiment? pas ~3 $',
    'visiblement',
    '( on pensait que | sans doute )',
    'ne tient|tiennent pas a',
    'se moquent|moque|fichent|fiche|foutent|fout de|d|du', // not caring: « ceux qui se moquent de leur santé »
    // session 14: a good said to count for little to the visitor (« … compte si peu pour vous »)
    'compte|comptent si peu',
    'vous|t interesse|interessent si peu|guere',
    'ne|n compte|comptent|comptait ~1 pas|plus|guere', // « Votre avenir ne compte donc pas pour vous ? »
    'meme pas pour #', // « Sérieusement ? Même pas pour 1 € ? »
  ],
};

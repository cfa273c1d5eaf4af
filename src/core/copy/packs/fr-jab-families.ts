/**
 * French confirmshaming of page copy (any field, no role) by FAMILY, described from the language: the
 * constructions that shame on their own (spread into fr-shaming.ts) and the signals that shame only with a
 * second family (spread into fr-signals.ts). Words as the pack reads them, apostrophes split. Probes:
 * copy-fr-families.ts.
 */
import type { Shape, ShamingSignal } from '../pack.js';

/**
 * A refusal equated with a loss: « refuser / fermer / se désabonner / partir (…), c’est accepter / choisir /
 * parier / renoncer … », « en refusant / en fermant, vous acceptez … », « dites non, et continuez à … », « un non
 * aujourd’hui, c’est un oui à … ». « Refuser les cookies, c’est possible » and « en fermant, vous retrouverez … »
 * name no loss: the verb after « c’est » or « vous » must be one of choosing the loss.
 */
const REFUSAL_IS_LOSS: readonly Shape[] = [
  '( refuser | fermer | quitter | partir | desactiver | se desabonner | vous desabonner | te desabonner | dire non ) ~4 ,? c est ( accepter | choisir | parier | renoncer | dire oui | dire non )',
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
  'encore un|une _ qui ( abandonne | renonce | part | lache | se desabonne )',
  '( nos | les ) ( clients | clientes | membres | abonnes | abonnees ) fideles ne|n ~2 pas',
  // (a verb of missing or leaving: « Les bons cadeaux ne sont pas remboursables » is a voucher)
  '( les bons | les bonnes | les vrais | les vraies ) _ ne|n ( ratent | manquent | partent | zappent | quittent | abandonnent | renoncent | laissent ) pas',
  // leaving leaves someone without: « si vous partez, les enfants n’auront plus de repas »
  '( si vous partez | si tu pars | si vous annulez | si tu annules | si vous refusez | si tu refuses | si vous vous desabonnez ) ,? ~6 ( n auront plus | n aura plus | seront prives | sera prive | se retrouveront sans | se retrouvera sans )',
];

export const FR_JAB_FAMILY_SHAPES: readonly Shape[] = [...REFUSAL_IS_LOSS, ...NOT_EVEN_THEM];

/**
 * Signals by family (two families in one text shame): a dependant hurt or counting on the visitor (« comptaient
 * sur vous », « fera de la peine », « met en péril », « on est effondrés »), a thing of theirs that « vous remercie »
 * in sarcasm, a shrug (« ou pas », « c’est un choix »); the visitor cast as flawed (« vous tromper », « plus de goût »,
 * « comme un débutant »).
 */
export const FR_SIGNAL_FAMILIES: Partial<Record<ShamingSignal, readonly Shape[]>> = {
  mock: [
    'enfin bon $',
    'droit de vous|te tromper',
    '^ ou pas $',
    'c est un choix $',
    '^ le votre|tien $',
    '( vous direz | tu diras ) quoi',
  ],
  dependant: [
    'comptaient|comptait sur vous|toi',
    'fera|fait|ferait|feront de la peine',
    'met|mettent|mettrait ~2 en peril|danger',
    '( effondre | effondres | effondrees | devastes | le coeur brise )',
    '( votre | ton | ta ) _ ( vous | te ) ( remercie | remerciera | aurait remercie ) $',
  ],
  careless: [
    'plus de gout',
    'aussi froid|froide|froids|froides',
    'comme un|une debutant|debutante',
    'par les fenetres',
  ],
};

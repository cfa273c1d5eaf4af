/**
 * French jabs a decline label adds after its refusal, by FAMILY (the decline grammar's `evaluative` class
 * `declineJab`, fr-decline.ts): words a neutral refusal never needs, so any clause with one goes beyond it. Only
 * the decline grammar reads them (a label, or copy the engine reads as one), never a page's own copy. Words as the
 * pack reads them, apostrophes split. Probes: copy-fr-families.ts.
 */
export const FR_DECLINE_JABS = {
  declineJab: [
    // not helping those the offer helps: « je préfère ne pas les aider » (helping another way is a reason: « je préfère
    // aider une asso de mon quartier »)
    'pas aider',
    'pas les aider',
    'pas l aider',
    'pas vous aider',
    'pas soutenir',
    'pas les soutenir',
    // indifference to what is offered, any register: « je m'en fiche / fous », « ça m'est (bien) égal », « rien à faire »
    'm en fiche',
    'm en fous',
    'm est égal',
    'm est bien égal',
    'rien à faire de',
    'rien à cirer',
    'rien à battre',
    // paying a multiple as a preference: « payer deux fois plus », « le double », « le triple »
    'fois plus',
    'le double',
    'le triple',
    // a pastime or a good disparaged: « c'est barbant / surfait / ringard »
    'barbant',
    'surfait',
    'ringard',
    'absurde',
    'exorbitant',
    'pigeon',
    // a bad state enjoyed or chosen: worn out, average at something, empty-handed
    'défoncé',
    'abîmé',
    'les mains vides',
    'rester moyen',
    'rester nul',
    'moyen en',
    'nul en',
    // nothing ever happens to me: the risk the offer covers dismissed
    'jamais malade',
    'jamais en panne',
    'casse jamais rien',
    'pas peur',
    'rien ne m arrive',
    'n arrive qu aux autres',
    // not deserving it, the visitor's or their things'
    'mérite pas',
    'mérite moins',
  ],
};

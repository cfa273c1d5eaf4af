/**
 * The grammar of a neutral refusal in French, for labels whose role is to say no (DeclineGrammar in pack.ts):
 * heads ("Non merci"), verbs with their neutral objects ("Résilier mon abonnement"), times, courtesy, and the
 * visitor's own reasons ("je préfère payer au mois"). Anything a decline label says beyond them is confirmshaming.
 */
import type { DeclineGrammar } from '../pack.js';
import { FR_DECLINE_LABEL } from './fr-decline-label.js';
import { DETERMINERS, MODIFIERS, NEUTRAL_OBJECT } from './fr-decline-objects.js';
import { NEUTRAL, PREFERENCE, REASON_OPENERS, REASON_SHAPES } from './fr-decline-reasons.js';
import { FR_JUDGEMENTS } from './fr-judgements.js';

/** Requests to be reached or shown another way: « Non, écrivez-moi plutôt par mail », « Montrez-moi l'offre de base ». */
const REQUESTS = [
  'écrivez moi',
  'envoyez moi',
  'montrez moi',
  'contactez moi',
  'appelez moi',
  'proposez moi',
  'dites moi',
];

export const FR_DECLINE: DeclineGrammar = {
  heads: [
    'non',
    'oui', // confirming the refusal itself: « Oui, résilier mon abonnement »; each clause after it is read on its own
    'pas tout de suite',
    'plutôt pas', // « Non, plutôt pas »
    'pas', // with a time before or after it: "Pas ce mois-ci"
    'ne pas',
    'non merci',
    'bof',
    'mais non', // "Merci, mais non"
    'pas pour moi',
    'ce n est pas pour moi',
    'c est pas pour moi',
    'merci non',
    'pas maintenant',
    'pas pour l instant',
    'pas pour le moment',
    'pas aujourd hui',
    'pas cette fois',
    'pas encore',
    'plus tard',
    'peut être plus tard',
    'une autre fois',
    'je déciderai plus tard',
    'décider plus tard',
    'j y réfléchis',
    'je vais réfléchir',
    'me le rappeler plus tard',
    'me le rappeler',
    'redemandez moi plus tard',
    'redemandez moi',
    'demandez moi plus tard',
    'rappelez moi',
    'rappelez moi plus tard',
    // (passer, ignorer, annuler, fermer, refuser are verbs below: as heads their participles would open
    // "Fermé demain (jour férié)" as a refusal)
    'tout refuser',
    'résilier',
    'me désabonner',
    'se désabonner',
    'pas intéressé',
    'pas intéressée',
    'ça ne m intéresse pas',
    'non nécessaire',
    'pas besoin',
    // it is fine as it is: « ça ira », « ça va aller », « c'est bon (comme ça) », Quebec « c'est correct »
    'ça ira',
    'ça va aller',
    'c est bon',
    'c est correct',
    'ça me va',
    'retour',
    'continuer sans accepter', // the CNIL's wording for refusing cookies
    'ne plus afficher',
    'ne plus montrer',
    'ne plus demander',
    'ne plus me le rappeler',
    // going on with the visit
    'continuer mes achats',
    'continuer les achats',
    'poursuivre mes achats',
    'continuer à naviguer',
    // the ways French says no without « non » (informal, idiomatic, in the first person): a label that opens with
    // one is a decline wherever it sits, so what it goes on to say is read as a decline's (« Très peu pour moi,
    // je paierai le prix fort »); alone they are neutral refusals
    'nan',
    'nan merci',
    'nope',
    'non non',
    'merci mais non',
    'très peu pour moi',
    'très peu pour nous',
    'pas envie',
    'pas très envie',
    'pas trop envie',
    'sans façon',
    'sans façons',
    'sans moi',
    'ce sera sans moi',
    'ça ne me dit rien',
    'ça ne me tente pas',
    'pas pour cette fois',
    'pas cette fois ci',
    'une prochaine fois',
    'pas la peine',
    'pas question',
    'hors de question',
    'c est non',
    'ce sera non',
    'passer mon tour',
    'je passe mon tour',
    'je passe',
    'je m abstiens',
    'je décline',
    'décliner',
    'je préfère pas',
    'je ne préfère pas',
    'je ne suis pas intéressé',
    'je suis pas intéressé',
    'je ne suis pas preneur',
    'je ne suis pas preneuse',
    'pas preneur',
    'pas preneuse',
    'je ne veux pas',
    'je n en veux pas',
    'je ne souhaite pas',
    'je n en ai pas besoin',
    'je n ai pas besoin',
    'j ai pas besoin',
    'je verrai plus tard',
    'je reviendrai plus tard',
  ],
  verbs: [
    // consent and checkout: "Autoriser uniquement les cookies nécessaires", "Aller au paiement"
    'autoriser',
    'accepter uniquement',
    'accepter seulement',
    'aller à',
    'aller au',
    // Passer à l'autre option ou modifier sa réponse ne dit rien de la personne (the widget's own label is
    // « Voir une option plus légère »).
    'voir',
    'afficher',
    'comparer',
    'modifier',
    'résilier',
    'annuler',
    'garder', // keeping what one has refuses the change
    'conserver',
    'rester sur',
    'rester en', // « Rester en version gratuite »
    'rester avec',
    'continuer sans',
    'continuer avec',
    'poursuivre sans',
    'passer',
    'refuser',
    'ignorer',
    'fermer',
    'retirer',
    'retour à',
    'revenir à',
    'sans',
    'arrêter',
    'mettre fin à',
    'mettre en pause',
    'suspendre',
    'expédier',
    'enregistrer', // "Non, ne pas enregistrer ma carte"
    // opting in, negated after « ne pas »: « Ne pas m'abonner à l'infolettre », « Ne pas m'inscrire »
    'm abonner à',
    'm abonner',
    'm inscrire à',
    'm inscrire',
    'continuer vers',
    'continuer en tant que',
    'continuer en tant qu',
    'commander en tant que',
    'commander en tant qu',
    'acheter en tant qu',
    'continuer', // "Continuer la résiliation"; a loss or a good after it is still beyond a refusal
    'poursuivre',
    'tout expédier',
    'expédier ensemble',
    'utiliser',
    // the visitor asks for another way to be reached or shown: « Non, écrivez-moi plutôt par mail »
    ...REQUESTS,
    // a way to receive the order, named by its action noun: « Retrait en boutique », « Livraison à domicile »
    'retrait',
    'livraison',
    'envoi',
    'expédition',
  ],
  determiners: DETERMINERS,
  objects: NEUTRAL_OBJECT,
  modifiers: MODIFIERS,
  times: [
    'maintenant',
    'aujourd hui',
    'pour l instant',
    'pour le moment',
    'en ce moment',
    'cette fois',
    'cette fois ci',
    'ce mois ci',
    'cette année',
    'ce trimestre',
    'cette semaine',
    'la semaine prochaine',
    'le mois prochain',
    'l année prochaine',
    'l an prochain',
    'demain',
    'plus tard',
    'peut être',
    'comme ça',
    // one neutral option rather than another: « Un don unique plutôt que mensuel », « Retrait au lieu de la
    // livraison » (a loss or a taste after it is still evaluative)
    'plutôt que',
    'plutôt qu',
    'au lieu de',
    'au lieu du',
    'au lieu d',
  ],
  // and a vocative to the shop's person: « Non merci, madame »
  courtesy: [
    'merci',
    'merci bien',
    'merci quand même',
    'merci beaucoup',
    's il vous plaît',
    'désolé',
    'monsieur',
    'madame',
  ],
  reasonOpeners: REASON_OPENERS,
  reasonShapes: REASON_SHAPES,
  // open reasons: a clause the grammar does not know is the visitor's own reason unless it judges (fr-judgements.ts); a
  // thing of value judges only a clause that refuses it (« Passer les avantages »), not a circumstance (« ma cagnotte
  // est vide »); a preference keeps the closed rule (it may name only the grammar's words), tried and measured worse
  openReasons: { valued: 'refused' },
  judgements: FR_JUDGEMENTS,
  // a preference names only neutral things: "je préfère payer au mois", not "je préfère payer plein pot"
  preference: PREFERENCE,
  neutral: NEUTRAL,
  // what the label says about the visitor: a taste, a loss that judges (a loss reported as the cause is a reason, read
  // by the judgements' constructions), a flaw, a hardship chosen (fr-self-words.ts)
  evaluative: ['gain', 'lossJudged', 'smug', 'others', 'taste', 'flaw', 'hardship', 'declineJab'], // fr-decline-jabs.ts
  // after a refusal, anything neutral may follow, but not a good ("Passer les économies")
  valued: ['valued', 'owned', 'growth'],
  // An action label opens with an infinitive ("Masquer", "Mettre mon abonnement en pause", "Ne plus recevoir …"):
  // a verb the grammar has no entry for still reads as an action when nothing in it is of value or evaluative.
  action: {
    at: 'first',
    endings: ['er', 'ir', 're'],
    // negation and object pronouns before the infinitive: "ne plus afficher", "me le rappeler"
    before: ['ne', 'n', 'pas', 'plus', 'jamais', 'me', 'm', 'nous', 'le', 'la', 'les', 'l', 'en', 'y'],
    notWith: [
      'je',
      'j',
      'tu',
      'vous',
      'il',
      'elle',
      'on',
      'ils',
      'elles',
      'plutôt',
      'plutot',
      'mieux',
      'meilleur',
      'meilleure',
    ],
  },
  label: FR_DECLINE_LABEL,
};

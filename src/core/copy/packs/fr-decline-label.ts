/**
 * When French copy of no role is a decline label all the same (DeclineGrammar `label`, engine decline-label.ts):
 * "Refuser et …", "Bof, …", "Laisser filer mon bon", but not "Aller au contenu", "Annulez à tout moment depuis votre
 * compte" or "Non, l'offre gratuite n'expire pas".
 */
import type { DeclineLabelWords } from '../pack-decline.js';

export const FR_DECLINE_LABEL: DeclineLabelWords = {
  // besides the grammar's heads (non, bof, résilier, …): verbs that refuse or leave
  openers: [
    // (« Renoncer à l'assurance » is the plain no to an add-on; « à ma remise » is a valued thing)
    'renoncer',
    'renoncer à',
    'je renonce',
    'je renonce à',
    'ignorer',
    'refuser',
    'fermer',
    'passer',
    'sauter',
    'zapper',
    'quitter',
    'annuler',
    'me désabonner',
    'me désinscrire',
    'se désabonner',
    'continuer',
    'continuer sans',
    'garder',
    // (also the grammar's verbs: « Je reste sur l'offre gratuite »)
    'rester sur',
    'rester avec',
    'retourner à',
    'revenir à',
    // staying as one is, settling for less, saying no, in the visitor's voice (« Je reste mal assuré », « Je me
    // contente de … », « Je dis non à … »): what follows is read as a decline's
    'rester',
    'contenter',
    'me contenter',
    'dire non',
    'dis non',
    'préférer',
    'préférerais',
    'aime mieux',
    'décliner',
    // going without, then a clause of the visitor's (« Sans garantie, je … »): a label only in the visitor's voice
    // and after a break (the page's « Sans engagement, vous … » addresses the visitor). Not « pas de »: a retention
    // offer refused by name, then the visitor's intent, is a plain no (« Pas de remise, je veux juste résilier »)
    'sans',
  ],
  // verbs that give something up: what follows them is never neutral
  renouncing: [
    'perdre',
    'oublier',
    'laisser tomber',
    'laisser filer',
    'laisser passer',
    'laisser expirer',
    'rater',
    'jeter',
    'abandonner',
    'passer à côté de',
    'dire adieu à',
    'sacrifier',
    'tant pis',
    'tant pis pour',
    // spurning it (« Tourner le dos à 40 % de remise », « Faire une croix sur mes points »)
    'tourner le dos à',
    'faire une croix sur',
  ],
  joins: ['et', 'puis', 'et puis'],
  self: ['je', 'j', 'me', 'm', 'moi', 'mon', 'ma', 'mes', 'mien', 'mienne'],
  addressee: ['tu', 'te', 't', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos'],
  answers: ['non', 'oui'],
};

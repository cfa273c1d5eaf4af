/**
 * French decline labels that nobody declared as one (a crawled decline link, a button of no role): the ways French
 * says no without « non » (« Nan », « Très peu pour moi », « Sans façon », « Je passe mon tour », « Je ne veux pas »)
 * and first-person refusing verbs (« Je reste … », « Je me contente de … », « Je dis non à … », « Sans X, je … ») make
 * such copy a label, so the decline grammar reads what it goes on to say. Written for these tests from the language,
 * not taken from any blind batch or development set; the honest side shares their first words.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const dark = (text: string, role?: 'decline') =>
  checkCopy(text, role ? { locale: 'fr', role } : { locale: 'fr' })
    .map((finding) => finding.rule)
    .filter((rule) => DARK.includes(rule));

/** Decline labels with no role that say something about the visitor beyond no. */
const SHAMING_LABELS = [
  'Nan, je paierai le prix fort',
  'Nope, je reste mal informée',
  'Nan merci, je préfère payer plein tarif',
  'Très peu pour moi, je paierai le prix fort',
  'Pas envie, je paierai le prix fort',
  'Sans façon, je paierai le prix fort',
  'Je passe mon tour, je paierai le prix fort',
  'Sans moi, je paierai le prix fort',
  'Ça ne me dit rien, je paierai le prix fort',
  'Pas pour cette fois, je paierai le prix fort',
  'Je m’abstiens, je paierai le prix fort',
  'Une prochaine fois, je paierai le prix fort',
  'C’est non, je paierai le prix fort',
  'Hors de question, je paierai le prix fort',
  'Je ne suis pas intéressée, je paierai le prix fort',
  'Je ne veux pas, je paierai le prix fort',
  'Je n’en ai pas besoin, je paierai le prix fort',
  'Je reste mal protégé, merci',
  'Je me contente d’un ordinateur qui rame',
  'Je dis non à ma remise de bienvenue',
  'Sans antivirus, je croise les doigts',
  'Décliner — mes plantes peuvent bien mourir',
  // a preference, read by the decline grammar's closed rule: it may name only neutral things
  'Je préfère régler mes frais de dossier, merci',
  'Je préfère rester novice toute ma vie',
  'Je préférerais payer deux fois plus en agence',
];

/** Retention and exit-intent copy: two signals (a doubt or a plea, and a loss). */
const SHAMING_BODY = [
  'Vous partez déjà ? Pensez à tout ce que vous allez rater.',
  'Ta carte te faisait gagner 8 € par mois. Vraiment prête à y renoncer ?',
  'Tu vas manquer toutes nos soirées privées. Sûr de toi ?',
  'C’est ton dernier mot ? Tes 900 points disparaîtront.',
  'Tu refuses vraiment 15 € offerts ?',
  'Attends ! Ne repars pas les mains vides',
  'Quel dommage de tout arrêter en si bon chemin',
  'Tu abandonnes si près du but ?',
  'Vraiment ? Même pas pour 2 € ?',
  'Tu pars ? Dommage, tu allais tant économiser.',
  'Vous êtes à deux doigts de rater nos prix d’hiver.',
];

/** Honest dialogs and pitches with the same words. */
const HONEST_BODY = [
  'Vous hésitez ? Essayez gratuitement pendant 30 jours, 10 € offerts à l’inscription.',
  'Sûr de vous ? Cette action supprimera définitivement le projet.',
  'Êtes-vous sûr de vouloir annuler ? Vos 300 points resteront sur votre compte.',
  'Vous êtes prêt à passer commande ? Vos 10 € offerts sont appliqués.',
  'Vous êtes prête à partir ? Votre réservation est confirmée.',
  'Vous êtes sur le point de perdre vos modifications non enregistrées',
  'Vous allez nous manquer ! Votre compte reste accessible jusqu’au 30 juin.',
  'Vous étiez si près du but : reprenez où vous en étiez',
  'Vous êtes à deux doigts de finir votre profil. Continuez !',
  'Il vous manque un champ obligatoire. Êtes-vous sûr de vouloir continuer ?',
];

/** The visitor's own way of being reached, sent or served: neutral preferences, with a role or none. */
const HONEST_PREFERENCES = [
  'Je préfère être rappelée',
  'Je préfère le format papier',
  'Je préfère la version PDF',
  'Je préfère être contacté par SMS',
  'Je préfère un autre créneau',
  'Je préfère en discuter avec un conseiller',
  'Je préfère le retrait en point relais',
];

/** Honest copy that opens with the same words: neutral refusals, the visitor's reasons, the page's own copy. */
const HONEST = [
  'Très peu pour moi, merci',
  'Nan merci',
  'Pas envie de cuisiner ? Commandez en 2 clics',
  'Pas question de vous facturer des frais cachés',
  'Pas la peine de créer un compte : commandez en invité',
  'Hors de question de revendre vos données',
  'Je ne veux pas recevoir la lettre d’information',
  'Je ne souhaite pas recevoir d’offres de nos partenaires',
  'Je ne souhaite pas être recontacté',
  'Je ne suis pas intéressé par la garantie',
  'Je n’en ai pas besoin pour l’instant',
  'Je n’ai pas besoin de facture',
  'Je passe à la caisse',
  'Je passe commande',
  'Je décline toute responsabilité en cas de perte',
  'Sans façon, nous livrons partout en France',
  'Ce sera non pour aujourd’hui',
  'Sans engagement, vous pouvez résilier à tout moment',
  'Sans compte, je peux quand même commander',
  'Sans carte bancaire, je paie par virement',
  'Sans abonnement, j’achète à l’unité',
  'Sans assurance, je suis couvert par ma carte bancaire',
  'Pas de souci, je m’en occupe',
  'Pas de remise, je veux juste résilier',
  'Rester connecté',
  'Je reste connecté',
  'Je reste client depuis 10 ans',
  'Je reste avec mon opérateur actuel',
  'Décliner les cookies',
  'Je dis non aux cookies publicitaires',
  'Je me contente de la version gratuite',
];

describe('French: decline labels of no role', () => {
  it.each(SHAMING_LABELS)('refuses %j with no role', (text) => {
    expect(dark(text)).toContain('confirmshaming');
  });
  it.each(SHAMING_LABELS)('refuses %j as a decline label', (text) => {
    expect(dark(text, 'decline')).toContain('confirmshaming');
  });
  it.each(HONEST)('accepts %j with no role', (text) => {
    expect(dark(text)).toEqual([]);
  });
  it.each(SHAMING_BODY)('refuses the retention copy %j', (text) => {
    expect(dark(text)).toContain('confirmshaming');
  });
  it.each(HONEST_BODY)('accepts the dialog or pitch %j', (text) => {
    expect(dark(text)).toEqual([]);
  });
  it.each(HONEST_PREFERENCES)('accepts the preference %j with no role and as a decline label', (text) => {
    expect(dark(text)).toEqual([]);
    expect(dark(text, 'decline')).toEqual([]);
  });
});

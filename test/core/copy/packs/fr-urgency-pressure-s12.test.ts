/**
 * French urgency and pressure by construction (session 12): the time left said vaguely (« il ne vous reste que
 * quelques minutes »), « plus pour longtemps » read as time, an offer that touches its end, a window told by what
 * follows it (« passé ce délai, plein tarif »), a clearance with its end, a limited offer before another badge word;
 * the offer kept for the first N. And the honest neighbours they share words with: hours of availability («
 * 24h/24, 7j/7 »), a player's « Temps restant », the visitor's own emergency, return window, workspace seats, a
 * merchant's reorder note, an account switcher's « Pas vous ? », a delete dialog. Written for these tests from the
 * language, not taken from any blind batch, development set or real-copy file.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const dark = (text: string) =>
  checkCopy(text, { locale: 'fr' })
    .map((finding) => finding.rule)
    .filter((rule) => DARK.includes(rule));

const URGENT = [
  'Il ne vous reste que quelques minutes pour valider ce tarif',
  'Il ne reste plus que quelques heures',
  'Ce prix ? Plus pour longtemps',
  'Tout doit disparaître avant samedi',
  'La vente privée touche à sa fin',
  'Nos remises touchent bientôt à leur fin',
  'Vente flash : 3 h seulement',
  'Remise expirant bientôt',
  'Tarifs en hausse dans 2 jours',
  'Inscrivez-vous tant qu’il est encore temps',
  'Chaque seconde compte : commandez',
  'PROMO LIMITÉE – derniers articles',
  'Passé ce délai, retour au prix habituel',
  'Après minuit, plein tarif',
  'Plus que 2 jours à ce prix',
  // the push said as shops say it
  'Réservez vite !',
  'Inscris-toi vite, les places partent',
  'Décide-toi vite',
  'N’attends plus',
  'Soldes : J-3',
  'Promo flash 24 h',
  'Ça s’arrête samedi',
  'Nos soldes finiront bientôt',
  'Bientôt la fin',
  'Commandez avant la hausse de nos tarifs',
  'Derniers moments pour économiser',
  'Ultimes minutes',
];

const PRESSURE = [
  'Aux 200 premiers clients : une trousse offerte',
  'Réservé aux 20 premières réservations',
  'Rejoins les 100 premiers et profite de -15 %',
  'Stock faible',
  'Plus que 12 jetons à ce prix',
  'Seulement 6 licences à ce tarif',
  '58 clients ont déjà profité de cette remise',
  // few left, a crowd, without a number
  'Il reste très peu de billets',
  'Il ne reste que quelques créneaux',
  'Billets en nombre limité',
  'Bientôt complète !',
  'Nos stocks fondent à vue d’œil',
  'Ce gîte est rarement libre',
  'Plusieurs visiteurs regardent ce produit',
  'Pas mal de monde consulte cette annonce',
  'Déjà dans de nombreux paniers',
  'Tout le monde se l’arrache',
  'Beaucoup de familles l’ont déjà adopté',
  'Elles sont nombreuses à l’avoir choisi',
  'Commandé plusieurs fois depuis ce matin',
  // lone badges, as en reads "Popular choice", "Hot item", "Limited edition"
  'Choix populaire',
  'Article tendance',
  'Produit phare',
  'Le produit du moment',
];

const HONEST = [
  'Il ne reste que quelques minutes de marche jusqu’à la gare',
  'Il ne vous reste que quelques jours avant votre départ',
  'Livraison en 3 h seulement dans Lyon',
  'Votre essai touche à sa fin',
  'Il est encore temps de modifier votre commande',
  'Le prix de l’énergie est en hausse cette année',
  'Offre limitée aux nouveaux abonnés',
  'Offre limitée à un code par foyer',
  'Offre limitée dans la limite des stocks disponibles',
  'Les 3 premiers mois à 2 €',
  'Afficher les 50 premiers',
  'Les 10 premiers résultats',
  'Après la période d’essai, tarif normal de 12 € par mois',
  'Passé ce délai, votre panier sera vidé',
  'Assistance disponible 24h/24, 7j/7',
  'Nous sommes joignables 24h/24, 7j/7',
  'Temps restant',
  'En cas de fuite, chaque minute compte quand il faut couper l’eau',
  'Dernier jour pour renvoyer votre colis : 12 avril',
  '2 places restantes dans votre espace de travail',
  'Stock faible : à recommander auprès du fournisseur',
  'La période d’essai de votre organisation prendra fin dans 5 jours',
  'Pas vous ?',
  'Il reste quelques étapes pour finaliser votre profil',
  'Nombre de places limité à 15 par séance',
  'Plusieurs membres de votre équipe consultent ce document',
  'Commandez vite et simplement depuis l’appli',
  'Réservez rapidement en ligne',
  'N’attendez plus pour gérer vos factures',
  'Livraison 24 h',
  'Essai 30 jours',
  'Bientôt la fin de votre essai',
  'Votre séjour : J-3',
  // the size of a customer base, rounded or exact, is neither scarcity nor activity (coordinator, session 12)
  '4 218 clients',
  '+3 000 abonnés',
  '20 000+ lecteurs',
  'Plus de 8 000 clientes ravies',
  'Rejoins des milliers de fans',
  'Dès 16 ans',
  'Pour 5+ utilisateurs, contactez l’équipe commerciale',
  'Groupes de 10+ personnes',
  'Appelez le +33 1 23 45 67 89',
  'Plus de 3 membres dans votre équipe',
  'Nos produits phares',
  'Trier par : article tendance',
  'Série limitée',
  'Produit phare : le savon au miel',
  'Les clients qui ont acheté cet article ont aussi acheté',
  'Vous avez plusieurs articles dans votre panier',
  'Le stock diminue d’une unité à chaque commande',
  'Votre stock s’épuise : réapprovisionnez',
  'Vous avez déjà profité de cette remise',
  '3 amis ont déjà profité de votre parrainage',
  'Votre export vient d’être téléchargé',
  'Vous avez déjà acheté cette vente flash !',
  'Vente flash réservée avec succès !',
  'Ce QR code est valable pendant 10 minutes',
  'Continuer avec l’option Régler plus tard',
  'Je préfère l’option Payer plus tard',
  'Non merci, je préfère régler plus tard',
  'Non merci, je préfère payer plus tard',
  'Vous êtes sur le point de supprimer définitivement ce dossier. Êtes-vous sûr ?',
];

/** Retention copy: about to give up something, with a second signal. */
const SHAMING = ['Vous êtes sur le point de renoncer à vos 300 points. Dommage !'];

describe('French urgency and pressure by construction (session 12)', () => {
  it.each(URGENT)('refuses %j as false urgency', (text) => {
    expect(dark(text)).toContain('false-urgency');
  });
  it.each(PRESSURE)('refuses %j as pressure', (text) => {
    expect(dark(text)).toContain('pressure');
  });
  it.each(SHAMING)('refuses %j as confirmshaming', (text) => {
    expect(dark(text)).toContain('confirmshaming');
  });
  it.each(HONEST)('accepts %j', (text) => {
    expect(dark(text)).toEqual([]);
  });
});

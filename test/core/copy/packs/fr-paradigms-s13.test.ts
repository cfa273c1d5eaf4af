/**
 * French pressure and urgency by PARADIGM (session 13): each family is probed across the ways a marketer says the
 * same claim (synonyms, inflections, vous and tu, with and without article or intensifier, as a badge, a sentence
 * and a notification), beside honest near-misses that use the same words. Written for these tests from the
 * language, not taken from any blind batch, development set or real-copy file.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const dark = (text: string, role?: 'decline') =>
  checkCopy(text, { locale: 'fr', role })
    .map((finding) => finding.rule)
    .filter((rule) => DARK.includes(rule));

interface Family {
  readonly name: string;
  readonly rule: 'pressure' | 'false-urgency' | 'confirmshaming';
  /** Decline labels (`role: 'decline'`); otherwise copy of no role. */
  readonly decline?: boolean;
  readonly dark: readonly string[];
  readonly honest: readonly string[];
}

const FAMILIES: readonly Family[] = [
  {
    name: 'nearly out, by degree, as a badge and with « en »',
    rule: 'pressure',
    dark: [
      'Presque épuisé',
      'Quasiment épuisée',
      'Pratiquement épuisés !',
      'Bientôt écoulé',
      'Quasi en rupture',
      'Ce modèle est presque épuisé',
      'Épuisement imminent',
      'Rupture très proche',
      'Stock bas',
      'Stocks au plus bas',
      'Niveau de stock critique',
      'Peu de stock',
      'Derniers stocks !',
      'Série limitée : il en reste 4',
      'Il n’en reste que quelques-unes',
      'Il n’en reste plus que très peu',
      'Il n’en reste presque plus',
      'Édition limitée, presque épuisée',
      'Édition limitée : plus que 20 exemplaires',
    ],
    honest: [
      'Épuisé',
      'Édition limitée',
      'Série limitée',
      'Édition limitée numérotée, signée par l’artiste',
      'Votre quota est presque épuisé',
      'Forfait data presque épuisé',
      'Seuil de stock bas',
      'Alerte stock critique',
      'Stock : 48 unités',
      'Dans la limite des stocks disponibles',
      'Mes derniers stocks importés',
      'Il en reste 3 à traiter',
    ],
  },
  {
    name: 'demand said without a number: strong, peaking, a hit',
    rule: 'pressure',
    dark: [
      'Demande très forte en ce moment',
      'Demande exceptionnelle sur ce vol',
      'Demande en hausse',
      'Pic de demande',
      '📈 Pic de réservations',
      'Afflux de commandes aujourd’hui',
      'Ruée sur ce modèle',
      'Affluence record',
      'Fréquentation exceptionnelle cette semaine',
      'Ça cartonne !',
      'Le modèle qui cartonne',
      'Ce produit cartonne en ce moment',
      'Cette robe fait fureur',
      'Ce parfum fait un tabac',
      'Nos baskets font un carton',
      'Un succès fou cette semaine',
      'Un franc succès',
    ],
    honest: [
      'Demande envoyée',
      'Votre demande a bien été envoyée',
      'En raison d’une demande exceptionnelle, les délais de livraison sont allongés',
      'Pic d’activité à 14 h sur votre site',
      'Couverture cartonnée',
      'Livre cartonné',
      'Livré dans un carton recyclé',
      'Bureau de tabac',
      'Votre projet cartonne ? Passez à l’offre Pro',
    ],
  },
  {
    name: 'activity now, told by its time, its buyer or a plus sign',
    rule: 'pressure',
    dark: [
      '19 personnes utilisent ce modèle en ce moment',
      '31 clients utilisent ce service actuellement',
      '6 internautes consultent cette page maintenant',
      'Nina vient de télécharger ce guide',
      'Hugo vient de prendre la dernière place',
      'Acheté par Julie de Lyon',
      'Commandé par Marc à Nantes il y a 4 minutes',
      'Camille a acheté le pack Duo',
      'Léo a craqué pour la veste en lin',
      '+45 ventes aujourd’hui',
      '+120 inscriptions cette semaine',
      '+32 téléchargements aujourd’hui',
    ],
    honest: [
      '3 personnes utilisent ce compte',
      'Votre collègue vient de télécharger le rapport',
      'Marc vient de rejoindre votre espace de travail',
      'Il vient de télécharger la facture',
      'Vendu par Maison de la Literie',
      'Commandé par : Jean Dupont',
      'Créneau réservé par Marie',
      'Il a acheté',
      'Qui a commandé ?',
      'Votre équipe a souscrit à l’offre Pro',
      '+2 % cette semaine',
      '+3 °C aujourd’hui',
      'Vous avez +12 abonnés cette semaine',
    ],
  },
  {
    name: 'lone badges: « le + », a named item trending',
    rule: 'pressure',
    dark: [
      'Le + vendu',
      'La + demandée',
      'Robe fleurie en tendance',
      '🔥 Ce manteau en tendance',
      'Produit en tendance',
    ],
    honest: ['Les + vendus', 'Recherches en tendance', 'Produits en tendance', 'Sujets en tendance', 'Tendances'],
  },
  {
    name: 'hurry and the time left, vous and tu, every form of « ne … que »',
    rule: 'false-urgency',
    dark: [
      'Hâtez-vous, l’offre se termine',
      'Hâte-toi !',
      'Plus que quelques minutes !',
      'Il ne vous reste que 2 jours',
      'Il ne te reste plus que 3 heures pour profiter de la remise',
      'Il ne nous reste que 48 h de soldes',
      'Fin de l’offre : minuit',
      'Fin de la promo : ce soir',
      'Offre expirant dans 10 minutes',
      'Remise se terminant demain',
    ],
    honest: [
      'Hâte de vous revoir',
      'Plus que quelques secondes…',
      'Il ne vous reste que 2 jours d’essai',
      'Il ne te reste que 3 jours avant ton départ',
      'Fin de la session dans 5 minutes',
      'Fin de l’offre le 12 mars',
      'Dernier jour ouvré pour une livraison avant Noël : 20 décembre',
    ],
  },
  {
    name: 'the window told by what the visitor may still do, and the days-to-go badge',
    rule: 'false-urgency',
    dark: [
      'Vous avez jusqu’à minuit pour profiter de -30 %',
      'Tu as jusqu’à dimanche pour en profiter',
      'Il te reste jusqu’à ce soir pour économiser',
      'Profite-en jusqu’à dimanche',
      'Économisez jusqu’à minuit',
      'Commandez avant minuit pour profiter de -20 %',
      'Achète avant minuit et économise 15 %',
      'Plus que ce soir',
      'Plus qu’aujourd’hui !',
      'J-3',
      'Soldes : J-1',
    ],
    honest: [
      'Vous avez jusqu’au 30 juin pour déposer votre dossier',
      'Vous avez jusqu’à vendredi pour déposer votre dossier',
      'Profitez-en jusqu’au 30 juin',
      'Commandez avant minuit pour être livré demain',
      'Commandez avant 14 h pour une expédition le jour même',
      'J-3 avant votre départ',
      'Votre séjour : J-3',
    ],
  },
  {
    name: 'the offer shown once and never again',
    rule: 'false-urgency',
    dark: [
      'Cette offre ne vous est proposée qu’une fois',
      'Offre présentée une seule fois',
      'Cette remise ne sera jamais reproposée',
      'Ce tarif ne te sera plus jamais proposé',
      'Cette offre d’essai de 14 jours ne vous sera plus jamais proposée',
      'Promo disponible uniquement ici et maintenant',
      'Dernière opportunité',
      'Ultime opportunité !',
      'Une opportunité unique',
    ],
    honest: [
      'Code utilisable une seule fois',
      'Offre valable une seule fois par client',
      'Cette offre ne sera pas renouvelée automatiquement',
      'Ce message ne s’affichera qu’une fois',
      'Votre abonnement ne sera pas renouvelé',
      'Opportunités',
      'Ici et maintenant, l’équipe vous répond',
    ],
  },
  {
    name: 'hurry before it fills or before the prices return; leaving loses the offer',
    rule: 'false-urgency',
    dark: [
      'Réservez vite avant qu’il ne soit complet',
      'Commande vite avant la rupture',
      'Inscris-toi vite avant que les places partent',
      'Profitez-en avant qu’ils ne reviennent aux prix normaux',
      'Achetez avant que les prix ne remontent',
      'Avant le retour au plein tarif',
      'Offre de lancement limitée',
      'Promotion spéciale limitée',
      'Si vous fermez cette fenêtre, vous ne pourrez plus en profiter',
      'Si tu refuses, tu ne pourras plus accéder au cours gratuitement',
    ],
    honest: [
      'Réservez vite et simplement',
      'Réservez rapidement avant votre arrivée',
      'Offre spéciale limitée aux nouveaux clients',
      'Offre de bienvenue limitée à une commande',
      'Si vous fermez votre compte, vous ne pourrez plus accéder à vos factures',
      'Si vous quittez, vous ne pourrez plus modifier votre commande',
    ],
  },
  {
    name: 'declines: the price preferred, a limit accepted, a good renounced for good, a virtue feared',
    rule: 'confirmshaming',
    decline: true,
    dark: [
      'Non merci, je préfère payer 12,90',
      'Non, je préfère régler 49 €',
      'Non merci, je renonce définitivement à mes 3 mois offerts',
      'Non, je renonce volontiers aux 30 jours gratuits',
      'Non merci, je refuse et j’accepte les restrictions',
      'Continuer en acceptant les publicités',
      'Je suis trop douillette pour être une héroïne',
      'Non, je suis une chochotte',
      'J’ai peur des responsabilités',
      'J’ai peur de l’effort',
      'Je suis allergique à la générosité',
      'J’ai une allergie aux bonnes causes',
    ],
    honest: [
      'Non merci, je préfère payer 9,99 € par mois',
      'Non merci, je préfère payer plus tard',
      'Non merci, je préfère rester sur 7 jours gratuits',
      'Non merci, je préfère attendre quelques jours',
      'Non merci, je renonce',
      'Non, j’ai peur de me tromper de taille',
      'Non, je suis allergique aux noix',
      'Accepter le risque et continuer',
      'Non, je suis trop occupé en ce moment',
    ],
  },
  {
    name: 'leaving without what is theirs, or letting it slip away',
    rule: 'confirmshaming',
    dark: [
      'Attendez ! Ne repartez pas sans votre cadeau',
      'Attends ! Ne pars pas sans ton panier',
      'Ne laissez pas vos économies s’envoler',
      'Ne laisse pas tes points expirer',
    ],
    honest: [
      'Ne laissez pas vos plantes sécher',
      'Continuer sans votre code promo',
      'Ne partez pas sans vérifier votre adresse',
      'Attendez quelques secondes',
    ],
  },

  {
    name: 'a good spurned, given back, let lapse; a better thing refused; a chance let go, a risk taken',
    rule: 'confirmshaming',
    dark: [
      'Tourner le dos à 40 % de remise',
      'Je tourne le dos à mes avantages',
      'Faire une croix sur mes points',
      'Cracher sur 30 % de réduction',
      'Rendre mon cadeau de bienvenue',
      'Je rends mes points fidélité',
      'Laisser mes tampons de fidélité dormir',
      'Laisser mes bons d’achat expirer',
      'Pas intéressé par un meilleur salaire',
      'Pas tenté par une meilleure couverture',
      'Non merci, je choisis de payer plus',
      'Non merci, je prends le risque',
      'Non, je laisse passer ma chance',
    ],
    honest: [
      'Ne tournez pas le dos à vos rêves',
      'Rendre un article',
      'Rendre mon article',
      'Laisser mon ordinateur dormir',
      'Continuer sans la protection écran',
      'Pas intéressé par un meilleur salaire ?',
      'Laisser un avis',
      'Non merci, je préfère payer en une fois',
      'Ignorer et continuer',
    ],
  },
  {
    name: 'declines: going on unprotected',
    rule: 'confirmshaming',
    decline: true,
    dark: ['Continuer sans protection', 'Je reste sans couverture'],
    honest: ['Continuer sans l’assurance', 'Continuer sans la protection écran'],
  },
  {
    name: 'stock limited or filled to a share, out soon, others with it in their basket',
    rule: 'pressure',
    dark: [
      'Stock limité',
      'Quantités limitées, commandez vite',
      'Offre en quantité limitée',
      'Complet à 90 %',
      'Ce stage est rempli à 85 %',
      'En rupture bientôt',
      'Bientôt plus disponible',
      '2 autres personnes ont ce séjour dans leur panier',
      'Ce créneau intéresse 4 autres patients',
    ],
    honest: [
      'Stock limité à 2 par client',
      'Quantité limitée à 3 par commande',
      'Votre profil est complet à 80 %',
      'Téléchargement terminé à 90 %',
      'Bientôt disponible',
      '2 articles dans votre panier',
    ],
  },
  {
    name: 'the window as a subject, a promotion said temporary, closing told first, a basket held',
    rule: 'false-urgency',
    dark: [
      '24 h pour en profiter',
      '48 heures pour profiter de l’offre',
      '3 jours pour économiser 20 %',
      'Profitez vite de cette offre',
      'Profite vite !',
      'Réduction temporaire',
      'Disponible pour une courte durée',
      'Clôture des inscriptions dans 3 jours',
      'Nous gardons votre panier 10 minutes',
      'Offre exceptionnelle, ne la laissez pas filer',
    ],
    honest: [
      '14 jours pour changer d’avis',
      '30 jours pour retourner un article',
      'Fermeture temporaire',
      'Clôture des inscriptions le 15 mars',
      'Nous conservons vos données 30 jours',
      'Les inscriptions ferment le 15 mars',
    ],
  },
];

describe('French pressure and urgency by paradigm (session 13)', () => {
  for (const family of FAMILIES) {
    describe(family.name, () => {
      const role = family.decline ? 'decline' : undefined;
      it.each(family.dark)(`refuses %j as ${family.rule}`, (text) => {
        expect(dark(text, role)).toContain(family.rule);
      });
      it.each(family.honest)('accepts %j', (text) => {
        expect(dark(text, role)).toEqual([]);
      });
    });
  }
});

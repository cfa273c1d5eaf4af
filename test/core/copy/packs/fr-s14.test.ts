/**
 * French families widened in session 14 (fr-families-s14.ts and the families they extend): each family probed in
 * the forms a marketer writes it (durations in words, vous / tu / on / nous, colloquial idioms), beside honest
 * near-misses that share its words. Written for these tests from the language, not taken from any blind batch,
 * development set or real-copy file.
 */
import { probeFamilies, type Family } from './fr-family-probes.js';

const FAMILIES: readonly Family[] = [
  {
    name: 'a validity window said in words',
    rule: 'false-urgency',
    dark: [
      'Ce coupon n’est valable qu’un petit quart d’heure',
      'Ta remise ne tient qu’une demi-heure',
      'Offre garantie une petite heure',
      'Bon de réduction valable quelques minutes seulement',
    ],
    honest: [
      'Le code de vérification est valable un quart d’heure',
      'Le bon de livraison est valable une heure après impression',
      'Votre lien de connexion est valable une heure',
    ],
  },
  {
    name: 'back to full price at a near time',
    rule: 'false-urgency',
    dark: [
      'Dès demain, retour au tarif normal',
      'Vendredi : retour aux prix habituels',
      'Après minuit, les tarifs repassent au prix fort',
    ],
    honest: ['Demain, retour aux horaires habituels', 'Lundi, retour au bureau après les congés'],
  },
  {
    name: 'the shop holding it for minutes, any person',
    rule: 'false-urgency',
    dark: ['Nous te gardons ce tarif 12 minutes', 'On vous bloque votre siège pendant 8 minutes'],
    honest: [
      'Nous vous gardons la table 15 minutes après l’heure prévue',
      'On vous garde le colis 10 jours au point relais',
    ],
  },
  {
    name: 'to the end of the day, and act within minutes to keep the deal',
    rule: 'false-urgency',
    dark: [
      'Tarif réduit jusqu’à la fin de la journée uniquement',
      'Remise valable jusqu’à la fin du week-end',
      'Payez sous 20 minutes pour conserver votre tarif',
      'Confirme dans la demi-heure pour garder ta réduction',
    ],
    honest: [
      'Le support répond jusqu’à la fin de la journée',
      'Votre code est valable jusqu’à la fin de la journée',
      'Répondez dans les 48 heures pour garder votre place sur la liste d’attente',
    ],
  },
  {
    name: 'a sale closing at a clock time, and hours of a sale as a badge',
    rule: 'false-urgency',
    dark: [
      'La vente flash se termine à 21 h',
      'Les promos s’arrêtent à 23 h',
      '48 h de petits prix',
      '3 jours de folie',
    ],
    honest: ['Le magasin ferme à 19 h le samedi', '24 h de trajet en train', '3 jours de randonnée'],
  },
  {
    name: 'the timer reaching zero',
    rule: 'false-urgency',
    dark: ['Remise perdue quand le minuteur arrive à zéro', 'Quand le compte à rebours tombe à zéro, c’est fini'],
    honest: ['Quand le compteur arrive à zéro, la machine s’arrête'],
  },
  {
    name: 'while you can, little time left, still in time',
    rule: 'false-urgency',
    dark: [
      'Craquez tant que ça dure',
      'Profites-en tant que tu le peux',
      'Il te reste très peu de temps pour en profiter',
      'Tu es encore à temps pour économiser 20 %',
      'Vous êtes encore à temps d’en profiter',
    ],
    honest: [
      'Profitez de votre séjour tant que vous le pouvez',
      'Il reste peu de temps avant la fin de votre session',
      'Vous êtes encore à temps pour annuler sans frais',
      'Tu es encore à temps pour modifier ta commande',
    ],
  },
  {
    name: 'waiting loses it',
    rule: 'false-urgency',
    dark: [
      'Si tu tardes, tu perds ta remise',
      'En hésitant, vous ratez 30 %',
      'Si vous ne réservez pas maintenant, le tarif remontera',
    ],
    honest: [
      'Si vous attendez plus de 30 jours, vous perdez le droit de retour',
      'Payez avant le 5 ou des frais de retard s’appliquent',
    ],
  },
  {
    name: 'the price about to rise',
    rule: 'false-urgency',
    dark: ['Les tarifs vont bientôt grimper', 'La promo est sur le point d’expirer', 'Le prix passe à 59 € dès lundi'],
    honest: [
      'Votre tarif passe à 12 € dans 3 jours, au renouvellement',
      'Votre essai est sur le point de se terminer',
      'Le tarif passe à 49 € le 1er mars',
    ],
  },
  {
    name: 'a whole place buying it, and few left in the spoken idioms',
    rule: 'pressure',
    dark: [
      'Toute la Belgique l’achète',
      'Tout Lyon se l’arrache',
      'Il en reste des miettes',
      'Il n’en reste presque rien',
      'Y en a bientôt plus !',
    ],
    honest: ['Toute la France est concernée par la canicule', 'Tout le monde peut participer', 'Il n’y en a plus'],
  },
  {
    name: 'the favourite of thousands, and nearly full',
    rule: 'pressure',
    dark: [
      'La coqueluche de milliers de familles',
      'Plébiscité par plus de 5 000 clients',
      'Gîte quasiment complet',
      'Notre stage de juin affiche presque complet',
      'Toujours en rupture, et pour cause',
    ],
    honest: [
      'Votre profil est presque complet',
      'Ce formulaire est presque complet',
      'Le favori de la rédaction',
      'Mon hôtel est complet',
    ],
  },
  {
    name: 'joining a crowd, sold at full speed, the shop’s last ones',
    rule: 'pressure',
    dark: [
      'Rejoins les 3 millions de membres',
      'Rejoignez plus de 8 000 clients satisfaits',
      'Se vend à toute allure',
      'Ils s’envolent en un clin d’œil',
      'Il ne nous reste plus que 4 box cette semaine',
      'On n’en a plus que 2',
    ],
    honest: [
      'Rejoignez les 12 membres de l’espace Acme',
      'Le temps s’écoule vite quand on s’amuse',
      'Il ne nous reste que 2 000 € à collecter',
      'Nous n’avons plus que 2 étapes',
    ],
  },
  {
    name: 'booked recently by a count, most customers’ choice, don’t let it be taken, the neighbours switched',
    rule: 'pressure',
    dark: [
      'Acheté récemment par 14 clients',
      'La plupart de nos abonnés choisissent la formule annuelle',
      'Presque toutes nos clientes prennent l’option',
      'Ne te la fais pas piquer',
      'Vos voisins ont déjà basculé chez nous',
    ],
    honest: [
      'Réservé par 2 adultes',
      'La plupart de nos clients reçoivent leur colis en 48 h',
      'Ne vous faites pas voler vos données',
      'Vos collègues ont déjà accès à ce dossier',
    ],
  },
  {
    name: 'confirmshaming labels: depriving oneself, a voucher given up, a boast, a loss or a risk called fine',
    rule: 'confirmshaming',
    decline: true,
    dark: [
      'Je me prive de ma réduction',
      'Me priver des soldes privées',
      'Non, je me passe de mon bonus',
      'Continuer sans mon bon d’achat',
      'Renoncer à ma box surprise',
      'Non merci, je suis déjà bien trop stylée',
      'Non, je roule sur l’or',
      'Non, payer plus cher me convient',
      'Non, skier sans assurance c’est plus palpitant',
    ],
    honest: [
      'Je me passe de la newsletter',
      'Renoncer à l’option',
      'Non merci, je suis déjà client',
      'Non, payer au mois me va très bien',
      'Non, sans assurance c’est plus cher mais j’en ai déjà une',
    ],
  },
  {
    name: 'confirmshaming labels: cheap fare every night, a mocked group, a dependant without the good, the couch, the old thing kept',
    rule: 'confirmshaming',
    decline: true,
    dark: [
      'Non merci, pizza tous les soirs',
      'Non, je reste au riz blanc chaque jour',
      'Non merci, la culture c’est pour les intellos',
      'Non, mon fils n’a pas besoin de soutien',
      'Non, moi c’est plaid devant la télé',
      'Je garde mon vieux frigo',
    ],
    honest: [
      'Non, mes enfants sont trop grands pour ce service',
      'Non merci, j’ai déjà un canapé',
      'Je garde mon forfait actuel',
      'Non merci, je n’ai pas besoin d’aide',
      'Non, mon équipe n’a pas besoin d’aide',
    ],
  },
  {
    name: 'confirmshaming in body copy: who lives by the visitor, who goes without, standing aside, work lost',
    rule: 'confirmshaming',
    dark: [
      'Tu nous quittes vraiment ? Le refuge ne survit que grâce à des gens comme toi.',
      'Si tu refuses, un chaton restera sans toit cet hiver.',
      'Tout le monde en profite. Et toi, tu restes sur la touche ?',
      'Si tu résilies, tout ce que tu as bâti sera effacé.',
      'Ok, filez. Vous regretterez cette remise.',
    ],
    honest: [
      'Le lien expire si vous fermez la fenêtre : c’est pour votre sécurité.',
      'Si vous fermez cette fenêtre, votre panier sera conservé.',
      'Si vous résiliez, vos données seront supprimées après 30 jours.',
      'Grâce à des lecteurs comme vous, notre rédaction reste indépendante.',
    ],
  },
  {
    name: 'the last hour: a push with something after it, not a period filter',
    rule: 'false-urgency',
    dark: ['Dernière heure pour économiser', 'Dernière heure !'],
    honest: ['Période : dernière heure', 'Activité de la dernière heure'],
  },
];

probeFamilies('French families widened (session 14)', FAMILIES);

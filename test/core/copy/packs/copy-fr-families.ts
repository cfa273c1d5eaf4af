/**
 * French probes by FAMILY (families.test.ts): one family per way the language says a thing, with dark copy and
 * the honest near-misses that share its words. Written for these tests before the family's rules
 * (fr-urgency-families.ts, fr-pressure-families.ts), with vous and tu, France, Belgium and Quebec; not taken from
 * any blind batch or development set.
 */
import type { ShapeProbe } from './copy-es-shapes.js';

export const FR_FAMILIES: readonly ShapeProbe[] = [
  {
    shape: 'urgency: a validity window counted in minutes or hours from now, with no date',
    urgent: [
      'Ce tarif ne tient que 20 minutes',
      'Ta remise est valable encore 30 minutes',
      'Vous disposez de 15 minutes pour en profiter',
      'Tu as 2 heures pour te décider',
      'Il vous reste 45 minutes pour réserver à ce prix',
      'Prix bloqué pendant 25 min seulement',
      'Offre garantie durant les 40 prochaines minutes',
      'Rabais valide 3 heures, pas une de plus',
      'Ta place n’est bloquée que 8 minutes',
      'Prix garanti pour les 20 prochaines minutes',
    ],
    honest: [
      'Le code de vérification est valable 10 minutes',
      'Votre session expire après 15 minutes d’inactivité',
      'Vous avez 14 jours pour changer d’avis',
      'Vous avez 30 minutes pour annuler votre commande',
      'Le lien de réinitialisation est valable 1 heure',
      'Livraison en 2 heures dans Paris intra-muros',
      'Votre commande est réservée 48 heures au magasin',
    ],
  },
  {
    shape: 'urgency: an offer bound to this visit, session, tab or page',
    urgent: [
      'Tarif valable uniquement pendant cette visite',
      'Prix spécial tant que vous restez sur la page',
      'Si vous actualisez, la remise disparaît',
      'Offre liée à cette session',
      'Cette réduction s’envolera quand vous quitterez le site',
      'Le rabais prend fin à la fin de ta session',
      'Promo perdue dès que tu fermeras la fenêtre',
    ],
    honest: [
      'Si vous actualisez la page, les informations saisies seront perdues',
      'Votre session expire après 30 minutes d’inactivité',
      'Votre panier est conservé même si vous fermez l’onglet',
      'Ouvrir dans un nouvel onglet',
      'Offres sur cette page : 12',
    ],
  },
  {
    shape:
      'urgency: an end at any moment, undated ("d’un instant à l’autre", "à tout moment", "dans quelques minutes")',
    urgent: [
      'Le prix peut remonter à tout moment',
      'Cette promo peut s’arrêter d’une minute à l’autre',
      'La remise s’envole dans quelques minutes',
      'Le tarif réduit disparaît d’un moment à l’autre',
      'Les prix repartent à la hausse dans quelques heures',
      'Plus que quelques minutes pour profiter du rabais',
    ],
    honest: [
      'Vous pouvez résilier à tout moment',
      'Vous pouvez changer de forfait à tout moment',
      'Un conseiller vous répond dans quelques minutes',
      'Votre colis arrive dans quelques heures',
      'Modifiable à tout moment depuis votre compte',
    ],
  },
  {
    shape: 'urgency: tonight it is over, tomorrow full price, now or never',
    urgent: [
      'À minuit, c’est fini',
      'Dès demain, retour au plein tarif',
      'À partir de lundi, prix normal',
      'C’est aujourd’hui ou jamais',
      'Le moment ou jamais de craquer',
      'Ce soir, c’est terminé pour cette offre',
      'Demain, il sera trop tard',
      'Ce soir 23 h, c’est fini',
    ],
    honest: [
      'Dès demain, horaires d’hiver',
      'À partir de lundi, livraison aussi le samedi',
      'Ce soir, c’est la finale du championnat',
      'Demain, nous fermons pour jour férié',
      'C’est fini : votre commande est validée',
    ],
  },
  {
    shape: 'urgency: a promotion at a clock time today, or that never comes back',
    urgent: [
      '-30 % jusqu’à 22 h',
      'Soldes spéciales jusqu’à 20 h 00 ce soir',
      'Cette offre ne se reproduira pas',
      'Une remise pareille ne reviendra plus',
      'Promo valable seulement maintenant',
      'Uniquement maintenant : livraison offerte',
    ],
    honest: [
      'Service client joignable jusqu’à 20 h',
      'Ouvert jusqu’à 22 h le vendredi',
      'Cette erreur ne se reproduira pas',
      'Maintenant, vous pouvez suivre votre colis',
    ],
  },
  {
    shape: 'urgency: the clock told as running ("tic-tac", "le chrono tourne", a timer after a cue)',
    urgent: [
      'Tic-tac, la remise file',
      'Le chrono tourne ⏱',
      'Compte à rebours lancé : 09:59',
      'Chrono : 04:30 avant la fin du prix',
      'L’horloge tourne pour cette promo',
    ],
    honest: [
      'Chronomètre de cuisine à 12 €',
      'Horloge murale en chêne',
      'Compteur de visites : 1 204',
      'Durée de la vidéo : 04:30',
    ],
  },
  {
    shape: 'pressure: someone else holding or eyeing the same item now (in a basket, in favourites, interested)',
    pressure: [
      'Un autre client a cette chambre dans son panier',
      'Quelqu’un d’autre regarde ce même siège',
      '12 personnes ont mis ce modèle en favori aujourd’hui',
      'Ce créneau intéresse plusieurs patients',
      '3 autres voyageurs consultent cet hôtel',
      'Une autre personne a ces dates dans son panier en ce moment',
    ],
    honest: [
      'Une autre personne peut retirer votre colis avec le code',
      'Partagez votre panier avec une autre personne',
      'Ajoutez aux favoris pour le retrouver plus tard',
      'Vous avez 3 articles dans votre panier',
      'Ce créneau est celui de l’accueil du public',
    ],
  },
  {
    shape: 'pressure: a purchase told by a vague recent time (« à l’instant », « il y a peu », « il y a 4 minutes »)',
    pressure: [
      'Acheté à l’instant par une cliente de Nantes',
      'Réservé il y a 4 minutes',
      'Commandé il y a peu à Liège',
      'Une personne a réservé à l’instant',
      'Théo a pris le dernier il y a un moment',
    ],
    honest: [
      'Enregistré il y a 2 minutes',
      'Mis à jour à l’instant',
      'Votre commande a été expédiée il y a 2 heures',
      'Synchronisé il y a un instant',
      'Commande expédiée il y a 2 minutes',
    ],
  },
  {
    shape:
      'pressure: a crowd that already has or does it (la moitié du quartier, des milliers de parents, vos voisins)',
    pressure: [
      'La moitié du quartier l’a déjà',
      'Des milliers de parents l’utilisent déjà',
      'Tes amis ont déjà craqué, et toi ?',
      'Vos collègues ont déjà sauté le pas',
      'Tout le monde en parle',
      'Toute la Belgique l’a adopté',
      'Tout le Québec s’est déjà inscrit, pourquoi pas vous ?',
    ],
    honest: [
      'Vos collègues ont déjà accès au dossier',
      'Tout le monde peut participer',
      'La plupart des colis arrivent en 48 h',
      'Et vous ? Dites-nous ce que vous en pensez',
    ],
  },
  {
    shape: 'pressure: others will not wait or hesitate (« d’autres n’hésiteront pas », « pendant que vous hésitez »)',
    pressure: [
      'D’autres n’hésiteront pas',
      'Pendant que vous hésitez, d’autres réservent',
      'Pendant que tu réfléchis, d’autres achètent',
      'Les autres clients n’attendront pas',
    ],
    honest: [
      'D’autres clients ont aussi acheté',
      'Les autres champs sont facultatifs',
      'Pendant que vous hésitez, enregistrez votre panier',
      'Autres moyens de paiement',
    ],
  },
  {
    shape:
      'pressure: few left in degree, or none coming back (« ultra-limité », « quasiment complet », « pas de réassort »)',
    pressure: [
      'Quantités très limitées',
      'Stock ultra limité',
      'Quasiment complet',
      'Pratiquement plus de places',
      'Pas de réassort prévu',
      'Il en reste 3 et il n’y en aura pas d’autres',
      'Places hyper limitées pour ce stage',
    ],
    honest: [
      'Stock : 240 unités',
      'Votre dossier est presque complet',
      'Yaourt presque sans sucre',
      'Seuil d’alerte de stock : 5 unités',
      'Alerte stock faible activée',
      '3 places libres dans la voiture de Julie',
      'Covoiturage : il reste 1 place',
    ],
  },
  {
    shape:
      'pressure: sold out fast, or the share already gone (« épuisé en 2 heures », « 70 % des places déjà prises »)',
    pressure: [
      'Épuisé en 2 heures lors du dernier lancement',
      '70 % des places déjà réservées',
      'La moitié du stock est déjà partie',
      'Plus de la moitié des billets déjà vendus',
      'Vendu en 15 minutes la dernière fois',
    ],
    honest: [
      '70 % des colis arrivent en 24 heures',
      'Expédié en 2 heures',
      'La moitié du montant est prélevée à la réservation',
    ],
  },
  {
    shape: 'pressure: trend, rank and demand (« en tendance », « très prisé », « tout le monde craque »)',
    pressure: [
      'En tendance près de chez vous',
      'Très consulté cette semaine',
      'Très prisé des voyageurs',
      'Ultra demandé',
      'Tout le monde craque pour cette veste',
      'Le plus consulté du moment',
      'Consulté 4 100 fois cette semaine',
    ],
    honest: [
      'Tendances de la saison',
      'Très pratique au quotidien',
      'La livraison est prise en charge par le transporteur',
      'Consulté le 3 mai',
    ],
  },
  {
    shape: 'decline: it is fine as it is (« ça ira », « c’est bon », « c’est correct » in Quebec, « sans façon »)',
    honestDeclines: [
      'Non, ça ira',
      'Ça va aller, merci',
      'C’est bon comme ça',
      'Non merci, c’est correct',
      'Sans façon',
    ],
    shamingAsDecline: ['Ça ira, je préfère payer plein pot'],
  },
  {
    shape:
      'decline: a negated infinitive of opting in (« ne pas m’inscrire / m’abonner / recevoir »), with Quebec words',
    honestDeclines: [
      'Ne pas m’abonner à l’infolettre',
      'Ne pas recevoir de courriels',
      'Ne pas m’inscrire pour l’instant',
      'Ne pas activer les notifications',
    ],
    shamingAsDecline: ['Ne pas m’inscrire et rater les bons plans'],
  },
  {
    shape:
      'decline: one neutral option rather than another (« plutôt que », « au lieu de »), a way to pay « sans frais »',
    honestDeclines: [
      'Un don unique plutôt que mensuel',
      'Retrait en magasin au lieu de la livraison',
      'Non merci, je règle en 4 fois sans frais',
    ],
    shamingAsDecline: ['Payer plus cher plutôt que d’économiser'],
  },
  {
    shape: 'decline + jab: indifference to what is offered (« je m’en fiche », « ça m’est égal », « je m’en fous »)',
    shamingAsDecline: ['Fermer, je m’en fiche', 'Non, ça m’est bien égal', 'Je m’en fous, fermer'],
  },
  {
    shape: 'decline + jab: paying a multiple, a pastime disparaged, a bad state enjoyed (« 3 fois plus », « barbant »)',
    shamingAsDecline: [
      'Je préfère payer deux fois plus ailleurs',
      'Non, je paierai le triple en pharmacie',
      'Non merci, le yoga c’est surfait',
      'Passer, cuisiner c’est barbant',
      'Non, mon vieux canapé défoncé et moi, on s’entend bien',
      'Refuser et rester moyen en maths',
    ],
    honestDeclines: ['Non, je paie en deux fois', 'Continuer avec mon moyen de paiement habituel'],
  },
  {
    shape: 'decline + jab: nothing ever happens to me, I do not deserve it, empty-handed',
    shamingAsDecline: [
      'Sans assurance, je ne casse jamais rien',
      'Non merci, je n’ai pas peur des pannes',
      'Non, je ne tombe jamais en panne',
      'Non, ma boîte aux lettres ne mérite pas ça',
      'Non, je pars les mains vides',
    ],
    shaming: ['Je renonce à mes 3 000 miles'],
    honestDeclines: ['Non merci, j’ai déjà une assurance habitation', 'Non, je pars en vacances demain'],
  },
  {
    shape: 'shaming, any field: a refusal equated with a loss, or « dites non et continuez à perdre »',
    shaming: [
      'Refuser l’assurance, c’est accepter de tout payer en cas de pépin',
      'En fermant, tu acceptes de rester sans protection',
      'Dites non, et continuez à payer trop cher',
      'Un non aujourd’hui, c’est un oui aux factures salées',
      'Se désabonner, c’est choisir de rater les meilleures affaires',
    ],
    honest: [
      'Refuser les cookies, c’est possible à tout moment',
      'En fermant, vous retrouverez votre panier plus tard',
      'Dites non si vous ne souhaitez pas recevoir nos courriels',
    ],
  },
  {
    shape: 'shaming, any field: even someone close would have said yes; nobody but you; « encore un qui abandonne »',
    shaming: [
      'Même ta grand-mère aurait dit oui',
      'Même votre chien a gardé son abonnement',
      'Personne ne refuse ça, sauf vous',
      'Encore un client qui abandonne avant la fin',
      'Nos abonnés fidèles ne partent pas comme ça',
    ],
    honest: [
      'Même votre grand-mère peut s’en servir : c’est très simple',
      'Personne ne verra vos données, sauf vous',
      'Encore un effort : plus qu’une étape',
      'Nos abonnés fidèles reçoivent un cadeau en décembre',
    ],
  },
  {
    shape: 'shaming signals: sarcastic acceptance, a dependant hurt or counting on you, a flaw implied',
    shaming: [
      'Les chats de l’association comptaient sur toi. Tant pis.',
      'Votre départ fera de la peine à toute l’équipe. À vous de voir.',
      'On pensait que tu avais plus de goût. Bonne chance.',
      'C’est votre droit de vous tromper. Apparemment.',
      'Votre dos vous remercie. Ou pas.',
    ],
    honest: [
      'À vous de voir : les deux formules se valent',
      'Bonne chance pour votre examen !',
      'Nous comptons sur vous pour nous dire ce que vous en pensez',
      'Toute l’équipe vous remercie pour votre commande',
    ],
  },
  {
    shape: 'pressure: baskets and lists counted, stock that may soon be gone, nearly full for a date, other travellers',
    pressure: [
      'Ajouté à 120 listes d’envies cette semaine',
      'Mis dans 34 paniers aujourd’hui',
      'Cet article pourrait ne plus être disponible sous peu',
      'Ce modèle risque de ne plus être en stock bientôt',
      'Presque complet pour la Saint-Sylvestre',
      '6 voyageurs regardent ce gîte',
      '3 patients consultent ce créneau',
    ],
    honest: [
      'Ajouté à votre liste d’envies',
      'Cet article n’est plus disponible : voir des modèles proches',
      'Votre dossier est presque complet pour la demande de prêt',
      'Les voyageurs regardent d’abord les photos : ajoutez-en',
    ],
  },
  {
    shape:
      'family lists completed: browsing bound offers, leaving loses it, seats and a handful, « font déjà confiance », « c’est dire non à », left without',
    urgent: [
      'Remise valable tant que vous naviguez sur le site',
      'Si tu quittes maintenant, tu perds ta remise de 15 %',
    ],
    pressure: [
      'Plus que 3 fauteuils à ce tarif',
      'Il reste une poignée de billets',
      'Des centaines de familles nous font déjà confiance',
    ],
    shaming: [
      'Se désabonner, c’est dire non à la bonne humeur',
      'Les bons cuisiniers ne zappent pas nos recettes. Enfin bon.',
      'Si tu annules, les élèves se retrouveront sans professeur',
      'Ton portefeuille te remerciera. Ou pas.',
    ],
    shamingAsDecline: ['Refuser et payer des frais exorbitants'],
    honestDeclines: ['Je préfère être livrée en magasin'],
    honest: [
      'Si vous annulez, vous n’aurez plus accès au service',
      'Les bons cadeaux ne sont pas remboursables',
      'Si vous quittez la page, vous perdez les informations saisies',
      'Des centaines de familles nous écrivent chaque mois',
    ],
  },
  {
    shape: 'decline: a gift as a service (wrapping, a gift receipt) is no gift given up',
    honestDeclines: ['Renoncer au papier cadeau', 'Je renonce au paquet cadeau, merci', 'Sans emballage cadeau'],
    shaming: ['Renoncer à mon cadeau de bienvenue', 'Je renonce à mon cadeau'],
  },
];

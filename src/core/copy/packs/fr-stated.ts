/**
 * What French copy may declare itself (pack.ts StatedInCopy): a deadline with its date and its reason, a claim
 * with its source or as a condition. Words as the pack reads them, apostrophes split ("d'après" → "d après").
 */
import type { StatedInCopy } from '../pack.js';

const MONTHS = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
const DAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';

export const FR_STATED: StatedInCopy = {
  deadline: {
    dates: [`# ${MONTHS}`, `1er ${MONTHS}`, DAYS, '#2 h', '# h #'],
    reasons: [
      // pourquoi cela finit alors : « …, date à laquelle nous passons commande », « car le jury délibère »
      'car|puisque',
      '( parce que | pour que | afin que | afin de | date a laquelle | quand nous | lorsque nous | quand le | lorsque le | quand la | lorsque la )',
      // heure limite d'expédition : « les commandes passées avant 14 h partent le jour même »
      'commande|commandes ~4 partent|part|expediees|expedie|livrees|arrivent',
      // le calendrier d'un tiers : le dernier ramassage du transporteur, une date fixée par arrêté ou par la loi
      '( expedition | expeditions | livraison | livraisons | ramassage | collecte | enlevement ) ( du | de la | par | par la | par le ) ( transporteur | poste | livreur | messagerie | coursier )',
      '( fixee | fixe | fixees | arretee | decidee | imposee ) par ( la loi | arrete | decret | la prefecture | l etat | le gouvernement | la mairie )',
    ],
  },
  // a clause that names an offer is urgency unless it says itself it is about no offer (the engine's `stated.offer`)
  offer: ['@promo'],
  notOffer: [
    // a session that ends, not an offer that ends with it (« Le tarif expire à la fin de votre session »)
    '<!@sessionEnd votre|ta|la session',
    '( votre | ta | la | le | ton ) ( mot de passe | lien | rendez vous | quiz | examen )',
    // a code to sign in or confirm, not a discount code (« Votre code BIENVENUE n’est valable que … »)
    'code|lien de|d ( verification | confirmation | securite | connexion | acces | reinitialisation | validation )',
    // the time to a delivery: « Plus que 2 jours avant la livraison » (not « … la livraison gratuite »)
    '( avant | jusqu a ) la livraison|reception $',
    'votre|ton moyen de paiement',
    'le lien|jeton', // « Le lien expire si vous fermez la fenêtre »
    '( code qr | qr code )', // a payment's QR code, not a discount: « Ce code QR est valide pendant 15 minutes »
    'vos|tes coordonnees bancaires',
    'votre|ton domaine',
    'conserve|conservee|sauvegarde|sauvegardee ~2 # jours|semaines|mois',
    // the visitor's own trial or plan running out, named by its brand (« Ton essai Mira se termine dans 3 jours »)
    '( votre | ton | ta ) @disclosed ~4 se ( termine | terminera | acheve )',
    // the visitor's own purchase told back (« Vous avez déjà acheté cette offre flash ! », « Offre flash achetée avec
    // succès »): a status, not a push
    '( vous avez | tu as ) deja? ( achete | commande | reserve | utilise | profite | active )',
    '( achetee | achete | commandee | commande | reservee | reserve | activee | active ) avec succes',
    // the visitor's own return window, a right and no offer: « Dernier jour pour retourner votre article : 14 mars »
    '( retourner | renvoyer | echanger | retour de | retour du ) ( votre | ton | vos | tes | l | le | la | les ) ~1 article|articles|commande|colis|produit|produits',
  ],
  source: [
    // le compte du visiteur : « plus que 3 places dans votre forfait », « 2 articles dans votre panier »
    'dans|sur votre|ton|ta ~1 forfait|compte|panier|abonnement|equipe|commande|espace', // « … dans votre espace de travail »
    // la source : « d'après la billetterie », « selon l'organisateur », « source : système de réservation »
    '( d apres | selon | source : )',
    // le rapport d'inventaire d'un écran d'administration : « 3 produits ont un stock faible »
    '# produits|variantes ont un stock faible|bas',
    // une condition, pas une affirmation : « m'alerter quand il reste moins de 5 articles »
    'quand|lorsque|si|des ~3 moins de #',
    // the count's basis or place: « la jauge est de 200 », « au magasin de Lille », « réparties entre 3 entrepôts »,
    // and an admin screen's worklist: « 8 commandes à préparer »
    '( la salle | la jauge | la capacite ) ~3 #',
    '( au | a la | dans la | dans le ) magasin|boutique de|d',
    'repartis|reparties entre|sur # ~1 entrepots|magasins|sites',
    '# commandes|ventes|reservations a preparer|expedier|traiter|valider',
    // an admin's or a form's stock error, not a claim: « Stock insuffisant pour … : il ne reste que 2 exemplaires »
    'stock insuffisant|insuffisants',
    'réapprovisionner|réassortir ~1 stock|article|produit',
    // the merchant's own stock, told to the merchant: « Votre stock s'épuise : réapprovisionnez »
    '( votre | ton ) stock|inventaire',
    // the merchant told to reorder, not a shopper pushed: « Stock faible : pensez à recommander chez le fournisseur »
    '( chez | aupres de | aupres du | aupres des ) ~1 fournisseur|fournisseurs|grossiste|grossistes',
    // the posts of a blog, not stock: « les derniers articles de notre blog »
    '( du | de notre | de mon | sur le | sur notre ) blog',
    // an alert's threshold in a shop's settings, not a claim: « Seuil d’alerte de stock : 5 », « Alerte stock faible activée »
    '( alerte | seuil | notification ) ~3 stock',
    // a carpool's seats: « 3 places libres dans la voiture de Julie », « Covoiturage : il reste 1 place »
    'voiture|vehicule de|d _',
    'covoiturage',
    'parrainage',
    // a ranking or a survey named (« N°1 des ventes (classement Edistat) »), not « N°1 du classement »
    '( classement | palmares | sondage | etude | enquete | panel ) !@article|en|a|au|aux _',
    // a badge's measure: a share of a counted whole (« la formule la plus choisie en 2025 (41 % des inscriptions) »),
    // not a share already gone (« 87 % des places vendues »)
    '# % ( des | de nos | de toutes les ) inscriptions|souscriptions|abonnements|commandes',
    // the visitor's own listing's figures: « Votre annonce a reçu 48 vues aujourd’hui »
    '( votre | ton | ta ) ( annonce | publication | fiche | profil )', // the visitor's own referrals: « 2 amis sont déjà inscrits grâce à votre parrainage »
  ],
  // le délai de paiement du prestataire : « Vous avez 14:59 pour payer », « Ce code QR est valide pendant 14:59 »
  paymentWindow: [
    '( vous avez | tu as ) ( # : # ( : # )? | ~5 ) pour ( payer | régler | effectuer le paiement )',
    'code qr ~2 valide|valable|expire pendant|dans|encore',
  ],
};

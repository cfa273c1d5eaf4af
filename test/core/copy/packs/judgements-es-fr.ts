/**
 * Spanish and French decline labels with open reasons (es-judgements.ts, fr-judgements.ts): the visitor's own reason of
 * every kind passes (a cheaper option found, a circumstance, a budget, bad news reported as the cause, another channel,
 * a privacy preference), and what judges is refused by its family (a good left to others, a failing pinned on
 * oneself, a harm chosen or accepted, a liking for something bad, someone undeserving, a basic good not needed, a
 * sarcasm marker). Written for these tests from the language, not taken from any development set or blind batch
 * (judgements-es-fr.test.ts).
 */
import type { DeclineProbes } from './decline-probes.js';

export const JUDGEMENT_PROBES: readonly DeclineProbes[] = [
  {
    shape: 'the visitor’s own reason, of every kind',
    locale: 'es',
    dark: [],
    honest: [
      'Ahora no, encontré el mismo plan más barato en otra tienda',
      'No, gracias, este mes ando corto de dinero',
      'Cancelar, me mudo a otra ciudad en enero',
      'Ahora no, me quedé sin trabajo hace poco',
      'No, gracias, el precio subió desde la última vez',
      'No, gracias, prefiero donar directamente al refugio de mi barrio',
      'Ahora no, prefiero no compartir mi ubicación',
      'Más tarde, lo consulto con mi pareja',
      'Cancelar, ya no uso la aplicación',
      'No, gracias, mi equipo puede seguir con la versión gratuita',
      'No, gracias, pago con tarjeta como siempre',
    ],
  },
  {
    shape: 'a judgement: a good left to others, a failing pinned on oneself, a harm chosen, a liking for a bad thing',
    locale: 'es',
    dark: [
      'No, gracias, que otro adopte a los gatitos',
      'Ahora no, alguien más salvará el planeta',
      'No, mis pacientes pueden esperar',
      'No, gracias, ya estoy acostumbrada a que me salga mal',
      'Ahora no, la cocina nunca fue lo mío',
      'Ahora no, nunca termino nada',
      'No, gracias, que se me muera el jardín',
      'Ahora no, y seguramente me multen otra vez',
      'No, gracias, dejo que se estropee la caldera',
      'No, gracias, me encanta hacer colas',
      'No, gracias, me gusta pagar la comisión del cajero',
      'No, gracias, prefiero gastarlo en tonterías',
    ],
    honest: [],
  },
  {
    shape: 'a judgement: someone undeserving, a basic good not needed, a boast, a sarcasm marker',
    locale: 'es',
    dark: [
      'No, mis alumnos no merecen el curso',
      'Ahora no, no me lo merezco',
      'No, gracias, no necesito entender mi salud',
      'No, gracias, vivo al límite',
      'Ahora no, mi contraseña de siempre es segura',
      'Ahora no, total nadie lo usa',
      'No, gracias, me apaño sola, como siempre',
      'Quizás más tarde, si aún queda algo',
    ],
    honest: ['No, gracias, no merece la pena para nosotros', 'Ahora no, el total pasa de mi presupuesto'],
  },
  {
    shape: 'la raison du visiteur, de toute sorte',
    locale: 'fr',
    dark: [],
    honest: [
      'Pas maintenant, j’ai trouvé moins cher ailleurs',
      'Résilier, je déménage à l’étranger',
      'Pas maintenant, le prix a augmenté',
      'Non merci, je préfère donner directement à une association',
      'Plus tard, j’en parle d’abord à mon associé',
      'Non merci, je suis allergique aux noix',
    ],
  },
  {
    shape:
      'un jugement : un bien laissé aux autres, un défaut qu’on s’attribue, un mal choisi, le goût d’une mauvaise chose',
    locale: 'fr',
    dark: [
      'Non merci, quelqu’un d’autre s’occupera des enfants',
      'Non merci, d’autres sauveront la planète',
      'Non, mes élèves peuvent bien se débrouiller',
      'Non merci, je ne prends pas ma santé au sérieux',
      'Pas maintenant, j’ai arrêté de progresser',
      'Non merci, la cuisine c’est pas mon fort',
      'Non, je suis un boulet en compta',
      'Non merci, je laisse mes rosiers dépérir',
      'Non, ma chaudière lâchera bien un jour',
      'Non merci, j’adore les files d’attente',
      'Non merci, vive la paperasse',
    ],
    honest: [],
  },
  {
    shape: 'un jugement : quelqu’un qui ne mérite pas, un bien de base dont on se passe, une vantardise, un sarcasme',
    locale: 'fr',
    dark: [
      'Non, mes enfants ne méritent pas de vacances',
      'Non merci, pas besoin de comprendre mes impôts',
      'Non merci, j’aime vivre sans filet',
      'Non merci, de toute façon je n’y arrive jamais',
      'Pas maintenant, comme d’hab',
      'Non merci, et tant pis si tout plante',
      'Non merci, je repasserai quand il n’y en aura plus',
    ],
    honest: ['Pas maintenant, ma facture de chauffage a doublé', 'Non merci, notre imprimante suffit pour le bureau'],
  },
];

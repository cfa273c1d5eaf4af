/**
 * Spanish and French decline labels by what a reason is (session 7): after a refusal, a clause in the first person is
 * the visitor's own reason only when it says one of the kinds of reason visitors give (es/fr-decline-kinds.ts).
 * The dark probes say something else about the visitor with no evaluative word a list would hold; the honest
 * ones give a reason of each kind. Written for these tests before the data, not taken from any development set or
 * blind batch (reason-kinds-es-fr.test.ts).
 */

export interface ReasonKindFamily {
  shape: string;
  locale: 'es' | 'fr';
  dark: readonly string[];
  honest: readonly string[];
}

export const REASON_KIND_FAMILIES: readonly ReasonKindFamily[] = [
  {
    shape: 'a refusal, then the visitor in the first person about something that is no reason',
    locale: 'es',
    dark: [
      'No, gracias, me visto a oscuras',
      'Ahora no, mi ordenador de 2009 va de maravilla',
      'No, gracias, me chifla hacer cola',
      'Paso, duermo genial en mi colchón de muelles',
      'No, gracias, mi perro se come los cables',
      'Omitir, disfruto de las averías',
    ],
    honest: [
      'No, gracias, lo hablo antes con mi socia',
      'Ahora no, no tengo tiempo esta semana',
      'No, gracias, ya tengo una cuenta en otro banco',
      'Hoy no, cobro el día 5',
      'No, gracias, pago en efectivo',
      'No, gracias, casi no lo uso',
      'Ahora no, estoy de viaje',
      'No, gracias, me lo paga la empresa',
    ],
  },
  {
    shape: 'un refus, puis le visiteur à la première personne sur autre chose qu’une raison',
    locale: 'fr',
    dark: [
      'Non merci, je dors très bien sur mon vieux canapé',
      'Pas maintenant, mon ordinateur de 2008 tourne encore',
      'Non, je cuisine tout au micro-ondes',
      'Non merci, ma plante verte me tient compagnie',
      'Non merci, je compte sur la chance',
      "Non, je m'éclaire à la bougie",
    ],
    honest: [
      "Non merci, je n'ai pas le temps cette semaine",
      'Pas maintenant, je dois voir avec ma banque',
      "Non merci, j'ai déjà un abonnement ailleurs",
      'Non, je paierai en espèces au retrait',
      'Pas maintenant, je suis en déplacement',
      "Non merci, c'est trop cher pour moi",
      "Non merci, mon conjoint s'en occupe",
    ],
  },
];

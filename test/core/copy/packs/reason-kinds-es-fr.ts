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
  {
    shape: "neutral actions the grammar misread: a plan on hold or kept, a vocative to the shop's person",
    locale: 'es',
    dark: [
      'Seguir en la ignorancia',
      'No, gracias, señora, me encanta perder dinero',
      'Seguir suspendiendo exámenes',
      'Hoy no, amigo, prefiero seguir pagando de más',
      'No, gracias, joven, me chifla hacer cola',
      'No, gracias, prefiero quedarme atrás',
    ],
    honest: [
      'Suspender mi suscripción',
      'Suspender mi plan un mes',
      'Seguir en el plan básico',
      'Quedarme en la tarifa actual',
      'No, gracias, señora',
      'Hoy no, amigo',
      'Volver atrás',
    ],
  },
  {
    shape: 'une option plutôt qu’une autre, quelqu’un des siens qui paie, les frais offerts, un vocatif',
    locale: 'fr',
    dark: [
      'Payer plein pot plutôt que profiter de la remise',
      "Non merci, c'est ma flemme qui décide",
      'Rester dans le flou plutôt que comprendre',
      'Non merci, madame, je préfère rater les promos',
      'Non merci, je préfère payer plus cher',
      'Non merci, monsieur, je dors très bien sur mon vieux canapé',
    ],
    honest: [
      "Payer en deux fois plutôt qu'en quatre",
      'Régler par virement plutôt que par carte',
      "Non merci, c'est ma banque qui s'en occupe",
      "Non merci, c'est mon comité d'entreprise qui paie",
      'Non merci, je préfère régler en 4 fois sans frais',
      'Non merci, madame',
    ],
  },
];

/**
 * Spanish and French decline labels (sessions 7 and 8): honest refusals the grammar misread, by family (a plan put on hold
 * or kept, a vocative, one option rather than another, someone of one's own who pays), with dark labels of the same
 * shapes that must still be refused. Written for these tests before the data, not taken from any development set
 * or blind batch (reason-kinds-es-fr.test.ts).
 */

export interface ReasonKindFamily {
  shape: string;
  locale: 'es' | 'fr';
  dark: readonly string[];
  honest: readonly string[];
}

export const REASON_KIND_FAMILIES: readonly ReasonKindFamily[] = [
  {
    shape: "neutral actions the grammar misread: a plan on hold or kept, a vocative to the shop's person",
    locale: 'es',
    dark: [
      'Seguir en la ignorancia',
      'No, gracias, señora, me encanta perder dinero',
      'Seguir suspendiendo exámenes',
      'Hoy no, amigo, prefiero seguir pagando de más',
      'No, gracias, joven, me encanta tirar el dinero',
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
      'Non merci, monsieur, je préfère rater les bonnes affaires',
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
  {
    shape: 'una penalidad elegida como alternativa (hacer cola, quedarse con la duda)',
    locale: 'es',
    dark: ['No, prefiero hacer fila en la caja', 'No, gracias, prefiero hacer cola en correos'],
    honest: [],
  },
  {
    shape: 'une préférence qui donne autrement ou partage moins, un seul message voulu',
    locale: 'fr',
    dark: [],
    honest: [
      'Je préfère soutenir une association locale',
      'Je préfère ne pas partager ma localisation',
      'Plutôt une fois par an que chaque mois',
      'Seulement la confirmation de paiement',
    ],
  },
  {
    shape: 'un seguro nombrado por lo que cubre es un producto que se rechaza',
    locale: 'es',
    dark: ['Seguir sin seguro, me encanta arriesgarme', 'Prefiero seguir sin seguro'],
    honest: ['Seguir sin seguro de equipaje', 'Continuar sin seguro de envío', 'Seguir sin seguro de hogar'],
  },
];

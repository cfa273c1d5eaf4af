/**
 * The one-page plan's own words in German, Spanish and French, in the register of each language's widget
 * strings (Sie, usted, vous): the plan is the written follow-up of what the visitor read, so it speaks their
 * language, not English around their terms. French typography as in fr.ts (\u00a0 before « : » and inside « »).
 */
import type { PlanStrings } from '../plan.js';

export const PLAN_TRANSLATIONS: Readonly<Record<string, PlanStrings>> = {
  de: {
    planTitle: 'Zwei Optionen: {full} oder {retreat}',
    optionLetter: 'Option {letter}',
    yourChoice: 'Ihre Wahl',
    youStopped: 'Sie haben „{stop}“ gewählt',
    actionLine: 'Aktion',
    priceLine: 'Preis und Verlängerung',
    replyHeading: 'So antworten Sie',
    replyOption: 'Antworten Sie „{letter}“ für {title} ({action}).',
    replyStop: 'Oder antworten Sie „{stop}“: Es wird nichts gewählt und nichts berechnet.',
    addOnsHeading: 'Optionale Extras (nur, wenn Sie sie wünschen)',
    addedHeading: 'Von Ihnen gewählte Extras',
    addOnLine: '{label} ({price})',
  },
  es: {
    planTitle: 'Dos opciones: {full} o {retreat}',
    optionLetter: 'Opción {letter}',
    yourChoice: 'Su elección',
    youStopped: 'Ha elegido «{stop}»',
    actionLine: 'Acción',
    priceLine: 'Precio y renovación',
    replyHeading: 'Cómo responder',
    replyOption: 'Responda «{letter}» para {title} ({action}).',
    replyStop: 'O responda «{stop}»: no se elige nada y no se cobra nada.',
    addOnsHeading: 'Extras opcionales (solo si los pide)',
    addedHeading: 'Extras que ha añadido',
    addOnLine: '{label} ({price})',
  },
  fr: {
    planTitle: 'Deux options\u00a0: {full} ou {retreat}',
    optionLetter: 'Option {letter}',
    yourChoice: 'Votre choix',
    youStopped: 'Vous avez choisi «\u00a0{stop}\u00a0»',
    actionLine: 'Action',
    priceLine: 'Prix et renouvellement',
    replyHeading: 'Comment répondre',
    replyOption: 'Répondez «\u00a0{letter}\u00a0» pour {title} ({action}).',
    replyStop: 'Ou répondez «\u00a0{stop}\u00a0»\u00a0: rien n’est choisi et rien n’est facturé.',
    addOnsHeading: 'Suppléments facultatifs (seulement si vous les demandez)',
    addedHeading: 'Suppléments que vous avez ajoutés',
    addOnLine: '{label} ({price})',
  },
};

/**
 * The words the jurisdiction packs show (README "Jurisdiction packs"), per language: the labels the law names
 * where it names one, in the offer's language. Kept apart from `Strings` so a pack's wording can follow its law
 * without touching the widget's own strings. Typed like the locales: a key added to English fails the check here.
 */
import { primaryLanguage } from './index.js';

export const EN_LEGAL = {
  /** CRD art. 11a: "withdraw from contract here" or a corresponding unambiguous formulation. */
  withdrawalLink: 'Withdraw from contract here',
  withdrawalPeriod: 'You can withdraw from the contract within {days} days, without giving a reason.',
  /** BGB §312k names the German words; elsewhere an equivalent. */
  cancelLink: 'Cancel contracts here',
  /** us-ca / us-ny: the consent checkbox label states the renewal terms. */
  consentLabel: 'I agree that {title} renews automatically until I cancel: {price}. {renewal}',
  consentNeeded: 'To choose {title}, first tick the box to agree to the automatic renewal.',
  /** us-ny: the deadline to act, beside the button. */
  cancelBy: 'To avoid the next charge, cancel {cancelBy}.',
} as const;

export type LegalStrings = Record<keyof typeof EN_LEGAL, string>;

export const DE_LEGAL: LegalStrings = {
  withdrawalLink: 'Vertrag widerrufen',
  withdrawalPeriod: 'Sie können den Vertrag innerhalb von {days} Tagen ohne Angabe von Gründen widerrufen.',
  cancelLink: 'Verträge hier kündigen',
  consentLabel: 'Ich bin einverstanden, dass sich {title} automatisch verlängert, bis ich kündige: {price}. {renewal}',
  consentNeeded: 'Um {title} zu wählen, setzen Sie bitte zuerst das Häkchen für die automatische Verlängerung.',
  cancelBy: 'Damit keine weitere Zahlung anfällt, kündigen Sie {cancelBy}.',
};

export const FR_LEGAL: LegalStrings = {
  withdrawalLink: 'Se rétracter du contrat ici',
  withdrawalPeriod: 'Vous pouvez vous rétracter du contrat dans un délai de {days} jours, sans donner de motif.',
  cancelLink: 'Résilier les contrats ici',
  consentLabel: 'J’accepte que {title} se renouvelle automatiquement jusqu’à ma résiliation\u00a0: {price}. {renewal}',
  consentNeeded: 'Pour choisir {title}, cochez d’abord la case qui accepte le renouvellement automatique.',
  cancelBy: 'Pour éviter le prochain prélèvement, résiliez {cancelBy}.',
};

export const ES_LEGAL: LegalStrings = {
  withdrawalLink: 'Desistir del contrato aquí',
  withdrawalPeriod: 'Puede desistir del contrato en un plazo de {days} días, sin indicar el motivo.',
  cancelLink: 'Cancelar contratos aquí',
  consentLabel: 'Acepto que {title} se renueve automáticamente hasta que lo cancele: {price}. {renewal}',
  consentNeeded: 'Para elegir {title}, marque primero la casilla que acepta la renovación automática.',
  cancelBy: 'Para evitar el próximo cargo, cancele {cancelBy}.',
};

const LEGAL: Readonly<Record<string, LegalStrings>> = { en: EN_LEGAL, de: DE_LEGAL, fr: FR_LEGAL, es: ES_LEGAL };

/** The pack words for a language tag, by primary subtag; English for any other language. */
export function legalStringsFor(lang: string | null | undefined): LegalStrings {
  const key = primaryLanguage(lang ?? '');
  return Object.hasOwn(LEGAL, key) ? LEGAL[key]! : EN_LEGAL;
}

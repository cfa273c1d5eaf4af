/**
 * The jurisdiction packs' words in German, French and Spanish (English and the type: legal-strings.ts). Registered
 * with the jurisdiction check group (guardrails/jurisdiction/jurisdiction-group.ts), so a page without a
 * jurisdiction never downloads them.
 */
import type { LegalStrings } from './legal-strings.js';

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

/** By primary language subtag. */
export const LEGAL_TRANSLATIONS: Readonly<Record<string, LegalStrings>> = { de: DE_LEGAL, fr: FR_LEGAL, es: ES_LEGAL };

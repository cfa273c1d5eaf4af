/** vague-cta in German, French and Spanish: whole labels that do not say what happens next. A warning. */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';

const rules = (locale: string, text: string, role: CopyCheckOptions['role']) =>
  checkCopy(text, { locale, role } as CopyCheckOptions).map((finding) => finding.rule);

const VAGUE: [locale: string, label: string][] = [
  ['de', 'Weiter'],
  ['de', 'OK'],
  ['de', 'Absenden'],
  ['de', 'Hier klicken'],
  ['de', 'Klicken Sie hier'],
  ['de', 'Senden'],
  ['de', 'Mehr erfahren'],
  ['de', 'Los geht’s'],
  ['de', 'Bestätigen'],
  ['fr', 'Continuer'],
  ['fr', 'Valider'],
  ['fr', 'Cliquez ici'],
  ['fr', 'Envoyer'],
  ['fr', 'OK'],
  ['fr', 'En savoir plus'],
  ['fr', 'Suivant'],
  ['fr', 'Confirmer'],
  ['es', 'Continuar'],
  ['es', 'Enviar'],
  ['es', 'Haz clic aquí'],
  ['es', 'Haga clic aquí'],
  ['es', 'Aceptar'],
  ['es', 'Siguiente'],
  ['es', 'Más información'],
  ['es', 'OK'],
];

const SPECIFIC: [locale: string, label: string][] = [
  ['de', '2-Wochen-Test starten'],
  ['de', '20 € im Monat spenden'],
  ['de', 'Mein Abo kündigen'],
  ['de', 'Jetzt nicht'],
  ['de', 'Nein danke'],
  ['de', 'Weiter zur Zahlung'],
  ['fr', 'Commencer l’essai de 2 semaines'],
  ['fr', 'Donner 20 € par mois'],
  ['fr', 'Résilier mon abonnement'],
  ['fr', 'Pas maintenant'],
  ['fr', 'Non merci'],
  ['fr', 'Continuer vers le paiement'],
  ['es', 'Empezar la prueba de 2 semanas'],
  ['es', 'Donar 20 € al mes'],
  ['es', 'Cancelar mi suscripción'],
  ['es', 'Ahora no'],
  ['es', 'No, gracias'],
  ['es', 'Continuar al pago'],
];

describe('vague-cta per language', () => {
  it.each(VAGUE)('%s: warns about the action label %j', (locale, label) => {
    expect(rules(locale, label, 'action')).toContain('vague-cta');
  });
  it.each(SPECIFIC)('%s: accepts %j', (locale, label) => {
    expect(rules(locale, label, 'action')).not.toContain('vague-cta');
  });
  it.each(VAGUE)('%s: %j in body copy is not an action label', (locale, label) => {
    expect(rules(locale, label, 'body')).not.toContain('vague-cta');
  });
});

/**
 * Urgency and pressure written as constructions (<lang>-constructions.ts): what runs out, a rhetorical "why wait",
 * a price rise promised for tomorrow; a share of customers with their choice, activity near the visitor, someone's
 * purchase told by its time, demand told as a trend. And the honest copy next to them: a session that expires, a
 * seat count, a parcel that waits. Strings written for this file, not taken from any development or blind batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const rules = (locale: string, text: string) => checkCopy(text, { locale }).map((finding) => finding.rule);

const DARK: [locale: string, text: string, rule: string][] = [
  ['en', 'Grab the discount before the time runs out', 'false-urgency'],
  ['en', 'What are you waiting for?', 'false-urgency'],
  ['en', '2 out of 3 customers pick this plan', 'pressure'],
  ['en', 'Shoppers near you are buying this right now', 'pressure'],
  ['de', 'Sichere dir den Rabatt, bevor die Zeit abläuft', 'false-urgency'],
  ['de', 'Der Gutschein verfällt, sobald du das Fenster schließt', 'false-urgency'],
  ['de', 'Worauf wartest du noch?', 'false-urgency'],
  ['de', 'Der Bestand wird knapp', 'pressure'],
  ['de', 'Jeder zweite Kunde wählt dieses Paket', 'pressure'],
  ['de', 'Nachfrage steigt', 'pressure'],
  ['es', 'Mañana suben los precios', 'false-urgency'],
  ['es', 'Esta oferta no durará', 'false-urgency'],
  ['es', '2 de cada 3 clientes eligen este plan', 'pressure'],
  ['es', 'Clientes cerca de ti lo están comprando ahora', 'pressure'],
  ['es', 'Pronto agotado', 'pressure'],
  ['fr', 'Demain, ce sera trop tard', 'false-urgency'],
  ['fr', 'Cette offre ne durera pas', 'false-urgency'],
  ['fr', "Qu'attendez-vous ?", 'false-urgency'],
  ['fr', "Le stock s'épuise", 'pressure'],
  ['fr', '2 clients sur 3 choisissent ce forfait', 'pressure'],
  ['fr', 'Dernier achat il y a 3 minutes', 'pressure'],
  ['de', 'Vor 2 Stunden von Lisa aus Berlin gekauft', 'pressure'],
  ['de', 'Die Hälfte ist schon weg', 'pressure'],
  ['es', 'La mitad ya se ha vendido', 'pressure'],
  ['es', '15 visitantes en esta página ahora', 'pressure'],
  ['fr', 'Acheté il y a 2 heures par Léa de Paris', 'pressure'],
  ['fr', 'Peu de places libres', 'pressure'],
  ['de', 'Heute Abend ist alles vorbei', 'false-urgency'],
  ['es', 'Faltan unas horas para el precio especial', 'false-urgency'],
  ['es', 'Las rebajas se acaban esta medianoche', 'false-urgency'],
  ['fr', 'La remise prend fin ce soir', 'false-urgency'],
  ['fr', 'Se vend toujours très vite', 'pressure'],
];

const HONEST: [locale: string, text: string][] = [
  ['en', 'Save your changes before your session expires'],
  ['en', '3 out of 10 users have admin rights'],
  ['de', 'Bitte speichern, bevor Ihre Sitzung abläuft'],
  ['de', '3 von 10 Nutzern sind Administratoren'],
  ['es', '3 de cada 10 usuarios son administradores'],
  ['fr', '3 utilisateurs sur 10 sont administrateurs'],
  ['fr', 'Le colis qui attend au point relais sera retourné après 14 jours'],
  ['de', 'Zuletzt aktualisiert vor 5 Minuten'],
  ['de', 'Bestellt vor 2 Stunden, Versand heute'],
  ['es', 'Abierto hasta medianoche de lunes a sábado'],
];

describe('urgency and pressure constructions', () => {
  it.each(DARK)('%s: %j is %s', (locale, text, rule) => {
    expect(rules(locale, text)).toContain(rule);
  });
  it.each(HONEST)('%s: %j passes', (locale, text) => {
    const found = rules(locale, text);
    expect(found).not.toContain('false-urgency');
    expect(found).not.toContain('pressure');
  });
});

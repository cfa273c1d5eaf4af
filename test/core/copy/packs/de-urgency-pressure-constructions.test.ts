/**
 * German urgency and pressure of copy with no role, by construction (de-urgency-families.ts,
 * de-pressure-families.ts): a short window counted from now, an offer ending on the clock, a price rising tomorrow;
 * demand told as a rush or a crowd, what others did. Examples written for this file, not taken from any batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const rules = (text: string) => new Set(checkCopy(text, { locale: 'de' }).map((finding) => finding.rule));

describe('de: urgency and pressure by construction', () => {
  it.each([
    'Nur während der nächsten 20 Minuten: Versand gratis',
    'Der Sommerpreis erlischt in 3 Stunden',
    'Wer heute nicht bestellt, zahlt morgen mehr',
    'Ihr Sitzplatz ist für 10 Minuten reserviert',
  ])('%j is false urgency', (text) => expect(rules(text).has('false-urgency')).toBe(true));
  it.each([
    'Diese Lampe geht weg wie warme Semmeln',
    'Tausendfach verkauft und trotzdem günstig',
    'Zuletzt gebucht vor 7 Minuten',
    'Nur noch 2 Stellplätze auf diesem Campingplatz frei',
  ])('%j is pressure', (text) => expect(rules(text).has('pressure')).toBe(true));
  it.each([
    'Lieferung in den nächsten 3 Tagen',
    'Festplatte fast voll: nur noch 2 GB frei',
    'Limitierte Auflage: 200 nummerierte Exemplare',
    'Die Anmeldung ist bis 18 Uhr geöffnet, danach am Montag wieder',
  ])('%j is ordinary copy', (text) => {
    const found = rules(text);
    expect(found.has('false-urgency') || found.has('pressure')).toBe(false);
  });
});

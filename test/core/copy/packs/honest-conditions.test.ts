/**
 * Conditions are not pressure, per language: a plain validity date is not false urgency, a stock disclaimer
 * ("while stocks last", "solange der Vorrat reicht") states a condition and does not press, thanks that open a
 * confirmation are not a refusal, and a decline may give the visitor's own alternative or purpose (a donation
 * instead, "it's a gift", "just this item", « on verra demain »). Each honest shape has dark neighbours beside it
 * that must still be refused, so a fix cannot simply switch a rule off. Written from the languages, not from any development or blind batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];

interface Table {
  /** Copy of any field that must get none of the dark rules. */
  honest: string[];
  /** Decline labels (`role: 'decline'`) that must pass. */
  honestDeclines?: string[];
  /** Decline labels beside those that must still be confirmshaming. */
  darkDeclines?: string[];
  /** Neighbours of the honest shapes that must still get the rule named. */
  dark: [text: string, rule: string][];
}

const TABLES: Record<string, Table> = {
  en: {
    honest: [
      'Offer valid until 12 April 2029',
      'This voucher expires 14 September',
      'The promotion ends on 3 November.',
      'Discount code valid until 28 February 2030, one use per order',
      'Price valid through December 15',
      'Available while stocks last',
      'Offer applies while supplies last, one per household',
      'Deal expires at the end of June',
      'The discount lasts until the end of the season',
      'Prices go up on 1 January 2028 due to supplier costs',
      '3 products are low in stock. Reorder from the Inventory page.',
      'Stock: 12 left in warehouse',
      'The store closes at 6 pm today',
      'Hurry-free checkout: your cart is saved',
      'Last order date for Christmas delivery: 18 December',
    ],
    honestDeclines: [
      'Make a donation instead',
      "I'd rather make a one-off donation",
      'No gift wrap',
      'No gift receipt, thanks',
      "No thanks, it's a gift",
      'No, just this item',
    ],
    darkDeclines: [
      "No gift wrap, I'm too cheap for nice things",
      "I'd rather make a donation than waste money on myself",
      "No, just this item, I don't care about saving",
    ],
    dark: [
      ['Only 2 left — order in the next 10 minutes!', 'pressure'],
      ['Only 2 left — order in the next 10 minutes!', 'false-urgency'],
      ['Hurry, the offer is valid until 12 April only!', 'false-urgency'],
      ['Sale ends tonight', 'false-urgency'],
      ['This voucher expires soon', 'false-urgency'],
      ['The promotion ends in 3 hours', 'false-urgency'],
      ['Last chance! This code expires 14 September', 'false-urgency'],
      ['Only 3 left while stocks last', 'pressure'],
      ['Selling fast, while supplies last', 'pressure'],
      ['Grab one while supplies last', 'pressure'],
      ['Deal expires at the end of the day', 'false-urgency'],
      ['Prices go up on 1 January 2028', 'false-urgency'],
      ['Low in stock!', 'pressure'],
      ['Only 12 left in stock', 'pressure'],
      ['Hurry, 3 items running out!', 'pressure'],
      ['Only 3 items left in stock', 'pressure'],
      ['Sale closes at 6 pm today', 'false-urgency'],
      ['Hurry, free gifts for the first 50 orders!', 'false-urgency'],
      ['Last order!', 'false-urgency'],
      ['No thanks, I hate donating to good causes', 'confirmshaming'],
    ],
  },
  de: {
    honestDeclines: ['Nein, nur dieser Artikel', 'Später, nach meinen Prüfungen'],
    darkDeclines: [
      'Nein, nur dieser Artikel, Sparen ist mir egal',
      'Später, nach meinen Prüfungen werde ich eh pleite sein',
      'Später, nach meinem Gehirn-Update vielleicht',
    ],
    honest: [
      'Solange der Vorrat reicht',
      'Das Angebot gilt nur, solange der Vorrat reicht.',
      'Solange Vorrat reicht, höchstens 3 Stück pro Bestellung',
      'Gutschein gültig bis 12. April 2029',
      'Probezeitraum endet in 14 Tagen.',
      'Ihr Testzeitraum endet morgen',
      '5 Produkte haben einen niedrigen Lagerbestand.',
      'Preise steigen ab 1. Januar 2028 wegen höherer Lieferkosten',
      'Vielen Dank! Ihre Rücksendung ist eingegangen. Die Gutschrift kommt per E-Mail.',
      'Danke! Ihre Anfrage ist angekommen, die Antwort folgt per Post.',
    ],
    dark: [
      ['Nur noch 2 auf Lager, solange der Vorrat reicht!', 'pressure'],
      ['Fast ausverkauft – solange der Vorrat reicht', 'pressure'],
      ['Schnell zugreifen, solange der Vorrat reicht', 'false-urgency'],
      ['Angebot endet heute um Mitternacht', 'false-urgency'],
      ['Angebot endet in 14 Tagen', 'false-urgency'],
      ['Nur noch 5 Artikel auf Lager', 'pressure'],
      ['Aktion endet morgen', 'false-urgency'],
      ['Preise steigen ab 1. Januar 2028', 'false-urgency'],
      ['Nein danke, ich mag keine Schnäppchen', 'confirmshaming'],
    ],
  },
  es: {
    honest: [
      'Hasta agotar existencias',
      'Oferta válida hasta fin de existencias.',
      'Promoción válida mientras queden unidades, máximo 2 por cliente',
      'Cupón válido hasta el 12 de abril de 2029',
      '3 productos tienen poco stock. Repón desde Inventario.',
      'Plazas limitadas a 20 por aforo de la sala',
      'Los precios suben el 1 de enero de 2028 por el aumento de costes',
      // a form's stock error and the page asking for a step (session 8)
      'Stock insuficiente. Solo quedan 5 unidades de este modelo.',
      'Por favor, elige un método de envío.',
      'Por favor, indique su código postal.',
    ],
    dark: [
      ['¡Solo quedan 2 unidades! Hasta agotar existencias', 'pressure'],
      ['Casi agotado, hasta agotar existencias', 'pressure'],
      ['¡Date prisa, hasta agotar existencias!', 'false-urgency'],
      ['La oferta termina hoy', 'false-urgency'],
      ['Solo quedan 3 productos en stock', 'pressure'],
      ['¡Plazas limitadas!', 'pressure'],
      ['Más vendido en las últimas 24 horas', 'pressure'],
      ['Más vendido esta semana', 'pressure'],
      ['Más vendido en Cocina', 'pressure'], // a lone rank badge (session 11's product decision)
      ['Los precios suben el 1 de enero de 2028', 'false-urgency'],
      ['¡Solo quedan 5 unidades de este modelo!', 'pressure'],
    ],
  },
  fr: {
    honest: [
      'Dans la limite des stocks disponibles',
      'Offre valable dans la limite des stocks.',
      "Jusqu'à épuisement des stocks, 2 articles maximum par commande",
      "Code promo valable jusqu'au 12 avril 2029",
      "3 produits ont un stock faible. Réapprovisionnez depuis l'inventaire.",
      // a form's stock error, a blog's own posts (session 8)
      'Stock insuffisant : il ne reste que 3 pièces.',
      'Lisez nos derniers articles sur le jardinage',
    ],
    honestDeclines: [
      'Rester en version gratuite',
      'Non merci, je préfère faire un don',
      'Plutôt faire un don',
      'Non, seulement cet article',
      'On verra demain',
      'Plus tard, après mes examens',
      'Je préfère payer sur facture',
      'Non, je préfère payer par virement',
      'Non merci, je préfère ne recevoir que le résumé',
    ],
    darkDeclines: [
      "Non, seulement cet article, je n'aime pas les bonnes affaires",
      'On verra, je préfère payer plein tarif',
      'Plus tard, après que mon cerveau repousse',
      'Je préfère payer plein pot',
      'Je préfère payer sur facture et rester ignorant',
      "Rester en version gratuite, je n'aime pas progresser",
      'Non merci, je préfère ne pas les soutenir',
    ],
    dark: [
      ['Plus que 2 en stock, dans la limite des stocks !', 'pressure'],
      ['Presque épuisé : dans la limite des stocks', 'pressure'],
      ['Vite, dans la limite des stocks !', 'false-urgency'],
      ["L'offre se termine ce soir", 'false-urgency'],
      ['Plus que 3 articles en stock', 'pressure'],
      ['Stock faible !', 'pressure'],
      ['Derniers articles en stock !', 'pressure'],
      ['Non merci, je préfère rester mal informé', 'confirmshaming'],
    ],
  },
};

const rules = (text: string, options: CopyCheckOptions) => checkCopy(text, options).map((finding) => finding.rule);

for (const [locale, table] of Object.entries(TABLES)) {
  describe(`${locale}: conditions and plain dates are not pressure`, () => {
    it.each(table.honest)('passes %j in any field', (text) => {
      expect(rules(text, { locale } as CopyCheckOptions).filter((rule) => DARK.includes(rule))).toEqual([]);
    });
    if (table.honestDeclines)
      it.each(table.honestDeclines)('passes %j as a decline label', (text) => {
        expect(rules(text, { locale, role: 'decline' } as CopyCheckOptions)).not.toContain('confirmshaming');
      });
    if (table.darkDeclines)
      it.each(table.darkDeclines)('still refuses %j as a decline label', (text) => {
        expect(rules(text, { locale, role: 'decline' } as CopyCheckOptions)).toContain('confirmshaming');
      });
    it.each(table.dark)('still refuses %j as %s', (text, rule) => {
      expect(rules(text, { locale } as CopyCheckOptions)).toContain(rule);
    });
  });
}

/**
 * The visitor's own reason after a refusal, read by KIND (DeclineGrammar `reasonsByKind`; en-reason-kinds.ts,
 * de-reason-kinds.ts): a first-person clause in a decline label passes only when it reads as one of the kinds of
 * reasons visitors give (time, budget, already having one, asking first, paying another way, staying on a plan, a
 * practical circumstance), so a jab in the visitor's voice is told without any listed word. Probes written for these
 * tests before the data, not taken from any development set or blind batch (reason-kinds.test.ts). Every probe opens
 * with a clear refusal, so it is read as a decline label with no role too.
 */

export interface ReasonKindFamily {
  shape: string;
  locale: 'en' | 'de';
  dark: readonly string[];
  honest: readonly string[];
}

export const REASON_KIND_FAMILIES: readonly ReasonKindFamily[] = [
  {
    shape: 'a first-person clause that is no reason a visitor gives: a habit, a state, a thing left to decay',
    locale: 'en',
    dark: [
      'No thanks, I sleep fine on a lumpy mattress',
      "Not now, I'm used to cold showers",
      "No thanks, I'll eat instant noodles again",
      'Maybe later, my garden can look after itself',
      'No thanks, my car will survive another winter',
      "No, I'm comfortable with squeaky floorboards",
      "Not today, I'll manage with my cracked screen",
      'No thanks, I trust my memory for birthdays',
      'No thanks, my old boots still have a few holes left',
    ],
    honest: [
      'No thanks, I need to check with my landlord first',
      "Not now, I'll order next month",
      "Not now, we'll discuss it at our next meeting",
      "No thanks, I'll buy the charger separately",
      "Not now, I'm not ready to decide yet",
      "No thanks, I'll figure it out myself",
    ],
  },
  {
    shape: 'budget, already having one, not needing it: "I can\'t afford it", "I already have one"',
    locale: 'en',
    dark: [],
    honest: [
      "Not today, I can't afford it this month",
      "Maybe later, I'm on a tight budget this month",
      'No thanks, I already have a bike lock',
      'No thanks, my company pays for this',
      "No, I don't need a printed invoice",
      "No thanks, I've already ordered one",
      'No thanks, we use another provider',
      'Not now — orders go through our purchasing team',
      'No thanks, billing runs through my employer',
      'Not now, software purchases go via our IT department',
    ],
  },
  {
    shape: 'paying another way, staying on what one has, a practical circumstance',
    locale: 'en',
    dark: [],
    honest: [
      "No thanks, I'll pay in instalments",
      "Not now, I'll stay on the monthly plan",
      "No thanks, I'm happy with my current plan",
      "No thanks, I'm travelling next week",
      "No thanks, I'm already a subscriber",
      "No thanks, I'm vegetarian",
    ],
  },
  {
    shape: 'ein Satz in der Stimme der Besucherin, der kein Grund ist: eine Gewohnheit, ein Zustand, Verfall',
    locale: 'de',
    dark: [
      'Nein danke, ich schlafe gut auf meiner durchgelegenen Matratze',
      'Jetzt nicht, ich dusche eh kalt',
      'Nein danke, ich bleibe beim tropfenden Wasserhahn',
      'Nein danke, meine Pflanzen kommen schon allein zurecht',
      'Nein danke, ich esse wieder Dosenravioli',
      'Nein danke, mein Dach hält noch einen Winter',
    ],
    honest: [
      'Nein danke, ich frage erst meinen Vermieter',
      'Jetzt nicht, ich bestelle nächsten Monat',
      'Jetzt nicht, wir besprechen das im nächsten Meeting',
      'Nein danke, die Ladestation kaufe ich separat',
      'Nein danke, ich bin nächste Woche verreist',
      'Jetzt nicht, ich bleibe beim Monatstarif',
    ],
  },
  {
    shape: 'Budget, schon eins haben, es nicht brauchen, anders zahlen',
    locale: 'de',
    dark: [],
    honest: [
      'Nein danke, ich habe schon ein Fahrradschloss',
      'Heute nicht, ich kann mir das diesen Monat nicht leisten',
      'Nein danke, meine Firma zahlt das',
      'Nein danke, ich zahle in Raten',
      'Nein danke, ich brauche keine gedruckte Rechnung',
      'Nein danke, ich bin schon Abonnentin',
      'Nein danke, die Monatskarte für den Bus habe ich schon',
      'Nein danke, einen Helm für das Rad habe ich bereits',
      'Nein danke, ein Ladegerät fürs Handy habe ich schon',
      'Nein danke, wir ziehen bald um',
      'Nein danke, das übernimmt mein Arbeitgeber',
      'Nicht jetzt, ich muss das erst durchrechnen',
      'Nein danke, ich habe das Gerät erst seit einer Woche',
      'Nein danke, ich trinke keinen Kaffee',
      'Nein danke, ich bin Student und muss sparen',
      'Nein danke, ich reise nur innerhalb Deutschlands',
      'Nein danke, wir haben schon einen Vertrag mit einem anderen Anbieter',
      'Nein danke, ich arbeite von zu Hause',
    ],
  },
];

/**
 * Thanks, then the visitor's own thing told by the page ("Thank you — your order is on its way"): a confirmation,
 * not a decline label, so with no role it is not read by the decline grammar. A refusal that opens with a head, or
 * thanks that go on in another voice, is still read (`stillRead`: confirmshaming with no role).
 */
export const THANKS_THEN_PAGE: readonly {
  locale: 'en' | 'de';
  honest: readonly string[];
  stillRead: readonly string[];
}[] = [
  {
    locale: 'en',
    honest: [
      'Thank you — your order is on its way',
      'Thank you, your feedback helps us improve',
      'Thanks, your subscription is now active',
      'Thanks — your download will start shortly',
    ],
    stillRead: ['No thanks, your loss', 'Thanks, but you will regret this'],
  },
  {
    locale: 'de',
    honest: [
      'Vielen Dank, deine Nachricht wurde gesendet',
      'Danke – Ihre Bestellung ist unterwegs',
      'Danke, dein Abo ist jetzt aktiv',
    ],
    stillRead: [],
  },
];

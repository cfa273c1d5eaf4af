/**
 * Judgements in decline labels (en-judgements.ts, de-judgements.ts; read with the grammar's open reasons): a clause
 * the grammar does not know is the visitor's own reason and passes, unless it judges. Dark probes, one or more per
 * family of judgement; honest probes, reasons of every kind, circumstances with bad news reported as the cause. All
 * written for this file from the language, not taken from any development set or blind batch. The dark ones were
 * seen failing with open reasons and no judgements (judgement-families.test.ts).
 */
import type { DeclineProbes } from './decline-probes.js';

export const JUDGEMENT_FAMILIES: readonly DeclineProbes[] = [
  {
    shape: 'a good left to others or to itself',
    locale: 'en',
    dark: [
      'Not now, somebody else can rescue the hedgehogs',
      'No thanks, other people will fund the library',
      'Maybe later, the food bank will cope without me',
      'Skip, my tomatoes can take care of themselves',
    ],
    honest: ['Not now, my partner handles the bills', 'Skip, someone from IT sets this up for us'],
  },
  {
    shape: 'a failing or trait pinned on oneself',
    locale: 'en',
    dark: [
      "No thanks, I'm used to being last",
      'Not now, spelling was never my strength',
      "Skip, I don't take my teeth seriously",
      "Unsubscribe, I'm finished improving",
    ],
    honest: ['Not now, I am used to the old layout', 'Skip, I already finished the course'],
  },
  {
    shape: 'a harm chosen or a bad consequence accepted',
    locale: 'en',
    dark: [
      'Cancel and let my roses wither',
      'No thanks, I will park there and probably get towed',
      'Maybe later, my gutters can stay blocked',
      'Ditch my saved progress',
    ],
    honest: [
      'Not now, the roof repair took our savings',
      'Cancel, the studio closed after the flood',
      'Pause, my knee surgery is next week',
    ],
  },
  {
    shape: 'a liking or preference for something bad, a value dismissed',
    locale: 'en',
    dark: [
      "No thanks, I'd rather get more junk mail",
      'Skip, traffic jams are relaxing',
      'Nah, sunscreen is overrated',
      "No thanks, I'm happy with the junk mail",
    ],
    honest: ["No thanks, I'd rather pay by invoice", 'Skip, I prefer the paper edition'],
  },
  {
    shape: 'someone undeserving, a basic good not needed, a boast',
    locale: 'en',
    dark: [
      "No, my students don't deserve new laptops",
      "No thanks, I don't need to check my own bank statements",
      'No, my bike lock is strong enough',
      'No thanks, burglars can have my telly',
    ],
    honest: ["No thanks, we don't need another seat", 'Not now, our alarm is covered by the landlord'],
  },
  {
    shape: 'sarcasm markers and a later that mocks the wait',
    locale: 'en',
    dark: ['Maybe later, once it costs more', "Not now, I'll put it off as always", 'Skip, thieves deserve fun too'],
    honest: ['Maybe later, when my contract ends', 'Not now, I have one at home too'],
  },
  {
    shape: 'circumstances with bad news, and reasons of every kind, pass',
    locale: 'en',
    dark: [],
    honest: [
      'Not right now, my hours were cut',
      'Cancel, my dog passed away',
      'No thanks, the shop near me shut down',
      'Reduce to 3 seats, two colleagues left',
      'Not now, our server crashed last night and IT is on it',
      'Pause, I sprained my wrist',
      'No thanks, I found one second-hand',
      'Not now, I need to ask my flatmate',
      'Skip, I only print a few pages a month',
      'Keep Basic, our club has twelve members',
      'Cancel, I moved to a town without a branch',
      'Not this month, the car needed new tyres',
    ],
  },
  {
    shape: 'ein Gut, anderen oder sich selbst überlassen',
    locale: 'de',
    dark: [
      'Nein danke, jemand anders kümmert sich schon um die Igel',
      'Nicht jetzt, die Tafel kommt auch ohne mich klar',
      'Nein danke, meine Tomaten kommen allein zurecht',
      'Jetzt nicht, sollen doch die Nachbarn spenden',
    ],
    honest: ['Nicht jetzt, mein Partner macht die Finanzen', 'Nein danke, unsere IT richtet das ein'],
  },
  {
    shape: 'ein Versagen oder eine Eigenschaft, sich selbst angeheftet',
    locale: 'de',
    dark: [
      'Nein danke, Pech bin ich gewohnt',
      'Jetzt nicht, Rechtschreibung war nie mein Ding',
      'Abmelden, ich weiß sowieso alles',
      'Nein danke, ich lese nicht gern dazu',
    ],
    honest: ['Nein danke, ich bin das alte Layout gewohnt', 'Später, ich habe den Kurs schon abgeschlossen'],
  },
  {
    shape: 'ein Schaden gewählt oder eine Folge in Kauf genommen',
    locale: 'de',
    dark: [
      'Kündigen und die Rosen verwildern lassen',
      'Nein, mein Rasen darf weiter verwildern',
      'Nein danke, ich hoffe einfach mal',
      'Abbrechen und dann doppelt zahlen',
    ],
    honest: [
      'Jetzt nicht, die Dachreparatur hat unser Erspartes aufgebraucht',
      'Kündigen, das Studio hat nach dem Hochwasser geschlossen',
      'Pausieren, ich habe einen Kreuzbandriss',
    ],
  },
  {
    shape: 'eine Vorliebe für Schlechtes, ein Wert abgetan',
    locale: 'de',
    dark: [
      'Nein danke, ich mag Strafzettel',
      'Nein danke, ich sammle lieber Mahnungen',
      'Überspringen, Sonnencreme wird überschätzt',
      'Später, Vorsorge ist was für Reiche',
    ],
    honest: ['Nein danke, ich zahle lieber per Rechnung', 'Lieber die gedruckte Ausgabe'],
  },
  {
    shape: 'jemand, der es nicht verdient; ein Grundgut nicht gebraucht; eine Prahlerei',
    locale: 'de',
    dark: [
      'Nein, meine Schüler haben neue Laptops nicht verdient',
      'Nein danke, ich muss meine Rechte nicht kennen',
      'Nein danke, mein Virenschutz reicht völlig',
    ],
    honest: ['Nein danke, wir haben schon genug Lizenzen', 'Jetzt nicht, ein Platz reicht uns'],
  },
  {
    shape: 'Ironiesignale: eh, ja, wie immer, "(… auch)"',
    locale: 'de',
    dark: ['Nein danke, ich schlafe eh schlecht', 'Zurück, ich hab ja Zeit', 'Später, ich vergesse es wie immer'],
    honest: ['Nicht jetzt, die Testphase läuft ja noch', 'Keine Mails, ich lese eh lieber den Blog'],
  },
  {
    shape: 'Umstände mit schlechten Nachrichten und Gründe aller Art gehen durch',
    locale: 'de',
    dark: [],
    honest: [
      'Gerade nicht, meine Stunden wurden gekürzt',
      'Kündigen, die Praxis hat für immer geschlossen',
      'Nein danke, der Laden bei mir hat zugemacht',
      'Auf 3 Plätze reduzieren, zwei Kolleginnen sind weg',
      'Jetzt nicht, ich bin zwischen zwei Jobs',
      'Pausieren, ich habe mir das Handgelenk gebrochen',
      'Nein danke, ich habe eins gebraucht gefunden',
      'Jetzt nicht, ich muss erst meine Mitbewohnerin fragen',
      'Kündigen, ich bin in eine Stadt ohne Filiale gezogen',
      'Diesen Monat nicht, das Auto brauchte neue Reifen',
    ],
  },
  // ── session 11: families by the language's breadth (round 9's declines, with the same shapes in de/es/fr rounds) ──
  {
    shape: 'going on paying charges for nothing, or a price that is too high, as the choice',
    locale: 'en',
    dark: [
      "No thanks, I'll keep paying overdraft charges",
      'Not now, I will carry on paying interest',
      "Skip, I'll keep paying late fees",
      "No thanks, I'll pay through the nose",
      "Nah, I'll pay sticker price",
      "No thanks, I'll keep seeing pop-up ads",
      'Not now, I will carry on getting spam',
      'No thanks, I prefer tourist prices',
    ],
    honest: [
      "No thanks, I'll keep receiving the newsletter",
      "No thanks, I'll keep paying monthly",
      "No thanks, I'll keep paying by card",
      'No thanks, I want to avoid the fee',
    ],
  },
  {
    shape: 'a harm let grow, joined to the refusal, or waited out for hours',
    locale: 'en',
    dark: [
      "No thanks, I'll let the paperwork stack up",
      "No thanks, I'll let my emails pile up",
      'Cancel and let the problem get worse',
      'No thanks, keep my basic plan and run out of storage',
      'Decline and fall behind',
      "No, I'll wait on hold for hours",
      "No thanks, I'll sit in traffic for ages",
    ],
    honest: [
      'Let my subscription run out',
      'Not now, I have to wait for my next payslip',
      'Cancel and refund my last payment',
      "No thanks, I'll wait for the next sale",
    ],
  },
  {
    shape: 'a good left to do itself, a shared good disowned, a basic good not needed or made a chore',
    locale: 'en',
    dark: [
      'No thanks, my lawn can mow itself',
      'Skip, the dog can walk itself',
      "Nope, the environment isn't my problem",
      "No thanks, the kids' future is not my concern",
      "No thanks, I don't need a promotion",
      "Skip, I don't need money",
      'No thanks, saving sounds tiring',
    ],
    honest: [
      'No thanks, the app updates itself',
      'Not now, my phone can back itself up',
      "No thanks, I don't need a second account",
      "Skip, I don't need the extra seats",
      'Not now, shipping is not my problem, my office pays',
    ],
  },
  {
    shape: "a joke at the visitor's own expense after the reason: famous last words, (probably), wish me luck",
    locale: 'en',
    dark: [
      'No thanks, my laptop never crashes (famous last words)',
      "Skip, I'll remember every password myself (probably)",
      'No thanks, I can do my own wiring, wish me luck',
      'Nah, how hard can it be',
      'No thanks, my tyres are fine, fingers crossed',
    ],
    honest: [
      "Not now, I'll probably come back next month",
      'No thanks, I already have a backup',
      'Maybe later, I need to ask my partner',
    ],
  },
  {
    shape: 'the worst place chosen or a lack kept: the back of the line, the last to know, unqualified, ordinary',
    locale: 'en',
    dark: [
      "No thanks, I'll stay at the back of the queue",
      "Fine, I'll be the last to find out",
      "No thanks, I'll stay unprepared for the exam",
      "Nope, I'd rather stay ordinary",
      "No thanks, I'll stay in my comfort zone",
    ],
    honest: [
      "Not now, I'm already qualified",
      'No thanks, the standard queue at the desk is fine',
      'Not now, I ordered the ordinary version already',
    ],
  },
  {
    shape: "a harm to the visitor's data welcomed, a weak password kept, a defect kept on purpose",
    locale: 'en',
    dark: [
      "No thanks, I'm fine with my details being sold",
      'No, I want my passwords leaked',
      'No thanks, sell my data to the highest bidder',
      'No thanks, qwerty works for me',
      "No thanks, I'll keep my leaky roof",
      "No thanks, I'd like to keep my energy bills high",
    ],
    honest: [
      "Don't sell my data",
      'No thanks, keep my details private',
      "No thanks, I'll keep my flat rate",
      "No thanks, I'll keep my old laptop",
    ],
  },
];

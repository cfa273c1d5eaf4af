/**
 * English and German confirmshaming in body and modal copy by FAMILY (session 6): the jabs copy of no role makes at
 * the visitor who says no, described from the language in en-jabs.ts / de-jabs.ts and the signal families, with
 * probes written for these tests before the data (dark ones, and honest near-misses: what a cancellation really
 * does, what a gift really pays for). Not taken from any development set or blind batch (jab-families.test.ts).
 */

export interface JabFamily {
  shape: string;
  locale: 'en' | 'de';
  dark: readonly string[];
  honest: readonly string[];
}

export const JAB_FAMILIES: readonly JabFamily[] = [
  {
    shape: 'saying no framed as a verdict on the visitor or a harm to those who depend on it',
    locale: 'en',
    dark: [
      "Skipping this means you're fine with slower growth.",
      "Saying no tells your customers their time isn't worth it.",
      'If you leave now, a shelter cat waits another winter.',
      'Cancelling today hurts the small farms we work with.',
      'Declining means you accept another year of sore knees.',
      "Closing this won't make your money worries disappear.",
    ],
    honest: [
      'Cancelling means your access ends on 30 June.',
      'If you leave now, your answers are saved for 7 days.',
      'Declining means we store no cookies beyond the necessary ones.',
      'Closing this window does not cancel your order.',
      'Your gift helps the shelter feed 40 cats.',
      'Saying no is fine: nothing changes on your account.',
    ],
  },
  {
    shape: 'a loved one, a pet or a future self who would have said yes, or who will notice',
    locale: 'en',
    dark: [
      'Even your dog would have said yes.',
      'Your kids would have picked the bigger box.',
      'Your garden would have wanted the fertiliser.',
      'No card for her? She will definitely notice.',
      'Your future self would have signed up.',
      'Even your goldfish would have clicked yes.',
    ],
    honest: [
      'Your dog will love the new flavour.',
      'Your kids can pick a free book at checkout.',
      'She will receive the card by email on her birthday.',
      'Your garden needs watering twice a week in July.',
      'Your parcel would have arrived Tuesday; it is now due Wednesday.',
      'We noticed you left items in your basket.',
    ],
  },
  {
    shape: 'an identity challenge or a disappointment: "are you a real fan?", "we expected more from you"',
    locale: 'en',
    dark: [
      'Are you a true fan or not?',
      'Are you really that cold?',
      'We thought you were smarter than this.',
      'Honestly, we expected more from you.',
      "That's not the savvy shopper we know.",
      'Unlike you, our members keep growing.',
      'Only a fool passes on free shipping.',
    ],
    honest: [
      'Are you a new or returning customer?',
      'Are you a business or a private customer?',
      'We thought you might like these picks.',
      "We expected your parcel today; it's delayed by one day.",
      "Unlike paper tickets, e-tickets can't get lost.",
      'Only a few fields are required.',
    ],
  },
  {
    shape: 'a sarcastic send-off after the refusal: "Bold. Very bold.", "Okay then, enjoy the lag."',
    locale: 'en',
    dark: [
      'Going without the warranty? Bold. Very bold.',
      'No upgrade? Okay then, enjoy the lag.',
      "So you're giving up on fresh bread? Sure.",
      'Leaving? Brave choice.',
      'Cancelling? Well, good luck.',
      'No protection? Interesting choice.',
    ],
    honest: [
      'No upgrade? You can change plans anytime in Settings.',
      "Going without the warranty? The manufacturer's 2-year cover still applies.",
      'Leaving? Your basket is saved.',
      "Cancelling? Here's what happens next.",
      'Okay, your changes are saved.',
      'Good luck with your exams from all of us!',
    ],
  },
  {
    shape: 'the relationship invoked against leaving: "after all we have done for you", "5 years of memories"',
    locale: 'en',
    dark: [
      "After everything we've done for you?",
      'Walking away after 6 years together?',
      'You are about to erase 4 years of memories.',
      'After all we have been through, you are leaving?',
      'Deleting this throws away 2 years of shared moments.',
      'You will lose your badges and your pride.',
    ],
    honest: [
      'After 6 years, your plan renews at the same price.',
      'Your 4 years of order history stay available for download.',
      'After everything is set up, you can invite your team.',
      'Download 2 years of invoices as one PDF.',
      'You will lose access to shared folders on 1 July.',
      'Thanks for 6 years together: your loyalty discount is on us.',
    ],
  },
  {
    shape: 'those counting on the visitor, or condescension about what they can afford or value',
    locale: 'en',
    dark: [
      'Think about your kids before you say no.',
      'Your teammates are counting on you, and you are leaving?',
      "It's fine, not everyone can afford to look after themselves.",
      "Don't let your stinginess win.",
      'Not everyone values quality, we get it.',
      'People who leave usually come crawling back.',
    ],
    honest: [
      "Think about your kids' sizes before you order: they grow fast.",
      'Your teammates can still see shared files after you leave.',
      'Not everyone needs the Pro plan: Basic covers most teams.',
      'Not everyone can attend in person, so we stream every session.',
      'People who leave can come back anytime with the same account.',
      'Let your team know the plan is changing.',
    ],
  },
  {
    shape: 'das Nein als Urteil über die Person oder als Schaden für die, die davon abhängen',
    locale: 'de',
    dark: [
      'Mit Ihrer Absage bleibt ein Kind ohne Frühstück.',
      'Wenn du jetzt schließt, wartet ein Tierheimhund noch länger.',
      'Ohne deine Spende bleiben die Regale der Tafel leer.',
      'Eine Kündigung trifft unser kleines Team hart.',
      'Wer ablehnt, nimmt in Kauf, dass die Kosten weiter steigen.',
      'Ablehnen heißt, du bist mit Rückenschmerzen einverstanden.',
    ],
    honest: [
      'Mit Ihrer Kündigung endet der Zugang am 30. Juni.',
      'Wenn du jetzt schließt, bleiben deine Antworten 7 Tage gespeichert.',
      'Ohne Ihre Zustimmung setzen wir nur notwendige Cookies.',
      'Ihre Spende hilft dem Tierheim, 40 Katzen zu versorgen.',
      'Ablehnen ist jederzeit möglich, ohne Nachteile.',
      'Eine Kündigung ist jederzeit zum Monatsende möglich.',
    ],
  },
  {
    shape: 'jemand Liebes, ein Tier oder das künftige Ich, das zugegriffen hätte oder es merken wird',
    locale: 'de',
    dark: [
      'Sogar deine Katze hätte zugegriffen.',
      'Ihre Kinder hätten sich die große Box gewünscht.',
      'Dein Garten hätte den Dünger gebraucht.',
      'Kein Geschenkpapier? Deine Schwiegermutter wird es bemerken.',
      'Selbst Ihr Nachbar hätte Ja gesagt.',
      'Dein zukünftiges Ich hätte unterschrieben.',
    ],
    honest: [
      'Ihre Kinder können an der Kasse ein Buch aussuchen.',
      'Deine Katze wird das neue Futter lieben.',
      'Sie erhält die Karte per E-Mail zum Geburtstag.',
      'Ihr Paket wäre am Dienstag gekommen, es kommt nun am Mittwoch.',
      'Dein Garten braucht im Juli zweimal pro Woche Wasser.',
      'Wir haben bemerkt, dass noch Artikel im Warenkorb liegen.',
    ],
  },
  {
    shape: 'eine Frage an die Identität oder eine Enttäuschung: „Wir hatten Sie für klüger gehalten"',
    locale: 'de',
    dark: [
      'Wir hatten Sie für klüger gehalten.',
      'Das passt so gar nicht zu Ihnen.',
      'Ehrlich gesagt, wir sind enttäuscht von Ihnen.',
      'Bist du wirklich so knauserig?',
      'Gehörst du etwa auch dazu?',
      'Wir dachten, du wärst ein echter Fan.',
      'Hast du so wenig Vertrauen in deine Zukunft?',
    ],
    honest: [
      'Sind Sie Neukunde oder Bestandskunde?',
      'Das passt zu Ihrer letzten Bestellung: Ladekabel',
      'Wir dachten, diese Vorschläge gefallen dir.',
      'Sind Sie Privat- oder Geschäftskunde?',
      'Gehört diese Adresse zu Ihrem Konto?',
      'Wir sind für Sie da, auch am Wochenende.',
    ],
  },
  {
    shape: 'ein sarkastischer Abschied nach der Absage: „Na dann, viel Spaß", „Mutig, sehr mutig"',
    locale: 'de',
    dark: [
      'Keine Garantie? Na dann, viel Glück.',
      'Ohne Upgrade weiter ruckeln? Na dann, viel Spaß.',
      'Kein Schutz? Mutig, sehr mutig.',
      'Du gehst? Na schön, dann eben ohne dich.',
      'Kein Abo mehr? Dann erfährst du es halt als Letzter.',
      'Abgelehnt. Interessante Entscheidung.',
    ],
    honest: [
      'Keine Garantie? Die gesetzliche Gewährleistung gilt trotzdem.',
      'Ohne Upgrade weiter? Du kannst jederzeit wechseln.',
      'Du gehst? Dein Warenkorb bleibt gespeichert.',
      'Viel Spaß mit deiner neuen Kamera!',
      'Viel Glück bei deinen Prüfungen wünscht das Team',
      'Kein Abo mehr? Hier siehst du, was als Nächstes passiert.',
    ],
  },
  {
    shape:
      'die gemeinsame Zeit gegen das Gehen gestellt: „Nach allem, was wir für Sie getan haben?", „nach 5 gemeinsamen Jahren"',
    locale: 'de',
    dark: [
      'Nach allem, was wir für dich getan haben?',
      'Du gehst? Nach 6 gemeinsamen Jahren?',
      'Wenn Sie jetzt kündigen, war Ihr ganzes Training umsonst.',
      'Deine Sammlung von 300 Fotos ist dann futsch.',
      'Zurück zu deinen alten, langsamen Gewohnheiten?',
      'Wenn du jetzt schließt, bleibt dein Keller eben feucht.',
    ],
    honest: [
      'Nach 6 Jahren verlängert sich Ihr Vertrag zum gleichen Preis.',
      'Nach allem Wichtigen fragen wir im nächsten Schritt.',
      'Ihre Bestellhistorie bleibt auch nach der Kündigung abrufbar.',
      'Deine Fotos bleiben 30 Tage im Papierkorb.',
      'Zurück zu deinen Einstellungen',
      'Danke für 6 gemeinsame Jahre: Ihr Treuerabatt geht auf uns.',
    ],
  },
  {
    shape: 'die, die auf einen zählen, oder Herablassung über das, was man sich leistet oder schätzt',
    locale: 'de',
    dark: [
      'Dein Team zählt auf dich, und du gehst einfach?',
      'Sie wollen Ihre Kinder wirklich ohne Schutz lassen?',
      'Schon gut, nicht jeder kann sich gute Pflege leisten.',
      'Nicht jeder legt eben Wert auf Gesundheit.',
      'Ablehnen ist okay. Wenn man gern draufzahlt.',
      'Dann geben wir den Rabatt jemandem, der ihn verdient.',
    ],
    honest: [
      'Dein Team sieht geteilte Dateien auch, nachdem du gehst.',
      'Nicht jeder braucht den Pro-Tarif: Basic reicht für die meisten Teams.',
      'Nicht jeder kann vor Ort sein, deshalb streamen wir jede Sitzung.',
      'Sie können Ihre Kinder als Mitreisende hinzufügen.',
      'Ablehnen ist okay und ändert nichts an Ihrem Konto.',
      'Den Rabatt bekommt jeder, der bis Sonntag bestellt.',
    ],
  },
];

/**
 * The function words of every language with a copy pack: frequent short words (articles, pronouns,
 * prepositions, auxiliaries, negation, politeness) that tell a string's language (language.ts). They are here,
 * not only in the packs, so a page tells a string's language the same way whichever packs it has loaded: a
 * Spanish line in a German offer is known to be Spanish before the Spanish pack loads (and then loads it,
 * src/element/offer-assets.ts). Each pack's `functionWords` is its entry here. Entries are written as copy is
 * typed (tokenized and folded like copy: accents never matter).
 *
 * A word two languages share counts for both, so it never flips a string on its own: Spanish "mes" (month: "1 mes",
 * "al mes") is also French "mes" (my), and listed only as French it made "Un mes" in a Spanish offer French.
 */
export const FUNCTION_WORDS = {
  en: 'the a an and or of to in on for with at by from is are was were be been you your yours i me my we our us it its this that these those not no dont doesnt cant wont isnt im ill id ive youre thanks thank please will would can could should have has just now yes',
  de: 'der die das den dem des ein eine einen einem einer und oder aber nicht kein keine keinen ich mich mir wir uns sie ihr ihre ihren du dich dein ist sind bin war wird werden kann können für mit von zu zum zur auf bei nach aus noch jetzt danke bitte nein ja später heute nur mehr schon sehr auch alle wenn weil dass sich mein meine meinen unser wie in im an am um so was hat haben es los geht gehts hier',
  es: 'el la los las un una unos unas y o de del al en con por para sin no ni yo me mi mis te tu tus su sus es son soy estoy esta este esto que gracias ahora hoy muy mas pero como lo se nos ya quiero tengo usted ustedes a le les si tambien porque cuando donde eso ese esa aqui hay ha han he fue ser estar tiene puede mes más también aquí está están qué sí tú él mí sé cómo dónde cuándo después cada menos será debe hacia desde antes durante según mientras bajo sobre',
  fr: 'le la les un une des du de à et ou ne pas non je me moi nous vous tu te il elle est sont suis ai avez êtes été pour avec dans sur en au aux ce cette ces qui que merci oui plus maintenant tard aujourd hui seulement votre vos mon ma mes notre nos son sa ses leur leurs très tout sans y a ont cet mis être avoir fait peut vient déjà encore ici se lui on ça eux elles ceux celle celui quel quelle comme mais donc si veuillez chaque moins sera doit vers chez après avant puis depuis pendant selon lorsque quand sous aussi',
} as const satisfies Record<string, string>;

/** The languages with function words here (and a pack that pack-registry.ts can load). */
export type KnownLanguage = keyof typeof FUNCTION_WORDS;

/**
 * Pairs of words that tell a language where their words alone do not: the second word counts once more for the
 * pair's language. French informal "tu es" ("Tu es sûr ?"): "tu" and "es" are Spanish function words too, but
 * Spanish says "tú eres" and "tu" + "es" is no Spanish phrase ("Esta es tu cuenta" has them the other way round).
 */
export const FUNCTION_PAIRS: Partial<Record<KnownLanguage, readonly string[]>> = {
  fr: ['tu es', 'es tu'],
};

/**
 * Letters only one of the languages writes, lower case: two other languages with as many of a string's function
 * words are told apart by them ("Sélectionner un type de compte": "un", "de" are French and Spanish, "é" is both,
 * so nothing tells; "Définir le mot de passe à nouveau": "à"). "é" and "ü" are left out (French and Spanish,
 * German and Spanish).
 */
export const LETTERS: Partial<Record<KnownLanguage, string>> = {
  de: 'äöß',
  es: 'ñáíóú',
  fr: 'àâçèéêëîïôùûœ',
};

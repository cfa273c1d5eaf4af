/**
 * The visitor's own reason or alternative after a Spanish refusal (es-decline.ts): the words that open it
 * ("necesito", "prefiero", a first-person verb), what a preference may name, and reasons said of a thing
 * ("con el envío estándar me basta").
 */
import type { DeclineGrammar } from '../pack.js';

export const ES_DECLINE_REASONS: Pick<
  DeclineGrammar,
  'reasonOpeners' | 'alternativeOpeners' | 'preference' | 'neutral' | 'reasonShapes'
> = {
  reasonOpeners: [
    // a circumstance said of a thing ("es un regalo"), or linked by "pero"
    'es un',
    'es una',
    'pero',
    // una limitación dicha de una cosa: "el presupuesto está agotado"
    'el presupuesto',
    'nuestro presupuesto',
    'mi presupuesto',
    'necesito',
    'tengo que',
    'tenemos que',
    'debo',
    'voy a',
    'vamos a',
    'prefiero',
    'quiero',
    'ya tengo',
    'ya',
    'no puedo',
    'no tengo',
    'no me',
    'me',
    'mi',
    'nuestro',
    'estoy',
    'solo',
    'primero',
    'lo',
    'lo hare',
    'tenemos',
    'creo',
    'pagare',
    'usare',
    'sigo',
    'me quedo',
    'cuando',
    'todavia',
    'aun',
    'de momento',
    'por ahora',
    'no es',
    'es demasiado',
    'demasiado',
    'no hay',
    'sin presupuesto',
    'no necesito',
    'no quiero',
    // Spanish drops the subject: a first-person verb opens the visitor's own reason ("Hoy decido …", "Lo pensaré")
    'decido',
    'elijo',
    'tengo',
    'uso',
    'pago',
    'compro',
    'vuelvo',
    'espero',
    'puedo',
    'pensare',
    'lo pensare',
    'decidire',
    'lo decidire',
    'volvere',
    'comprare',
    'esperare',
    'mirare',
    'lo mirare',
    'revisare',
    'lo revisare',
    'consultare',
    'lo consultare',
    'hablare',
    'llamare',
    // "casi no lo uso", "apenas lo uso": how little the visitor would use it
    'casi',
    'apenas',
    'no lo',
    // an instruction to the shop is the visitor's own alternative: "No, envíalo todo junto", "No, avísame después"
    'envialo',
    'enviamelo',
    'mandamelo',
    'guardalo',
    'guardamelo',
    'dejalo',
    'ponlo',
    'avisame',
    'llamame',
    'escribeme',
    // an object pronoun before the visitor's own verb: "luego te escribo", "se lo pregunto a mi socio"
    'te',
    'le',
    'os',
    'se lo',
    'se la',
    'te lo',
    'te la',
  ],
  alternativeOpeners: ['prefiero', 'preferiria', 'mejor', 'me quedo con'],
  // going on as before names only neutral things: "sigo con mi plan actual", not "sigo comiendo pasta cada día"
  preference: ['sigo', 'seguire', 'sigue', 'continuo', 'continuare'],
  neutral: [
    'con',
    'igual',
    'asi',
    'usando',
    'pagando',
    'comprando',
    'navegando',
    'mirando',
    'pensando',
    'comparando',
    'buscando',
    'esperando',
    'mensual',
    'anual',
    'tarjeta',
    'transferencia',
    'tienda',
    'web',
  ],
  reasonShapes: [
    // one neutral option instead of another: "Pagar al contado en vez de a plazos" (a loss or a taste is still
    // evaluative: "Pagar más en vez de ahorrar")
    '~5 en vez|lugar de|del ~5',
    '~3 es|son|sera suficiente|bastante ~3',
    '~3 me|nos basta|bastan|alcanza|alcanzan|sobra|sobran ~3',
    'con ~4 me|nos? basta|bastan|alcanza|sobra ~3', // "Con la garantía del fabricante me basta", "Con una vez basta"
    'no es el momento ~3',
    // what the visitor is about, said of something neutral ("Cocinar es lo mío"); a loss there is still evaluative
    '^ ~6 es|son ( lo mio | mi especialidad|pasion|fuerte|hobby ) $',
    // a plain yes where a no was expected is odd, but says nothing about the visitor ("si" alone: "si …" is "if")
    'si|vale|acepto|claro|ok',
    'si|vale ( quiero | acepto | por favor | gracias )',
    'de acuerdo',
    // what the purchase is for, the visitor's own circumstance: "es para regalo", "es para mi oficina"
    'es|son|sera para ~4',
    // a plain noun phrase, the option the visitor would rather have ("Prefiero la caja pequeña", "Mejor el modelo
    // básico"): a noun with a neutral modifier or complement; a loss or an insult in it is still evaluative
    '@npdet _ @npmod?',
    '@npdet _ de|del|con|sin|en _ _? @npmod?',
    '( con | en | a | por | para | desde | hasta ) @npdet _ ( de|del _ )? ~3',
    // how the visitor pays: "a plazos", "en 3 cuotas", "al contado", "a 12 meses sin intereses"
    '( pagar | pagarlo | pagarla | pago | lo pago )? @paymode ~4',
    '( pagar | pagarlo | pagarla | pago | lo pago )? en|a # cuotas|plazos|pagos|meses ~4',
    // the object said first, then its pronoun: "el regalo ya lo tengo", "la tarjeta la pongo yo"
    '@npdet _ _? ya? lo|la|los|las|le ~4',
  ],
  // A taste is the visitor's own when it names something neutral ("Me gusta pagar con tarjeta"); a taste for a loss or
  // against something of value is found by the pack's polarity frames, in every role.
};

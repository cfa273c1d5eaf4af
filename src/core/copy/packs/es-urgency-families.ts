/**
 * Spanish false urgency by FAMILY: each entry describes one way the language says "act before the time runs out",
 * from the language (its verbs and their synonyms, tú / usted / vos, word order, Spain / Mexico / River Plate),
 * not from any batch of copy. Spread into the pack's `urgency` (es-urgency.ts). Probes: copy-es-families.ts.
 */
import type { Shape } from '../pack.js';

/**
 * A validity window counted in minutes or hours from now, with no date: the offer "es válido / vale / dura / se
 * mantiene / está bloqueado" for N minutes, or the visitor "tiene / tenés / dispone de / cuenta con" N minutes
 * "para" decide, take, redeem or buy it; "72 horas y se acabó". Days are left alone ("tienes 14 días para
 * devolverlo" is a right), and so are codes, links and sessions (a disclosure, not an offer) and the visitor's
 * own rights ("para cancelar"): only a promotion's subject or a verb of taking the offer makes it a push.
 */
const WINDOW_FROM_NOW: readonly Shape[] = [
  '@promo|tarifa ~2 es|sera|esta|queda? @holds ~2 # @shortunit',
  '@youhave ~1 # @shortunit para ~2 @takeit',
  // anything held "solo" N minutes (a cart, a seat, a code): a 48-hour click-and-collect hold without "solo" is a service
  'reservado|guardado|bloqueado|apartado ~1 solo|solamente|unicamente # minuto|min',
  '# @shortunit y ( se acabo | se acaba | desaparece | desaparecera | adios | chao | se va | no hay mas )',
];

/**
 * An offer bound to this visit, session, tab or page: it holds "en / de / para / durante esta visita", "mientras
 * (no) recargues / cierres / salgas / tengas abierta la pestaña", ends "al final de tu sesión", and is lost or goes
 * up "si actualizas / al cerrar / en cuanto salgas". A form's unsaved changes, a session that times out and a cart
 * kept across tabs name no offer, so the offer's word (or a percentage) is part of every shape.
 */
const BOUND_TO_VISIT: readonly Shape[] = [
  '@promo|tarifa ~3 ( en | de | para | durante ) ( esta | este | tu | su ) ( visita | sesion | pestana | ventana )',
  '@promo|tarifa ~4 mientras ~1 no? @leavepage',
  '@promo|tarifa ~4 mientras ( tengas | sigas | estes | permanezcas | navegas | navegues | navega ) ~2 ( pagina | pestana | ventana | aqui | web | sitio )',
  '@promo|tarifa ~3 @ends ~1 ( al final | al terminar | con el fin ) de ( tu | su | esta ) sesion|visita',
  'si|al|cuando|cuanto ~1 @leavepage ~3 ,? ~2 pierdes|perderas|pierde|perdera ~2 ( @promo | # % | @gain | tarifa )',
  'si|al|cuando|cuanto ~1 @leavepage ~3 ,? ~2 @promo|tarifa ~2 @vanish',
  '@promo|tarifa ~3 @vanish ~1 en cuanto|apenas|ni bien ~1 @leavepage',
];

/**
 * An end at any moment or in no time, undated: "en cualquier momento", "de un momento / minuto / día para otro",
 * "en nada", "en un santiamén", "pronto" after a vanishing verb (se esfuma, desaparece, se va, vuela). The visitor's
 * own "puedes cancelar / cambiar en cualquier momento" is a freedom, so only verbs of an offer going away or a price
 * going up count, with the offer or a percentage as their subject.
 */
const ANY_MOMENT: readonly Shape[] = [
  '@vanish|cambiar ~1 de un momento|minuto|dia a|para otro',
  '@promo|tarifa ~3 @vanish en cualquier momento',
  '@vanish|acabar|terminar en ( nada | nadita | un santiamen | un suspiro | un abrir y cerrar de ojos )',
  '( # % | @promo ) ~2 @vanish ~1 pronto|ya|enseguida',
];

/**
 * Tomorrow the price or the chance is gone: "desde / a partir de mañana (el lunes), precio normal / de siempre /
 * completo / habitual / tarifa habitual", "mañana vuelve el precio …", "hoy sí (todavía), mañana (el viernes) no /
 * ya no", "esta noche y nunca más / no más", "mañana puede / podría ser (demasiado) tarde". A new timetable or a
 * delivery day from tomorrow names no price; with a date and a reason the copy is a real deadline (es-stated.ts).
 */
const TOMORROW_GONE: readonly Shape[] = [
  '( desde | a partir de | a partir del ) ( manana | el? @weekday ) ,? ~2 ( precio | precios | tarifa | tarifas ) ( normal | normales | de siempre | completo | completa | habitual | habituales | original | originales | oficial | sin descuento )',
  'manana ~1 ( vuelve | vuelven | regresa | regresan ) ~2 precio|precios|tarifa ( normal | de siempre | completo | completa | habitual | original )',
  '( hoy | esta noche | este finde ) ~2 ,? ( manana | el? @weekday ) ~1 ( no | ya no ) $',
  '( hoy | esta noche | este finde ) y ( nunca mas | no mas | ya no | se acabo | punto )',
  'manana ~2 ( ser | sera | seria | es ) demasiado? tarde',
];

/**
 * Now or lose it: "decide / compra / reserva en 10 minutos o pierdes / perderás …", an offer that "no volverá /
 * regresará / se repetirá", "no habrá otra oportunidad / ocasión (igual / como esta)", "solo ahora:", "hoy o
 * nunca", "es ahora o nunca". The visitor's own "vuelve cuando quieras" or a charge that "no volverá a cobrarse"
 * names no offer, and "solo ahora puedes …" goes on to a verb.
 */
const NOW_OR_LOSE: readonly Shape[] = [
  '# @shortunit o ~1 ( pierdes | perderas | pierde | perdera | te quedas sin | se acabo | adios )',
  '@promo|tarifa ~3 ( no volvera | no volveran | no regresara | no regresaran | no se repetira | no se repetiran | no vuelve | no se repite ) $',
  'no habra|hay otra|otro ( oportunidad | ocasion | oferta | precio | chance ) ~1 igual|como|asi',
  '^ solo|solamente|unicamente ahora $',
  '( hoy | ya ) o nunca',
];

/**
 * The promotion ends, told verb first (Spanish puts the subject after the verb: "Se acaban las rebajas", "Termina la
 * promoción hoy", "Se va el descuento esta noche"), and an offer that runs to a clock time with its percentage
 * ("-30 % hasta las 22:00", "… solo hasta las 20:00 de hoy"). A dated end is a disclosure, so the verb-first shape
 * ends at the clause or names a near time; opening hours ("Abierto hasta las 22:00") name no offer.
 */
const ENDS_VERB_FIRST: readonly Shape[] = [
  '^ ( se acaba | se acaban | se termina | se terminan | termina | terminan | acaba | acaban | se va | se van | finaliza | finalizan ) ~1 @promo ( $ | pronto | hoy | ya | manana | esta | este | en breve )',
  '( # % | @promo ) ~3 hasta las # : #',
  'solo|solamente|unicamente hasta las # : # de hoy|esta',
];

/**
 * The clock told as running: "tic tac", "el reloj corre / avanza", a validity "mientras el contador / la cuenta
 * atrás / el cronómetro siga / no llegue a cero", "quedan horas / minutos" on their own or "para" an end, and a
 * cart or price held "durante" a timer ("durante 09:59", countdown cue in es.ts). A wall clock, a visit counter,
 * a kitchen timer and "horas de soporte" name no running time.
 */
const CLOCK_RUNNING: readonly Shape[] = [
  '^ tic ,? tac',
  'el reloj|cronometro|contador ( corre | avanza | sigue | no para )',
  'mientras ~3 ( contador | cronometro | reloj | cuenta atras | cuenta regresiva )',
  '( quedan | faltan | solo quedan | ya solo quedan ) horas|minutos|segundos ( $ | para )',
];

/** The families' words (`@name` in the shapes above), spread into the pack's classes (es-classes.ts). */
/**
 * Joining or grabbing before the day is over: an imperative of signing up or taking the offer ("contrata", "date de
 * alta", "apúntate", "píllalo", "súmate") bounded by tonight, midnight or the end of the day. Ordering and booking
 * verbs are left out: "pide antes de medianoche y lo recibes mañana" is a delivery cutoff, a service.
 */
const JOIN_BEFORE_DAY_ENDS: readonly Shape[] = [
  '@joinnow ~4 antes de medianoche',
  '@joinnow ~4 antes de la medianoche|noche',
  '@joinnow ~4 antes de esta noche',
  '@joinnow ~4 antes de que ~1 acabe|termine|cierre ~2 dia|noche|jornada|hoy',
];

export const ES_URGENCY_FAMILY_WORDS: Readonly<Record<string, readonly string[]>> = {
  /** Signing up or grabbing the offer, in the imperative (tú, usted, vos). */
  joinnow: [
    'contrata',
    'contratalo',
    'contrate',
    'date de alta',
    'dese de alta',
    'apuntate',
    'apuntese',
    'suscribete',
    'suscribase',
    'hazte',
    'unete',
    'sumate',

    'pillalo',
    'pillala',
    'llevatelo',
    'llevatela',
    'consiguelo',
    'consiguela',
    'activalo',
    'activala',
  ],
  /** An offer holding for a while: "es válido / vale / dura / se mantiene / está bloqueado …". */
  holds: ['valido', 'vale', 'dura', 'durara', 'se mantiene', 'se mantendra', 'bloqueado', 'congelado', 'garantizado'],
  /** The visitor given a time: tú, usted, vos ("tenés"), ustedes. */
  youhave: [
    'tienes',
    'tiene',
    'tenes',
    'tienen',
    'dispones de',
    'dispone de',
    'disponen de',
    'cuentas con',
    'cuenta con',
  ],
  /** Taking the offer ("para decidir / aprovecharlo / canjear …"); "=pedir" is not "pedido", "cancelar" is a right. */
  takeit: [
    'decidir',
    'decidirte',
    'aprovechar',
    'comprar',
    'reservar',
    'canjear',
    'usar',
    'conseguir',
    'confirmar',
    'completar',
    'hacerte',
    'llevarte',
    'asegurar',
  ],
  /** Leaving, closing or reloading the page, in the infinitive and the tú / usted forms (present and subjunctive). */
  leavepage: [
    'cerrar',
    'cierres',
    'cierras',
    'cierra',
    'salir',
    'salgas',
    'sales',
    'sale',
    'recargar',
    'recargues',
    'recargas',
    'actualizar',
    'actualices',
    'actualizas',
    'refrescar',
    'refrescas',
    'refresques',
    'abandones',
    'te vayas',
  ],
  /** An offer going away or a price going up, on its own (no agent: "puedes cancelar" is not here). */
  vanish: [
    'desaparece',
    'desaparecera',
    'desaparecer',
    'se esfuma',
    'esfumarse',
    'se pierde',
    'caduca',
    'expira',
    'se va',
    'irse',
    'vuela',
    'volar',
    'se evapora',
    'se acaba',
    'acabarse',
    'se termina',
    'terminarse',
    'agotarse',
    'sube',
    'subira',
    'subir',
    'vuelve',
  ],
};

export const ES_URGENCY_FAMILIES: readonly Shape[] = [
  ...WINDOW_FROM_NOW,
  ...BOUND_TO_VISIT,
  ...ANY_MOMENT,
  ...TOMORROW_GONE,
  ...NOW_OR_LOSE,
  ...ENDS_VERB_FIRST,
  ...CLOCK_RUNNING,
  ...JOIN_BEFORE_DAY_ENDS,
];

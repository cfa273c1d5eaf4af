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
  '@promo|tarifa ~4 mientras ( tengas | sigas | estes | permanezcas | navegues | navega ) ~2 ( pagina | pestana | ventana | aqui | web | sitio )',
  '@promo|tarifa ~3 @ends ~1 ( al final | al terminar | con el fin ) de ( tu | su | esta ) sesion|visita',
  'si|al|cuando|cuanto ~1 @leavepage ~3 ,? ~2 pierde|perdera ~2 ( @promo | # % | @gain | tarifa )',
  'si|al|cuando|cuanto ~1 @leavepage ~3 ,? ~2 @promo|tarifa ~2 @vanish',
  // (grouped in session 10: "en cuanto|apenas|ni bien" read as "en" + "cuanto|apenas|ni" + "bien")
  '@promo|tarifa ~3 @vanish ~1 ( en cuanto | apenas | ni bien ) ~1 @leavepage',
  // the offer's validity across a comma (session 10): "Tarifa web exclusiva, válida únicamente en esta sesión"
  '@promo|tarifa ~3 ,? valido|disponible|vigente ~1 solo|solamente|unicamente|exclusivamente? ( en | para | durante ) ( esta | este | tu | su ) ( visita | sesion | pestana | ventana | pagina )',
  // session 12, exit-intent pages of real product code: what leaving costs, besides the offer's word: the price back
  // or in full ("Si cierras esta página, el precio vuelve a 67 €", "Si sales de esta página, tendrás que pagar el
  // precio completo"), an offer gone for good once the visitor leaves ("… desaparecerá para siempre si sales de esta
  // página"), no way back to it ("no podrás regresar a esta oferta"), "solo en esta sesión" after the offer far back in
  // its sentence. A form's "Si sales de esta página, perderás los cambios" names no price or offer.
  'si|al|cuando|cuanto ~1 @leavepage ~3 ( , | . )? ~3 ( precio | tarifa ) ~1 ( vuelve | vuelven | volvera | regresa | sube | subira )',
  // the price said to go back up to its amount, the discount's end ("El precio vuelve a 67 €"; not "El precio vuelve
  // a estar disponible", "vuelve a calcularse")
  '^ ( el | los )? ( precio | tarifa ) ( vuelve | vuelven | volvera | volveran | regresa | regresara ) a #',
  'si|al|cuando|cuanto ~1 @leavepage ~3 ,? ~4 ( pagar | pagara | pagas ) ~1 ( precio | tarifa ) ( completo | normal | original | entero )',
  '@vanish ~1 para siempre ~1 ( si | cuando | al | en cuanto ) ~1 @leavepage',
  'no ( podras | podra | podreis | podran | vas a poder | va a poder ) ( volver | regresar ) ( a | al ) ~1 ( esta | este ) @promo|precio|tarifa',
  '@promo ~6 ~6 ( solo | solamente | unicamente ) ( en | durante ) ( esta | este ) ( sesion | visita | pestana | ventana | pagina )',
  // "¡Espera! No cierres esta página" as the whole line, the page begging ("No cierres esta página antes de que se
  // complete el pago" is a payment's own warning)
  '^ ( espera | espere | alto ) . no ( cierres | cierre | salgas de | salga de ) ( esta | este ) ( pagina | ventana | pestana ) $',
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
  '( # % | @promo ) ~2 @vanish ~1 ( pronto | ya | enseguida | en breve | muy pronto | dentro de poco )',
];

/**
 * Tomorrow the price or the chance is gone: "desde / a partir de mañana (el lunes), precio normal / de siempre /
 * completo / habitual / tarifa habitual", "mañana vuelve el precio …", "hoy sí (todavía), mañana (el viernes) no /
 * ya no", "esta noche y nunca más / no más", "mañana puede / podría ser (demasiado) tarde". A new timetable or a
 * delivery day from tomorrow names no price; with a date and a reason the copy is a real deadline (es-stated.ts).
 */
const TOMORROW_GONE: readonly Shape[] = [
  '( desde | a partir de | a partir del ) ( manana | el? @weekday ) ,? ~2 ( precio | tarifa ) ( normal | normales | de siempre | completo | completa | habitual | habituales | original | originales | oficial | sin descuento )',
  'manana ~1 ( vuelve | vuelven | regresa | regresan ) ~2 precio|tarifa ( normal | de siempre | completo | completa | habitual | original )',
  '( hoy | esta noche | este finde ) ~2 ,? ( manana | el? @weekday ) ~1 ( no | ya no ) $',
  '( hoy | esta noche | este finde ) y ( nunca mas | no mas | ya no | se acabo | punto )',
  'manana ~2 ( ser | sera | seria | es ) demasiado? tarde',
  // tomorrow the visitor no longer has it (session 10): "Reserva hoy, mañana ya no tendrás este precio" (not "mañana
  // ya no tendrás que hacer cola")
  '( manana | despues | luego | a medianoche | esta noche | desde manana ) ~1 ya? no ( tendra | tendreis | tendran | tenes | podra | habra | estara | estaran ) ~3 @promo|tarifa|oportunidad',
  // the offer not there tomorrow: "Este descuento no estará mañana", "La tarifa no seguirá disponible esta noche"
  '@promo|tarifa ~3 ya? no ( estara | seguira | existira | va a estar ) ~2 ( manana | esta noche | despues de hoy | pasado manana )',
  // after today it is over: "Después de hoy, se acabó", "Pasada la medianoche, el descuento desaparece"
  '( despues de hoy | a partir de manana | pasada la medianoche | despues de medianoche | despues de esta noche ) ,? ~4 ( se acabo | desaparece | desaparecera | se esfuma | adios | no hay mas )',
  // a price told by what it costs later (session 10): "Mañana cuesta 20 € más", "Desde el lunes pagarás el doble"
  '( manana | desde manana | a partir de manana | despues de hoy | el? @weekday | desde el @weekday ) ,? ~3 ( cuesta | costara | vale | valdra | pagas | pagara | saldra ) ~3 mas|doble',
  '( cuesta | costara | valdra | pagara ) ~3 mas|doble ( manana | a partir de manana | desde manana | despues de hoy )',
  // "sube de precio" with its time (session 10): "¡Última chance! Después sube de precio", "Mañana sube de precio"
  // (not "¿Por qué sube de precio mi suscripción?"; a dated rise with its reason is stated: es-stated.ts)
  '( despues | luego | manana | pronto | hoy | a medianoche | esta noche | el? @weekday ) ~2 ( sube | suben | subira | subiran | aumenta | aumentara ) de precio',
  '( sube | suben | subira | subiran | aumenta | aumentara ) de precio ( manana | pronto | despues | luego | esta noche | a medianoche | hoy | el? @weekday | en # )',
];

/**
 * A deadline with a penalty of price (session 10): "Inscríbete antes del viernes o paga el doble", "Reserva hoy, si no
 * pagarás el precio completo". A late fee or a surcharge by law ("o pagas un recargo del 5 %") names no full price.
 */
const OR_PAY_MORE: readonly Shape[] = [
  '( antes de | antes del | hasta el | hasta ) ~2 ( @weekday | medianoche | manana | hoy | esta noche ) ~3 ,? ( o | si no | sino | de lo contrario ) ~2 @paymore',
  '( hoy | ya | ahora ) ~3 ,? ( o | si no | sino | de lo contrario ) ~2 @paymore',
];

/**
 * A hold of minutes said as its end or its keeping (session 10): "Tu carrito caduca en 7 minutos", "Los asientos se
 * liberarán en 5 minutos", "Te guardamos el carrito 15 minutos". Only minutes: a booking cancelled "en 48 horas" or a
 * cart kept 30 days is a service; a session or a code that expires is a disclosure (es-stated.ts).
 */
const HOLD_OF_MINUTES: readonly Shape[] = [
  '@holdthing ~3 @holdends ( en | dentro de ) ( # | unos | pocos ) minuto|min|segundos',
  '( guardamos | mantenemos | reservamos | bloqueamos | apartamos | retenemos ) ~3 ( durante | por )? # minuto|min',
  // an offer that goes in minutes or hours: "Esta oferta se autodestruirá en 10 minutos", "El precio sube en 2 horas"
  '( @promo | tarifa | # % ) ~3 @vanish ( en | dentro de ) ( # | unos | unas | pocos | pocas ) @shortunit',
];

/**
 * Time itself running out, said of the offer (session 10): "válida hasta agotar el tiempo", "mientras quede tiempo",
 * "por muy poco tiempo", "válida solo ahora", "hoy nomás", the offer's own timer running. "Hasta agotar existencias" is
 * a stock term, and a kitchen timer names no offer.
 */
const TIME_RUNNING_OUT: readonly Shape[] = [
  '( hasta agotar | hasta que se agote | hasta que se acabe | hasta que se termine | mientras quede | mientras haya | mientras dure ) el? tiempo',
  'por|durante ( muy | tan | bien ) poco tiempo',
  'por|durante poquito|poquisimo tiempo',
  'valido|disponible|vigente ~1 solo|solamente|unicamente ( ahora | por ahora | ahora mismo ) $',
  '( hoy | esta noche | este finde | por hoy | @weekday | medianoche | # h | # hs | # hrs ) nomas $',
  // "nomás" is "solo" in Mexico and the River Plate: "Nomás hasta el domingo", "nomás por hoy"
  '^ nomas ( hasta | por | durante ) ~1 ( @soonday | @weekday | manana | medianoche )',
  '@promo ~2 :? temporizador|contador|reloj|cronometro ( corre | avanza | esta corriendo | en marcha | activo | activa )',
  '( temporizador | contador | reloj | cronometro | cuenta atras ) ( del | de la | de tu | de esta ) @promo ~1 ( corre | avanza | esta corriendo | sigue corriendo | en marcha | activo | activa )',
  // the last hours counted (not a report's "Pedidos de las últimas 24 horas", a filter's "Últimos 7 días")
  '<!las|los|en|de|durante ultimas|ultimos #3 horas|minutos|hrs ( . | para | ( de | del | de la | de las | de los ) ~1 @promo|rebajas )',
  '@promo|rebajas ~2!las :? ultimas|ultimos #3 horas|minutos|hrs', // not a report's "Ventas en las últimas 48 horas"
  // not to be missed, with the offer named (tú, vos) or in usted: "No te pierdas esta oferta", "No se lo pierda"
  // (not "No te pierdas nuestras novedades", a newsletter)
  'no te pierdas|perdas ~2 @promo|oportunidad|ocasion|rebajas',
  // and without the self word: "No pierdas esta oportunidad única", "No pierda la ocasión" (not "No pierdas tu progreso")
  'no ( pierda | pierdan | perdas | perdais ) ( esta | esa | la | tu | su )? ( oportunidad | ocasion | chance )',
  // the percentage told as being lost now: "Pierdes el 82 % de descuento", "Estás perdiendo un 30 %"
  '^ ( pierdes | perderas | pierde | perdera | estas perdiendo | esta perdiendo ) ( el | un | tu | su )? # %',
  'no se lo|la pierda|pierdan',
  'no se pierda|pierdan ~2 @promo|oportunidad|ocasion|rebajas',
  // session 12, real exit-intent copy: no second chance, the offer gone for good or not there afterwards, the
  // window of opportunity, the seller's last offer ("No hay segunda oportunidad", "esta oferta desaparece para
  // siempre", "Esta oferta especial no estará disponible después", "Ventana crítica de oportunidad", "Esta es mi
  // última oferta"; not a bid's "Tu última oferta: 50 €" nor "No hay otra forma de pago")
  '( no hay | no habra | no tendras | no tendra | no tendreis ) ( segunda | otra ) ( oportunidad | ocasion | chance )',
  '@promo|tarifa ~3 @vanish para siempre',
  '@promo|tarifa ~3 ya? no ( estara | seguira | volvera a estar ) disponible ~1 ( despues | luego | mas tarde | nunca mas ) $',
  'ventana ~2 de oportunidad',
  '( esto | esta oferta | este precio | este descuento | esta promo | esta promocion ) ~1 no se ( repite | repetira | va a repetir | volvera a repetir ) $',
  '( es | sera ) ~1 ( mi | nuestra | la ) ultima oferta',
  // the offer never made again: "Este precio no te lo volveremos a ofrecer" (not "No te lo volveremos a preguntar")
  '( no | nunca | jamas ) ~2 ( volveremos | volvera | volveran | vamos ) a ( ofrecer | repetir | lanzar | rebajar ) ~3',
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
  'no habra|hay otro ( oportunidad | ocasion | oferta | precio | chance ) ~1 igual|como|asi',
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
  // (session 10: "en unas horas", "en 3 horas", "dentro de poco" too)
  '^ ( se acaba | se acaban | se termina | se terminan | termina | terminan | acaba | acaban | se va | se van | finaliza | finalizan ) ~1 @promo ( $ | pronto | hoy | ya | manana | esta | este | en breve | en ( unas|unos|pocas|pocos | # ) | dentro de )',
  // the end with no subject, told at a clause's end (session 10): "Se acaba hoy, súmate ya", "Se termina hoy: 2x1"
  // ("se va hoy" is a parcel leaving; "Se termina hoy la obra" goes on to a subject)
  '^ ( se acaba | se acaban | se termina | se terminan ) ( hoy | pronto | manana | ya | esta noche | a medianoche ) $',
  // "A las 00:00 se acaba todo" (not "Se acaba todo el stock": a claim of stock, pressure)
  '( se acaba | se termina | acaba | termina ) todo $',
  // almost over, with the promotion after (session 10): "Ya casi termina la promo" (not "Ya casi termina la instalación")
  '( ya casi | casi ) ( se acaba | se acaban | se termina | se terminan | termina | terminan | acaba | acaban | finaliza | finalizan ) ~2 @promo|rebajas',
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
  /** What admits the visitor and can close: registration, enrolment, a presale, a cohort, a course's next edition. */
  admission: [
    'inscripcion',
    'inscripciones',
    'preinscripcion',
    'matricula',
    'matriculas',
    'convocatoria',
    'preventa',
    'admisiones',
    'registro',
    'registros',
    'lista de espera',
    'cohorte',
  ],
  /** A gift or exclusive access given to the visitor (not points or a team invitation: an account's terms). */
  perk: [
    'regalo',
    'bono',
    'bono de bienvenida',
    'beneficio',
    'ventaja',
    'premio',
    'recompensa',
    'invitacion vip',
    'invitacion exclusiva',
    'invitacion especial',
    'acceso anticipado',
    'acceso exclusivo',
    'acceso vip',
    'pase vip',
    'precio vip',
    'plaza vip',
    'oferta vip',
  ],
  /** Paying more after a deadline: "o paga el doble", "o pagarás el precio completo" (not "un recargo", "en efectivo"). */
  paymore: [
    'paga mas',
    'pagas mas',
    'pague mas',
    'pagaras mas',
    'pagara mas',
    'paga el doble',
    'pagas el doble',
    'pagaras el doble',
    'pagara el doble',
    'paga el precio completo',
    'pagaras el precio completo',
    'pagaras precio completo',
    'pagaras la tarifa completa',
    'pagaras el precio normal',
    'te costara mas',
    'costara mas',
    'costara el doble',
  ],
  /** Things held for the visitor a few minutes: a cart, a seat, a ticket, a room. */
  holdthing: [
    'carrito',
    'cesta',
    'reserva',
    'asiento',
    'entrada',
    'plaza',
    'habitacion',
    'butaca',
    'boleto',
    'billete',
  ],
  /** How a hold ends. */
  holdends: [
    'caduca',
    'expira',
    'vence',
    'se libera',
    'se liberan',
    'se liberara',
    'se liberaran',
    'se vacia',
    'se vaciara',
    'se cancela',
    'se cancelan',
    'se cancelara',
    'se cancelaran',
    'se borrara',
    'se eliminara',
    'se pierde',
    'desaparece',
    'desaparecera',
    'liberaremos',
  ],
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
    'abandonas',
    'abandonar',
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
    'se autodestruye', // "Esta oferta se autodestruirá en 10 minutos"
    'se autodestruira',
    'autodestruirse',
    'se termina',
    'terminarse',
    'agotarse',
    'sube',
    'subira',
    'subir',
    'vuelve',
  ],
};

/**
 * A timer's label, its clock in another element: "Oferta reservada durante:", "Tu plaza está reservada durante", "La
 * oferta termina en:", "Tu descuento sigue reservado unos minutos"; not to be lost, with its percentage ("¡No pierdas
 * el -70 %!"). A label ends at its colon or the text's end, so "Reservado durante 48 horas en tienda" (a service's
 * hold, with its time) is not one, nor "No pierdas tu progreso".
 */
const TIMER_LABEL: readonly Shape[] = [
  '( reservado | guardado | apartado | bloqueado | congelado ) ~1 ( durante | por | hasta ) :? $ !#',
  '( @promo | tarifa | plaza | carrito | cesta ) ~3 ( termina | acaba | finaliza | expira | caduca | vence ) en :? $ !#',
  '( reservado | guardado | apartado ) ~1 ( unos | pocos | algunos ) ( minutos | segundos )',
  'no ( pierda | pierdan | perdas ) ( el | la | tu | su | este | esta | ese | un )? ~1 # %',
];

/**
 * A perk the visitor was given, running out soon (not on a date): "Tu regalo caduca en 2 horas", "Tu bono de
 * bienvenida expira en 48 horas", "Invitación VIP: caduca en 24 horas", "Tu beneficio exclusivo vence hoy". A team
 * invitation that expires in 7 days and points expiring on 1 May are an account's terms: @perk names gifts and
 * exclusive access, and the end is hours, minutes or today.
 */
const PERK_ENDS_SOON: readonly Shape[] = [
  // buy by a near named day for a gain: "Compra antes del viernes y ahorra un 20 %", "Reserva antes de mañana y
  // llévate un regalo" (not a delivery cut-off, "Pide antes de medianoche y lo recibes mañana", nor "Cancela antes del
  // viernes sin coste")
  '( compra | compre | compren | pide | pida | reserva | reserve | contrata | contrate | suscribete | suscribase | hazte ) ~2 antes ( del | de ) ( lunes | martes | miercoles | jueves | viernes | sabado | domingo | manana ) ,? y? ( ahorra | ahorras | ahorre | consigue | consigues | consiga | llevate | te llevas | llevese | obten | obtienes | aprovecha | disfruta | paga menos )',
  // hurry, that it ends: "Apúrate que se termina", "Corran, que vuela"
  '^ ( apurate | apurese | apurense | apresurate | apresurese | corre | corran | corred ) ,? que',
  '@perk ~3 :? @ends ( pronto | hoy | esta noche | manana | a medianoche | en # @shortunit | dentro de # @shortunit | en unas horas | en pocas horas | en unos minutos )',
];

/**
 * Session 13 (generalisation), paradigms not rows; probes in copy-es-s13.ts.
 *
 * Sign-up closing soon, any subject of admission (registration, enrolment, a cohort, a presale, a course's next
 * edition), with a near time: "Las inscripciones cierran en 2 horas", "La matrícula se cierra esta noche", "La
 * próxima edición / clase / convocatoria cierra en 12 minutos", "Cierre de inscripciones en 3 horas", "Fin de la
 * oferta en 2 horas". A date is a disclosure ("Las inscripciones cierran el 15 de marzo"), a booking policy names no near
 * time ("Las reservas se cierran 24 horas antes del evento"), and a shop or a chat closing is a timetable.
 */
const SIGNUP_CLOSES: readonly Shape[] = [
  '@admission ~3 ( @ends | cierran | se cierra | se cierran ) ( hoy | pronto | esta noche | manana | a medianoche | en breve | en unas horas | en pocas horas | en unos minutos | en # @shortunit | dentro de # @shortunit )',
  '( la | el ) proximo _ ( @ends | cierran | se cierra | se cierran ) ( hoy | esta noche | a medianoche | en # @shortunit | dentro de # @shortunit )',
  '( cierre | fin ) de ( la | el | los )? @admission|@promo|rebajas ( en # @shortunit | hoy | esta noche | manana | a medianoche | en unas horas | en pocas horas | dentro de # @shortunit )',
];

/**
 * Still in time to take the offer: "Aún estás a tiempo de ahorrar", "Todavía está a tiempo de conseguir su
 * descuento", "¡Aún estás a tiempo!" (alone, with its still), "Estás a tiempo de aprovechar el 30 %". Not a right or an
 * edit ("Aún estás a tiempo de cancelar sin coste", "de cambiar tu pedido"): the verb is one of taking.
 */
const STILL_IN_TIME: readonly Shape[] = [
  '( aun | todavia ) ( esta | estais | estan ) a tiempo $',
  '( esta | estais | estan ) a tiempo ( de | para ) ( aprovechar | ahorrar | conseguir | llevarte | obtener | comprar | reservar | unirte | canjear )',
];

/**
 * Take it while you can: "Aprovecha mientras puedas", "Cómpralo mientras puedas", "Consíguelo mientras dure", "Hazte
 * con él mientras siga disponible", usted and vosotros too. Not a stock disclaimer ("mientras queden unidades",
 * "hasta agotar existencias") nor "Ahorra tiempo mientras trabajas".
 */
const WHILE_YOU_CAN: readonly Shape[] = [
  '( aprovecha | aprovechalo | aproveche | compra | compralo | reserva | consigue | @joinnow ) ~4 mientras ( puedas | pueda | puedan | podais | se pueda | estes a tiempo | este a tiempo | dure | duren | siga disponible | sigan disponibles | exista )',
];

/**
 * Waiting loses the offer: "Si esperas, pierdes el descuento", "Si no compras hoy, perderás tu precio", "Si lo dejas
 * para mañana, el 30 % desaparece". Not a right lost by a deadline ("Si esperas más de 30
 * días, pierdes el derecho a devolución"): the thing lost is the offer, a percentage or the price.
 */
const WAITING_LOSES: readonly Shape[] = [
  '( si | cuando ) ( esperas | espera | esperais | esperan | lo dejas para | lo deja para | lo piensas mucho | no compras | no compra | no reservas | no reserva | no lo aprovechas | no decides | no te decides | no se decide ) ~3 ,? ~2 ( pierdes | perderas | pierde | perdera | te quedas sin | se queda sin | te quedaras sin | desaparece | desaparecera | se pierde | se va ) ~2 ( @promo | # % | @gain | tarifa | oportunidad )',
];

/**
 * A price rise told verb first or without notice: "Pronto subirá el precio", "Mañana suben los precios", "En breve
 * aumenta la tarifa", "Precio de lanzamiento: sube sin aviso". Not the legal "Los precios pueden cambiar sin previo
 * aviso" (changing, with a modal), nor "¿Por qué sube el precio de mi plan?" (no time said).
 */
const RISE_SOON: readonly Shape[] = [
  '( pronto | muy pronto | en breve | manana | sin aviso | en cualquier momento | de un momento a otro ) ~1 ( sube | suben | subira | subiran | aumenta | aumentan | aumentara | aumentaran ) ~1 ( el | los | la | nuestro | este | esta )? ( precio | tarifa )',
  '( sube | suben | subira | subiran | aumenta | aumentara | aumentaran ) ~1 sin ( aviso | previo aviso ) $',
];

/**
 * Little time left, any register ("Queda poco tiempo", "¡Te queda muy poco tiempo!", "Falta poquito"); the offer about
 * to go ("Tu precio especial está a punto de perderse", "El descuento está a punto de caducar"; not the visitor's own
 * trial, "Tu prueba está a punto de terminar"); a timer said to reach zero ("Cuando el contador llegue a cero, el libro
 * volverá a 39 $"); securing the offer before it ends ("Asegura tu descuento antes de que expire", "Reclame su regalo
 * antes de que desaparezca").
 */
const TIME_SHORT: readonly Shape[] = [
  '( queda | quedan | te queda | le queda | os queda | falta | resta ) ( poco | muy poco | poquito | poquisimo ) ( tiempo | $ )',
  '( @promo | tarifa | # % ) ~3 a punto de ( perderse | expirar | caducar | terminar | acabar | desaparecer | vencer | agotarse | subir )',
  '( cuando | si | al ) ~1 ( contador | cuenta atras | cuenta regresiva | temporizador | reloj | cronometro ) ~1 ( llegue | llega | marque | marca | termine | acabe | se acabe ) a cero',
  '( asegura | asegure | asegurate | asegurese | reclama | reclame | canjea | canjee | activa | active ) ~4 antes de que ~2 ( acabe | termine | expire | caduque | desaparezca | se agote | suba | vuele | se pierda )',
];

/**
 * Hurry, in the words of Mexico and the River Plate too, with its reason that it ends: "Apúrale, que se acaba",
 * "Ándale que vuela", "Corré que se termina", "Rapidito, que se agota". A lone "Ándale" is "come on".
 */
const HURRY_REGIONAL: readonly Shape[] = [
  '^ ( apurale | apurenle | andale | andele | corre | corran | corred | volando | rapidito | rapido ) ,? ( que )? ( se acaba | se acaban | se agota | se agotan | se termina | se terminan | vuela | vuelan | se va | se van | no dura | no duran )',
];

/**
 * Session 14, family parity with en / de / fr (en "act now", "be quick", "what are you waiting for", "why wait",
 * "time is running out", "closing soon"). Acting fast as an imperative (tú, usted, vosotros, vos: "Actúa ya", "Actúe
 * ahora", "Sé rápido", "Que no se te escape", "Que no te pille el toro"); waiting asked about ("¿A qué estás
 * esperando?", "¿Qué esperas para unirte?", "¿Por qué esperar más?"); the time running out on the visitor (a dative
 * of the person: "Se te acaba el tiempo", "Se nos está agotando el tiempo", "Te estás quedando sin tiempo", "El
 * tiempo apremia", "Cada segundo cuenta", "El reloj no se detiene"); still in time, alone ("¡Estás a tiempo!",
 * "Todavía llegas"). Not a verb of acting with a manner ("Actúa con responsabilidad"), a question about what the
 * visitor expects ("¿Qué esperas de este curso?"), a wait with its object ("¿Por qué esperar a que llegue el
 * paquete?"), the battery or a game's clock ("Se te acaba la batería", "Tiempo agotado"), or arriving on time for a
 * delivery ("Todavía llegas a tiempo para Navidad" goes on to its occasion).
 */
const ACT_NOW: readonly Shape[] = [
  '^ ( actua | actue | actuad | actuen ) ( ya | ahora | rapido | deprisa | hoy | cuanto antes | ya mismo | ahora mismo | sin esperar ) $',
  '^ que no se ( te | le | os | les ) ( escape | escapen | vaya | vayan )',
  'a que ( estas | esta | estais | estan ) esperando',
  '^ que ( esperas | espera | esperais | esperan | estas esperando | esta esperando ) ( para | $ )',
  '^ ( por que | para que ) ( esperar | esperas | seguir esperando ) ( mas | $ )',
  'se ( te | le | os | les | nos ) ( esta | estan )? ( acaba | acabando | agota | agotando | termina | terminando | va ) el tiempo',
  '( te | le | os | les | nos ) ( estas | esta | estais | estan | estamos )? ( quedando | quedas | queda | quedais | quedan | quedamos ) sin tiempo',
  '^ el tiempo apremia',
  '^ cada ( minuto | segundo | hora ) cuenta',
  '^ ( estas | esta | estais | estan ) a tiempo $',
];

/**
 * Session 14: a window said short without a number (en "only a few hours", "for a few days"): "Solo unas horas
 * más", "Solo por unos días", "Oferta válida unas pocas horas", "Pocos días para aprovechar"; or with one, alone or
 * before taking it ("¡Solo 3 días!", "Solo 48 horas para conseguirlo"), and the first hours of a launch ("solo
 * durante las primeras 48 horas"); an N-hour or one-day sale with no "de" or with "h" ("Oferta 24 horas", "Ofertas de
 * 24h", "Rebajas de un solo día"), a temporary price ("Precio temporal"); a sale's last days with the offer after
 * ("Últimos 3 días de oferta", a filter's bare "Últimos 7 días" passes). Not a time a task or a delivery takes ("en
 * solo unos días recibes tu pedido", "Solo te llevará unos minutos"), a closure ("Estaremos cerrados unos días"), a
 * service's hours ("Soporte 24 horas", "Envío en 24h") or a temporary password or contract.
 */
const WINDOW_SHORT: readonly Shape[] = [
  '<!en|tarda|tardas|tarde|lleva|llevara|toma|tomara ( solo | solamente | unicamente ) ( por | durante )? ( unas | unos ) ( pocas | pocos )? ( horas | dias ) ( mas | $ | para ~2 @takeit )',
  '^ ( solo | solamente | unicamente ) # ( horas | dias | hrs | h ) ( $ | para ~2 @takeit )',
  '( solo | solamente | unicamente ) ( durante | en ) ( las | los ) ( primeras | primeros ) # ( horas | h | hrs | minutos | dias )',
  '@promo|rebajas ( de )? # ( h | hs | hrs | horas ) $',
  '@promo|rebajas de ( un | 1 | un solo | una sola ) ( dia | jornada | noche ) $',
  '( oferta | promocion | promo | descuento | precio ) ( es )? temporal $',
  '^ ( los | las )? ( ultimos | ultimas ) #2 dias ( de | del | de la | para ) ~1 ( @promo | rebajas | @takeit )',
];

/**
 * Session 14: the end said of itself, with no subject (en "Ending soon!"): "¡Se acaba!", "¡Se termina!", "Se va, se
 * va…", "Cuando se acabe, se acabó", "Está a punto de terminar", a sale's final stretch ("Recta final de las
 * rebajas", "Fin inminente de la oferta"), sign-up closing in days (en "Registration closes in 2 days": "El registro
 * cierra en 3 días", "antes de que cierren las inscripciones"), the deadline itself closing with no date ("Se cierra
 * el plazo", "El plazo se acaba hoy"), counted to the end of a sale ("Faltan 2 días para que acabe el Black Friday",
 * "Falta poco para que se acabe"). A subject keeps it a report ("Tu descarga está a punto de terminar"), a date a
 * disclosure ("El plazo de inscripción se cierra el 15 de mayo"), and the visitor's trial is not an offer (es-stated.ts).
 */
const ENDS_BY_ITSELF: readonly Shape[] = [
  '^ ( se acaba | se acaban | se termina | se terminan | se va | se van ) $',
  'cuando se ( acabe | termine | agote ) ,? se acabo',
  '^ ( esta | estan ) a punto de ( terminar | acabar | acabarse | terminarse | expirar | caducar | desaparecer ) $',
  'recta final ( de | del | de la | de las | de los ) ~1 @promo|rebajas',
  '@admission ~3 ( @ends | cierran | se cierra | se cierran ) ( en | dentro de ) ( # | unos | unas | pocos | pocas ) dias',
  '^ ( se cierra | se acaba | se termina | se agota | termina | acaba | vence ) el plazo $',
  '^ el plazo ( se cierra | se acaba | se termina | se agota | termina | acaba | vence | cierra ) ( $ | pronto | hoy | esta noche | en breve | manana )',
  '( queda | quedan | faltan | falta ) ~3 para que ( se )? ( acabe | acaben | termine | terminen | finalice | finalicen | expire | caduque | cierre | cierren | suba | suban | desaparezca ) ( $ | ~3 @promo | ~3 rebajas )',
];

/**
 * Session 14: take it now, said of the offer or as a day's only chance (en "only today", "this week only"): "Aprovecha
 * ahora", "Aprovechá esta oferta hoy", "Este precio es solo para hoy", "Esta semana o nunca", "Hasta la medianoche
 * de hoy", a gain for buying before a clock time ("Compra antes de las 12 y llévate un 20 %"); the price said to be
 * higher later ("Mañana el precio será más alto", "Pronto el precio volverá a la normalidad"); such a chance never
 * coming again ("Una ocasión así no se repite"); not to be missed, with "poder" ("¡No te lo puedes perder!", "No se
 * lo puede perder"). A shop's hours ("Abierto hasta la medianoche", "Cerramos a medianoche") and a delivery cut-off
 * ("Pide antes de las 14:00 y lo recibes mañana") name no gain.
 */
const TAKE_IT_NOW: readonly Shape[] = [
  '( aprovecha | aproveche | aprovechad | aprovechen | aprovechala | aprovechalo | aprovechalos ) ~4 ( ahora | ahora mismo | cuanto antes | ya mismo | hoy ) $',
  '@promo|tarifa ~3 ( solo | solamente | unicamente ) ( para | por ) ( hoy | esta noche | esta semana | este fin de semana | este finde )',
  '( hoy | ya | ahora | esta semana | este finde | este fin de semana | esta noche | este mes ) o nunca',
  '<!abierto|abierta|abiertos|abre|abren|abrimos|cerramos|cierra|cierran|atendemos|servimos hasta la medianoche',
  '( manana | pronto | despues | luego | en breve | desde manana | a partir de manana ) ~2 ( precio | precios | tarifa | tarifas ) ( sera | seran | estara | estaran | costara | costaran ) ( mas | el doble )',
  '( oportunidad | ocasion | oferta | chance | precio ) ( asi | como esta | como este | igual ) no se ( repite | repetira | vuelve a repetir | volvera a repetir | ve | vera )',
  'no ( te | se | os ) ( lo | la | los | las ) ( puedes | podes | puede | podeis | pueden ) perder',
  '( oportunidad | ocasion | chance ) ~4 no ( la | lo ) ( pierdas | pierda | perdais | pierdan | dejes escapar | deje escapar | dejes pasar | deje pasar )',
];

export const ES_URGENCY_FAMILIES: readonly Shape[] = [
  ...ACT_NOW,
  ...WINDOW_SHORT,
  ...ENDS_BY_ITSELF,
  ...TAKE_IT_NOW,
  ...SIGNUP_CLOSES,
  ...STILL_IN_TIME,
  ...WHILE_YOU_CAN,
  ...WAITING_LOSES,
  ...RISE_SOON,
  ...TIME_SHORT,
  ...HURRY_REGIONAL,
  ...TIMER_LABEL,
  ...PERK_ENDS_SOON,
  ...WINDOW_FROM_NOW,
  ...BOUND_TO_VISIT,
  ...ANY_MOMENT,
  ...TOMORROW_GONE,
  ...NOW_OR_LOSE,
  ...ENDS_VERB_FIRST,
  ...CLOCK_RUNNING,
  ...JOIN_BEFORE_DAY_ENDS,
  ...OR_PAY_MORE,
  ...HOLD_OF_MINUTES,
  ...TIME_RUNNING_OUT,
];

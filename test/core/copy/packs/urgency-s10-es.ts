/**
 * Spanish false urgency by family, session 10: probes written for these tests (not from any batch or data set),
 * each family's dark copy (tú, usted, vos; Spain and Latin America) and honest near-neighbours that share its words
 * (urgency-s10.test.ts runs them).
 */
import type { ShapeProbe } from './copy-en-shapes.js';

export const ES_URGENCY_S10: readonly ShapeProbe[] = [
  {
    shape:
      'a hold of minutes said as its end or its keeping: "Tu carrito caduca en 7 minutos", "Te guardamos el carrito 15 minutos"',
    rule: 'false-urgency',
    dark: [
      'Tu carrito caduca en 7 minutos',
      'Tu reserva expira en 10 minutos',
      'Los asientos se liberarán en 5 minutos',
      'Tu cesta se vaciará en 15 minutos',
      'Tus entradas se cancelan en 8 minutos si no pagas',
      'Te guardamos el carrito 15 minutos',
      'Mantenemos tu reserva durante 10 minutos',
      'Esta oferta se autodestruirá en 10 minutos',
    ],
    honest: [
      'Tu sesión caduca en 5 minutos',
      'El código caduca en 10 minutos',
      'Tu carrito se guarda 30 días',
      'La reserva se cancela automáticamente si no se paga en 48 horas',
      'Tu carrito caduca a los 30 días',
      'Tu sesión expirará en 10 minutos por inactividad',
      'La reserva vence en 24 horas si no se confirma el pago',
    ],
  },
  {
    shape:
      'a price that goes up, said by its time or by what it costs later: "Después sube de precio", "Mañana cuesta 20 € más"',
    rule: 'false-urgency',
    dark: [
      '¡Última chance! Después sube de precio',
      'Mañana sube de precio',
      'Sube de precio a medianoche',
      'El lunes sube de precio',
      'Mañana cuesta 20 € más',
      'Desde el lunes pagarás el doble',
      'A partir de mañana vale un 30 % más',
      'Te costará más mañana',
      'Última oportunidad: el precio sube el viernes',
    ],
    honest: [
      '¿Por qué sube de precio mi suscripción?',
      'Sube de precio el 1 de enero porque aumenta el IVA',
      'El envío urgente cuesta 5 € más',
      'Las tallas grandes cuestan un poco más',
    ],
  },
  {
    shape: 'a deadline with a penalty of price: "Inscríbete antes del viernes o paga el doble"',
    rule: 'false-urgency',
    dark: [
      'Inscríbete antes del viernes o paga el doble',
      'Reserva hoy, si no pagarás el precio completo',
      'Apúntate antes de medianoche o pagarás más',
    ],
    honest: [
      'Paga con tarjeta o paga en efectivo',
      'Presenta la declaración antes del 30 de junio o pagarás un recargo',
      'Elige un plan menor o paga más por usuarios extra',
    ],
  },
  {
    shape: 'tomorrow it is gone: "mañana ya no tendrás este precio", "Después de hoy, se acabó"',
    rule: 'false-urgency',
    dark: [
      'Reserva hoy, mañana ya no tendrás este precio',
      'Este descuento no estará mañana',
      'La tarifa no seguirá disponible esta noche',
      'Después de hoy, se acabó',
      'Pasada la medianoche, el descuento desaparece',
    ],
    honest: [
      'Mañana ya no tendrás que hacer cola: llega la cita previa',
      'Después de hoy, el horario vuelve a ser el habitual',
      'Este producto no estará disponible en tienda',
    ],
  },
  {
    shape: 'the end said verb first or almost reached: "Se acaba hoy, súmate ya", "Ya casi termina la promo"',
    rule: 'false-urgency',
    dark: [
      'Se acaba hoy, súmate ya',
      'Se termina hoy: 2x1 en entradas',
      'A las 00:00 se acaba todo',
      'Ya casi termina la promo',
      'Ya casi finaliza el descuento',
      'Se acaba el Hot Sale en unas horas',
      'Se acaba la promo en 3 horas',
    ],
    honest: [
      'Ya casi termina la instalación',
      'Casi terminamos tu pedido',
      'Tu pedido sale hoy',
      'Se termina hoy la obra de la calle Mayor',
      'Se acaba todo el stock',
    ],
  },
  {
    shape: 'time itself running out: "hasta agotar el tiempo", "por muy poco tiempo", "válida solo ahora", "hoy nomás"',
    rule: 'false-urgency',
    dark: [
      'Oferta válida hasta agotar el tiempo',
      'Descuento hasta que se acabe el tiempo',
      'Aprovecha mientras quede tiempo',
      'Precio de lanzamiento, por muy poco tiempo',
      'Solo por poquito tiempo',
      'Oferta exclusiva para ti, válida solo ahora',
      'Precio disponible solo ahora',
      'Hoy nomás: 30 % de descuento',
      'Hasta medianoche nomás',
    ],
    honest: [
      'Hasta agotar existencias',
      'Tienes tiempo hasta el viernes para devolverlo',
      'Ahora solo disponible en tienda',
    ],
  },
  {
    shape: 'the last hours counted: "¡Últimas 48 horas!", "Rebajas de verano: últimas 12 horas"',
    rule: 'false-urgency',
    dark: [
      '¡Últimas 48 horas!',
      'Rebajas: últimas 6 horas',
      'Rebajas de verano: últimas 12 horas',
      'Últimas 24 horas del Buen Fin',
      'Últimas 6 horas para ahorrar',
    ],
    honest: [
      'Pedidos de las últimas 24 horas',
      'Ventas de los últimos 7 días',
      'Últimos 30 días',
      'Últimas 6 horas de actividad',
      'Tus pedidos de los últimos 30 días',
    ],
  },
  {
    shape: 'the offer never made again, or not to be missed: "no te lo volveremos a ofrecer", "No te lo perdás"',
    rule: 'false-urgency',
    dark: [
      'Este precio no te lo volveremos a ofrecer',
      'Nunca volveremos a ofrecer este descuento',
      'No volveremos a repetir esta oferta',
      'No te lo perdás',
      'No te pierdas esta oferta',
      'No se lo pierda',
    ],
    honest: [
      'No te lo volveremos a preguntar',
      'No volveremos a mostrarte este aviso',
      'No te pierdas nuestras novedades',
    ],
  },
  {
    shape:
      'bound to this visit across a comma, a price\'s own timer, an express offer, a clock time: "…, válida únicamente en esta sesión"',
    rule: 'false-urgency',
    dark: [
      'Tarifa web exclusiva, válida únicamente en esta sesión',
      'Este precio se va en cuanto cierres la página',
      'El temporizador del descuento está corriendo',
      'Oferta: contador en marcha',
      'Oferta exprés: 45 minutos',
      'Recarga hoy y duplica tu saldo, solo hasta las 8 pm',
    ],
    honest: [
      'El enlace es válido solo para esta sesión',
      'El temporizador está corriendo',
      'Envío exprés en 24 horas',
      'Hoy abrimos solo hasta las 8 pm',
      'Horario de verano: abierto hasta las 22 h',
    ],
  },
  {
    shape:
      'honest time statements that share urgency words: a return window, a trial with what follows, a licence, a dated cut-off with its reason',
    rule: 'false-urgency',
    dark: ['Termina en 02:14:59', '¡Solo por hoy!', 'El precio sube a las 00:00'],
    honest: [
      'Último día para devolver este pedido: 12/12',
      'Último día para cancelar sin cargo: 15 de mayo',
      'Tu prueba gratuita termina en 3 días; después se cobrarán 9 € al mes',
      'Tu licencia vence el 30 de junio; renueva para seguir recibiendo actualizaciones',
      'Pide antes del 20 de diciembre para recibirlo antes de Navidad',
      'Las inscripciones cierran el 14 de marzo porque el catering necesita la cifra final',
      'La oferta termina el 31 de mayo',
      'La tienda cierra a las 20:00',
    ],
  },
];

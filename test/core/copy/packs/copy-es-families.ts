/**
 * Spanish probes by FAMILY (families.test.ts): one family per way the language says a thing (a validity window
 * counted from now, an offer bound to this visit, …), with dark copy and the honest near-misses that share its
 * words. Written for these tests before the family's rules (es-urgency-families.ts, es-pressure-families.ts), in
 * tú and usted, Spain, Mexico and the River Plate; not taken from any blind batch or development set.
 */
import type { ShapeProbe } from './copy-es-shapes.js';

export const ES_FAMILIES: readonly ShapeProbe[] = [
  {
    shape: 'urgency: a validity window counted in minutes or hours from now, with no date',
    urgent: [
      'Este precio es válido solo 20 minutos',
      'Tu cupón vale durante 30 minutos más',
      'Tiene usted 15 minutos para confirmar la oferta',
      'Tenés 2 horas para aprovechar el descuento',
      'Dispones de 45 minutos para canjear tu regalo',
      'Descuento bloqueado por 25 minutos',
      'La promo dura apenas 6 horas',
      'Cuentas con 40 minutos para hacerte con él',
      '72 horas y se acabó',
      'Tu plaza queda apartada solo 8 minutos',
    ],
    honest: [
      'El código de verificación es válido durante 10 minutos',
      'Tu sesión caduca en 15 minutos por inactividad',
      'Tienes 14 días para devolver el producto',
      'Tienes 30 minutos para cancelar tu pedido sin coste',
      'El enlace para restablecer la contraseña vale 1 hora',
      'Entrega en 2 horas en el centro de la ciudad',
      'Tu pedido queda reservado durante 48 horas en la tienda',
    ],
  },
  {
    shape: 'urgency: an offer bound to this visit, session, tab or page',
    urgent: [
      'Precio exclusivo de esta visita',
      'El descuento solo vale mientras tengas abierta esta pestaña',
      'Si actualizas la página, el precio vuelve a subir',
      'Oferta para esta sesión únicamente',
      'Al cerrar la ventana perderás el 15 %',
      'Este cupón desaparece en cuanto salgas de la página',
      'La tarifa caduca al final de tu sesión',
    ],
    honest: [
      'Si recargas la página perderás los cambios no guardados',
      'Tu sesión se cerrará tras 20 minutos sin actividad',
      'Tu carrito se guarda aunque cierres la pestaña',
      'Abre el enlace en una pestaña nueva',
      'Ofertas en esta página: 12',
    ],
  },
  {
    shape:
      'urgency: an end at any moment or in no time, undated ("en cualquier momento", "en nada", "de un momento a otro")',
    urgent: [
      'El precio puede subir en cualquier momento',
      'Este chollo se esfuma de un momento a otro',
      'La rebaja termina en nada',
      'Esto se va a acabar en nada',
      'El 25 % desaparece pronto',
      'Las tarifas pueden cambiar de un minuto a otro',
    ],
    honest: [
      'Puedes cancelar en cualquier momento',
      'Puedes cambiar de tarifa en cualquier momento',
      'Un agente te atenderá en unos minutos',
      'Puedes terminar tu suscripción en cualquier momento',
      'El pedido llegará pronto',
    ],
  },
  {
    shape: 'urgency: tomorrow the price or the chance is gone ("mañana ya no", "desde mañana precio normal")',
    urgent: [
      'Desde mañana, precio de siempre',
      'Mañana vuelve el precio completo',
      'Hoy todavía, mañana no',
      'Esta noche y nunca más',
      'Mañana podría ser demasiado tarde',
      'A partir del lunes, tarifa habitual',
      'Hoy sí; el viernes ya no',
    ],
    honest: [
      'A partir de mañana, horario de invierno',
      'Desde mañana, envíos también los sábados',
      'Mañana por la tarde te llamamos',
      'Mañana no abrimos por festivo',
      'Desde el 1 de marzo, el precio habitual es 12 € por la subida de costes del proveedor',
    ],
  },
  {
    shape: 'urgency: now or lose it, told by what is lost or that it never comes back',
    urgent: [
      'Decide en 10 minutos o pierdes el precio',
      'Esta promoción no volverá',
      'Un precio así no regresará',
      'No habrá otra oportunidad como esta',
      'Solo ahora: envío gratis',
      'Hoy o nunca',
      'Es ahora o nunca',
    ],
    honest: [
      'Tu pedido no volverá a cobrarse',
      'Solo ahora puedes ver este mensaje porque eres administrador',
      'Vuelve cuando quieras',
      'No habrá cargos hasta que termine la prueba',
    ],
  },
  {
    shape:
      'urgency: the promotion ends, verb first ("Se acaba la oferta", "Termina el descuento ya") or at a clock time today',
    urgent: [
      'Se acaban las rebajas',
      'Termina la promoción hoy',
      'Se termina el cupón ya',
      '-30 % hasta las 22:00',
      'Especial fin de semana: solo hasta las 20:00 de hoy',
      'Se va el descuento esta noche',
    ],
    honest: [
      'Termina la configuración de tu cuenta',
      'Terminan las rebajas el 31 de enero',
      'Atención al cliente hasta las 20:00',
      'Abierto hasta las 22:00',
      'Se acaba la batería: conecta el cargador',
    ],
  },
  {
    shape: 'urgency: the clock told as running ("tic tac", "el reloj corre", "mientras dure el contador")',
    urgent: [
      'Tic tac, el descuento se acaba',
      '⏰ El reloj corre',
      'Válido solo mientras el contador no llegue a cero',
      'Quedan horas',
      'Solo quedan minutos para el cierre de la venta',
      'Guardamos tu carrito durante 09:59',
    ],
    honest: [
      'Reloj de pared con 30 % de descuento',
      'Contador de visitas: 1.204',
      'Quedan horas de soporte en tu plan',
      'Temporizador de cocina digital',
    ],
  },
];

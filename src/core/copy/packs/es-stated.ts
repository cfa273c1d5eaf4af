/**
 * What Spanish copy may declare itself (pack.ts StatedInCopy): a deadline with its date and its reason, a claim
 * with its source or as a condition.
 */
import type { StatedInCopy } from '../pack.js';

const MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DAYS = 'lunes|martes|miercoles|jueves|viernes|sabado|domingo';

export const ES_STATED: StatedInCopy = {
  deadline: {
    dates: [`# de? ${MONTHS}`, DAYS, '#2 h|hrs|am|pm', '# : # h?'],
    reasons: [
      // por qué termina entonces: "…, porque ese día cerramos el pedido al catering", "para que el jurado revise"
      'porque|pues',
      '( debido a | a causa de | por el aumento | por la subida )', // "Los precios suben el 1 de enero por el aumento de costes"
      '( ya que | para que | cuando cerramos | cuando se | momento en que | fecha en que )',
      // corte de envío: "los pedidos de hoy salen mañana"
      'pedido ~4 salen|sale|enviamos|envian|envia|llegan|llega',
      // el calendario de un tercero: el último día de reparto de la mensajería, una fecha fijada por ley
      '( envio | reparto | recogida | entrega ) de|del|por la|el? ( mensajeria | transportista | paqueteria | agencia | empresa | correos | repartidor )',
      '( fijado | establecido | marcado ) por la|el? ( ley | decreto | orden | normativa | comunidad | ayuntamiento | gobierno | ministerio | junta )',
    ],
  },
  // a clause that names an offer is urgency unless it says itself it is about no offer (the engine's `stated.offer`)
  offer: ['@promo'],
  notOffer: [
    // a session that ends, not an offer that ends with it ("La tarifa caduca al final de tu sesión")
    '<!@sessionEnd tu|su|la sesion',
    'tu|su|la contrasena|enlace|cita|prueba|examen',
    // a sign-in or verification code, not a discount code or one held for the visitor ("Tu código está reservado …")
    'tu|su|la codigo !@heldcode',
    // el tiempo hasta la entrega: "Faltan 2 días para la entrega"
    'para|hasta la entrega $',
    'tus|sus datos de pago',
    'tu|su dominio|metodo de pago',
    'guarda|guardan|conserva|conservan ~2 # dias|semanas|meses',
    // the visitor's own window to return or cancel (session 10): "Último día para devolver este pedido: 12/12"
    'para ( devolver | devolverlo | devolverla | devolverlos | cancelar | cancelarlo | anular | desistir | solicitar la devolucion )',
  ],
  source: [
    // la cuenta propia: "quedan 3 plazas en tu plan", "2 artículos en tu carrito"
    // ("su cesta" may be theirs: "1.500 personas lo tienen en su cesta")
    'en tu ~1 plan|cuenta|carrito|cesta|suscripcion|equipo|pedido',
    'en su ~1 plan|cuenta|suscripcion|pedido',
    // the visitor's own history: "Tu última reserva fue hace 2 meses"
    '( tu | su ) ( ultimo | ultima ) compra|reserva|pedido|pago|visita|acceso|donacion',
    // la fuente: "según la taquilla", "de acuerdo con el organizador", "fuente: sistema de reservas"
    '( segun | de acuerdo con | fuente : | datos de )',
    'por|segun el? aforo', // a capacity with its reason: "Plazas limitadas a 20 por aforo de la sala"
    // a capacity by rule or stated whole: "Aforo máximo: 40 (normativa …)", "la sala tiene 80 butacas y hay 72 vendidas"
    'normativa|reglamento',
    'aforo|capacidad maximo|total',
    'tiene|tenemos|hay # butacas|plazas|asientos|localidades|habitaciones|entradas',
    // stock in a named shop, with where else to find it: "Quedan 3 unidades en la tienda de Sevilla"
    '( en la | en nuestra ) tienda de|del|en',
    // a waitlist says what happens when it is full: "El curso está casi completo; hay lista de espera"
    'lista de espera',
    // el informe de inventario de un panel: "3 productos tienen poco stock"
    '# productos|variantes tienen poco|bajo stock|existencias',
    // an admin's or a form's stock error, not a claim: "Stock insuficiente: solo quedan 4", "… considera reponer inventario"
    'stock|existencias insuficiente',
    'reponer|reabastecer ~1 inventario|stock|existencias',
    // the threshold of a stock alert in a shop's settings: "Umbral de stock bajo: 3", "Alerta de existencias bajas activada"
    '( alerta | aviso | umbral | notificacion ) ~3 stock|existencias',
    // a carpool's seats: "Quedan 2 plazas en el coche de Ana"
    'coche|auto|carro|vehiculo|furgoneta de _',
    // una condición, no una afirmación: "avisarme cuando queden menos de 5"
    'cuando|si ~3 menos de #',
  ],
  // el plazo de pago del proveedor de pagos: "Tiene 14 minutos 59 segundos para pagar"
  paymentWindow: [
    '( tiene | tienes | dispone de | dispones de ) ( # : # ( : # )? | ~5 ) para ( pagar | abonar | completar|realizar el pago )',
    // a sign-in token or link of the visitor's that expires, no offer: "El token expira en 15:30", "Tu enlace de
    // acceso caduca en 09:59" (a discount code's timer stays false urgency)
    '( token | enlace | sesion | contrasena ) ~3 ( expira | caduca | vence ) en',
  ],
};

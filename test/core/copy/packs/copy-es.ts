/**
 * Spanish copy written for the tests of the Spanish pack (es.test.ts): not taken from the development set
 * (dev-es.csv) or the blind batch (bench/blind/es.csv), and never pasted into the pack.
 */

/** Shaming in any field: refusing something of value, preferring a loss, owning a loss, guilt. */
export const SHAMING = [
  'No, gracias, no quiero ahorrar',
  'No quiero recibir regalos',
  'No me interesan los descuentos',
  'Prefiero pagar de más',
  'No, prefiero seguir desinformado',
  'Me gusta perder dinero',
  'Odio las ofertas',
  'Ser perezoso es lo mío',
  'No necesito mejorar',
  'Prefiero no aprender nada',
  'Voy a seguir pagando el precio completo',
  'Soy un desastre y lo acepto',
  'No quiero nada útil',
  'No me gustan las buenas noticias',
  'Seguir sin ayudarnos',
  'El desorden es maravilloso',
  'Soy de los que nunca ahorran',
  'Romper las reglas es mi especialidad',
  'Sí, voy a asumir los gastos',
];

/** Shaming that only the decline grammar names: a worse alternative or a jab after the refusal. */
export const SHAMING_AS_DECLINE = [
  'Ahora no (los demás no se lo piensan)',
  'No, gracias: prefiero comer mal',
  'No, mi piel ya es perfecta',
  'Renunciar a mi descuento',
  'No, gracias, me conformo con menos',
  'No, gracias, prefiero aburrirme',
];

/** Neutral refusals, many with the visitor's own reason or alternative: they must pass as decline labels. */
export const HONEST_DECLINES = [
  'No, gracias',
  'Ahora no',
  'Más tarde',
  'Quizás más tarde',
  'Hoy no, gracias',
  'Cancelar mi suscripción',
  'Mantener mi plan actual',
  'Continuar sin el complemento',
  'No, gracias, prefiero pagar cada mes',
  'Ahora no: tengo que hablarlo con mi socio',
  'No, ya tengo uno',
  'De momento no puedo donar',
  'Lo decidiré más tarde',
  'No, con dos licencias me basta',
  'Seguir con el plan gratuito',
  'No me interesa',
  'Lo pensaré',
  'Ya tengo uno, gracias',
  'Me gusta pagar con tarjeta',
  'Viajar ligero es lo mío',
  'Prefiero quedarme con la versión gratuita',
  'No, mándamelo en un solo paquete',
  'Comprar como invitado',
  'No, sin bolsa de regalo',
  'Omitir la copia de seguridad',
  'Hoy elijo esperar',
  'Acepto',
];

export const URGENT = [
  '¡Date prisa!',
  'Última oportunidad',
  'Solo hoy',
  'Oferta por tiempo limitado',
  'La promoción termina esta noche',
  'Quedan 3 horas',
  'El precio sube mañana',
  'Termina en 04:59',
];

export const PRESSURE = [
  'Solo quedan 2 unidades',
  'Quedan pocas plazas disponibles',
  'Stock limitado',
  'Casi agotado',
  '15 personas están viendo este hotel',
  'Ana de Sevilla acaba de reservar',
  'Vendido 40 veces hoy',
  'Alta demanda',
];

/** Honest shop, checkout and consent copy: no dark rule, with no role. */
export const HONEST_UI = [
  'Envío gratis a partir de 30 €',
  'Entrega en 2 o 3 días laborables',
  'Precio: 12 € al mes, IVA incluido',
  'Tu suscripción se renueva cada año; puedes cancelarla cuando quieras',
  'Tu prueba gratuita termina el 3 de marzo',
  'Abierto de lunes a viernes de 9:00 a 18:00',
  'Añadir al carrito',
  'Guardar cambios',
  'Aceptamos tarjeta y transferencia',
  'Solo 2 pasos para terminar',
  'Usamos cookies para recordar tu idioma',
  'Devoluciones gratuitas durante 30 días',
  'En stock',
  'Hecho a mano en Valencia',
  'Tu donación llega íntegra al proyecto',
];

/** Real deadlines and capacities, honest when the offer declares them (a deadline with its reason, a source). */
export const DEADLINE_COPY = 'La oferta termina el viernes';
export const CAPACITY_COPY = { text: 'Quedan 3 plazas en el taller', source: 'Aforo de la sala: 12, reservas: 9' };

/**
 * Spanish probes of session 14 (run by es-labels.test.ts), one entry per family widened to the breadth of the other
 * packs (en / de / fr): each family's forms in tú, usted, vosotros and vos, with the honest near-misses that use the
 * same words. Written for these tests in my own words, not taken from any blind batch, development set or real-copy
 * file.
 */
import type { ShapeProbe } from './copy-es-shapes.js';

export const ES_S14_PROBES: readonly ShapeProbe[] = [
  {
    shape: 'urgency: acting fast as an imperative, any address',
    urgent: ['Actúe ahora mismo', 'Actuad cuanto antes', 'Que no se os escape'],
    honest: [
      'Actúa con responsabilidad',
      'No llegues tarde a tu cita: te enviamos un recordatorio',
      'Sé el primero en opinar',
    ],
  },
  {
    shape: 'urgency: waiting asked about',
    urgent: [
      '¿A qué estáis esperando?',
      '¿Qué espera para probarlo?',
      '¿Para qué seguir esperando?',
      '¿Por qué esperas más?',
    ],
    honest: ['¿Qué esperas de este taller?', '¿Por qué esperar a que llegue el paquete? Síguelo en tiempo real'],
  },
  {
    shape: 'urgency: the time running out on the visitor (a dative of the person)',
    urgent: [
      'Se os está acabando el tiempo',
      'Se les agota el tiempo',
      'Nos estamos quedando sin tiempo',
      'El tiempo apremia, ¿te apuntas?',
      'Cada hora cuenta',
      '¡Están a tiempo!',
    ],
    honest: [
      'Se te acaba la batería',
      'Tiempo agotado',
      'El tiempo corre distinto en la montaña',
      'Todavía llegas a tiempo para Navidad',
      'Tu opinión cuenta',
    ],
  },
  {
    shape: 'urgency: a short window, with or without its number',
    urgent: [
      'Solamente unas pocas horas más',
      'Únicamente por unos días',
      '¡Solo 2 días!',
      'Solo 36 horas para aprovecharlo',
      'Precio de estreno solo en las primeras 72 horas',
      'Promoción 12 horas',
      'Descuentos de 6h',
      'Rebajas de una sola jornada',
      'Este precio es temporal',
      'Últimos 2 días de rebajas',
    ],
    honest: [
      'Recibe tu pedido en solo unos días',
      'Configurarlo solo te lleva unos minutos',
      'Soporte 24 horas',
      'Envío en 24h',
      'Contraseña temporal',
      'Últimos 7 días',
      'Ventas en las últimas 24 horas',
    ],
  },
  {
    shape: 'urgency: the end said of itself, the final stretch, sign-up closing in days',
    urgent: [
      '¡Se terminan!',
      'Se van, se van',
      'Cuando se termine, se acabó',
      'Están a punto de desaparecer',
      'Recta final del outlet',
      'La matrícula cierra en 3 días',
      'Se acaba el plazo',
      'El plazo vence mañana',
      'Quedan 4 días para que termine la promoción',
      'Falta nada para que se acabe',
    ],
    honest: [
      'Tu descarga está a punto de terminar',
      'El plazo de inscripción se cierra el 15 de mayo',
      'Faltan 2 días para que termine tu prueba',
      'Falta poco para terminar el registro',
    ],
  },
  {
    shape: 'urgency: take it now, a day only, a price higher later, no second chance',
    urgent: [
      'Aprovechad esta rebaja ahora mismo',
      'Esta tarifa es solo para esta noche',
      'Este finde o nunca',
      'Válido hasta la medianoche',
      'Desde mañana los precios serán más altos',
      'Una oportunidad como esta no se repite',
      'No os lo podéis perder',
      'Es tu ocasión: no la dejes escapar',
      'El cupón se esfuma en breve',
    ],
    honest: [
      'Abierto hasta la medianoche',
      'Cerramos a medianoche',
      'Pide antes de las 14:00 y lo recibes mañana',
      'Los precios pueden cambiar sin previo aviso',
      'Tu contraseña: no la pierdas',
    ],
  },
  {
    shape: 'pressure: not a latest-items heading nor the visitor’s own history',
    pressure: ['Últimas plazas', '¡Últimos ejemplares!'],
    honest: [
      'Últimos artículos',
      'Últimos productos',
      'Tu última reserva fue hace 2 meses',
      'Su último pedido fue hace 3 días',
    ],
  },
  {
    shape:
      'pressure: sold in a span, added to carts, bought by a count, a share and its choice, joiners with their time',
    pressure: [
      'Se agotaron en una semana',
      'La última remesa se vendió en 3 horas',
      '¡Van volando!',
      'Añadido a 12 cestas',
      'Reservado hoy por 6 personas',
      'El 70 % de los huéspedes elige esta habitación',
      'El favorito de la mayoría',
      '45 alumnos se inscribieron esta semana',
      'Alguien más está a punto de reservarlo',
      'Hay poquitas plazas',
      'Bajo stock',
      'Tal vez no volvamos a tener esta talla',
      'Solo me quedan 2',
      'Apenas quedan',
      'No eres la única interesada',
    ],
    honest: [
      'Valorado por 1.200 clientes',
      'El 80 % de los encuestados recomienda el taller, según la encuesta de 2025',
      'Stock bajo: 3 productos',
      'No sabemos cuándo llegará tu paquete, te avisaremos',
      'Hay pocas preguntas frecuentes sobre este tema',
    ],
  },
  {
    shape: 'pressure: a restock in doubt said of the item, not of a person or a question',
    pressure: ['No sabemos cuándo volverá', 'Quizá no vuelva a estar disponible'],
    honest: ['Puede que no vuelva a preguntarte', 'No sabemos cuándo volverá el repartidor, te avisaremos'],
  },
  {
    shape: 'urgency: "no esperes" only as the push, not as advice',
    urgent: ['No esperéis más', 'No esperes a mañana'],
    honest: ['No esperes resultados de la noche a la mañana'],
  },
  {
    shape: 'confirmshaming: goods en and fr refuse too, wealth as a boast, a dependant left without',
    shaming: ['No quiero ponerme en forma', 'No me interesa vender más', 'No quiero estar al día'],
    shamingAsDecline: ['No, tengo plata de sobra', 'Paso, el dinero no es problema', 'Dejo a mis hijos sin regalo'],
    honestDeclines: [
      'No, ya estoy en forma',
      'No, ya tengo dinero para el viaje',
      'Prefiero aprobar el presupuesto más tarde',
      'No, ya estoy al día con los pagos',
      'Dejar la caja sin envolver',
    ],
  },
];

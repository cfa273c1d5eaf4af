/**
 * Spanish probes of session 12 (es-labels.test.ts), written for these tests in my own words, not taken from any
 * blind batch, development set or real-copy file: copy of no role that is a decline label all the same (Spanish says
 * "me" on the verb and drops the pronoun, so "Quedarme …", "No, vivo …", "Sin X, confío …" are the visitor's voice),
 * the add-on or code declined bare through "sin" ("Seguir sin cupón": a plain no), and the honest neighbours of real
 * UI copy (a player's "Tiempo restante", a sign-in link's timer, "seguir" as "to follow").
 */
import type { ShapeProbe } from './copy-es-shapes.js';

export const ES_LABEL_PROBES: readonly ShapeProbe[] = [
  {
    shape: 'a no-role decline label in the visitor\'s voice: a clitic infinitive, a first-person verb, "Sin X, …"',
    shaming: [
      'Quedarme sin puntos, qué más da',
      'Quedarme sin las ofertas del mes (y sin regalos)',
      'Sin alarma, ya me robarán la bici',
      'Sin copia en la nube, confío en mi suerte',
      'No, vivo bien con las goteras',
      'Desuscribirme y enterarme el último de todo',
      'Quitar la garantía (confío en mi buena estrella)',
      'Dar de baja y quedarme con la duda',
      'Prefiero quedarme con las ganas',
      'Rechazar y volver a un mundo sin ofertas',
    ],
    honestDeclines: [
      'Quitar el seguro del carrito',
      'Dar de baja el plan',
      'Desuscribirme',
      'Quedarme en el plan básico',
      'Quedarme con el plan actual',
      'Sin seguro, ya tengo uno',
      'No, vivo fuera de la zona de reparto',
      'Sin prisa, tengo tiempo',
    ],
    honest: ['Sin comisiones, sin permanencia', 'Quitar el filtro', 'Sin mi firma, el contrato no es válido'],
  },
  {
    shape: 'the add-on or the code declined bare through "sin" is a plain no; preferred, refused outright or mine, not',
    honestDeclines: ['Seguir sin seguro', 'Continuar sin el cupón', 'Comprar sin cupón', 'Seguir sin cupón'],
    shaming: ['Mejor sin cupón', 'Salir sin mi descuento de bienvenida', 'No quiero el cupón', 'Seguir pagando de más'],
    shamingAsDecline: ['Seguir sin garantía y cruzar los dedos'],
  },
  {
    shape: 'real UI neighbours: time left of a player or a plan, the news, a sign-in link\'s timer, "seguir" = follow',
    honest: [
      'Tiempo restante',
      'El tiempo restante de tu plan se abonará en tu cuenta',
      'Última hora',
      'Tu enlace de acceso caduca en 09:59',
      'Considera seguir nuestro blog para no perderte errores corregidos',
    ],
    urgent: [
      'Tiempo restante para aprovechar la oferta',
      'Última hora para aprovechar el 20 %',
      'Tu código de descuento caduca en 09:59',
      'Tiempo restante: 04:59',
    ],
    shaming: ['Cerrar es elegir seguir pagando de más'],
  },
];

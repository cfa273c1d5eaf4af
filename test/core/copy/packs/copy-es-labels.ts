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
  {
    shape: 'urgency of an exit-intent page: what leaving costs, no second chance, gone for good, the last offer',
    urgent: [
      'Si cierras esta pestaña, el precio sube a 49 €',
      'Si abandonas esta página tendrás que pagar la tarifa completa más tarde',
      'El cupón desaparecerá para siempre si sales de esta página',
      'No podrás volver a este precio',
      'Este descuento es para socios nuevos y solo durante esta sesión',
      '¡Alto! No salgas de esta página',
      'No habrá otra ocasión como esta',
      'Este precio desaparece para siempre',
      'Esta promoción no estará disponible más tarde',
      'Tu ventana de oportunidad se está cerrando',
      'Es nuestra última oferta',
      'La rebaja del 30 % podría acabar en cualquier momento',
    ],
    honest: [
      'No cierres esta ventana mientras subimos tus archivos',
      'Espera. No cierres esta página mientras procesamos el pago',
      'Si sales de esta página, perderás los cambios no guardados',
      'Tu última oferta: 50 €',
      'No hay otra forma de pago disponible',
      'Termina en',
      'Termina en 4242',
      'Puedes cancelar en cualquier momento',
    ],
  },
  {
    shape:
      'real checkout neighbours: paying later is no loss, a security step is no refusal ("paso de" opens a clause)',
    honestDeclines: ['Seguir con Pagar más tarde', 'Pagar al contado en vez de a plazos'],
    honest: ['Este paso de seguridad protege tu cuenta'],
    shaming: ['No, paso de la seguridad', 'Paso del cupón, me sobra el dinero', 'Prefiero pagar más'],
  },
  {
    shape: 'pressure: the first N served, the last ones left (vague or counted alone), a place that usually fills',
    pressure: [
      'Solo para los primeros 50 compradores',
      'Los primeros 100 incluyen una funda gratis',
      '¡Últimas 3!',
      'Es el último',
      'Quedan las últimas',
      'Apenas quedan unidades',
      'Suele llenarse para tus fechas',
      'Ya se apuntaron Ana y otros 30',
      'Stock muy limitado',
      'Último coche disponible para tus fechas',
      'Solo 3 items disponibles',
    ],
    honest: [
      'Los primeros 3 meses gratis',
      'Es la última versión',
      'Tú y otros 3 usuarios tienen acceso',
      'Los primeros 10 resultados',
      'Últimos 7 días',
      'Es el último paso',
      'Tienes 3 items en el carrito',
      'Las primeras 2 horas de parking gratis',
      'La página no es la última',
    ],
    honestDeclines: ['Ignorar'],
  },
  {
    shape: 'confirmshaming of modal copy: leaving hungry, a trifle not paid, a loss in the first person going on',
    shaming: [
      '¡No te vayas con hambre!',
      '¿Vas a arriesgar que tu pareja se aburra por no invertir solo 9 €?',
      'Seguir perdiéndome las ofertas',
      'Quienes viajan sin seguro suelen acabar pagando el doble',
      'Ignorar las buenas ideas es mi hobby',
    ],
    honest: [
      '¿Estás seguro de que quieres eliminar tu cuenta?',
      'Vas a perder los cambios si sales',
      'Tranquilo, tu pedido está en camino',
      'Tranquilo, tus datos están seguros',
      'Los que no tienen cuenta acaban en la página de registro',
      'Es posible que su cuenta no sea tan segura. ¿Estás seguro de que quieres continuar?',
    ],
  },
];

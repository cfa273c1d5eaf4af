/**
 * Spanish probes of session 13 (run by es-labels.test.ts), one entry per family written as a paradigm (es-jab-families.ts,
 * es-urgency-families.ts, es-pressure-families.ts): the family's forms in tú, usted, vos and vosotros, either word
 * order, Spain and Latin America, and the honest near-misses that use the same words. Written for these tests in my
 * own words, not taken from any blind batch, development set or real-copy file.
 */
import type { ShapeProbe } from './copy-es-shapes.js';

export const ES_S13_PROBES: readonly ShapeProbe[] = [
  {
    shape: 'confirmshaming: losing it oneself, the self word on the verb ("me lo pierdo", "perdérmelo")',
    shaming: [
      'Vale, me lo pierdo',
      'Me la pierdo, qué le vamos a hacer',
      'Prefiero perdérmelo',
      'Quiero perdérmela',
      'Nos lo perdemos',
      'Me lo voy a perder',
    ],
    honest: ['No me lo pierdo por nada', 'No quiero perdérmelo', '¿Me perdí algo?'],
  },
  {
    shape: 'confirmshaming: the competition wins by the no, either order',
    shaming: [
      'Que gane mi competencia',
      'Dejaré que la competencia me adelante',
      'Mis competidores te lo agradecerán',
      'Tus rivales ya lo usan',
      'No, que mis competidores se lleven a los clientes',
    ],
    honestDeclines: ['Me voy con la competencia', 'La competencia me ofrece mejor precio'],
    honest: ['Tus competidores no verán tus datos', 'Compara nuestros precios con la competencia'],
  },
  {
    shape: "confirmshaming: falling behind as one's own choice",
    shaming: [
      'Prefiero quedarme atrás',
      'No, me quedo rezagada',
      'Seguir en la edad de piedra',
      'Sigo como un dinosaurio, gracias',
      'Quedarnos obsoletos',
    ],
    honest: ['No te quedes atrás: apúntate hoy', 'Mi pedido está estancado en aduanas'],
  },
  {
    shape: "confirmshaming: a harm to someone in the visitor's care, preferred or allowed",
    shaming: ['Prefiero que mis hijos se aburran', 'Dejaré que mi perro pase frío', 'Mejor que mis gatos pasen hambre'],
    honestDeclines: ['Prefiero que mi hijo elija', 'Prefiero que lo decida mi pareja'],
    honest: ['Que los niños disfruten del verano'],
  },
  {
    shape: 'confirmshaming: not caring about what matters, any register and order',
    shaming: [
      'No me preocupa mi salud',
      'Me da igual el planeta',
      'Mi futuro me trae sin cuidado',
      'Me importa un bledo mi privacidad',
    ],
    honestDeclines: ['Me da igual el color, cancelar', 'No me preocupa, gracias', 'No me preocupa la entrega'],
  },
  {
    shape: 'confirmshaming: a boast with its intensifier',
    shaming: ['Ya soy lo bastante guapo', 'No, estoy demasiado en forma', 'Somos suficientemente listas'],
    honestDeclines: ['Ahora no, estoy demasiado ocupado', 'Ya estoy en forma, gracias'],
  },
  {
    shape: "confirmshaming: paying more as the visitor's clause",
    shaming: [
      'Pagaré más, gracias',
      'No, prefiero pagar el doble',
      'Seguir gastando más plata',
      'No me importa pagar más',
    ],
    honestDeclines: ['Pagaré más tarde', 'Pagar más adelante'],
    honest: ['¿Por qué pago más este mes?'],
  },
  {
    shape: 'confirmshaming: a pity pinned on the loss, not a farewell',
    shaming: [
      'Qué pena que dejes pasar tu descuento',
      'Es una lástima que te pierdas esta oferta',
      'Una pena que no te importe tu futuro',
    ],
    honest: ['Qué pena que te vayas', 'Es una lástima que te vayas, esperamos verte pronto', 'Nos duele verte ir'],
  },
  {
    shape: 'confirmshaming: the no told as a loss or a betrayal',
    shaming: [
      '¿Estás segura de que quieres perder esto?',
      '¿Seguro que quiere renunciar a su descuento?',
      'Cuentan contigo, no los defraudes',
      '¿Nos abandonas?',
      '¿Así nos dejas?',
      'Nos rompes el corazón',
    ],
    honest: ['¿Seguro que quieres perder los cambios?', 'No te decepcionaremos', '¿Nos dejas tu opinión?'],
  },
  {
    shape: 'confirmshaming: the reason belittled (a bad thing let win, an excuse, a last try deserved)',
    shaming: [
      '¿Vas a dejar que el estrés gane?',
      'No dejes que la pereza te gane',
      'Olvidemos esa excusa',
      'Tu espalda se merece otra oportunidad',
    ],
    honest: ['Deja que tu equipo gane tiempo', 'Sin excusas: envío gratis a toda España'],
  },
  {
    shape: 'confirmshaming: leaving without, worse for you',
    shaming: [
      '¿Te vas sin tu cupón?',
      '¿Ya te vas sin despedirte de tus puntos?',
      'Irme sin mis puntos',
      'Peor para vos',
    ],
    honestDeclines: ['Salir sin guardar', 'Continuar sin mi cuenta'],
  },
  {
    shape: 'confirmshaming: giving up told as weakness, with its "so soon"',
    shaming: [
      '¿Te rindes tan pronto?',
      '¿Vas a rendirte justo ahora?',
      '¿Tirar la toalla a la primera?',
      'No te rindas ahora',
      'No tire la toalla todavía',
      'Los valientes no se rinden',
    ],
    honest: ['¿Te rindes? Ver la solución', 'Nunca nos rendimos con tu pedido'],
  },
  {
    shape: "confirmshaming: settling for less, deserving more than this, one's own made to wait, the last to know",
    shaming: [
      '¿Te conformas con menos?',
      'Conformarme con poco',
      '¿Vas a conformarte con lo mínimo?',
      'Te mereces más que esto',
      'Mi negocio puede esperar',
      'Mis clientes pueden esperar',
      'Enterarme el último',
      'Prefiero ser la última en enterarme',
    ],
    honest: [
      'Te mereces lo mejor',
      'Los clientes pueden esperar un correo de confirmación',
      'Mi pedido puede esperar',
      'Me enteré tarde de la oferta',
    ],
  },
  {
    shape: 'confirmshaming: regret foretold, every tense and hope',
    shaming: [
      'Luego no te arrepientas',
      'Ojalá no se arrepienta',
      'Vas a arrepentirte',
      'Después no vengas a quejarte',
      'Si te vas ahora, te perderás tu regalo',
    ],
    honest: [
      'No te arrepentirás',
      'Si te arrepientes, puedes volver cuando quieras',
      'No te perderás nada: te avisamos por correo',
    ],
  },
  {
    shape: 'confirmshaming: a bad state kept as the label; broke or in debt as the reason passes',
    shaming: [
      'No, prefiero quedarme con mi piel seca',
      'Me quedo con mi vieja vida',
      'No, prefiero seguir en la ruina',
      'Quedarme con el dolor de espalda',
      'Prefiero seguir arruinado',
      'Prefiero seguir con mis deudas',
    ],
    honestDeclines: ['Ahora no, tengo deudas', 'No, tengo demasiadas deudas este mes', 'Más tarde, estoy arruinado'],
    honest: ['Sigo con mi plan actual', 'Seguir con el pago'],
  },
  {
    shape: "urgency: sign-up closing soon, the next intake, the offer's end counted",
    urgent: [
      'Las inscripciones cierran en 2 horas',
      'La matrícula se cierra esta noche',
      'La próxima edición cierra en 40 minutos',
      'Cierre de inscripciones en 3 horas',
      'Fin de la promo en 5 horas',
    ],
    honest: [
      'Las inscripciones cierran el 15 de marzo',
      'Las reservas se cierran 24 horas antes del evento',
      'La tienda cierra en 10 minutos',
    ],
  },
  {
    shape: 'urgency: still in time, while you can',
    urgent: [
      '¡Aún estás a tiempo!',
      'Todavía está a tiempo de conseguir su regalo',
      'Estás a tiempo de ahorrar un 30 %',
      'Aprovecha mientras puedas',
      'Cómpralo mientras dure',
    ],
    honest: [
      'Aún estás a tiempo de cancelar sin coste',
      'Todavía estás a tiempo de cambiar tu pedido',
      'Ahorra tiempo mientras trabajas',
      'Válido mientras queden unidades',
    ],
  },
  {
    shape: 'urgency: waiting loses the offer; a price rise told verb first',
    urgent: [
      'Si esperas, pierdes el descuento',
      'Si no compras hoy, perderás tu precio especial',
      'Pronto subirá el precio',
      'En breve aumentan las tarifas',
      'Precio de lanzamiento: sube sin aviso',
    ],
    honest: [
      'Si esperas más de 30 días, pierdes el derecho a devolución',
      'Los precios pueden cambiar sin previo aviso',
      '¿Por qué sube el precio de mi plan?',
    ],
  },
  {
    shape: 'urgency: little time left, about to go, a timer to zero, secure it first, hurry (Mexico, River Plate)',
    urgent: [
      'Queda poco tiempo',
      '¡Te queda muy poco tiempo!',
      'Tu descuento está a punto de caducar',
      'Cuando la cuenta atrás llegue a cero, vuelve el precio normal',
      'Asegura tu plaza antes de que se agote',
      'Apúrale, que se acaba',
      'Ándale que vuela',
      'No pierdas esta ocasión',
      'Estás perdiendo un 40 %',
      'Precio de preventa limitado',
    ],
    honest: [
      'Tu prueba está a punto de terminar',
      'No pierdas tu progreso',
      'Esta oferta relámpago terminó',
      'Lanzamiento limitado de 500 unidades',
    ],
  },
  {
    shape: 'pressure: capacity low, sold like hot cakes, buyers counted in the act, the first few rewarded',
    pressure: [
      'Cupos limitados',
      'Aforo: limitado',
      'Poco stock',
      'Se acaba el stock',
      'Vendiéndose como churros',
      'Súper ventas',
      '12 personas en proceso de compra',
      '9 añadieron a su cesta en la última hora',
      'Las primeras 20 personas reciben un regalo',
      'Plazas restantes: 2',
    ],
    honest: [
      '¿Qué pasa si se acaba el stock?',
      'Te avisamos si se agotan las entradas',
      'Se vende como pack de 3',
      'Los primeros 3 meses cuestan 1 €',
      'Agregamos nuevas funciones en la última versión',
      '12 unidades disponibles',
      'Miles de conductores ya confían en nosotros',
    ],
  },
];

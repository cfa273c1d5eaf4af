/**
 * Spanish probes written for session 5, grouped by the grammatical shape behind them (es.test.ts): for each shape
 * the dark copy that must be refused and the honest look-alikes that must pass. Written for these tests, before
 * the rules for the shape changed; not taken from any blind batch or development set, never pasted into the pack.
 */
export interface ShapeProbe {
  shape: string;
  /** Confirmshaming in any field and as a decline label. */
  shaming?: readonly string[];
  /** Confirmshaming as a decline label (the decline grammar names what goes beyond the refusal). */
  shamingAsDecline?: readonly string[];
  /** Neutral refusals: pass as decline and stop labels and with no role. */
  honestDeclines?: readonly string[];
  /** False urgency without a declared deadline. */
  urgent?: readonly string[];
  /** Pressure without a declared source. */
  pressure?: readonly string[];
  /** Honest UI copy: no dark rule. */
  honest?: readonly string[];
}

export const SHAPE_PROBES: readonly ShapeProbe[] = [
  {
    shape: 'decline: slang and leave-taking heads ("nel", "nop", "adiós"); a valued thing after one still shames',
    honestDeclines: ['Nop, gracias', 'Nel', 'Adiós'],
  },
  {
    shape: 'decline: the alternative as a plain noun phrase or a way to pay, after "prefiero", "mejor", "me quedo con"',
    honestDeclines: [
      'No, prefiero pagar en 6 cuotas',
      'Mejor a plazos, gracias',
      'No, lo pago al contado',
      'Prefiero la versión mensual',
      'Prefiero la talla mediana',
      'Me quedo con la caja grande',
      'Mejor el modelo básico',
      'Ahora no, mejor con el sueldo del mes que viene',
    ],
    shaming: [
      'Me quedo con mi conexión de caracol',
      'No, prefiero pagar recargos',
      'No, quiero seguir pagando intereses',
    ],
  },
  {
    shape: 'decline: the visitor\'s own plan with an object pronoun or "antes" first ("luego te escribo")',
    honestDeclines: [
      'No, primero lo consulto con mi socio',
      'Ahora no, antes lo comento con mi jefa',
      'Ahora no — luego te escribo',
      'Recoger en un punto de entrega',
      'Enviar a otra dirección',
    ],
  },
  {
    shape: "decline: a gift as the visitor's purpose or as a product (gift receipt, wrapping), not a gift refused",
    honestDeclines: [
      'No, gracias, es para regalar',
      'No, es para un regalo',
      'Ahora no, ya tengo el regalo comprado',
      'No, gracias, el regalo lo envuelvo yo',
      'No, es un regalo para mi hermana',
      'Sin papel de regalo, gracias',
      'No, no necesito ticket regalo',
      'No, gracias, es para mi oficina',
      'No, el regalo ya lo tengo',
    ],
  },
  {
    shape: 'a good or a victim disowned: "… no va conmigo", "… no es mi problema", "… no es cosa mía"',
    shaming: [
      'Lo de cuidarme no va conmigo',
      'Eso de ahorrar no es lo mío, paso',
      'Cerrar, el planeta no es mi problema',
      'Cerrar: la gente mayor no es cosa mía',
    ],
  },
  {
    shape: 'a state said bad, not knowing, regret announced: "está fatal", "sin idea", "ya lo lamentaré"',
    shaming: [
      'Seguir a ciegas y sin idea de nada',
      'No, mi espalda ya está fatal igualmente',
      'No, gracias, mi pelo ya está horrible',
      'Ahora no (ya me arrepentiré mañana)',
      'Más tarde, ya lo lamentaré',
    ],
  },
  {
    shape: 'a dependant told to wait, a good deed left to others, helping nobody, money to spare',
    shaming: [
      'Mi familia puede esperar, cerrar',
      'Paso, que ayude otro',
      'No, me sobra la pasta',
      'No me interesa estar más sano',
    ],
  },
  {
    shape: 'modal: regret foretold ("luego no te quejes", "no digas que no te avisamos", "te arrepentirás")',
    shaming: [
      'Luego no te quejes cuando suban los precios.',
      'Después no digas que no te lo advertimos.',
      'Ya verás cómo te arrepientes.',
      'Acuérdese de este momento cuando pague el doble.',
      'Lo vas a lamentar, ya lo verás.',
    ],
    honest: [
      'Si tienes dudas, escríbenos y te lo explicamos.',
      'Te avisamos por correo cuando llegue tu pedido.',
      'Después podrás cambiar tu plan cuando quieras.',
    ],
  },
  {
    shape: 'modal: "¿seguro que quieres …?" with a verb of letting a good go to waste, not a neutral confirmation',
    shaming: [
      '¿Estás seguro de que quieres desaprovechar este descuento?',
      '¿De verdad vas a dejar escapar tus puntos?',
      '¿En serio vas a tirar por la ventana tu bono de bienvenida?',
      '¿Seguro que quiere quedarse sin sus ventajas?',
    ],
    honest: [
      '¿Seguro que quieres eliminar esta dirección?',
      '¿Estás seguro de que quieres cerrar sesión?',
      '¿Seguro que quieres vaciar el carrito?',
    ],
  },
  {
    shape: 'modal: true members of a group, "solo quien no …", what anyone sensible would do',
    shaming: [
      'Las verdaderas amantes del café no se conforman con menos.',
      'Un buen padre no dejaría a su familia sin protección.',
      'Solo quienes no valoran su tiempo dicen que no.',
      'Nadie que se precie rechazaría esta oferta.',
      'Cualquiera con dos dedos de frente lo aprovecharía.',
    ],
    honest: [
      'Solo quienes tengan cuenta pueden dejar una reseña.',
      'Los verdaderos protagonistas son nuestros clientes.',
      'Nadie puede ver tus datos de pago.',
    ],
  },
  {
    shape: "modal: the visitor's circle set against them, what others would have done",
    shaming: [
      'Tus vecinos ya se han cambiado. ¿Y tú a qué esperas?',
      'Hasta tu abuela lo habría aceptado.',
      'Tus compañeros ya lo aprovecharon, tú sabrás.',
      'Cualquier otro habría dicho que sí.',
    ],
    honest: [
      'Tus compañeros pueden unirse con el enlace de invitación.',
      'Habríamos preferido avisarte antes: el envío se retrasa un día.',
    ],
  },
  {
    shape: 'modal: blame ("por tu culpa"), dependants let down or harmed',
    shaming: [
      'Tu perro se quedará sin su pienso por tu culpa.',
      'Los refugiados seguirán esperando en el frío.',
      'No decepciones a tus hijos.',
      'No dejes tirado a tu equipo justo ahora.',
      'Misha podría pasar otra noche en la calle si no ayudas.',
    ],
    honest: [
      'Los niños menores de 3 años viajan gratis.',
      'Tu equipo puede seguir trabajando mientras actualizamos.',
      'Tu donación llega a los refugiados en menos de un mes.',
    ],
  },
  {
    shape: 'modal: a loss as a farewell ("di adiós a …", "despídete de …"), leaving something unprotected',
    shaming: [
      'Di adiós a tu descuento del 20 %.',
      'Despídete de tus puntos acumulados.',
      '¿Vas a dejar tu casa desprotegida?',
    ],
    honest: ['Despídete del papeleo: firma en línea.', 'Di adiós a las esperas: recogida en 1 hora.'],
  },
  {
    shape: 'modal: accusations and mockery ("creíamos que eras más listo", "y aun así te vas", "es de cobardes")',
    shaming: [
      'Creíamos que eras más inteligente.',
      'Te lo dejamos a mitad de precio y aun así te vas.',
      'No te juzgamos. Bueno, un poco.',
      'Vaya decepción.',
      'Decir que no a esto es de perdedores.',
      'Esperábamos más de ti.',
    ],
    honest: [
      'No te cobramos nada hasta que termine la prueba.',
      'Vaya, algo ha fallado. Inténtalo de nuevo.',
      'Es de temporada: disponible de junio a septiembre.',
    ],
  },
  {
    shape: 'modal: a sarcastic wish over a loss ("disfruta pagando el doble")',
    shaming: ['Disfruta pagando el doble.', 'Que te vaya bien con tus facturas a mano.'],
    honest: ['Disfruta de tu compra.', 'Que te vaya bien, ¡gracias por tu visita!'],
  },
  {
    shape: 'modal: a loss turned into a question ("¿te vas sin tu cupón?", "¿prefieres pagar de más?")',
    shaming: [
      '¿Te vas sin tu cupón de bienvenida?',
      '¿Prefieres seguir pagando de más?',
      '¿Así que prefiere malgastar su dinero?',
      '¿Vas a dejar pasar un 40 % de descuento?',
    ],
    honest: ['¿Prefieres pagar con tarjeta o con Bizum?', '¿Te vas de viaje? Pausa tu suscripción.'],
  },
  {
    shape: 'urgency: an offer tied to this visit, gone when the visitor leaves',
    urgent: [
      'Esta tarifa solo es válida mientras estés en esta página',
      'Si sales ahora, pierdes el descuento',
      'El cupón desaparece cuando cierres la pestaña',
      'Oferta exclusiva para esta visita',
    ],
    honest: ['Tu sesión se cerrará si sales de la página', 'Si cierras la ventana, guardamos tu carrito'],
  },
  {
    shape: 'urgency: an end near but undated ("a punto de caducar", "por tiempo súper limitado")',
    urgent: [
      'Tu cupón está a punto de expirar',
      'La promo acaba en unas horas',
      'Las rebajas terminan dentro de poco',
      'La preventa cierra mañana',
      'Precio de lanzamiento por tiempo super limitado',
    ],
    honest: ['Tu pedido está a punto de salir del almacén', 'La tienda cierra a las 20:00 los sábados'],
  },
  {
    shape: 'urgency: act now or lose it ("pide ya o …", "no lo pienses más", "no lo dejes para luego")',
    urgent: [
      'Pide ya o te quedas sin precio especial',
      'No lo pienses más y resérvalo',
      'No lo dejes para luego',
      'Decídete ahora: mañana ya no estará',
      'Último aviso antes de que suba el precio',
      'Sin prórroga: el plazo no se amplía',
      'Los precios podrían cambiar en cualquier momento',
    ],
    honest: ['Puedes decidir más tarde: guardamos tu presupuesto 30 días', 'Pídelo hoy y recíbelo el jueves'],
  },
  {
    shape:
      'pressure: few left in any degree ("quedan poquitos", "queda poco stock"), the last ones (not the last ones seen)',
    pressure: [
      '¡Ya quedan poquitos!',
      'Quedan muy pocas entradas',
      'Queda poco stock de esta talla',
      'Últimas existencias a este precio',
      'POCAS PLAZAS — RESERVA YA',
      '¡Último par en tu número!',
    ],
    honest: ['Queda poco para tu cita', 'Pocas calorías y mucho sabor'],
  },
  {
    shape:
      'pressure: demand as a trend or a rank ("está arrasando", "por las nubes", "se está llenando", "vendido al 90 %")',
    pressure: [
      'Este modelo está arrasando',
      'La demanda está por las nubes',
      'Uno de los productos más buscados de la temporada',
      'El hotel se está llenando',
      'Sesión casi completa',
      'Ocupado al 85 %',
      'Todo el mundo lo está pidiendo',
    ],
    honest: ['Los más buscados: guía de tallas y devoluciones', 'Llena el formulario para continuar'],
  },
  {
    shape: 'pressure: others now, near the visitor ("lo están viendo 7 personas", "te la quitan", "hace un minuto")',
    pressure: [
      'Lo están viendo 7 personas ahora mismo',
      'Otros clientes están reservando estas fechas',
      'Hay más gente mirando esta habitación',
      'Date prisa o te la quitan',
      'Únete a las 3.000 familias que ya se pasaron',
      'Lucía, de Cádiz, reservó hace un minuto',
      '5 compañeros de tu oficina ya se han apuntado',
      'No eres la única que lo quiere',
    ],
    honest: [
      'Tu equipo está viendo el informe compartido',
      'Únete a nuestro boletín mensual',
      'Hace un minuto guardamos tus cambios',
    ],
  },
  {
    shape: 'pressure: honest counts with their basis (capacity by rule, total minus sold, stock in a named shop)',
    shaming: ['No pasa nada... salvo para ellos.'],
    urgent: ['Tu cesta se guarda solo 15 minutos'],
    pressure: [
      'Otros están mirando esto ahora',
      'Mis vecinos lo están comprando',
      'Las plazas vuelan',
      'Ana, de Lugo, compró $40 hace unos minutos',
    ],
    honest: [
      'Aforo limitado a 30 personas por normativa; quedan 5 plazas',
      'La sala tiene 80 butacas y hay 72 vendidas: quedan 8',
      'Quedan 3 unidades en la tienda de Sevilla; pide un envío desde otra tienda',
      'Tu cesta se guarda 30 días',
    ],
  },
  {
    shape: 'decline: not caring, in the first person, about a victim or a good; skin and hair said bad',
    shaming: [
      'No, no me importan los perros sin hogar',
      'Los niños enfermos no me importan, cerrar',
      'Mis ventajas me dan igual, cancelar',
      'Cancelar: mi descuento me trae sin cuidado',
      'No, gracias, me gusta tener el pelo reseco',
      'Prefiero seguir con la piel estropeada',
    ],
    honestDeclines: [
      'No me importa esperar, gracias',
      'Me da igual el color, cancelar',
      'No, me gusta tener la cocina ordenada a mi manera',
    ],
  },
  {
    // written at 06:17 UTC as a check set after the rules above, measured once before any change because of it
    // (first measure: cs as decline 8/10, cs no role 4/10, urgency 5/10, pressure 8/10, 0/10 honest declines and
    // 1/15 honest UI strings flagged; the session's starting pack: 8/10, 2/10, 5/10, 8/10, 1/10, 1/15); then fixed
    shape: 'check set: every family at once, in other registers (voseo, usted, capitals, Latin American money)',
    shamingAsDecline: [
      'Paso, soy de los que tiran el dinero',
      'Mejor sigo con mis hojas de cálculo del siglo pasado',
      'Nah, que se pierdan mis puntos',
      'Cerrar (y perderme lo mejor)',
    ],
    shaming: [
      'No gracias, prefiero seguir perdiendo el tiempo',
      'NO, MI NEGOCIO PUEDE IRSE A PIQUE',
      'Ahora no, que mis clientes esperen',
      'No quiero estar protegido',
      'Rechazar y seguir sufriendo con la espalda',
      'No gracias, la ortografía no es lo mío',
      '¿Vas a renunciar a tu envío gratis así, sin más?',
      'Miles de lectores ya lo saben. Tú sigue sin enterarte.',
      'Una pena que no quieras cuidar de los tuyos.',
      'Si te vas ahora, tu perro se quedará sin su juguete favorito.',
      'Los emprendedores de verdad invierten en su formación.',
      'Vos sabrás lo que hacés con tu plata.',
      '¿De verdad vas a dejar que tu familia pague el precio?',
      'Está bien, quédate con tu conexión lenta.',
      'No te preocupes, ya encontraremos a alguien que lo aprecie.',
      'Qué lástima, con lo bien que te iba.',
    ],
    urgent: [
      '¡Corre, que se acaba!',
      'Solo este finde: 2x1 en toda la tienda',
      'El precio especial desaparece en cuanto salgas',
      'Tienes hasta esta medianoche para reclamar tu regalo',
      'Oferta válida solo las próximas 3 horas',
      'Quedan horas para el fin de las rebajas',
      'Ahora o nunca: 50 % de descuento',
      'Esta promoción no volverá a repetirse',
      'Date prisa antes de que vuelva el precio normal',
      'Apúrese, la promoción termina pronto',
    ],
    pressure: [
      'Quedan 4 en stock',
      '¡Solo 1 disponible!',
      '12 personas tienen esto en su carrito',
      'Muy demandado: 40 compras en la última hora',
      'Se están agotando las tallas pequeñas',
      'Alguien de Valencia acaba de reservar esta casa',
      'Éxito total: más de 5.000 vendidos esta semana',
      'Hay 18 personas viendo este vuelo',
      'Casi no nos quedan plazas',
      'Producto estrella: vuela de las estanterías',
    ],
    honestDeclines: [
      'No, gracias, ya tengo seguro con mi banco',
      'Prefiero pagar en efectivo al recoger',
      'Ahora no, estoy de viaje',
      'No, lo compro en tienda física',
      'Más adelante, cuando termine la mudanza',
      'Cancelar la renovación',
      'No, gracias, con una licencia tengo suficiente',
      'Seguir con el plan anual',
      'No, me lo regalan por mi cumpleaños',
      'Omitir este paso',
    ],
    honest: [
      'Envío gratis en pedidos de más de 30 €',
      'Tu pedido llegará entre el martes y el jueves',
      'Devoluciones gratuitas durante 30 días',
      'La promoción termina el 31 de enero, cuando cambia nuestra tarifa de envío',
      'Quedan 2 días de tu prueba gratuita',
      'Hemos guardado tu carrito',
      'Este producto tiene 4,6 estrellas en 320 opiniones',
      'Aceptar cookies',
      '¿Seguro que quieres cancelar tu pedido?',
      'Tus puntos caducan el 30 de junio',
      'Stock disponible en tu tienda más cercana',
      'Lo sentimos, este artículo está agotado',
      'Recibe un aviso cuando vuelva a estar disponible',
      'El código caduca en 10 minutos',
      'Hoy cerramos a las 14:00 por festivo local',
    ],
  },
];

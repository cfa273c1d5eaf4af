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
  {
    shape: 'pressure: someone else holding or eyeing the same item now (in a cart, in favourites, interested)',
    pressure: [
      'Otro cliente tiene esta habitación en su cesta',
      'Alguien más está mirando este mismo asiento',
      '12 personas guardaron este modelo en favoritos hoy',
      'Este horario le interesa a otros pacientes',
      '3 viajeros más miran este hotel',
      'Otra persona tiene estas fechas en su carrito ahora mismo',
    ],
    honest: [
      'Otra persona puede recoger tu pedido con el código',
      'Comparte tu carrito con otra persona',
      'Añade a favoritos para verlo después',
      'Tienes 3 artículos en tu cesta',
      'Este horario es el de atención al público',
    ],
  },
  {
    shape: 'pressure: a purchase told by a vague recent time ("hace un rato", "hace instantes", "hace poco")',
    pressure: [
      'Lucas reservó hace un rato',
      'Alguien de Quito compró hace instantes',
      'Vendido hace un momento',
      'Carla pidió 3 hace poco',
      'Comprado hace nada por un cliente de Rosario',
      'Última reserva: hace un ratito',
    ],
    honest: [
      'Actualizado hace un momento',
      'Guardado hace un momento',
      'Tu pedido salió del almacén hace un rato',
      'Sincronizado hace instantes',
      'Tu compra se confirmó hace un momento',
      'Tu reserva se guardó hace un rato',
    ],
  },
  {
    shape:
      'pressure: a crowd that already has or does it (medio país, millones de familias, tus vecinos, todo el mundo)',
    pressure: [
      'Medio país ya lo tiene',
      'Millones de familias ya lo usan',
      'La mayoría de tus compañeros ya se apuntó',
      'Tus vecinos ya se han pasado a la fibra',
      'Lo está pidiendo todo el mundo',
      'Miles de clientes ya se han cambiado. ¿A qué esperas tú?',
      'Todos tus amigos ya lo tienen, ¿y tú?',
    ],
    honest: [
      'Tus compañeros ya pueden ver el documento',
      'Todos los pedidos ya están enviados',
      'La mayoría de las tiendas abren a las 10',
      'Todo el mundo puede participar',
      '¿Y tú? Cuéntanos qué te pareció',
    ],
  },
  {
    shape:
      'pressure: others will not wait or hesitate ("los demás no se lo piensan", "mientras lo piensas, otros compran")',
    pressure: [
      'Los demás no se lo piensan tanto',
      'Otros no dudarán',
      'Mientras lo piensas, otros compran',
      'Mientras usted duda, otros ya reservan',
      'Otros clientes no esperarán',
    ],
    honest: [
      'Otros clientes también compraron',
      'Los demás campos son opcionales',
      'Mientras lo piensas, guarda el carrito para después',
      'Otros métodos de pago',
    ],
  },
  {
    shape:
      'pressure: few left in degree, or none coming back ("poquísimas", "contadas", "casi sin stock", "sin reposición")',
    pressure: [
      'Poquísimas plazas a este precio',
      'Contadas unidades',
      'Unidades muy limitadas',
      'Casi sin existencias en tu talla',
      'Sin reposición: cuando se acabe, se acabó',
      'Quedan 3 y no habrá más',
      'Existencias super limitadas',
    ],
    honest: [
      'Existencias: 240 unidades',
      'Tu perfil está casi completo',
      'Yogur casi sin azúcar',
      'Plazas limitadas a 12 por el aforo de la sala',
      'Umbral de stock bajo: 3 unidades',
      'Alerta de existencias bajas activada para 5 unidades',
      'Quedan 2 plazas en el coche de Ana',
    ],
  },
  {
    shape: 'pressure: sold out fast, or the share already gone ("se agotó en 3 horas", "el 70 % ya está ocupado")',
    pressure: [
      'Se agotó en 3 horas la última vez',
      'Agotado en 20 minutos en el último lanzamiento',
      'El 70 % de las plazas ya están ocupadas',
      'Ya se fue la mitad',
      '9 de cada 10 entradas ya vendidas',
    ],
    honest: [
      'El 70 % de los pedidos llegan en 24 horas',
      'Se envió en 3 horas',
      'La mitad del pago se hace al reservar',
    ],
  },
  {
    shape: 'pressure: trend, rank and demand ("en tendencia", "muy pedido estos días", "lo quieren todos")',
    pressure: [
      'En tendencia en tu ciudad',
      'Es tendencia esta semana',
      'Muy pedido estos días',
      'Lo más visto de hoy',
      'Lo quieren todos',
      'Arrasa entre los estudiantes',
    ],
    honest: ['Tendencias de moda 2026', 'Muy fácil de montar', 'Visto por última vez el 3 de mayo'],
  },
  {
    shape: 'decline: regional and colloquial heads ("ahorita no", "que no", "qué va", "mejor no", "así estoy bien")',
    honestDeclines: [
      'Ahorita no',
      'Orita no, gracias',
      'Que no, de verdad',
      'Qué va, gracias',
      'Mejor no',
      'Así está bien, gracias',
      'Ni modo, otro día',
    ],
    shamingAsDecline: ['Ahorita no, prefiero seguir pagando de más', 'Qué va, a mí me encanta perder dinero'],
  },
  {
    shape:
      'decline: pausing or putting off one\'s own plan ("congelar / pausar / suspender / aplazar mi cuota este mes")',
    honestDeclines: [
      'Congelar mi membresía dos meses',
      'Dejar en pausa mi abono este mes',
      'Aplazar el pago al mes que viene',
      'Posponer mi suscripción',
      'Pausar mi plan durante el verano',
    ],
    shamingAsDecline: ['Congelar mi cuenta y perder mis puntos'],
  },
  {
    shape: 'decline: one neutral option instead of another ("en vez de", "en lugar de")',
    honestDeclines: [
      'Pagar al contado en vez de a plazos',
      'Donar una vez en lugar de cada mes',
      'Recoger en tienda en vez de envío a domicilio',
    ],
    shamingAsDecline: ['Pagar más en vez de ahorrar'],
  },
  {
    shape: 'decline + jab: indifference to what is offered ("me da igual", "qué más da", "me trae sin cuidado")',
    shaming: ['Me da lo mismo el 15 %, salir', 'Te da igual el regalo, ¿verdad?'],
    shamingAsDecline: ['Omitir, qué más da', 'Salir, me trae sin cuidado', 'Paso, me importa un bledo'],
    honestDeclines: ['Me da igual la talla, cancelar'],
  },
  {
    shape:
      'decline + jab: paying a multiple, a pastime disparaged, a bad state enjoyed ("el triple", "sobrevalorado", "tirado")',
    shamingAsDecline: [
      'No, prefiero pagar el triple en la farmacia',
      'Sigo pagando cuatro veces más por la luz',
      'Paso, bailar está sobrevalorado',
      'No, gracias, viajar es un rollo',
      'Sigo con el coche viejo, me encanta quedarme tirado',
      'Paso, me va la vida sedentaria del sofá',
    ],
    honestDeclines: ['No, prefiero pagar en dos veces', 'Paso, ya tengo coche', 'No, gracias, viajo poco'],
  },
  {
    shape: 'decline + jab: nothing ever happens to me, I do not deserve it, I give up, empty-handed',
    shamingAsDecline: [
      'No, gracias, a mí nunca me pasa nada',
      'Sin seguro: no me da miedo',
      'No, yo nunca me enfermo',
      'No, mi casa no se merece una limpieza',
      'Salir y rendirme otra vez',
      'Cerrar y tirar la toalla',
      'No, me voy con las manos vacías',
    ],
    honestDeclines: ['No, gracias, ya tengo seguro de hogar', 'Cerrar y volver al inicio', 'No, me voy a pensar'],
  },
  {
    shape: 'shaming, any field: a refusal equated with a loss, or "say no and keep losing"',
    shaming: [
      'Cancelar ahora es aceptar seguir con dolor de espalda',
      'Darte de baja sería elegir pagar de más cada mes',
      'Di que no y sigue tirando el dinero',
      'Decir que no es quedarte sin tu regalo',
      'Si dices que no, aceptas perder tu plaza en la lista',
    ],
    honest: [
      'Cancelar ahora es gratis y puedes volver cuando quieras',
      'Decir que no es tu derecho: no cambia nada en tu pedido',
      'Si dices que no, no guardaremos tus datos',
    ],
  },
  {
    shape: 'shaming, any field: even someone close would have said yes; nobody but you; only a kind of person leaves',
    shaming: [
      'Hasta tu abuela habría dicho que sí',
      'Incluso tu perro hubiera aceptado',
      'Nadie rechaza esta oferta, excepto tú',
      'Solo un cobarde se rinde a la primera',
      'Darse de baja es de gente que no sabe lo que quiere',
      'Es lo que haría alguien que no se cuida',
    ],
    honest: [
      'Hasta tu abuela puede usar la app: es muy fácil',
      'Nadie verá tus datos excepto tú',
      'Solo un administrador puede cerrar la cuenta',
      'Es lo que hacemos cuando recibimos tu devolución',
    ],
  },
  {
    shape: 'shaming, any field: regret foretold in either order ("no te quejes luego", "luego no llores")',
    shaming: [
      'No te quejes luego de la factura',
      'Después no llores cuando suba el precio',
      'Luego no vengas llorando',
    ],
    honest: ['No te preocupes, luego te mandamos la factura', 'Después puedes cambiar el plan'],
  },
  {
    shape:
      'shaming signals: sarcastic acceptance, a dependant hurt or counting on you, a personified thing "thanking" you',
    shaming: [
      'Vale, tú verás. Tu espalda te lo agradecerá.',
      'Los perros del refugio contaban contigo. Pero adelante.',
      'Si te vas, Lola se queda sin trabajo. Es broma… o no.',
      'Tu planta seguirá igual de triste. Ya ves.',
      'Nos duele, pero lo respetamos (no mucho).',
    ],
    honest: [
      'Tú decides: puedes cambiarlo cuando quieras',
      'Adelante: tu pedido está en camino',
      'Gracias por contar con nosotros',
      'Es broma: el código de descuento es real',
    ],
  },
  {
    shape:
      'pressure: counts of joiners and adders ("ya son 5.000 inscritos", "40 personas añadieron esto a su lista"), crowds in one place',
    pressure: [
      'Ya son 5.000 personas inscritas al taller',
      'Ya somos 12.000 vecinos apuntados',
      '40 personas han añadido este sofá a favoritos hoy',
      'La mitad de tu oficina ya se ha registrado',
      'Todos los de tu edificio están pidiendo aquí',
      'Quedan 6 y no habrá reposición',
      'Última habitación libre para tus fechas',
    ],
    honest: [
      'Ya son las 10: abrimos la tienda',
      'Añade este sofá a favoritos',
      'Tu oficina ya se ha registrado: 12 de 12 puestos activos',
      'Última versión disponible: 2.4.1',
      'Habitaciones libres para tus fechas: ver lista',
    ],
  },
  {
    shape:
      'family lists completed: browsing bound offers, a self-destructing coupon, "ya se vendieron", "un puñado de", "decirle no a", left without, conditional thanks',
    urgent: ['Promo especial mientras navegues por la web', 'El cupón se autodestruye en 1 hora'],
    pressure: ['El 80 % de las plazas ya se reservaron', 'Queda un puñado de entradas para el sábado'],
    shaming: [
      'Dejar de seguirnos es decirle no a tu bienestar',
      'Si cancelas, los perros del refugio se quedan sin pienso',
      'Tu bolsillo te lo agradecería. Pero bueno.',
    ],
    honest: [
      'Si cancelas, te quedas sin acceso al final del periodo',
      'Si se va la luz, los equipos se quedan sin conexión',
      'Navega por la web sin registrarte',
      'El 80 % de los pedidos se entregaron a tiempo',
    ],
  },
  {
    shape:
      'pressure: the crowd\'s choice as a badge or a claim ("la opción más elegida", "el favorito de …", "popular entre …")',
    pressure: [
      'La opción más elegida por las familias',
      'Nuestro menú más pedido',
      'Preferido por nuestros usuarios',
      'El favorito de los viajeros',
      'Popular entre los lectores de tu zona',
      'Casi todo el mundo elige el plan anual',
      'La mayoría se queda con la talla M',
      'Lo que todo el mundo está pidiendo',
      'Muchísima gente lo tiene en su carrito',
      '¡Tendencia!',
    ],
    honest: [
      'Ordenar por: más populares',
      'Los más pedidos de la semana',
      'Añadir a favoritos',
      'Marcar como favorito',
      'Elige el plan que prefieras',
      'La mayoría de los pedidos llegan en 48 horas',
      'Carrera popular del barrio: inscripciones abiertas',
      'Todos los clientes pueden devolver el pedido en 30 días',
    ],
  },
  {
    shape: 'pressure: stock that leaves by itself ("vuela", "se está yendo")',
    pressure: ['Esta chaqueta vuela', '¡Vuelan!', 'Este modelo se está volando', 'Se están yendo rapidísimo'],
    honest: [
      'Cómo vuela el tiempo',
      'Vuelo a Madrid: salida 10:40',
      'Tu web recibió 1.200 visitas este mes',
      'Mucha gente nos pregunta por las tallas: consulta la guía',
      'Varias personas pueden compartir esta cuenta',
    ],
  },
  {
    shape:
      'pressure: others counted by their interest, verb first, or a named buyer ("N interesados", "ya lo pidieron N")',
    pressure: [
      '32 interesadas en esta bici',
      'Ya lo pidieron 1.200 clientes',
      'Más de 300 compras hoy en Valencia',
      'Carla, de Quito, se llevó uno hace 5 minutos',
      'Andrés se acaba de matricular en el curso',
      'Recién reservado desde Rosario',
      'Acaban de reservarse dos plazas',
    ],
    honest: [
      'Recién llegado: colección de otoño',
      'Se acaba de enviar tu pedido',
      'Te llevaste un cupón de 5 €',
      'Camiseta y otros 2 productos en tu cesta',
      'Acabas de reservar tu mesa para el viernes',
    ],
  },
  {
    shape: 'pressure: the last batch, a share gone, someone about to take it ("antes de que otro se lo lleve")',
    pressure: [
      'Última remesa del año',
      'Solo 4 lugares para el taller del sábado',
      'Ya se reservó el 65 %',
      'No te quedes sin la tuya',
      'Reserva antes de que alguien se la lleve',
      'Tu barrio ya se pasó a la fibra',
      'En tu edificio ya lo contrataron 14 vecinos',
    ],
    honest: [
      'Edición limitada a 200 copias numeradas',
      'Serie limitada de 50 piezas firmadas',
      'Solo 2 entradas por persona',
      'Última remesa enviada el 3 de mayo',
      'Tu cupo de almacenamiento: 80 %',
      'Tu barrio ya tiene cobertura de fibra',
    ],
  },
];

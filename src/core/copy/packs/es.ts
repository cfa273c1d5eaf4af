/**
 * The Spanish copy pack, written from the language (not from any data set): what a shaming "no" says in Spanish
 * (refusing something of value, preferring a loss, making a loss one's identity: "… es lo mío"), what a neutral
 * refusal is ("No, gracias", "Ahora no", "Quizás más tarde", with the visitor's own reason), and the shapes of
 * urgency and scarcity copy in Spanish-language shops. Entries are base forms; `suffixes` give plurals, gender
 * and the common verb forms; accents never matter.
 */
import { ES_PRESSURE_CONSTRUCTIONS, ES_URGENCY_CONSTRUCTIONS } from './es-constructions.js';
import { ES_STATED } from './es-stated.js';
import { ES_SIGNALS } from './es-signals.js';
import type { CopyPack } from '../pack.js';
import { FUNCTION_WORDS } from '../function-words.js';
import { szigrisztPazos } from '../readability/szigriszt-pazos.js';
import { ES_DECLINE } from './es-decline.js';
import { ES_CLASSES } from './es-classes.js';
import { ES_VAGUE_CTA } from './es-vague-cta.js';

export const ES: CopyPack = {
  lang: 'es',
  name: 'Spanish',
  functionWords: FUNCTION_WORDS.es,
  suffixes: [
    ['s', ''],
    ['es', ''],
    ['a', 'o'], // perdida → perdido
    ['as', 'o'],
    ['os', 'o'],
    ['ando', 'ar'], // ahorrando → ahorrar
    ['iendo', 'er'],
    ['iendo', 'ir'],
    ['ado', 'ar'], // informado → informar (and the adjective stays a key too)
    ['ada', 'ar'],
    ['ido', 'er'],
    ['ido', 'ir'],
    ['ida', 'ir'],
    ['ame', 'ar'], // recuérdame → recordar is irregular; apúrate, date: listed whole
    // clitic pronouns on an infinitive: comprarlo → comprar, añadirla → añadir
    ['lo', ''],
    ['la', ''],
    ['los', ''],
    ['las', ''],
    ['le', ''],
    // reflexive and object pronouns on an infinitive: quedarme → quedar, apoyarnos → apoyar, conformarse → conformar
    ['rme', 'r'],
    ['rte', 'r'],
    ['rse', 'r'],
    ['rnos', 'r'],
  ],
  classes: ES_CLASSES,
  confirmshaming: {
    signals: ES_SIGNALS,
    shapes: [
      // making a loss one's identity: "Seguir siendo ignorante es lo mío", "Ignorar lo importante es mi especialidad"
      '@loss ~4 es|son lo mio',
      '@loss ~4 es|son mi|mis especialidad|hobby|pasion|fuerte|cosa|estilo',
      // "Solo los tontos pagan el precio completo"
      'solo|solamente los|las @insult',
      // guilt: "¿Abandonar a los niños?", "Dejaré que los animales sufran"
      'abandonar|abandono|abandonare a? los|las|mi|mis? @victim',
      'que los|las? @victim sufran|pasen|padezcan',
      // second person: "¿Seguro que quieres perder tu descuento?", "Te arrepentirás"
      'seguro|segura|realmente que? quieres|deseas @lose ~2 tu|tus ~2 @owned',
      'te arrepentiras',
      'te vas a arrepentir',
      'lo lamentaras',
      // giving up what the visitor owns: "Perder mis puntos", "Renunciar a mi descuento"
      '^ @lose a? mi|mis|tu|tus ~2 @owned',
      // jabs in the second and third person, as modal copy says them
      'solo|solamente los|las que ~4 ( cierran | cierra | dicen | rechazan | pierden | renuncian | se rinden | se van )',
      'los|las @crowd listos|listas|inteligentes|espabilados|sabios',
      'verdadero|verdadera|autentico|autentica ~3 no diria|rechazaria|dejaria|diria que no',
      'si ~5 no te importa|importan',
      'no te importa|importan tanto|nada $',
      'alla tu',
      // jabs that need no second signal: "No seas el último …", "Suerte buscando algo mejor", "¿y dices que no?"
      'no seas|sea|seais el|la|los|las unico|unica|unicos|ultimo|ultima|ultimos',
      'suerte buscando|encontrando',
      'y ( dices | vas a decir | dice | va a decir ) que no $',
      'tu te lo pierdes',
      'tu sabras',
      'abandonar|abandonas|abandona tus|tu metas|suenos|objetivos|progreso',
      'quien|quienes valora|valoran|quiere|quieren su|sus ~3 se pasa|pasan|elige|eligen|dice|dicen',
      'sigue|siga|sigan pagando de? mas',
      'dejar|dejaras|dejas sin comida|hogar|ayuda a',
      'tus ahorros tambien',
      'no quieres ~2 mejor',
      'todos los demas $',
      'tu|su equipo|familia|hijo|hija|perro|gato|negocio|empresa ~2 merece|merecen algo? mejor|mas',
      'por la borda',
      'decirle|decir que no ( al | a la | a los | a las ) ~1 @good',
      'tu yo del futuro',
      // smugness: "No, gracias, ya soy perfecto", "Ya estoy perfecta así"
      'ya soy|estoy ~1 @smug',
      // a loss praised as happiness: "La pereza es felicidad", "El desorden es lo mejor"
      '@loss es|son ~1 felicidad|dicha|bendicion|maravilloso|maravillosa|genial',
      // the visitor cast as a kind of person: "Soy de los que nunca aprenden", "Sí, soy de las que pagan de más"
      'soy|somos de los|las que ~4 nunca|nada|@loss',
      // "Los descuentos no son para mí", "¿Envío gratis? No es para mí", "Ahorrar es aburrido"
      '@good ~3 .? no es|son para mi|nosotros',
      '@good es|son ( aburrido | aburrida | un rollo | para tontos )',
      // giving up or skipping a gain: "Dejar que mis puntos caduquen", "Saltarme el ahorro", "Dejar atrás mis ventajas"
      'dejar|dejo que mis|tus ~1 @owned ( caduquen | expiren | venzan | se pierdan )',
      '^ ( saltar | saltarme | omitir | dejar pasar | dejar atras | pasar de ) el|la|los|las|mi|mis|tus? @gain $',
      'dejar atras mis|tus ~1 @owned',
      // smugness: "Mi web ya es perfecta", "Ya soy lo bastante listo", "Ya lo sé todo"
      'mi|mis ~2 ya? esta|estan|es|son ya? perfecto|impecable ( tal como | asi | $ )',
      'soy|somos lo bastante|suficientemente|demasiado listo|inteligente|listos',
      'lo se todo',
      'me rindo',
      // guilt and loss told to the visitor: "Qué pena que no te importe el planeta", "Te pierdes un 30 %", "sobre la mesa"
      'no te|le importe|importen|importa|importan ~2 @victim|@good',
      '( te pierdes | estas perdiendo ) ~4 @good|@owned',
      '( seguro | segura | realmente | de verdad ) que? quieres|deseas @lose ~4 @owned',
      'dejando|dejas|dejar ~5 sobre la mesa',
      '@owned ~1 se va|van contigo',
      // mockery: "¿Sin seguro? Qué valiente.", "Todos ahorran. ¿Tú no?"
      '^ que valiente|atrevido|atrevida $',
      '^ tu|usted no $',
      '^ para que ~4 @good',
      '@good ~2 no es|son ( lo mio | mi cosa | mi estilo | para mi )', // "ahorrar no es lo mío"
      'ya? gano|ganamos|tengo|tenemos suficiente|bastante|demasiado dinero', // "ya gano suficiente dinero"
      'renuncio|renunciamos a mi|mis|tu|tus ~2 @owned', // "renuncio a mi 20 %" // rhetorical "¿Para qué mejorar?" (not "para que tu pedido llegue seguro")
      '^ de verdad|en serio que? no $',
      // claiming to need nothing: "Mi casa ya está suficientemente segura", "Me sobra el dinero"
      'mi|mis ~2 ya? esta|estan|es|son ya? suficientemente|bastante ~1 @good|bien|perfecto',
      'me|nos sobra|sobran el|la? dinero|salud|tiempo',
      '@good|@victim ~2 no me|nos importa|importan',
      // jabs in the third person and guilt: "hay a quien le gusta complicarse la vida", "Tu gato te habría dado las gracias"
      'hay ( a quien | quien | quienes ) ~1 le|les gusta|gustan|encanta|encantan ~3 @loss',
      '@victim ~1 te|le|os lo|la? habria|habrian|hubiera|hubieran ~3 gracias|agradecido|encantado',
    ],
    polarity: {
      refuse: [
        'no quiero',
        'no necesito',
        'no me interesa',
        'no me interesan',
        'no me gusta',
        'no me gustan',
        'no deseo',
        'no valoro',
        'no soporto',
        'no me importa',
        'no me importan',
        'me da igual',
        'odio',
        'detesto',
        'paso de',
        'rechazo',
        'renuncio a',
        'quien necesita',
        'quien quiere',
        'no busco',
        'no me hace falta',
        'no me hacen falta',
        'no me apetece',
        'no me merezco',
        'no soy fan de', // "no soy fan de los descuentos"
        'no soy muy fan de',
        'no me van',
        'no me va',
        'no merezco',
      ],
      prefer: [
        'prefiero',
        'me gusta',
        'me gustan',
        'me encanta',
        'me encantan',
        'amo',
        'pagare', // "pagaré el precio completo"
        'pagaremos',
        'adoro',
        'disfruto',
        'quiero seguir',
        'voy a seguir',
        'seguire',
        'sigo',
        'seguir',
        'me quedo',
        'elijo',
        'estoy bien',
        'soy feliz',
        'mejor',
        'voy a',
        'quiero',
        'me conformo con',
        'estoy contento',
        'estoy contenta',
        'no me importa',
        'me da igual',
        'soy',
        'sere',
        'seguire siendo',
        'quiero ser',
        'me voy a',
      ],
      flip: ['no', 'sin', 'nunca', 'nada', 'ni', 'jamas', 'tampoco'],
      without: ['sin'],
      good: ['@good'],
      loss: ['@loss'],
    },
  },
  stated: ES_STATED,
  decline: ES_DECLINE,
  urgency: [
    ...ES_URGENCY_CONSTRUCTIONS,
    // "¡Date prisa!", "Apúrate", "No esperes más", "No te lo pierdas"
    '<!no|sin date|daos|dese prisa',
    'apurate|apurese|apresurate|corre|corred $',
    '^ rapido|rapida $', // "¡Rápido!", not "Enviamos rápido, …"
    'no esperes|espere mas?',
    'no te lo|la|los|las pierdas',
    'no te quedes sin',
    'ahora o nunca',
    // "Última oportunidad", "Últimas horas", "Últimos días de rebajas"
    // ("de última hora", "de último momento" are news and last-minute trips, not a countdown)
    'ultima|ultimas|ultimo|ultimos oportunidad|ocasion|llamada|horas|dias|dia|minutos|unidades',
    '<!de ultima hora',
    'ultimo|ultimos dia|dias|minutos',
    '<!de ultimo momento',
    // "Solo hoy", "Únicamente este fin de semana", "Hoy solo", "Solo por 24 horas"
    'solo|solamente|unicamente por|durante? @soonday',
    'solo|solamente|unicamente durante|por # horas|dias|minutos',
    '@soonday solamente|solo|unicamente $',
    // "Por tiempo limitado", "Oferta limitada", "Oferta relámpago", "Oferta flash"
    'por|durante tiempo|periodo limitado',
    'tiempo limitado',
    '@promo limitada|limitado|relampago|flash',
    // "Oferta del día", "Chollo de hoy" (but "Ventas de hoy" in an admin screen is a figure)
    'oferta|ofertas|chollo|chollos|promocion|promo|descuento|precio exclusiva|exclusivo? ( de hoy | del dia )',
    // an offer ends (termina, acaba); a code or a password expires (caduca: "Caduca en 10 minutos" is a disclosure)
    '^ termina|acaba|finaliza pronto|hoy|esta|manana|en|ya',
    '^ vence|caduca|expira pronto|hoy|esta|manana', // "Vence hoy", but "Caduca en 10 minutos" may be a code
    // "La oferta termina pronto", "Las rebajas acaban esta noche", "El descuento caduca en 2 horas"
    // an end that is near (a date is a disclosure: "La oferta termina el 31 de mayo"; a named day is not)
    '@promo ~3 @ends pronto|hoy|esta|este|manana|a|en|dentro|antes|las', // "… válida hasta las 23:59"
    '^ solo|solamente|unicamente hasta las # : #', // "Solo hasta las 23:59 de hoy"
    '@promo ~2 @ends $',
    '<!@disclosed termina|acaba|finaliza en # ~1',
    '@promo ~3 @within # @timeunit', // "Descuento disponible durante las próximas 2 horas"
    // "Quedan 2 días", "Faltan 3 horas", "Solo quedan 5 minutos", "2 horas restantes"
    // "Quedan 2 días", but not the visitor's own "Quedan 2 días de prueba gratuita"
    'queda|quedan|faltan|falta solo|solamente? # @timeunit !de|para',
    'queda|quedan|faltan|falta solo|solamente? # @timeunit para ~2 @promo|@gain|rebajas|fin|final|acabar|terminar|aprovechar|conseguir|reclamar|comprar|pedir|reservar',
    'solo|solamente queda|quedan # @timeunit', // "Solo quedan 2 horas …": "solo" makes it a push
    'solo|solamente|unicamente @within # @timeunit', // "Solo durante las próximas 48 horas"
    'queda|quedan|faltan|falta solo|solamente? # @timeunit de|del @promo|rebajas',
    '# @timeunit restantes',
    // "El tiempo se acaba", "Se acaba el tiempo", "Antes de que sea tarde"
    'el tiempo se acaba|agota|termina',
    'el tiempo corre|vuela',
    'se acaba|agota el tiempo',
    'antes de que ( sea | se haga ) demasiado? tarde',
    'antes de que se acabe|acaben|termine|terminen|agote|agoten',
    'antes de que suba|suban el|los? precio|precios',
    'mientras dure|duren la|las? oferta|ofertas|promocion',
    // "Compra en los próximos 30 minutos", "Pide antes de las 2 horas"
    'compra|compre|pide|pida|reserva|reserve|haz|realiza ~3 @within # @timeunit',
    // "Tu carrito se guarda durante 10 minutos"
    // a cart held for minutes is a push; a cart kept for 30 days is a service
    'carrito|cesta|pedido|reserva|plaza|asiento|entrada ~2 se? guarda|guardado|reservado|reservada|bloqueado ~1 durante|por|hasta # @shortunit',
    '@within # minutos|minuto|min|segundos',
    // "El precio sube mañana", "Los precios aumentarán pronto"
    'precio|precios|tarifa|tarifas ~1 sube|suben|subira|subiran|aumenta|aumentan|aumentara|aumentaran|cambiara',
    '<!abierto|abierta|abre|abrimos|abiertos hasta medianoche',
    'hasta esta noche',
    'a medianoche',
    '<!con|de cuenta atras|regresiva', // not a kitchen timer "con cuenta atrás"
    'no se repetira|volvera',
    '@promo unica|unico|irrepetible', // "Oferta única"
    // "No dejes pasar esta oportunidad", "Aprovecha ya", "Mañana será tarde", "por poco tiempo"
    'no dejes|deje|dejeis pasar|escapar',
    'no lo|la|los|las|te dejes|deje|dejeis escapar|pasar', // "¡No lo dejes escapar!"
    'solo|solamente|unicamente hasta el? @weekday|manana', // "Solo hasta el domingo"
    'aprovecha|aproveche|aprovechad|aprovechalo ya|hoy|antes|ahorita',
    '^ ( ya casi | casi ) se acaba|acaban|termina|terminan', // "¡Ya casi se acaba!", not "El proceso casi se acaba"
    'manana sera|es demasiado? tarde',
    'sera demasiado tarde',
    'por|durante poco tiempo',
    'por|durante pocos|pocas dias|horas|semanas',
    'queda|quedan|faltan pocas|pocos horas|dias|minutos',
    '@promo ~2 de # horas|dias',
    'tiempo restante',
    // "Aprovecha la oferta antes de que termine" (not "cancela 24 horas antes de que termine", a term of the contract)
    '( aprovecha | aprovechala | aprovechalo | aprovechad | compra | compralo | pide | pidelo | reserva ) ~4 antes de que acabe|acaben|termine|terminen|expire|caduque|desaparezca',
    // a promotion ending on a named day: "Termina el domingo a las 23:59", "Válido hasta el viernes"
    '^ @ends el? @weekday',
    '@promo ~3 @ends el? @weekday',
  ],
  pressure: [
    ...ES_PRESSURE_CONSTRUCTIONS,
    // "Solo quedan 2", "Quedan solo 3 unidades", "Últimas 4 plazas", "Solo 2 disponibles"
    'solo|solamente|unicamente queda|quedan # ~2',
    'queda|quedan solo|solamente|unicamente|apenas # ~2',
    'queda|quedan menos de #',
    '^ queda|quedan # $', // "Quedan 2", "¡Ya solo quedan 3!"
    // the count in words: "Solo quedan tres", "Quedan solo dos unidades" (but "Solo queda un paso")
    'solo|solamente|unicamente queda|quedan @fewword ( @stockunit | $ )',
    'queda|quedan solo|solamente|unicamente|apenas @fewword ( @stockunit | $ )',
    'ultima|ultimas|ultimo|ultimos # ~2 @stockunit',
    'ultima|ultimas|ultimo|ultimos # @available',
    'ultima|ultimas|ultimo|ultimos @stockunit $',
    'ultima|ultimas|ultimo|ultimos @stockunit @available',
    'solo|solamente|unicamente|apenas # @stockunit? @available',
    '# @stockunit @available $',
    'pocas|pocos @stockunit @available',
    'quedan pocas|pocos',
    // "Stock limitado", "Existencias limitadas", "Pocas unidades", "Casi agotado", "Se agota"
    '@stock limitado|limitadas|limitados|bajo|bajas|escaso|escasas',
    'unidades|plazas|cantidades limitadas',
    'casi|practicamente agotado|agotados|agotada|agotadas|vendido|vendidas',
    'se agota|agotan',
    'se esta|estan agotando|acabando', // "Se están acabando"
    'agotandose',
    'a punto de agotarse',
    // not "hasta agotar existencias", "mientras queden unidades": a stock disclaimer states a condition
    // "Alta demanda", "Muy solicitado", "Se vende rápido"
    '<!la|una alta|gran|mucha demanda', // not "debido a la alta demanda, la respuesta puede retrasarse"
    'muy|super solicitado|solicitada|demandado|buscado',
    'se vende|venden rapido|rapidamente|como',
    'vuela|vuelan de',
    'vuela|vuelan ( otra vez | de nuevo | rapido )',
    '^ pocas|pocos @stock|@stockunit $', // "Pocas existencias: …"
    // activity: "23 personas están viendo esto", "5 clientes lo compraron hoy", "12 vendidos en las últimas 24 horas"
    '# otras? @people ~3 @watching|@bought',
    '# @bought|vendidas|vendidos|reservas|compras en|durante|hoy|hace|las|los',
    '# @people ~5 a|en su|sus carrito|carritos|cesta|cestas|favoritos|lista',
    'anadido|anadida|agregado ( al | a la ) carrito|cesta # veces',
    // "Sierra en Sevilla compró … hace 12 minutos", "Lucía de Bilbao ha reservado esta habitación" (the time or the
    // demonstrative is needed: "compro" is also a base form of "compra", as in "Forma de compra")
    '^ ~2 de|en ~2 @boughtPast ~4 hace|hoy|ayer|esta|este|esto|recien|ahora',
    'menos de # @stockunit? @available|restantes',
    '# @people esta|estan activos|activas|conectados|conectadas|en', // "436 usuarios están activos ahora", not "3 de 5 usuarios activos"
    '# @people ~2 tienen|tiene|guardaron|guardado ~3 en|a favoritos|carrito|cesta|su|sus',
    'casi no queda|quedan',
    'queda|quedan # @stockunit',
    '# % vendido|vendidos|vendida|agotado|reservado|reclamado',
    '@bought ~5 hace #',
    'en # carritos|cestas',
    'vendido|comprado|reservado # veces',
    'visto # veces ~1 hoy|en|durante|esta|este|desde', // counted views with a window, not "Tu publicación se ha visto 37 veces"
    // "María de Sevilla acaba de comprar …", "Alguien en Madrid compró …"
    'acaba|acaban de comprar|reservar|pedir|suscribirse|donar|adquirir|contratar|pasarse|unirse',
    '( alguien | otro cliente | otra persona | un cliente ) ~6 @bought',
    '@bought|reservado|comprado hace # @timeunit',
    'hace # @timeunit ~4 @bought',
    // "Muy popular", "Más vendido en las últimas 24 horas", "Más de 2.000 vendidos", "En el carrito de 8 personas"
    'muy|super popular|populares',
    'demanda alta|elevada',
    // ("Más vendido en Cocina" is a rank in a category, not a time: "en" only before a time, "en las últimas …")
    'mas vendido|vendidos|vendida|comprado|reservado ( en las|los|el|la | hoy|esta )',
    'mas de # vendidos|vendidas|compras|reservas',
    '# vendidos|vendidas $',
    'en el|la carrito|cesta de # @people',
    'solo|solamente|quedan # en tu|su talla|color|tamano',
    'solo|solamente|unicamente # @stockunit $',
    '# % de ~6 @bought|vendidas|vendidos|agotado|agotadas',
    'se han|ha vendido|reservado|comprado #',
    '@bought|vendidos|vendidas ~3 en la|las ultima|ultimas',
    'agotado|agotada|agotados en otras|otros tallas|colores|tamanos',
    'se acaba|acaban de suscribir|unir|registrar|apuntar',
    '# @people han|ha @bought',
    'antes de que se agote|agoten',
    'se agote|agoten pronto|rapido|enseguida', // "Es probable que se agote pronto"
  ],
  countdown: {
    units: {
      dia: 'd',
      dias: 'd',
      d: 'd',
      hora: 'h',
      horas: 'h',
      h: 'h',
      hr: 'h',
      hrs: 'h',
      minuto: 'm',
      minutos: 'm',
      min: 'm',
      mins: 'm',
      m: 'm',
      segundo: 's',
      segundos: 's',
      seg: 's',
      segs: 's',
      s: 's',
    },
    cues: [
      'en',
      'termina',
      'acaba',
      'finaliza',
      'expira',
      'caduca',
      'quedan',
      'queda',
      'faltan',
      'restantes',
      'solo',
      'reservado',
    ],
    clockBefore: ['a', 'las', 'desde', 'hasta', 'de', 'entre', 'antes', 'despues', 'abre', 'abierto', 'duracion'],
    clockAfter: ['h', 'hs', 'am', 'pm'],
  },
  vagueCta: ES_VAGUE_CTA, // copy-defr's es-vague-cta.ts
  readability: szigrisztPazos,
};

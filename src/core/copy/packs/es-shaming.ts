/**
 * Spanish confirmshaming as shapes and polarity frames (es.ts): owning a loss ("… es lo mío"), guilt, jabs in the
 * second and third person, smugness; and the frames of refusing a good ("no quiero ahorrar") or preferring a loss
 * ("prefiero pagar de más").
 */
import { ES_JAB_FAMILY_SHAPES } from './es-jab-families.js';
import type { PolarityLexicon, Shape } from '../pack.js';
import { ES_JAB_SHAPES } from './es-jabs.js';

export const ES_SHAMING_SHAPES: readonly Shape[] = [
  ...ES_JAB_SHAPES,
  ...ES_JAB_FAMILY_SHAPES,
  // making a loss one's identity: "Seguir siendo ignorante es lo mío", "Ignorar lo importante es mi especialidad"
  '@loss ~4 es|son lo mio',
  '@loss ~4 es|son mi especialidad|hobby|pasion|fuerte|cosa|estilo',
  // …or ignoring, missing or turning down as one's thing ("Ignorar las cosas importantes es mi hobby")
  '^ ( ignorar | olvidar | desaprovechar | rechazar | perderme ) ~4 es|son ( lo mio | mi especialidad|hobby|pasion|fuerte|cosa|estilo )',
  // indifference to what is offered, not to a neutral choice: "Me da lo mismo el 15 %", not "Me da igual el color"
  'da ( igual | lo mismo ) ~2 ( @gain | @good | # % )',
  // "Solo los tontos pagan el precio completo"
  'solo|solamente los|las @insult',
  // guilt: "¿Abandonar a los niños?", "Dejaré que los animales sufran"
  'abandonar|abandono|abandonare a? los|las|mi|mis? @victim',
  'que los|las? @victim sufran|pasen|padezcan',
  // (regret foretold and "¿seguro que quieres perder …?" are constructions in es-jabs.ts)
  // giving up what the visitor owns: "Perder mis puntos", "Renunciar a mi descuento"
  '^ @lose a? mi|tu ~2 @owned',
  // jabs in the second and third person, as modal copy says them
  'solo|solamente los|las que ~4 ( cierran | cierra | dicen | rechazan | pierden | renuncian | se rinden | se van )',
  'los|las @crowd listos|listas|inteligentes|espabilados|sabios',
  'si ~5 no te importa|importan',
  'no te importa|importan tanto|nada $',
  'alla tu|usted|vos|ellos|ellas|vosotros', // "Algunos prefieren pagar más. Allá ellos"
  // jabs that need no second signal: "No seas el último …", "Suerte buscando algo mejor", "¿y dices que no?"
  'no sea|seais el|la|los unico|ultimo',
  'suerte buscando|encontrando',
  'y ( dices | vas a decir | dice | va a decir ) que no $',
  'tu te lo pierdes',
  // the same in usted, vos, ustedes, vosotros ("Usted se lo pierde", "Vos te lo perdés"), and the visitor told they know
  // what they miss ("Vos sabés lo que te perdés")
  '( usted | vos | vosotros ) ( se | te | os ) lo ( pierde | pierden | perdes | perdeis )',
  '( tu | vos | usted ) ~1 sabe lo que ( te | se ) ( pierde | perdes )',
  // the visitor told to go on doing it badly ("Siempre puedes seguir haciéndolo mal")
  '( puede | podes | sigue | seguir ) ~1 ( haciendolo | haciendo las cosas | haciendolo todo ) mal',
  'tu|vos|usted sabra', // voseo and usted too: "Vos sabrás"
  'abandonar|abandona tu metas|suenos|objetivos|progreso',
  'quien valora|valoran|quiere|quieren su ~3 se pasa|pasan|elige|eligen|dice|dicen',
  'sigue|siga|sigan pagando de? mas',
  'dejar|dejaras|dejas sin comida|hogar|ayuda a',
  'tus ahorros tambien',
  'no quieres ~2 mejor',
  'todos los demas $',
  'tu|su equipo|familia|hijo|perro|gato|negocio|empresa ~2 merece|merecen algo? mejor|mas',
  // any dependant of the visitor's, plural or reflexive: "Tus mascotas merecen más que eso", "Sus hijos se merecen más"
  '( tus | sus ) @victim ~1 ( merecen | se merecen ) algo? mejor|mas',
  // needing nobody, as a boast: "yo no necesito ayuda de nadie" ("no necesito ayuda, gracias" is a plain no)
  'no necesito|necesitamos ~1 ayuda|consejo|lecciones de nadie',
  'por la borda',
  'decir que no ( al | a la | a los | a las ) ~1 @good',
  'tu yo del futuro',
  // a preference for going without the code or the add-on ("Mejor sin descuento", "Prefiero seguir sin seguro"): the
  // polarity reads these goods only when refused outright, so "Seguir sin cupón" is a plain no
  '( prefiero | preferimos | preferiria | mejor ) ~2 sin ~1 @productGood',
  // the visitor's own label pinning the loss on themselves, as it goes on: "Seguir perdiéndome los conciertos",
  // "Quedarme sin enterarme de nada" (a gerund or "sin enterarme" with the first person's "me")
  '^ ( seguir | continuar | quedarme | sigo ) ( perdiendome | perdiendonos | sin enterarme | sin enterarnos )',
  // smugness: "No, gracias, ya soy perfecto", "Ya estoy perfecta así"
  'ya soy|estoy ~1 @smug',
  // a loss praised as happiness: "La pereza es felicidad", "El desorden es lo mejor"
  '@loss es|son ~1 felicidad|dicha|bendicion|maravilloso|genial',
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
  'mi ~2 ya? esta|estan|es|son ya? perfecto|impecable ( tal como | asi | $ )',
  // (session 13: any flattering adjective, either verb: "Ya soy lo bastante guapo", "Estoy demasiado en forma"; not
  // "Estoy demasiado ocupado", a reason)
  'soy|somos|estoy|estamos ( lo bastante | lo suficientemente | suficientemente | demasiado | tan ) @flatter',
  'lo se todo',
  'me rindo',
  // guilt and loss told to the visitor: "Qué pena que no te importe el planeta", "Te pierdes un 30 %", "sobre la mesa"
  'no te|le importe|importen|importa|importan ~2 @victim|@good',
  '( te pierdes | estas perdiendo ) ~4 @good|@owned',
  'dejas|dejar ~5 sobre la mesa',
  '@owned ~1 se va|van contigo',
  // mockery: "¿Sin seguro? Qué valiente.", "Todos ahorran. ¿Tú no?"
  '^ que valiente|atrevido $',
  '^ tu|usted no $',
  '^ para que ~4 @good',
  // a good or a victim disowned: "ahorrar no es lo mío", "lo de cuidarme no va conmigo", "los animales no son mi problema"
  '@good|@victim ~4 no es|son|va|van ( lo mio | mi cosa | cosa mia | mi estilo | mi rollo | para mi | conmigo | con nosotros | mi problema | nuestro problema | asunto mio | lo tuyo | lo suyo | lo vuestro )',
  // not caring, in the first person, about a victim or a good: "No me importan los perros sin hogar", "Mis
  // ventajas me dan igual" (not "No me importa esperar")
  'no me|nos importa|importan ~3 @victim|@good|@owned',
  '@victim|@good|@owned ~2 me|nos ( da igual | dan igual | trae sin cuidado | traen sin cuidado )',
  // a dependant told to wait: "mi familia puede esperar"
  '@victim ~1 puede|pueden|podra|podran|que esperar|esperen|espere',
  // a good deed left to others: "que ayude otro", "que otros se lleven el descuento"
  'que ( otro | otra | otros | otras | los demas ) ~2 ayude|ayuden|done|donen|pague|paguen|lleve|lleven|aproveche|aprovechen',
  'que ayude|ayuden|done|donen|aproveche|aprovechen ( otro | otra | otros | otras | los demas )',
  // helping nobody: "no ayudo a nadie"
  'no ~1 ayudo|ayudare|ayudamos|colaboro|colaborare|contribuyo|apoyo ~2 a nadie|nada',
  'ya? gano|ganamos|tengo|tenemos suficiente|bastante|demasiado dinero', // "ya gano suficiente dinero"
  'renuncio|renunciamos a mi|tu ~2 @owned', // "renuncio a mi 20 %" // rhetorical "¿Para qué mejorar?" (not "para que tu pedido llegue seguro")
  '^ de verdad|en serio que? no $',
  // claiming to need nothing: "Mi casa ya está suficientemente segura", "Me sobra el dinero"
  'mi ~2 ya? esta|estan|es|son ya? suficientemente|bastante ~1 @good|bien|perfecto',
  'me|nos sobra|sobran el|la? @money|salud|tiempo|energia|talento|estilo|juventud|fuerza',
  '@good|@victim ~2 no me|nos importa|importan',
  // jabs in the third person and guilt: "hay a quien le gusta complicarse la vida", "Tu gato te habría dado las gracias"
  'hay ( a quien | quien | quienes ) ~1 le gusta|gustan|encanta|encantan ~3 @loss',
  '@victim ~1 te|le|os lo|la? habria|habrian|hubiera|hubieran ~3 gracias|agradecido|encantado',
];

export const ES_POLARITY: PolarityLexicon = {
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
    'prefiere',
    'preferis',
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
    'me quedo',
    'elijo',
    'estoy bien',
    'soy feliz',
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
  // "mejor" opens a preference only at the start of a clause ("Mejor sigo pagando de más"); after a verb it is
  // the good "better" ("No me interesa vivir mejor")
  // the going on of a label, "Seguir …", opens one only at the start of a clause too ("Seguir pagando de más"); inside a
  // sentence it is "to follow" ("considera seguir nuestro rastreador de errores")
  frames: [
    { opens: ['^ mejor'], polarity: 'prefer' },
    { opens: ['^ seguir', 'y seguir', '( decidir | elegir | optar por ) seguir'], polarity: 'prefer' },
    // "paso de …" refuses only where a clause starts ("No, paso de los descuentos"); after a determiner it is a step
    // ("Este paso de seguridad adicional …")
    { opens: ['^ paso de|del'], polarity: 'refuse' },
  ],
  flip: ['no', 'sin', 'nunca', 'nada', 'ni', 'jamas', 'tampoco'],
  without: ['sin'],
  // a good named as a product, declined by a flip word: "Seguir sin seguro de viaje", "Continuar sin plan de
  // protección" (refused outright it still shames: "No quiero seguro, me gusta arriesgarme")
  products: ['de viaje', 'de cancelacion', 'de equipaje', 'de envio', 'de hogar', 'de movil', 'de dispositivo'],
  good: ['@goods'],
  // an add-on or a code declined through "sin" is the product left out ("Seguir sin cupón"); refused outright it is
  // a good refused ("No quiero el descuento", "Paso del cupón")
  explicitGood: ['@productGood'],
  // a gift refused is a good refused ("No quiero mi regalo"), but not a gift receipt or wrapping ("No necesito ticket
  // regalo", "sin papel de regalo", "para regalo")
  goodShapes: ['<!ticket|tique|de|para @gift'],
  loss: ['@loss', '@lossState'],
  // money or time wasted, whoever's: "tirando tu dinero", "malgastar su tiempo"
  // paying more, but not paying later or more easily ("Seguir con Pagar más tarde" is a way to pay)
  lossShapes: ['tirar|malgastar|desperdiciar ~2 @money|tiempo', 'pagar mas !tarde|adelante|facil|rapido|comodo|seguro'],
};

/**
 * Spanish signals of a jab that shame only together (pack.ts ShamingSignal, shaming-signals.ts): two families
 * in one text are confirmshaming; one alone is ordinary copy ("¿Seguro que quieres cancelar?").
 */
import { ES_SIGNAL_FAMILIES } from './es-jab-families.js';
import type { Shape, SignalFamily } from '../pack.js';

const yours = 'tu|tus|su|sus|vuestro|vuestra';

export const ES_SIGNALS: Readonly<Partial<Record<SignalFamily, readonly Shape[]>>> = {
  refusal: ES_SIGNAL_FAMILIES.refusal ?? [],
  // a rhetorical question about the visitor's leaving or saying no
  stay: [
    ...(ES_SIGNAL_FAMILIES.stay ?? []),
    '^ ya? te|se va|marcha $',
    '^ ( en serio | de verdad | de veras | seguro | segura ) $',
    '( en serio | de verdad | de veras ) ~1 piensas|va|quiere',
    'y ( dices | vas a decir | dice | va a decir ) que no',
    '^ tu|usted no $',
    'te rindes',
    'se rinde',
    'todavia|aun quiere',
    'no esta listo para',
    '^ ( te das de baja | se da de baja | cancelas | cancela | te vas | se va ) $',
    '( dices | vas a decir | dice | va a decir ) que no $',
    '^ espera|espere $',
    '( antes de irte | antes de irse | no te vayas | no se vaya | tan pronto | nos dejas | nos deja )',
    '( todavia no | aun no ) te|le convence',
    'seguro que quiere',
    // a rhetorical question about the visitor's own risk: "¿Vas a arriesgar …?", "¿Va a renunciar a …?"
    '^ ( vas a | va a | vais a ) ( arriesgar | perder | tirar | renunciar | rendirte | rendirse )',
    '( de verdad | en serio ) te|se queda',
    // "¿Y tú a qué esperas?", "¿Y vos qué esperás?" after what others did
    '( y tu | y usted | y vos | y vosotros ) a? que espera|esperais',
    // telling someone the visitor said no: "Le diremos al gato que dijiste que no"
    '( dijiste | dijo | has dicho | ha dicho ) que no',
    // "Vete, vete", "¿Ya te marchas?"
    '^ vete|vayase|marchate $',
  ],
  // what the visitor loses, pinned on them
  loss: [
    ...(ES_SIGNAL_FAMILIES.loss ?? []),
    `${yours} ~4 @good|@owned`,
    'dejar|deja pasar ~4 @good|@owned',
    'perder|pierdes|tirar|tiras|regalar|regalas ~4 @good|@owned',
    'no a|al ~2 @good',
    'pagar|paga|pagan ~1 de? mas',
    'pagar|paga|pagan ~1 precio completo',
    '# % ~2 @good',
    'para siempre',
    '( te pierdes | te perderas | se pierde | se perdera | se te escapa | nunca mas )',
    'podria haberlo ~1 tenido',
    '( no quieres | no quiere | no te interesa | no le interesa ) ahorrar',
    'renunciar|renuncia a|al ~3 @good',
    'deje|dejar atras',
    'sobre la mesa',
    'quedarte|queda|quedarse atras',
    'perderte|perderse todas|todos',
    'precio completo',
    'se arrepiente|arrepienten|arrepentiras',
    'sin enterarte|enterarse',
    // leaving empty-handed or hungry: "¡No te vayas con hambre!", "¿Te vas con las manos vacías?"
    '( te vas | te vayas | irte | se va | se vaya | irse | salir | sales | salgas | te marchas ) ( con las manos vacias | con hambre | sin nada | de vacio | con el estomago vacio )',
  ],
  // what others, smarter or more caring, do
  others: [
    ...(ES_SIGNAL_FAMILIES.others ?? []),
    'listos|listas|inteligentes|espabilados|avispados|sabios',
    'el|la unico|ultimo !@timeunit !dia|semana|mes|paso|vez|momento|plazo ~4 que|de', // not 'el último día de tu prueba'
    'todos los demas',
    'el resto',
    'tu|su competencia|vecino|competidores|rivales',
    'gente como tu|usted',
    // the visitor's own circle, set against them: "Tus vecinos ya se han cambiado"
    'tus|sus amigos|amigas|vecinos|vecinas|companeros|companeras|colegas',
    'la mayoria ~1 se|elige|eligen|prefiere|prefieren', // not "A nadie le gusta pagar de más: por eso …"
    '^ quien ~5 contrata|contratan|elige|eligen|quiere|quieren|piensa|piensan|valora|valoran',
  ],
  // sarcasm and shrugs
  mock: [
    ...(ES_SIGNAL_FAMILIES.mock ?? []),
    'suerte ~2 buscando|con|encontrando',
    '( como quieras | como quiera | alla tu | tu sabras | que valiente | que pena | que lastima | tu te lo pierdes )',
    '^ vale|bueno|ok $',
    'aqui estaremos cuando',
    '( en fin | lastima | lo entendemos | tu decides | usted decide | que decision )',
    '^ mmm|hmm|mm',
    'valiente $',
    // the loss timed to hurt: "… justo cuando empezabas a hacerlo bien"
    'justo cuando empezaba|iba|estaba',
  ],
  // who suffers or is disappointed
  dependant: [
    ...(ES_SIGNAL_FAMILIES.dependant ?? []),
    '@victim',
    'echar|echara|echaran|echa de menos',
    'merece|merecen ~1 mejor|mas',
    'tu yo del futuro',
    'decepcionado|triste',
  ],
  // the visitor cast as not caring
  careless: [
    ...(ES_SIGNAL_FAMILIES.careless ?? []),
    'no te|le importa|importan',
    'no te|le gustan ~2 buenas|buenos',
    'parece que no',
    'no es|son tan importante',
    '( no quieres | no quiere ) ~3 $',
    'quien no quiere',
    '( por lo visto | al parecer | supongo que | te da igual | le da igual | pensabamos que )',
    'no a todo el mundo',
    // what it costs, made a trifle after the loss: "… por no invertir solo 17 €", "por no gastar ni 3 euros"
    '( por no | sin ) ( invertir | pagar | gastar | aportar | poner ) ( solo | solamente | apenas | ni | ni siquiera )? #',
  ],
};

/**
 * What judges in a Spanish decline label (the decline grammar's `judgements`, es-decline.ts, read with
 * `openReasons`). With open reasons any clause the grammar does not know passes as the visitor's own words ("ando
 * justo este mes", "me quedé sin trabajo", "el precio subió"): a reason is too varied to list, but what shames is
 * a judgement, and judgements are a few constructions. A harm word alone never judges (bad news reported as the
 * cause is a reason); a judgement needs its frame: a good left to others, a failing pinned on oneself, a harm chosen
 * or accepted, a liking for something bad, someone undeserving, a basic good not needed, a sarcasm marker.
 * Written from the language; probes: test/core/copy/packs/judgements-es-fr.ts. Spanish drops the subject, so the
 * frames open on the verb ("prefiero", "me gusta", "estoy acostumbrado") and tú/usted never matter here: a
 * judgement is in the visitor's own voice.
 */
import type { Shape } from '../pack.js';

/** Word classes of the judgements (`@j…` in the shapes below), in the pack's classes (es-classes.ts). */
export const ES_JUDGEMENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  // a harm wished or let happen, in the subjunctive after an optative "que" ("que se me seque el huerto")
  jHarmWish: [
    'muera',
    'mueran',
    'pierda',
    'pierdan',
    'caiga',
    'caigan',
    'rompa',
    'rompan',
    'hunda',
    'hundan',
    'seque',
    'sequen',
    'estropee',
    'estropeen',
    'arruine',
    'arruinen',
    'multe',
    'multen',
    'hackeen',
    'roben',
    'cobren de mas',
    // being cheated or spied on, as a taste ("me gusta que me estafen"; "no quiero que me estafen" wants it not)
    'estafen',
    'timen',
    'enganen',
    'espien',
    'pase por encima',
    'pasen por encima',
    'caduque',
    'caduquen',
  ],
  // bad things one may say one likes or keeps choosing (a preference for them is the sarcastic alternative)
  jBad: [
    'spam',
    'correo basura',
    'multa',
    'recargo',
    'comision',
    'penalizacion',
    'desorden',
    'caos',
    'hacer cola',
    'colas',
    'pasar frio',
    'pasar calor',
    'dolor',
    'ruido',
    'atasco',
    'comida chatarra',
    'comida basura',
    'comida rapida',
    'adivinar',
    'improvisar',
    'tonteria',
    'papeleo',
    'burocracia',
    'madrugar',
    'aburrir',
    'pagar de mas',
    // a habit that harms the visitor, liked or kept ("me encanta llegar tarde a todo", "prefiero perder el tiempo")
    'llegar tarde',
    'perder el tiempo',
    'equivocarme',
    'aburrirme',
    'estresarme',
    'agobiarme',
    'complicarme la vida',
    'tirar el dinero',
    // the past as a backward place one stays in ("prefiero quedarme en la edad de piedra")
    'edad de piedra',
    'prehistoria',
    'edad media',
    'siglo pasado',
    'cavernicola',
    // a bad state kept, said of one's money, skin or life ("Me quedo con mi piel seca", "Sigo en la ruina"; not debts:
    // "Ahora no, tengo deudas" is a reason, and this class judges more than a preference)
    'ruina',
    'piel seca',
    'vieja vida',
    'mala suerte',
    'mal humor',
  ],
  // people and living things in the visitor's care, who can be left waiting or without
  jDependant: [
    'cliente',
    'equipo',
    'hijo',
    'nino',
    'perro',
    'perrito',
    'gato',
    'mascota',
    'planta',
    'familia',
    'empleado',
    'alumno',
    'paciente',
    'abuelo',
    'animal',
    'ballena',
    'planeta',
    'usuario',
    'lector',
    // one's own people, who can be told to need nothing ("mi madre no necesita que la visite")
    'madre',
    'padre',
    'esposo',
    'marido',
    'pareja',
    'bebe',
  ],
  // a good deed, by its verb, that someone else may do instead ("que otro salve …", "alguien cuidará de …")
  jGoodDeed: [
    'salve',
    'salven',
    'salvara',
    'salvar',
    'cuide',
    'cuiden',
    'cuidara',
    'cuidar',
    'ayude',
    'ayuden',
    'ayudara',
    'ayudar',
    'proteja',
    'protejan',
    'proteger',
    'done',
    'donen',
    'alimente',
    'adopte',
    'rescate',
    'aproveche',
    'aprovechen',
    'aprovechara',
    'aprovecharan',
    'quede',
    'quedara',
  ],
  // bad qualities of what one keeps or prefers ("me gusta tener la piel apagada", "prefiero la comida sosa")
  jBadQuality: [
    'apagado',
    'soso',
    'insipido',
    'tibio',
    'rancio',
    'carisimo',
    'caro', // only in these shapes: "es demasiado caro" is a plain reason, "volver al plan caro" a choice of the worse
    // left behind by time, as one's chosen state ("prefiero quedarme desactualizado")
    'desactualizado',
    'anticuado',
    'obsoleto',
  ],
  // basic goods a person looks after; not needing to understand or care for them is the jab
  jBasic: [
    'finanzas',
    'salud',
    'dinero',
    'ahorros',
    'datos',
    'futuro',
    'seguridad',
    'privacidad',
    'cuerpo',
    'dientes',
    'piel',
    'hijos',
    'familia',
    'cuentas',
    'negocio',
  ],
  // what is thrown away when one gives up: the visitor's own effort
  jEffort: ['progreso', 'esfuerzo', 'avance', 'logro', 'lo que he logrado'],
  // what a business or a career may be belittled as
  jTrivial: ['pasatiempo', 'hobby', 'juego', 'broma', 'chiste', 'capricho', 'juguete'],
  // not a thing a business is belittled as, but what follows "no merece": "no merece la pena" is a plain reason
  jWorth: ['la pena'],
  // a mishap the offer covers, in the present of habit: what the visitor's things "never" suffer ("mi moto nunca se
  // avería", "mi coche jamás choca"); a past report ("nunca ha fallado") is no boast
  jMishap: [
    'se rompe',
    'se rompen',
    'se averia',
    'se averian',
    'se estropea',
    'se estropean',
    'se cae',
    'se caen',
    'se inunda',
    'se quema',
    'se pierde',
    'se pierden',
    'se enferma',
    'se enferman',
    'se pincha',
    'falla',
    'fallan',
    'choca',
    'chocan',
    'enferma',
    'enferman',
  ],
  // a thing boasted safe from every harm ("mi portátil es irrompible"; "ya tengo una funda irrompible" names a product)
  jUnbreakable: [
    'indestructible',
    'irrompible',
    'invencible',
    'inmortal',
    'infalible',
    'a prueba de todo',
    'a prueba de bombas',
  ],
  // what one may trust instead of the cover ("confío en mi suerte"); a person or a provider trusted is a reason
  jLuck: ['suerte', 'buena suerte', 'estrella', 'buena estrella', 'destino', 'azar', 'dios', 'santos', 'virgen'],
  // ailments and damages one may claim to live happily with ("vivo bien con la espalda adolorida")
  jAilment: [
    'dolor',
    'dolorido',
    'adolorido',
    'molestia',
    'gotera',
    'humedad',
    'arruga',
    'ojera',
    'grano',
    'caspa',
    'insomnio',
    'contractura',
    'lumbago',
    'caries',
    'plaga',
    'cucaracha',
    'virus',
  ],
  // fending for oneself, in the optative subjunctive ("que se arreglen", "que se las apañen", "que se busquen la vida")
  jFend: [
    'arregle',
    'arreglen',
    'apane',
    'apanen',
    'las arregle',
    'las arreglen',
    'las apane',
    'las apanen',
    'busque la vida',
    'busquen la vida',
    'espabile',
    'espabilen',
    'defienda',
    'defiendan',
  ],
  // care one leaves a thing or someone to do alone ("que mis ahorros se cuiden solos", "que la ciudad se limpie sola")
  jSelfCare: [
    'cuide',
    'cuiden',
    'limpie',
    'limpien',
    'salve',
    'salven',
    'pague',
    'paguen',
    'riegue',
    'rieguen',
    'alimente',
    'alimenten',
    'eduque',
    'eduquen',
    'ordene',
    'ordenen',
    'organice',
    'organicen',
    'proteja',
    'protejan',
    'cure',
    'curen',
    'haga',
    'hagan',
  ],
};

export const ES_JUDGEMENTS: readonly Shape[] = [
  // 1. a good left to others: an optative "que" with someone else ("que lo haga otro", "que otro salve …"), someone
  // else doing the good deed ("alguien cuidará de los perros"), or a dependant told to wait or cope
  // (clause starts are not marked after a dash or a parenthesis: shapes say where they end instead)
  'que ~4 otro|alguien|demas $',
  'otro|alguien|demas ~3 @jGoodDeed',
  '@jDependant ~2 puede|pueden|podra|podran|tendra|tendran ~2 esperar|aguantar|sufrir|apanar|arreglar|sobrevivir',
  '@jDependant ~2 puede|pueden|podra|podran seguir ~1 trabajando|sufriendo|esperando|aguantando',
  'que ~2 @jDependant ~1 ( esperen | espere | aguanten | aguante | sufran | sufra | se apanen | se arreglen )',
  // anyone or anything told to fend for itself, an optative "que" opening its clause ("que los niños se arreglen",
  // "que mis ahorros se cuiden solos"); "el problema se arregló solo" reports, "espero a que se arregle" waits
  '^ que ~6 se @jFend',
  '^ que ~6 se @jSelfCare solo|solito',
  // a dependant said to get by without the visitor, to make do with anything, or to need nothing from them
  '@jDependant ~2 ( sobrevive | sobreviven | sobrevivira | sobreviviran | vive | viven | vivira | viviran | se apana | se apanan | se apanara | se apanaran | se las arregla | se las arreglan | se las arreglara | se las arreglaran | estan bien | esta bien | estaran bien | estara bien ) ~1 sin mi|nosotros',
  '@jDependant ~4 ( cualquier cosa | lo que sea | lo que haya | cualquier porqueria )',
  '@jDependant|@victim ~2 no necesita|necesitan|necesitara|necesitaran que',
  // 2. a failing or a trait pinned on oneself: used to losing, "X was never my thing", "that's how I am", giving up
  // as a habit, not being enough, one's own business belittled, staying in doubt
  'acostumbrado a',
  'no|nunca ~2 ( lo mio | mi fuerte )',
  'se me da|dan fatal|mal',
  // a bad habit as one's thing, either order ("lo mío es improvisar", "Improvisar es lo mío" is read by the shapes)
  'lo mio es|son ~2 @jBad|@loss',
  'soy|somos asi',
  'soy|somos de los|las que ~3 ( tiran | pierden | malgastan | derrochan | olvidan | fallan | compran caro | pagan de mas | pagan mas )',
  // one's own brain as the butt of the joke ('cuando me crezcan las neuronas')
  'mi|las ~1 cerebro|neurona',
  'como ~3 con todo',
  'me ~1 rendi|rendido',
  'siempre ~1 abandono|dejo ~1 todo',
  'nunca ~2 termino|acabo|cumplo ~1 nada',
  'dejar|dejo|abandonar|abandono ~3 a medias',
  'no soy|somos ~1 ( lo bastante | lo suficientemente | suficientemente | suficiente )',
  'mi|nuestro ~1 negocio|empresa|carrera|startup|emprendimiento|futuro ~2 es|son|sera ~2 un|una @jTrivial',
  'quedarme|quedo|quedare con ( la duda | las ganas )',
  // staying a lesser kind of person ("prefiero seguir siendo un novato"; "Seguir siendo socio" is a plan)
  '( seguir | sigo | seguire | quedarme ) siendo ~1 ( un | una )? ( novato | novata | principiante | amateur | mediocre | del monton | uno mas | una mas | el de siempre | la de siempre )',
  'soy|somos demasiado ~2 para',
  // one's own work or self said worthless, one's own habits said empty ("igual nunca leo nada interesante")
  'mi|nuestro ~3 no vale|valen ~1 nada',
  'no valgo|valemos ~1 nada',
  'nunca ~3 nada interesante|importante|util|bueno|decente',
  // 3. a harm chosen or a bad consequence accepted: an optative "que" with a harm ("que me multen", "y que se
  // estropee"), letting it happen ("dejo que …"), throwing one's own effort away, money wasted on purpose, a loss
  // one will have to explain
  '<!mas|menos|mejor|peor|miedo|quiero|evitar|antes|para que ~4 @jHarmWish',
  'seguramente|probablemente|ojala ~3 @jHarmWish',
  'tirar|tiro|tirare|echar ~2 ( a la basura | por la borda | a perder )',
  'tirar|tiro|tirare|echar ~6 @jEffort',
  'tiro|tirare|malgasto|derrocho|derrochare ~3 @money',
  '@money ~2 la|lo tiro|derrocho|malgasto',
  'explicare|explicaremos ~4 ( por que | perdida | perdieron )',
  // a good given up on purpose: money left on the table, a gift sent back, ending up without a good (the infinitive
  // chooses it; "me quedé sin trabajo" reports it), a dependant left without, a bare good after a goodbye
  'dejar|dejo ~4 sobre la mesa',
  'devolver|devuelvo|regalar|regalo ~2 mi|el|la|los ~1 @good|@owned',
  'quedarme|quedarnos sin ~3 @good',
  // someone in the visitor's care left without on purpose (session 14): "Dejaré a mi familia sin protección"
  '( dejar | dejo | dejare | dejaremos | dejamos ) a|al ~1 @victim sin',
  // a chance let go on purpose ("mejor pierdo esta oportunidad"; "en otra oportunidad" is a time), a share let go,
  // one's people or one's goods said goodbye to ("y despedirme de mis amigos del grupo")
  '<!quiero|queremos|puedo|podemos ( @squander | pierdo | perdere | desaprovecho | dejo pasar | dejo escapar ) ~3 oportunidad|ocasion|chance',
  '( @squander | pierdo | dejo pasar | dejo escapar | desaprovecho ) ~2 # %',
  '( despedirme | despedirnos | me despido | nos despedimos | decir adios | digo adios ) de|a|al|del ~2 amigo|amiga|companero|companera|comunidad|grupo|@good|@owned',
  // finding out last, on purpose ("y enterarme tarde de todo")
  '( enterarme | enterarse | enterarnos | me entero | nos enteramos ) ~1 ( tarde | el ultimo | la ultima | los ultimos | las ultimas )',
  'y sin ~2 @good',
  // a warning not to complain afterwards ('luego no te quejes si …')
  'no ~1 te|se ~1 queje|quejen ~1 si',
  '@jDependant ~3 quedar|queda|quedara|quedaran sin',
  '^ !joven @good $', // (not the vocative: "Ahorita no, joven")
  // 4. a liking or a preference for something bad ("me encanta hacer cola", "sigo con el desorden"), paying extra
  // on purpose, money spent on trifles, adverts nobody wants
  '( prefiero | preferimos | me gusta | me gustan | me encanta | me encantan | disfruto | adoro | sigo | seguire | seguir | seguiremos | quedarme con | me quedo con ) ~6 <!sin @jBad',
  '( prefiero | me gusta | me encanta | disfruto ) ~1 pagar ~2 la|el|los comision|recargo|interes|multa|penalizacion',
  // paying more on purpose, not later ("Pagar más, gracias", "prefiero pagar más", not "Seguir con Pagar más tarde"),
  // or instead of a gain ("… en vez de ahorrar"; "al contado en vez de a plazos" names none)
  '^ pagar mas !tarde|adelante|facil|rapido|comodo|seguro',
  '( en vez | en lugar ) de|del ~2 @gain',
  '( prefiero | preferimos | me gusta | me encanta | disfruto | adoro | sigo | seguire | seguir | quedarme con | me quedo con ) ~6 pagar mas !tarde|adelante|facil|rapido|comodo|seguro',
  'gastar|gasto ~4 tonterias|caprichos|chucherias',
  // a liking for the good itself, said in the label that refuses it: the loaded 'no' ('me encanta ahorrar')
  'amo|adoro|encanta|encantan|gusta|gustan ~2 @gain|@money',
  // a bad habit gone on with ('seguir comiendo fritos', 'sigo perdiendo el bus'; 'sigo pagando al mes' is a plan)
  'seguir|sigo|seguire|seguiremos ~1 comiendo|cenando|desayunando|tirando|perdiendo|perdiendome|sufriendo|quemando|adivinando|improvisando',
  '( prefiero | me gusta | me encanta | sigo | seguire | quedarme | me quedo | disfruto | estoy bien con | me conformo con | volver a | vuelvo a | regresar a | regreso a | volver al | vuelvo al | regresar al | regreso al ) ~4 @jBadQuality',
  // one's own things or data left open to harm, as a preference ("prefiero que mis datos queden expuestos"; not
  // "prefiero no tenerlos expuestos")
  '( prefiero | preferimos | me gusta | me encanta ) ~5!no ( expuesto | desprotegido | al descubierto )',
  // what one signs or keeps without reading or understanding, as a choice ("prefiero la letra chica sin leer",
  // "seguir sin entender la factura"; "sigo sin entender la oferta" reports, "prefiero no comprar sin leer" is care)
  '( prefiero | preferimos | me gusta | me encanta | seguir | firmar | firmo ) ~4!no sin ( leer | entender | enterarme | saber | mirar | revisar )',
  // the full price of what the offer would take off, paid on purpose ("prefiero pagar el envío completo")
  'pagar|pago|pagare ~1 el|la envio|precio|coste|costo ~1 completo|entero|integro',
  // a hardship chosen on the way: going on foot in the rain
  'bajo la lluvia',
  // a good said to be for other people ('el ahorro es para ricos')
  'es|son para ~1 ricos|snobs|pijos|paranoicos|ingenuos|pringados|listillos|miedosos|cobardes',
  // choosing never to know
  'no ~1 enterarme|saber ~2 nunca? de nada',
  'anuncio|publicidad ~1 que no me ~1 interesan|interesa',
  'anuncio|publicidad ~1 irrelevante|basura',
  // 5. someone undeserving: "mi equipo no se merece …", "no me lo merezco" (but "no merece la pena" is a reason)
  'no ~2 merece|merecen|merezco|merecemos !@jWorth',
  // 6. not needing a basic good, or a boast about being fine without it
  'no ~1 necesito|necesitamos ~1 entender|saber|comprender|cuidar|controlar|proteger|organizar ~3 @jBasic',
  'vivo|vivimos|vivir ( al limite | peligrosamente | a lo loco | sin red )',
  'me gusta el riesgo',
  // the risk the offer covers denied: one's things never suffer the mishap, are boasted unbreakable, luck is
  // trusted instead, an ailment is lived with happily ("mi moto nunca se avería", "confío en mi suerte")
  'mi|nuestro ~3 nunca|jamas @jMishap',
  'es|son|esta|estan|soy|somos ~1 @jUnbreakable',
  'confio|confiamos|confiare|confiar|fio|fiarme ~3 @jLuck',
  '( que sea lo que dios quiera | a la buena de dios | cruzo los dedos | cruzare los dedos | cruzar los dedos | cruzando los dedos )',
  // the harm the offer covers, foretold with a shrug: "ya se me romperá", "ya me lo robarán" (a resigned "ya" and a
  // future of harm; "ya se enviará" tells a status)
  '^ ya ~2 ( rompera | romperan | caera | caeran | estropeara | estropearan | averiara | averiaran | perdera | perderan | robara | robaran | hackearan | quemara | mojara | mojaran | rayara | pinchara | inundara | enfermara )',
  // back to being without the good, the thing left behind: "volver al mundo sin descuentos", "vuelvo a vivir sin
  // ventajas" ("volver al carrito sin guardar" names no good)
  '( volver | vuelvo | volvere | regresar | regreso ) a|al ~3 sin ~1 @good',
  '( vivo | vivimos | estoy | estamos | me va | sigo ) ~1 bien|feliz|felices|contento|tranquilo|encantado con ~4 @jAilment',
  '( seguir | sigo | seguire | quedarme | me quedo ) con ~3 @jAilment', // "Cerrar y seguir con mi espalda dolorida"
  'mi|nuestra contrasena|clave ~3 basta|suficiente|sobra|sirve|segura|perfecta',
  'me las arreglo|apano|apanare|arreglare ~1 ( solo | sola | solito | solita | sin ayuda )',
  // the hard way chosen: hours of searching, alone ('yo solo' at a clause's end: 'yo solo uso …' is 'I only use')
  'durante horas',
  '( en | por ) ( mil | cien | cientos de | miles de ) ( webs | paginas | sitios | tiendas | formularios | papeles | llamadas )', // "seguiré buscando en mil webs"
  'yo solo $',
  // happy with something decades old ('feliz con mi móvil de 2009')
  'feliz|contento|encantado con ~4 de|del #4',
  // 7. sarcasm markers that turn a reason into a jab ("total, …", "…, como siempre"), and scarcity thrown in after a
  // reason ("(si todavía queda algo)", "cuando ya no quede nada")
  '<!el|al|del|importe|precio|pago|monto|suma|coste|costo total !a|de|del|iva !#',
  // (as its own clause: 'pago con tarjeta como siempre' tells a habit)
  '^ ( como siempre | como de costumbre | de costumbre ) $',
  'si ~1 todavia|aun queda|quedan',
  'no quede|queden nada',
  // deals found out about once they are over, on purpose ("enterarme de las ofertas cuando ya pasaron")
  'enterarme|enterarnos|saber ~4 cuando ya ~1 terminaron|acabaron|pasaron|terminaron|caducaron',
];

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
    'pagar mas',
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
  jBadQuality: ['apagado', 'soso', 'insipido', 'tibio', 'rancio', 'carisimo'],
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
};

export const ES_JUDGEMENTS: readonly Shape[] = [
  // 1. a good left to others: an optative "que" with someone else ("que lo haga otro", "que otro salve …"), someone
  // else doing the good deed ("alguien cuidará de los perros"), or a dependant told to wait or cope
  // (clause starts are not marked after a dash or a parenthesis: shapes say where they end instead)
  'que ~4 otro|otra|otros|otras|alguien|demas $',
  'otro|otra|otros|otras|alguien|demas ~3 @jGoodDeed',
  '@jDependant ~2 puede|pueden|podra|podran|tendra|tendran ~2 esperar|aguantar|sufrir|apanar|arreglar|sobrevivir',
  '@jDependant ~2 puede|pueden|podra|podran seguir ~1 trabajando|sufriendo|esperando|aguantando',
  'que ~2 @jDependant ~1 ( esperen | espere | aguanten | aguante | sufran | sufra | se apanen | se arreglen )',
  // 2. a failing or a trait pinned on oneself: used to losing, "X was never my thing", "that's how I am", giving up
  // as a habit, not being enough, one's own business belittled, staying in doubt
  'acostumbrado|acostumbrada|acostumbrados|acostumbradas a',
  'no|nunca ~2 ( lo mio | mi fuerte )',
  'se me da|dan fatal|mal',
  'soy|somos asi',
  'soy|somos de los|las que ~3 ( tiran | pierden | malgastan | derrochan | olvidan | fallan | compran caro | pagan de mas | pagan mas )',
  // one's own brain as the butt of the joke ('cuando me crezcan las neuronas')
  'mi|mis|las ~1 cerebro|neuronas|neurona',
  'como ~3 con todo',
  'me ~1 rendi|rendido',
  'siempre ~1 abandono|dejo ~1 todo',
  'nunca ~2 termino|acabo|cumplo ~1 nada',
  'dejar|dejo|abandonar|abandono ~3 a medias',
  'no soy|somos ~1 ( lo bastante | lo suficientemente | suficientemente | suficiente )',
  'mi|nuestro|nuestra ~1 negocio|empresa|carrera|startup|emprendimiento|futuro ~2 es|son|sera ~2 un|una @jTrivial',
  'quedarme|quedo|quedare con ( la duda | las ganas )',
  'soy|somos demasiado ~2 para',
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
  'devolver|devuelvo|regalar|regalo ~2 mi|mis|el|la|los|las ~1 @good|@owned',
  'quedarme|quedarnos sin ~3 @good',
  'y sin ~2 @good',
  // a warning not to complain afterwards ('luego no te quejes si …')
  'no ~1 te|se ~1 quejes|queje|quejen ~1 si',
  '@jDependant ~3 quedar|quedarse|queda|quedara|quedaran sin',
  '^ !joven @good $', // (not the vocative: "Ahorita no, joven")
  // 4. a liking or a preference for something bad ("me encanta hacer cola", "sigo con el desorden"), paying extra
  // on purpose, money spent on trifles, adverts nobody wants
  '( prefiero | preferimos | me gusta | me gustan | me encanta | me encantan | disfruto | adoro | sigo | seguire | seguir | seguiremos | quedarme con | me quedo con ) ~6 <!sin @jBad',
  '( prefiero | me gusta | me encanta | disfruto ) ~1 pagar ~2 la|el|los|las comision|recargo|interes|multa|penalizacion',
  'gastar|gasto|gastarlo|gastarme ~4 tonterias|caprichos|chucherias',
  // a liking for the good itself, said in the label that refuses it: the loaded 'no' ('me encanta ahorrar')
  'amo|adoro|encanta|encantan|gusta|gustan ~2 @gain|@money',
  // a bad habit gone on with ('seguir comiendo fritos', 'sigo perdiendo el bus'; 'sigo pagando al mes' is a plan)
  'seguir|sigo|seguire|seguiremos ~1 comiendo|cenando|desayunando|tirando|perdiendo|sufriendo|quemando|adivinando|improvisando',
  '( prefiero | me gusta | me encanta | sigo | seguire | quedarme con | me quedo con | disfruto | estoy bien con | me conformo con ) ~4 @jBadQuality',
  // a hardship chosen on the way: going on foot in the rain
  'bajo la lluvia',
  // a good said to be for other people ('el ahorro es para ricos')
  'es|son para ~1 ricos|snobs|pijos|paranoicos|ingenuos|pringados|listillos|miedosos|cobardes',
  // choosing never to know
  'no ~1 enterarme|saber ~2 nunca? de nada',
  'anuncio|publicidad ~1 que no me ~1 interesan|interesa',
  'anuncio|publicidad ~1 irrelevante|irrelevantes|basura',
  // 5. someone undeserving: "mi equipo no se merece …", "no me lo merezco" (but "no merece la pena" is a reason)
  'no ~2 merece|merecen|merezco|merecemos|mereces !@jWorth',
  // 6. not needing a basic good, or a boast about being fine without it
  'no ~1 necesito|necesitamos ~1 entender|saber|comprender|cuidar|controlar|proteger|organizar ~3 @jBasic',
  'vivo|vivimos|vivir ( al limite | peligrosamente | a lo loco | sin red )',
  'me gusta el riesgo',
  'mi|nuestra contrasena|clave ~3 basta|suficiente|sobra|sirve|segura|perfecta',
  'me las arreglo|apano|apanare|arreglare ~1 ( solo | sola | solito | solita | sin ayuda )',
  // the hard way chosen: hours of searching, alone ('yo solo' at a clause's end: 'yo solo uso …' is 'I only use')
  'durante horas',
  'yo solo|sola $',
  // happy with something decades old ('feliz con mi móvil de 2009')
  'feliz|contento|contenta|encantado|encantada con ~4 de|del #4',
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

/**
 * Spanish pressure by FAMILY: each entry describes one way the language says "others want it, it is running out",
 * from the language (tú / usted, Spain / Mexico / River Plate), not from any batch of copy. Spread into the pack's
 * `pressure` (es-pressure.ts); the words are `@name` classes (es-classes.ts). Probes: copy-es-families.ts.
 */
import type { Shape } from '../pack.js';

/**
 * Someone else holding or eyeing the same item now: "otro cliente / otra persona / alguien (más) tiene … en su
 * cesta / carrito", "N personas guardaron / añadieron … a favoritos", "este horario le interesa a otros …", "N
 * viajeros más miran …". Sharing a cart "con otra persona", someone who "puede recoger tu pedido" and the
 * visitor's own cart ("Tienes 3 artículos en tu cesta") name no rival.
 */
const SOMEONE_ELSE: readonly Shape[] = [
  '( otro | alguien ) ~2 tiene|tienen|guardo|guardaron ~4 su ( carrito | cesta | favoritos | reserva )',
  '( interesa | interesan | le interesa | les interesa ) a ( otros | otras | mas | varios | varias ) ~1 @people|pacientes',
  '# @people|pacientes ~1 mas ~1 @watching',
  // people counted adding it to a cart or a list: "40 personas han añadido este sofá a favoritos"
  '# @people ~2 ( han anadido | anadieron | han guardado | guardaron | han puesto | pusieron | han agregado | agregaron ) ~3 a|en ( favoritos | carrito | cesta | lista )',
  // …or having it there now, with its article: "9 clientes lo tienen en la cesta", "40 personas llevan esto en el carrito"
  '# @people ( lo | la | esto | este )? ( tienen | tiene | llevan | lleva ) ~1 en|a ( la | el | su ) ( cesta | carrito | favoritos | lista de deseos )',
  // a listing's saves counted (not the visitor's own post: "Tu anuncio tiene 45 favoritos" starts with "tu")
  '^ ( este | esta | el | la ) _ ( tiene | acumula | lleva | suma ) # ( favoritos | guardados | interesados )',
];

/**
 * A purchase told by a vague recent time: someone "compró / reservó / pidió" or it was "vendido / comprado /
 * reservado" "hace un momento / un rato / un ratito / instantes / nada / poco", "última reserva: hace …". A file
 * saved, synced or updated "hace un momento" and the visitor's own parcel that left "hace un rato" are no sale.
 */
const RECENT_VAGUE: readonly Shape[] = [
  '( =compro | =compraron | =reservo | =reservaron | =pidio | pidieron | vendido | comprado | reservado | ultima reserva | ultima compra ) ~2 :? hace ( un momento | un rato | un ratito | instantes | nada | poco | unos instantes | segundos )',
];

/**
 * A crowd that already has or does it: "medio país / millones de familias / miles de clientes / la mayoría de tus
 * compañeros / tus vecinos / todos tus amigos" + "ya" + having, using, joining or switching, and "lo está pidiendo
 * todo el mundo", "lo quieren todos" (object first). Permissions ("tus compañeros ya pueden ver …"), orders
 * already sent and "todo el mundo puede participar" name no crowd's choice: the verb must be one of adopting.
 */
const CROWD_ALREADY: readonly Shape[] = [
  '@crowdof ~3 ya ~1 @adopted',
  // joiners counted: "Ya son 5.000 personas inscritas", "Ya somos 12.000 vecinos apuntados"
  '( ya son | ya somos | ya van | ya hay | ya sois ) # ~1 @people? inscrito|apuntado|registrado|suscrito|unido',
  // a crowd in one place: "Todos los de tu edificio están pidiendo aquí"
  '( todos los | todas las ) de ( tu | su ) ( barrio | zona | ciudad | calle | edificio | oficina | empresa | clase ) ~1 ( esta | estan ) ( @watching | pidiendo )',
  '=lo|=la|=los|=las ( esta | estan )? ( pidiendo | comprando | quiere | quieren | pide | piden | usando ) ~1 ( todo el mundo | todos | todas | medio pais | toda la ciudad ) !los|las|dias',
];

/**
 * Others will not wait or hesitate: "los demás / otros (clientes) no se lo piensan / no dudarán / no esperarán",
 * "mientras lo piensas / usted duda, otros compran / reservan". "Otros clientes también compraron" is a
 * recommendation and "los demás campos" a form: the verb must be one of hesitating, or of buying after "mientras".
 */
const OTHERS_WONT_WAIT: readonly Shape[] = [
  '( los demas | otros | otras | el resto ) ~1 @people? no ~2 ( piensan | pensaran | dudan | dudaran | esperan | esperaran | lo piensan | se lo piensan | titubean )',
  'mientras ~2 ( piensas | piensa | dudas | duda | decides | decide | lo piensas | lo piensa ) ,? ~1 ( otros | otras | los demas ) ~1 ya? ( compran | reservan | piden | se lo llevan | lo compran | aprovechan )',
];

/**
 * Few left in degree, or none coming back: "poquísimas / contadas plazas", "unidades / existencias muy / súper /
 * ultra limitadas", "casi sin existencias / stock / plazas", "sin reposición", "… y no habrá más / no volverá".
 * A profile "casi completo", a yoghurt "casi sin azúcar", an inventory figure and an alert's threshold (es-stated.ts)
 * are no scarcity.
 */
/**
 * Session 13 (generalisation), paradigms; probes in copy-es-s13.ts. Capacity called limited or low, any noun of
 * capacity and either order: "Cupos limitados", "Aforo limitado", "Poco stock", "Stock bajo", "Se acaba el stock", "Se
 * están acabando las entradas"; sold like hot cakes ("Vendiéndose como pan caliente", "Se venden como churros /
 * rosquillas"); a sales badge ("Súper ventas"); buyers in the middle of buying, counted ("23 personas en proceso de
 * compra", "7 agregaron al carrito en la última hora"); the first or next few rewarded ("Los próximos 3 compradores
 * obtienen …") and buyers counted down ("Compradores restantes: 3"). Not a question or a condition ("¿Qué pasa si se
 * acaba el stock?": "si" before it), a plain count in stock, nor "Los primeros 3 meses cuestan 1 €".
 */
const CAPACITY_LOW: readonly Shape[] = [
  '( cupo | aforo | asientos | entradas | lugares | vacantes | boletos | plazas | stock ) :? ( limitado | reducido | muy limitado ) !a|por',
  '^ poco ( stock | existencias | inventario | disponibilidad | cupos | vacantes | lugares ) ( $ | disponible | disponibles )',
  '<!si|cuando|que ( se acaba | se acaban | se agota | se agotan | se termina | se terminan ) ( el | los | la )? ( stock | existencias | inventario | entradas | plazas | cupos | unidades | lugares | vacantes )',
  '( se vende | se venden | vendiendose | se esta vendiendo | se estan vendiendo | vuela | vuelan ) ~1 ( como ) ( pan caliente | churros | rosquillas )',
  '^ ( super | mega | hiper ) ventas $',
  '# @people? ~1 en proceso ( de compra | de pago )? ( $ | , | ahora | ahora mismo )',
  '# ( agregaron | anadieron | agrego | anadio | metieron | sumaron ) ~2 ( carrito | cesta )',
  '( los | las ) ( primeros | primeras | proximos | proximas | siguientes ) # ( compradores | clientes | personas | pedidos | inscritos | suscriptores ) ( obtienen | obtendran | reciben | recibiran | se llevan | consiguen | tendran | ganan )',
  '( compradores | clientes | plazas | cupos | lugares | asientos | entradas ) restantes :? #',
];

const FEW_IN_DEGREE: readonly Shape[] = [
  'poquisimas|poquisimos|contadas|contados @stockunit|@stock',
  '^ @stockunit|@stock contadas|contados',
  '@stockunit|@stock|cantidades ( muy | super | ultra | extremadamente | realmente ) limitadas|limitados|escasas|escasos',
  'casi|practicamente sin @stock|@stockunit',
  '^ sin ( reposicion | restock | reabastecimiento )',
  'quedan|queda ~2 y no ( habra mas | hay mas | habra reposicion | hay reposicion | volvera | volveremos | se repondra | repondremos )',
];

/**
 * Sold out fast, or the share already gone: "se agotó / agotado / vendido en N horas / minutos (la última vez)",
 * "el N % de las plazas ya están ocupadas / reservadas", "ya se fue la mitad", "N de cada M … ya vendidas". Parcels
 * that arrive in 24 hours, an order sent in 3 hours and half a payment made at booking sell nothing.
 */
const SOLD_FAST_SHARE: readonly Shape[] = [
  '( se agoto | se agotaron | agotado | agotada | agotados | vendido | vendidos | volaron ) en # @timeunit',
  '# % ~4 ya ~1 ( estan | esta )? ( ocupadas | ocupados | ocupado | reservadas | reservados | vendidas | vendidos | tomadas | cogidas | se vendieron | se vendio | se agotaron | se reservaron )',
  'un punado|par de @stockunit ~2 ( para | a este precio | $ )',
  'ya se fue|fueron|vendio|agoto la mitad',
  '# de cada # ~2 ya ( vendidas | vendidos | reservadas | reservados | ocupadas | agotadas )',
];

/**
 * Trend, rank and demand: "en tendencia / es tendencia" (not a "Tendencias" heading), "muy pedido / muy visto …
 * estos días / esta semana", "lo más visto / pedido de hoy", "arrasa entre …".
 */
const TREND_DEMAND: readonly Shape[] = [
  '( en | es | son ) tendencia ( $ | en | entre | esta | este | hoy | ahora )',
  'muy|super|mas pedido|visto|comprado|reservado ~1 ( estos dias | esta semana | este mes | hoy | ahora )',
  '=lo mas visto|pedido|comprado|buscado de|del hoy|momento|dia|semana',
  'arrasa|arrasan entre',
  // the hit in Spain's and Latin America's slang: "Lo está petando", "la está rompiendo"
  '^ ~1 ( lo | la ) ( esta | estan ) ( petando | rompiendo | reventando )',
  // demand said to soar, and sales counted with a plus: "La demanda está disparada", "Vendidos: +1000"
  'demanda ( esta | anda | va ) ( disparada | desbordada | altisima | por las nubes )',
  '( vendidos | vendidas | ventas | compras | reservas ) :? + #',
  '# ( vendidos | vendidas | unidades vendidas ) ( esta | este ) ( semana | mes | temporada | ano )',
];

/**
 * The crowd's choice as a badge or a claim: a superlative of choosing ("la opción más elegida", "nuestro menú más
 * pedido"), the favourite of a crowd ("el favorito / preferido de los clientes", "popular entre gente como tú"), "lo que todos
 * compran", "casi todo el mundo / la mayoría elige …", "mucha gente lo tiene en su cesta", a lone "Tendencia"
 * badge. Sort options and list headings are plural ("Ordenar por: más populares", "los más pedidos de la semana"),
 * "Añadir a favoritos" names no crowd, and "la mayoría de los pedidos llegan …" chooses nothing.
 */
const CROWD_CHOICE: readonly Shape[] = [
  '<!los|las|lo|: mas elegido|escogido|pedido|buscado|deseado|solicitado',
  'favorito|preferido|elegido de|por|entre ~1 @people|@crowd',
  'popular entre|en ~3 tu|su|como', // the visitor's own crowd, not "Popular entre familias: …"
  '( todos | todo el mundo | la mayoria | casi todos | muchos | mucha gente | muchisima gente ) ~3 ( elige | eligen | prefiere | prefieren | se queda con | se quedan con | esta pidiendo | estan pidiendo | lo tiene | lo tienen | @watching )',
  'que elige|eligen|prefiere|prefieren ( casi todo el mundo | todo el mundo | la mayoria | casi todos | todos )',
  '^ =tendencia|=trending $',
];

/**
 * Stock that leaves by itself: "vuela", "¡vuelan!" (not "el tiempo vuela"; "se está(n) yendo / volando" is in
 * es-pressure.ts).
 */
const GOING_FAST: readonly Shape[] = ['^ ~3 <!tiempo vuela|vuelan $'];

/**
 * Others counted by their interest, verb first or as a tally: "N interesados", "ya lo pidieron N clientes", "más
 * de N pedidos hoy"; a named buyer who "se llevó … hace …", "recién reservado desde …" ("se acaba de matricular",
 * "acaba de agotarse" are in es-pressure.ts). "Recién llegado" and the visitor's own "te llevaste" tell no one's
 * buying.
 */
const OTHERS_COUNTED: readonly Shape[] = [
  '# interesados|interesadas ( en | por | $ )',
  'lo|la @bought # @people',
  'mas de # pedidos|compras|reservas|ventas hoy|esta|este|en',
  'se llevo|llevaron ~2 hace',
  '^ recien comprado|reservado|vendido|pedido',
];

/**
 * The last batch, "solo N lugares para …" (not "en tu cesta"), a share gone
 * ("ya se reservó el N %"), someone about to take it ("antes de que otro / alguien se lo lleve", "no te quedes sin
 * el tuyo"). "Solo 2 por persona" is a limit per buyer; a plain "Edición limitada" names a product line.
 */
const LAST_AND_LIMITED: readonly Shape[] = [
  'ultimo tanda|remesa|lote|hornada ( $ | del | de la | en )',
  'solo|apenas # @stockunit para|en !tu|su',
  'se vendio|vendieron|reservo|reservaron|agoto|agotaron el # %',
  'antes de que otro|alguien ~1 se lo|la lleve|lleven',
  'no te|se quede sin el|la|los tuyo|suyo',
];

/**
 * Session 12: the first N served and the last ones left, without a number or as one of them ("Solo para los primeros
 * 50 compradores", "Los primeros 100 incluyen una funda gratis", "¡Últimas 3!", "Es el último", "Quedan las
 * últimas", "Apenas quedan unidades"), a place that usually fills ("suele llenarse para tus fechas"), a named
 * joiner and a counted crowd ("Ya se apuntaron Ana y otros 30"). "Los primeros 3 meses gratis" counts time, "Es la
 * última versión" is the latest, "Tú y otros 3 usuarios tienen acceso" shares an account.
 */
const FIRST_AND_LAST: readonly Shape[] = [
  '( los | las ) primeros|primeras #5 !@timeunit ( @people | pedidos | inscritos | inscritas | en ( comprar | reservar | pedir | inscribirse | apuntarse | suscribirse ) | incluyen | reciben | recibiran | tendran | se llevan | consiguen | obtienen )',
  '^ ( las | los )? ultimas|ultimos #2 $',
  '<!no ( es | son | queda | quedan ) ( el | la | los ) ultimo ( $ | que queda | que quedan | @available )',
  '( queda | quedan ) ( las | los ) ( ultimas | ultimos ) ( $ | @stockunit )',
  '( apenas | casi no | ya casi no | ya apenas ) ( queda | quedan ) ( @stockunit | @stock | $ )',
  '@stock ( muy | super | bastante | realmente | extremadamente ) limitado|escaso',
  'suele|suelen ( llenarse | completarse | venderse | reservarse | volar | agotar )',
  'ya ( se apuntaron | se unieron | compraron | reservaron | se inscribieron | se han apuntado | se han unido | se han inscrito ) ~3 ( y | con ) otros|otras #',
  '( y | junto a | con ) otros|otras # ~3 ( se apuntaron | se unieron | compraron | reservaron | se inscribieron | se han apuntado | se han unido | se han inscrito )',
];

/**
 * A lone popularity or rank badge on one item or plan (the coordinator's session-11 decision: unsourced social
 * proof is pressure): a singular superlative of selling or choosing ("Más vendido", "El más popular", "Nuestro plan
 * más popular", "Más vendido en Hogar"), a bestseller named as a noun ("Top ventas", "Un superventas", "Éxito de
 * ventas", "Producto estrella", "Líder en ventas", "Best seller"; a bare "Bestseller" is also German and English copy, left to their packs), a rank ("Nº 1 en zapatillas", "#1 en ventas",
 * "El número uno de España"), the favourite of a nation or the public ("El colchón favorito de España"), "el que
 * más se vende". The badge is its whole clause; a plural is a collection's heading, a sort or a menu entry
 * ("Los más vendidos", "Nuestros superventas", "Ordenar por: más vendido", "Best sellers"); "lo más …" heads a
 * section ("Lo más vendido"); a colon after it opens a report ("Producto más vendido: aceite … (98 uds.)"), and a
 * source or a measure passes (es-stated.ts: "según …", "datos de …").
 */
const POPULARITY_BADGE: readonly Shape[] = [
  // a singular superlative: "Más vendido", "¡El más popular!", "Plan más elegido", "La más pedida en Cocina"
  // (exact forms: the plural is a heading or a sort)
  '^ <!@sortcue @badgedet? @badgeitem? mas|+ =vendido|=vendida|=popular|=comprado|=comprada|=pedido|=pedida|=reservado|=reservada|=elegido|=elegida|=querido|=querida|=buscado|=buscada ( en|de|del ~4 )? $ !:',
  // a bestseller as a noun, singular by its determiner or alone as a badge: "Un superventas", "Top ventas"
  '^ <!@sortcue ( =el | =la | =un | =una | =nuestro | =nuestra | todo =un | toda =una ) @badgeitem? =superventas|=favorito|=favorita ( en|de|del ~4 )? $ !:',
  '^ <!@sortcue @badgedet? @badgeitem? ( =exito | =lider | =estrella ) de|en =ventas ( en ~4 )? $ !:',
  '^ <!@sortcue @badgedet? =top en? =ventas ( en ~4 )? $ !:',
  '^ <!@sortcue @badgedet? ( =best | =top ) =seller ( en ~4 )? $ !:', // loanwords, singular: not "Best sellers"
  '^ ( producto | articulo | modelo ) =estrella $ !:', // "Producto estrella" (not a name: "Hotel Estrella")
  // the bare badge, singular, as en, de and fr read it: a plan's "Popular" (real copy; "Populares" heads a list)
  '^ <!@sortcue =popular $ !:',
  '^ el|la =rey|=reina de las =ventas $ !:',
  // a rank: "Nº 1 en zapatillas", "N.º 1 en ventas", "La marca número uno de España", "#1 en ventas"
  '<!@docpart ( nº | n . º | numero | no . | nro . ) 1|uno ( en | de | del ) !# !@queue', // not a queue's place
  '^ 1|primero|primera en ventas',
  '^ top #2 en ventas',
  // the favourite of a nation or the public: "El colchón favorito de España", "La favorita del público"
  'favorito|preferido ( de | del | de la | de los | de las | entre | entre los | entre las ) @publicof',
  // the one that sells most: "El que más se vende", "La que más se pide"
  '^ @badgeitem? el|la que mas se vende|pide|compra|lleva|reserva $',
];

/**
 * Activity notifications (real shop plugins): a first name from a city and what they just did or saved ("Lucía de
 * Madrid acaba de cerrar un trade", "Ana de Valencia ahorró 156 €", "Amina de Barcelona ha pedido su …"), someone on
 * this page now ("Lucía de Madrid está en esta página ahora mismo"), a count while the visitor reads ("Mientras lees
 * esto, 24 personas …"), someone else taking the visitor's place. The verbs are of saving and getting, and a name-
 * and-place reads only before one, so "El equipo de soporte ha respondido" and "Tu pedido de Madrid ha salido" tell
 * nothing.
 */
const ACTIVITY_NAMED: readonly Shape[] = [
  '^ _ de _ ~1 ( ahorro | consiguio | redujo | gano | obtuvo | recupero | ha ahorrado | ha conseguido | ha reducido ) ~3 #',
  '^ _ de _ ~1 =acaba|=acaban de _',
  '^ _ de _ ~1 ( ha pedido | ha comprado | ha reservado | ha contratado | pidio | compro | reservo | contrato | se llevo ) su|un|una|el|la',
  '=esta|=estan ( en esta pagina | viendo esta pagina | en este producto ) ( ahora | ahora mismo | en este momento )',
  '( mientras lees | mientras lee | mientras miras | mientras mira | mientras decides | mientras decide ) ( esto )? ,? ~2 # @people',
  '( alguien mas | otra persona | otro usuario | otro cliente ) ~4 ( ocupa | ocupara | se queda con | se quedara con | se lleva | se llevara | toma | tomara ) ( tu | su ) ( plaza | lugar | sitio | reserva | asiento | mesa )',
];

/**
 * Places counted for today or a daily limit (real booking plugins): "1 plaza restante hoy", "7 plazas restantes hoy",
 * "Límite diario: 100 plazas", "Solo quedan unas pocas". A bank's "Límite diario de retirada: 600 €" counts no places,
 * and "Quedan unos pocos pasos" is progress.
 */
const PLACES_TODAY: readonly Shape[] = [
  '# @stockunit @available ( hoy | esta semana | este mes | ahora | para hoy | a este precio )',
  '( limite | cupo | maximo ) ( diario | de hoy | por dia ) :? # @stockunit',
  'quedan|queda ( unas | unos ) ( pocas | pocos | cuantas | cuantos ) ( $ | @stockunit | @stock )',
];

/**
 * Popular now or said of one item as a copula (real shop themes): "Tendencia ahora:", "Popular ahora", "Popular en
 * tu zona", "El pack de 2 es el más popular", "La mayoría se lleva dos", "Miles ya lo comprobaron". "¿Cuál es el más
 * vendido?" asks, and "Este no es el más popular" denies.
 */
const POPULAR_NOW: readonly Shape[] = [
  '^ =tendencia|=popular ( ahora | hoy | ya | esta semana | en tu zona | cerca de ti | en tu ciudad )',
  '<!cual|que|no es el|la mas =popular|=vendido|=vendida|=elegido|=elegida|=pedido|=pedida|=comprado|=comprada',
  '( la mayoria | casi todos | casi todo el mundo | todo el mundo ) ( se lleva | se llevan | se queda | se quedan ) ( dos | tres | # | el | la | los | las | con )',
  '( miles | cientos | millones ) ( de personas | de clientes )? ya ( lo | la ) ( comprobaron | probaron | han probado | han comprobado | usan | tienen | disfrutan | compraron )',
];

/**
 * Scarcity by a word alone (no count): a limited edition or batch with nothing after it ("Edición limitada", "Serie
 * limitada.", "Mercancía limitada"; with its count it is a product line: "Edición limitada de 500 unidades",
 * "Edición limitada: 300 ejemplares"), a superlative of limited ("Cupos limitadísimos", "Stock limitadísimo"), many
 * visits or followers on one listing ("Este piso tiene muchas visitas", "Más de 200 personas lo siguen").
 */
const LIMITED_ALONE: readonly Shape[] = [
  '( edicion | serie | tirada | coleccion | produccion | mercancia | asignacion | partida | hornada ) =limitada|=limitado $ !:',
  '=limitadisimo|=limitadisima|=limitadisimos|=limitadisimas',
  '( tiene | tienen | recibe | reciben | ha tenido | acumula | acumulan ) ( muchas | muchisimas | cientos de | miles de | tantas ) ( visitas | visualizaciones | consultas | solicitudes )',
  '# @people ~1 ( lo | la ) ( siguen | tienen guardado | tienen guardada | vigilan )',
];

/** The families' words, spread into the pack's classes (es-classes.ts). */
export const ES_PRESSURE_FAMILY_WORDS: Readonly<Record<string, readonly string[]>> = {
  /** A badge's determiner: singular, so the badge names one item ("Nuestros más vendidos" is a collection). */
  badgedet: ['el', 'la', 'un', 'una', 'nuestro', 'nuestra', 'todo un', 'toda una', 'es el', 'es la', 'es un', 'es una'],
  /** What a badge sits on: an item, a plan, a model, a brand ("Nuestro plan más popular", "Producto estrella"). */
  badgeitem: [
    'producto',
    'articulo',
    'modelo',
    'plan',
    'opcion',
    'tarifa',
    'paquete',
    'pack',
    'marca',
    'libro',
    'menu',
    'curso',
    'destino',
    'hotel',
    'sabor',
    'color',
  ],
  /** A crowd as a nation or the public, whose favourite an item is said to be. */
  publicof: [
    'publico',
    'gente',
    'comunidad',
    'pais',
    'espana',
    'mexico',
    'argentina',
    'colombia',
    'chile',
    'peru',
    'espanoles',
    'mexicanos',
    'argentinos',
    'colombianos',
    'chilenos',
    'peruanos',
    'latinoamerica',
    'miles',
  ],
  /** Parts of a document or a sequence numbered 1 ("Paso nº 1 de", "Artículo número 1 del reglamento"): no rank. */
  docpart: [
    'articulo',
    'apartado',
    'paso',
    'punto',
    'seccion',
    'capitulo',
    'pregunta',
    'leccion',
    'nivel',
    'ejercicio',
    'factura',
    'pedido',
  ],
  /** A queue or a list the visitor stands in ("Eres el número 1 en la lista de espera"): a place, not a rank. */
  queue: ['la lista', 'la cola', 'lista', 'cola', 'espera', 'turno', 'fila', 'la fila'],
  /** A sort or a filter before a badge's words ("Ordenar por: más vendido"): navigation, not a claim. */
  sortcue: [
    'ordenar por :',
    'ordenar :',
    'orden :',
    'ordenado por',
    'ordenar por',
    'clasificar por',
    'filtrar por',
    'ver',
    'mostrar',
  ],
  /** The visitor's own step or file, whose being "casi completo" is progress, not a full house. */
  ownstep: [
    'perfil esta',
    'perfil',
    'formulario esta',
    'registro esta',
    'solicitud esta',
    'expediente esta',
    'pedido esta',
    'descarga esta',
    'instalacion esta',
    'proceso esta',
    'configuracion esta',
    'pago esta',
  ],
  /** A crowd, counted vaguely or named by its bond to the visitor. */
  crowdof: [
    'medio pais',
    'media ciudad',
    'medio barrio',
    // (not "miles / millones / cientos de …": the size of a customer base is not pressure, a product decision of
    // session 12 — "Miles de conductores ya confían", "Millones de familias ya lo usan")
    'la mayoria de',
    'casi todos',
    'todos tus',
    'todas tus',
    'tus vecinos',
    'tus amigos',
    'tus companeros',
    'tus colegas',
    'sus vecinos',
    'sus amigos',
    'sus companeros',
    'todo tu',
    'todo el barrio',
    'la mitad de',
    // a neighbourhood, as Spain and Latin America name it: "tu barrio / colonia / vecindario ya se cambió"
    'tu barrio',
    'tu colonia',
    'tu vecindario',
    'tu edificio',
    'tu comunidad',
    'tu calle',
    'tu zona',
  ],
  /** Having, using, joining or switching: adopting a thing (not "pueden ver", a permission). */
  adopted: [
    'lo tiene',
    'lo tienen',
    'se ha registrado',
    'se han registrado',
    'se registro',
    'se ha inscrito',
    'se han inscrito',
    'la tienen',
    'lo usan',
    'lo usa',
    'la usan',
    'se apunto',
    'se apuntaron',
    'se han apuntado',
    'se ha apuntado',
    'se han pasado',
    'se ha pasado',
    'se pasaron',
    'se han cambiado',
    'se cambiaron',
    'se han unido',
    'se unieron',
    'lo compraron',
    'lo han comprado',
    'se suscribieron',
    'se han suscrito',
    'lo disfrutan',
    'confian',
    'se cambio',
    'se ha cambiado',
    'se paso',
    'lo contrataron',
    'lo han contratado',
    'se inscribieron',
    'se sumaron',
  ],
};

/**
 * Session 14, family parity with en / de / fr: stock sold in a span ("Se agotó en un día", "Se vendieron 300 en una
 * hora", en "sold out in minutes"), still flying ("¡Están volando!"), added to N carts, bought by N people ("Comprado
 * recientemente por 4 personas"), a share of customers and their choice ("El 87 % de los clientes elige …"), the
 * majority's pick ("Elegido por la mayoría"), joiners with their time ("200 personas se inscribieron hoy"), someone
 * about to take it ("Otra persona está a punto de reservar"), few said with "hay" or "bajo stock"
 * ("Hay muy pocas plazas", "Bajo stock"), a restock in doubt ("Puede que no
 * vuelva", "No sabemos cuándo volverá"). A source ("según la encuesta …") or the visitor's own account is stated
 * (es-stated.ts); "Valorado por 1.200 clientes" is a rating, "Stock bajo: 3 productos" an admin report.
 */
const SOLD_IN_A_SPAN: readonly Shape[] = [
  'se ( agoto | agotaron | agotan | vendio | vendieron | venden ) ~2 en ( # | un | una | unos | unas | pocos | pocas | menos de ) ~1 @timeunit|semana|semanas',
  '^ ( estan | esta | van ) volando $',
  'a # carritos|cestas',
  '( comprado | reservado | elegido | pedido ) ~1 por ( # | mas de # ) @people',
  '# % de ~2 ( clientes | compradores | usuarios | personas | viajeros | huespedes ) ~2 ( elige | eligen | prefiere | prefieren | compra | compran | repite | repiten | se queda | se quedan | anade | anaden )',
  '( elegido | preferido | favorito ) ( por | de ) la mayoria',
  '# @people ~1 se ( apuntaron | inscribieron | registraron | unieron | suscribieron ) ~2 ( hoy | ayer | esta semana | este mes | en la ultima | en las ultimas )',
  '( otra persona | otro cliente | alguien | alguien mas | otro usuario ) ~2 a punto de ( reservar | comprar | llevarse | pagar | quedarse )',
  '^ hay ( muy | tan )? ( pocas | pocos | poquitas | poquitos ) @stockunit|@stock',
  '^ ( bajo | escaso ) ( stock | inventario ) !:',
  '( puede que no | quiza no | tal vez no | no sabemos si | no sabemos cuando ) ( ( vuelva | volvera | vuelvan | volveran ) ( $ | a estar disponible | a estar en stock | a haber ) | reponga | repongamos | volvamos a tener | tengamos mas )',
];

export const ES_PRESSURE_FAMILIES: readonly Shape[] = [
  ...SOLD_IN_A_SPAN,
  ...CAPACITY_LOW,
  ...SOMEONE_ELSE,
  ...RECENT_VAGUE,
  ...CROWD_ALREADY,
  ...OTHERS_WONT_WAIT,
  ...FEW_IN_DEGREE,
  ...SOLD_FAST_SHARE,
  ...TREND_DEMAND,
  ...CROWD_CHOICE,
  ...GOING_FAST,
  ...OTHERS_COUNTED,
  ...LAST_AND_LIMITED,
  ...FIRST_AND_LAST,
  ...POPULARITY_BADGE,
  ...ACTIVITY_NAMED,
  ...PLACES_TODAY,
  ...POPULAR_NOW,
  ...LIMITED_ALONE,
];

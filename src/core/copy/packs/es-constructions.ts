/**
 * Spanish urgency and pressure written as constructions rather than phrases: lo que se acaba, un "¿a qué
 * esperas?", quien duda; una parte de los clientes, actividad cerca del visitante, la compra o el ahorro de alguien
 * con "acaba de". Spread into the pack's `urgency` and `pressure` lists.
 */
import type { Shape } from '../pack.js';

export const ES_URGENCY_CONSTRUCTIONS: readonly Shape[] = [
  'manana ~2 suben|vuelven|sube|vuelve|cambian ~2 precio|tarifa',
  'no durara|duraran|dura|duran',
  'a que espera|esperan',
  'quien duda', // not "quien espera"
  'se? acaba|acaban|termina|terminan pronto',
  'solo para ~2 pedidos|compras|reservas de hoy',
  'quedan|faltan ~1 unas|pocas ~1 horas|minutos',
  'solo hasta hoy|manana|medianoche',
  '( se va | se van | se acaba | se acaban | termina | terminan ) ~2 esta medianoche|noche',
  'antes de que ~1 acabe|termine|llegue ~1 el|la contador|cuenta|cronometro',
  // an offer tied to this visit, gone when the visitor leaves: "válido mientras estés en esta página", "si sales,
  // pierdes el descuento", "el cupón desaparece al cerrar" (not "tu sesión se cerrará si sales")
  '@promo|tarifa ~6 ( mientras | durante | para | solo en ) ~2 esta|este pagina|sesion|visita|ventana|pestana',
  '( si sales | si te vas | si cierras | al salir | al cerrar | si abandonas ) ~2 ,? pierde|perdera ~3 @promo|@gain',
  '@promo ~3 desaparece|expira|caduca|termina|pierde ~1 ( al salir | al cerrar | si sales | si cierras | cuando salgas | cuando cierres )',
  // an end near but undated: "a punto de caducar", "dentro de poco", "por tiempo súper limitado", "pronto desaparece"
  // (not a payment card: "La tarjeta de crédito está a punto de caducar")
  '<!@paymentCard @promo|@gain|@owned ~4 a punto de caducar|expirar|terminar|acabar|desaparecer|vencer',
  '^ pronto ( desaparece | desaparecera | se acaba | termina | acaba | se va )',
  // act now or lose it: "Pide ya o te quedas sin …", "No lo pienses más", "No lo dejes para luego", "Decídete ahora"
  '( ya | ahora ) o ~2 ( perderas | pierdes | te quedas sin | te quedaras sin | nunca )',
  'no lo|la|te? piense ( mas | dos veces )',
  'no lo|la deje para ( manana | luego | despues | otro dia )',
  'decidete|decidase|decide|decida ya|ahora',
  'manana ~1 ya no estara|estaran|habra|existira',
  'ultimo aviso',
  'sin prorroga',
  'no se amplia|ampliara|prorroga|prorrogara',
  // a price that may change any moment: "Los precios podrían cambiar en cualquier momento"
  '@promo ~4 en cualquier momento',
  // …with its percentage and a modal between ("La oferta del 50 % puede terminar en cualquier momento"; session 12)
  '@promo ~4 ( puede | podria | va a ) ( terminar | acabar | desaparecer | subir | cambiar | caducar ) en cualquier momento',
  // a cart or a seat held for minutes: "Tu carrito se reserva solo 10 minutos más" (a cart kept 30 days is a service)
  '( carrito | cesta | pedido | reserva | plaza | asiento | entrada ) ~2 se? guarda|reserva|mantiene|bloquea|guardado|reservado|bloqueado ~2 # minuto|min|segundos', // not a 48-hour pick-up hold
];

export const ES_PRESSURE_CONSTRUCTIONS: readonly Shape[] = [
  // una parte de los clientes: "2 de cada 3 clientes", "1 de cada 4 compradores"
  '# de cada # clientes|compradores|personas', // not "usuarios": an admin screen's seat count
  'visto por # personas|usuarios|clientes',
  '# personas|usuarios|clientes ~3 ahora mismo',
  '# pedidos|ventas|compras|reservas esta semana|hoy',
  'cerca de ti|usted ~3 comprando|compran|comprado|reservando',
  // la compra o el ahorro de alguien: "…, de Sevilla, acaba de comprar" (no "tu pedido acaba de salir")
  '=acaba|=acaban de ahorrar|comprar|pedir|reservar|adquirir',
  'suele|suelen agotarse',
  'demanda altisima|enorme|disparada|brutal',
  // la demanda y la venta como tendencia: "pronto agotado", "la demanda sube", "se está vendiendo mucho"
  'pronto agotado',
  'casi ~2 agotado|lleno|ocupado',
  '<!@ownstep casi completo', // "Sesión casi completa", not "Tu perfil está casi completo"
  'demanda sube|crece|aumenta|dispara|explota',
  '( se esta vendiendo | se estan vendiendo | se vende | se venden ) mucho|muchisimo|rapido|volando',
  '# personas|clientes ~3 en el|su carrito|cesta',
  // actividad de otros con su tiempo, y proporciones vendidas: "la mitad ya se ha vendido", "80 % ya vendido"
  '# visitantes|personas ~4 ahora|esta pagina',
  '( mitad | # % ) ~3 ya ~2 vendido|agotado',
  'se agotara|agotaran ~1 pronto|breve',
  'ya hay|van # reservas|pedidos|compras|inscritos',
  'se han apuntado|registrado|inscrito ~3 #',
  '# veces ~3 carrito|cesta',
  // few left in any degree: "quedan poquitos", "quedan muy pocas entradas", "queda poco stock", "Pocas plazas"
  'quedan muy|tan|ya? pocos|pocas|poquitos|poquitas|poquisimos|poquisimas',
  'queda|quedan muy? poco @stock|@stockunit',
  '^ pocas|pocos|poquitas|poquitos @stock|@stockunit',
  // the last ones, not the last ones seen ("Últimos artículos vistos"): "Últimas existencias", "Último par en tu número"
  // (not a report's date or a time of admission: "Último inventario: 2 de noviembre", "Última entrada a las 17:00")
  // (not a latest-items heading: "Últimos artículos", "Últimos productos")
  '^ ultimo !articulo|producto|item @stockunit !@seen !@atClock',
  '^ ultimo @stock !@seen !: !@atClock',
  // demand as a trend or a rank: "está arrasando", "por las nubes", "uno de los más buscados", "se está llenando"
  'arrasando',
  'arrasa|arrasan en ventas|tiendas',
  '( demanda | pedidos | ventas | reservas ) ~3 por las nubes',
  'uno de los|las ~2 mas buscados|deseados|vendidos|pedidos|populares',
  // of an event or a moment, not a shop's heading ("Lo más vendido", "Los más buscados"): "Lo más buscado del Black Friday"
  '=lo mas buscado|deseado|pedido|vendido de|del|en ~1 @promo|momento|dia|semana|hoy',
  'se esta|estan llenando',
  'se llena|llenan rapido|enseguida',
  'vendido|agotado|reservado|lleno|ocupado|completo al # %',
  '( todo el mundo | todos | todas ) =lo|=la|=se ~2 ( quiere | quieren | pide | piden | pidiendo | comprando | llevando | lleva | llevan )',
  // others now, near the visitor: "Lo están viendo 7 personas", "Otros clientes están reservando estas fechas"
  'esta|estan @watching ~2 # otras? @people',
  '( otros | otras | mas | alguien | hay ) ~2 ( @people | gente )? esta|estan? @watching ~2 ( esto | este | esta | estos | estas | ahora | en este momento )',
  '@people ~4 =lo|=la|=los|=las esta|estan @watching', // "Compradores de tu zona lo están comprando"
  'te|se lo|la ( quitan | quitaran | van a quitar )',
  'unete|unase|sumate|sumese a ~1 # @people',
  '@boughtPast ~3 hace ( # | un | una | unos | unas ) @timeunit',
  '@stock|@stockunit vuela|vuelan', // "Las existencias vuelan"
  '# @people ~4 ya ~1 se? han|ha? apuntado|apuntaron|inscrito|inscribieron|registrado|registraron|unido|unieron|comprado|reservado',
  'no eres el|la unico ( interesado | que ~3 quiere|mira|busca|tiene|interesa )',
  'el ojo puesto',
];

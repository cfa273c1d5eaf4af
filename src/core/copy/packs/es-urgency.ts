/**
 * Spanish false urgency as shapes (es.ts): "¡Date prisa!", "Última oportunidad", "Solo hoy", a promotion that ends
 * soon, what is left of the time, a price that goes up; constructions in es-constructions.ts.
 */
import type { Shape } from '../pack.js';
import { ES_URGENCY_CONSTRUCTIONS } from './es-constructions.js';
import { ES_URGENCY_FAMILIES } from './es-urgency-families.js';

export const ES_URGENCY: readonly Shape[] = [
  ...ES_URGENCY_CONSTRUCTIONS,
  ...ES_URGENCY_FAMILIES,
  // "¡Date prisa!", "Apúrate", "No esperes más", "No te lo pierdas"
  '<!no|sin date|daos|dese prisa',
  'apurate|apurese|apresurate|corre|corred $',
  '^ rapido $', // "¡Rápido!", not "Enviamos rápido, …"
  'no espere|espereis ( mas | demasiado | $ | a manana | a que se acabe | a que se agote )', // not "No esperes resultados de la noche a la mañana"
  'no te lo|la pierdas|perdas', // vos: "No te lo perdás"
  'no te quedes sin',
  'ahora o nunca',
  // "Última oportunidad", "Últimas horas", "Últimos días de rebajas"
  // ("de última hora", "de último momento" are news and last-minute trips, not a countdown)
  // ("chance" too, Latin America: "¡Última chance!")
  // (the hours plural: a lone "Última hora" is the news or a filter of the last hour)
  'ultimo oportunidad|ocasion|llamada|chance|=horas|dias|dia|minutos|unidades',
  // the last hour of an offer ("Última hora para aprovechar el 30 %"), not the news or a filter ("Última hora")
  '<!de ultima hora ~4 @promo|aprovechar|aprovecha|aprovechala|aprovechalo|comprar|compra|reservar|corre',
  'ultimo dia|minutos',
  '<!de ultimo momento',
  // "Solo hoy", "Únicamente este fin de semana", "Hoy solo", "Solo por 24 horas"
  'solo|solamente|unicamente por|durante? @soonday',
  'solo|solamente|unicamente durante|por # horas|dias|minutos',
  '@soonday solamente|solo|unicamente $',
  // "Por tiempo limitado", "Oferta limitada", "Oferta relámpago", "Oferta flash"
  'tiempo|periodo muy|super|realmente|extremadamente? limitado', // "por tiempo (muy) limitado"
  // (an offer reported over is no push: "Esta oferta relámpago terminó")
  '@promo limitado|relampago|flash !termino|finalizo|acabo|expiro|caduco',
  // a launch or presale limited in time: "Precio de lanzamiento limitado", "parte del lanzamiento limitado de temporada"
  // (a count after it is a product line: "Lanzamiento limitado de 500 unidades")
  '( lanzamiento | preventa ) limitado ( de !# | !de )',
  'oferta|promo|promocion|descuento|rebaja expres', // "Oferta exprés" (not "Envío exprés")
  // "Oferta del día", "Chollo de hoy" (but "Ventas de hoy" in an admin screen is a figure)
  'oferta|chollo|promocion|promo|descuento|precio exclusiva|exclusivo? ( de hoy | del dia )',
  // an offer ends (termina, acaba); a code or a password expires (caduca: "Caduca en 10 minutos" is a disclosure)
  // (not a stored card's last digits: "Termina en 4242", "La tarjeta almacenada termina en 4242", nor a checkout's bare
  // "Termina en" before them; an offer's timer label keeps its offer: "La oferta termina en:")
  '^ termina|acaba|finaliza ( pronto|hoy|esta|manana|ya | en !@lastDigits _ )',
  '^ vence|caduca|expira pronto|hoy|esta|manana', // "Vence hoy", but "Caduca en 10 minutos" may be a code
  // "La oferta termina pronto", "Las rebajas acaban esta noche", "El descuento caduca en 2 horas"
  // an end that is near (a date is a disclosure: "La oferta termina el 31 de mayo"; a named day is not)
  '@promo ~3 @ends pronto|hoy|esta|este|manana|a|en|dentro|antes|las', // "… válida hasta las 23:59"
  '^ solo|solamente|unicamente hasta las # : #', // "Solo hasta las 23:59 de hoy"
  '^ solo|solamente|unicamente hasta las # am|pm|h|hs|hrs', // "…, solo hasta las 8 pm" (not "Hoy abrimos solo hasta …")
  '@promo ~2 @ends $',
  '<!@disclosed termina|acaba|finaliza en !@lastDigits # ~1',
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
  'el tiempo corre|vuela ( $ | y | en tu contra | en su contra )', // not "El tiempo corre distinto en vacaciones"
  'se acaba|agota el tiempo',
  'antes de que ( sea | se haga ) demasiado? tarde',
  // with its subject in either order: "antes de que se agote el stock", "antes de que este producto se agote", "antes
  // de que la oferta expire" (not the visitor's own trial or plan: "antes de que termine tu prueba" is a term, @disclosed)
  'antes de que se acabe|acaben|termine|terminen|agote|agoten',
  'antes de que _ ~2!@disclosed ( se acabe | se acaben | termine | terminen | se agote | se agoten | expire | expiren | caduque | desaparezca | se pierda )',
  'antes de que suba|suban el|los? precio',
  'mientras dure|duren la|las? oferta|promocion',
  // "Compra en los próximos 30 minutos", "Pide antes de las 2 horas"
  'compra|compre|pide|pida|reserva|reserve|haz|realiza ~3 @within # @timeunit',
  // "Tu carrito se guarda durante 10 minutos"
  // a cart held for minutes is a push; a cart kept for 30 days is a service
  '@within # minuto|min|segundos',
  // "El precio sube mañana", "Los precios aumentarán pronto"
  'precio|tarifa ~1 sube|suben|subira|subiran|aumenta|aumentan|aumentara|aumentaran|cambiara',
  '<!abierto|abierta|abre|abrimos|abiertos hasta medianoche',
  'hasta esta noche|medianoche',
  '<!cerramos|cierra|cierran|cerrado|abrimos|abre|abren|abierto a medianoche', // not a shop's hours: "Cerramos a medianoche"
  '<!con|de cuenta atras|regresiva', // not a kitchen timer "con cuenta atrás"
  'no se repetira|volvera',
  '( no volvera | no volveran ) a repetir|verse|estar', // "no volverá a repetirse"
  // hours left until a sale ends: "Quedan horas para el fin de las rebajas"
  '( quedan | faltan ) ~1 horas|minutos|dias para ~4 @promo|rebajas',
  '@promo unico|irrepetible', // "Oferta única"
  // "No dejes pasar esta oportunidad", "Aprovecha ya", "Mañana será tarde", "por poco tiempo"
  'no deje|dejeis pasar|escapar',
  'no lo|la|te deje|dejeis escapar|pasar', // "¡No lo dejes escapar!"
  'solo|solamente|unicamente hasta el? @weekday|manana', // "Solo hasta el domingo"
  'aprovecha|aproveche|aprovechad ya|hoy|antes|ahorita',
  '^ ( ya casi | casi ) se acaba|acaban|termina|terminan', // "¡Ya casi se acaba!", not "El proceso casi se acaba"
  'manana sera|es demasiado? tarde',
  'sera demasiado tarde',
  'por|durante poco tiempo',
  'por|durante pocos|pocas dias|horas|semanas',
  'queda|quedan|faltan pocas|pocos horas|dias|minutos',
  '@promo ~2 de # horas|dias',
  // the time left of an offer ("Tiempo restante para aprovechar el descuento"), not a player's or a plan's ("Tiempo
  // restante", "el tiempo restante de tu suscripción"; a timer after it is a countdown anyway)
  'tiempo restante ~4 @promo|aprovechar|aprovecharlo|comprar|reservar',
  'tiempo restante : #', // a shop's clock: "Tiempo restante: 04:59" (a player's "15:30 restante" has no colon)
  '@promo ~3 tiempo restante',
  // "Aprovecha la oferta antes de que termine" (not "cancela 24 horas antes de que termine", a term of the contract)
  '( aprovecha | aprovechad | compra | pide | reserva ) ~4 antes de que acabe|acaben|termine|terminen|expire|caduque|desaparezca',
  // a promotion ending on a named day: "Termina el domingo a las 23:59", "Válido hasta el viernes"
  '^ @ends el? @weekday',
  '@promo ~3 @ends el? @weekday',
];

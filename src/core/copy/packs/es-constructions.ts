/**
 * Spanish urgency and pressure written as constructions rather than phrases: lo que se acaba, un "¿a qué
 * esperas?", quien duda; una parte de los clientes, actividad cerca del visitante, la compra o el ahorro de alguien
 * con "acaba de". Spread into the pack's `urgency` and `pressure` lists.
 */
import type { Shape } from '../pack.js';

export const ES_URGENCY_CONSTRUCTIONS: readonly Shape[] = [
  'manana ~2 suben|vuelven|sube|vuelve|cambian ~2 precio|precios|tarifa',
  'no durara|duraran|dura|duran',
  'a que esperas|espera|esperan',
  'quien duda', // not "quien espera"
  'se? acaba|acaban|termina|terminan pronto',
  'solo para ~2 pedidos|compras|reservas de hoy',
  'quedan|faltan ~1 unas|pocas ~1 horas|minutos',
  'solo hasta hoy|manana|medianoche',
  '( se va | se van | se acaba | se acaban | termina | terminan ) ~2 esta medianoche|noche',
  'antes de que ~1 acabe|termine|llegue ~1 el|la contador|cuenta|cronometro',
];

export const ES_PRESSURE_CONSTRUCTIONS: readonly Shape[] = [
  // una parte de los clientes: "2 de cada 3 clientes", "1 de cada 4 compradores"
  '# de cada # clientes|compradores|personas', // not "usuarios": an admin screen's seat count
  'visto|vista|vistos por # personas|usuarios|clientes',
  '# personas|usuarios|clientes ~3 ahora mismo',
  '# pedidos|ventas|compras|reservas esta semana|hoy',
  'cerca de ti|usted ~3 comprando|compran|comprado|reservando',
  // la compra o el ahorro de alguien: "…, de Sevilla, acaba de comprar" (no "tu pedido acaba de salir")
  'acaba|acaban de ahorrar|comprar|pedir|reservar|adquirir',
  'suele|suelen agotarse',
  'demanda altisima|enorme|disparada|brutal',
  // la demanda y la venta como tendencia: "pronto agotado", "la demanda sube", "se está vendiendo mucho"
  'pronto agotado|agotada|agotados',
  'casi ~2 agotado|agotada|agotados|agotadas',
  'demanda sube|crece|aumenta|dispara|explota',
  '( se esta vendiendo | se estan vendiendo | se vende | se venden ) mucho|muchisimo|rapido|volando',
  '# personas|clientes ~3 en el|su|sus carrito|carritos|cesta',
  // actividad de otros con su tiempo, y proporciones vendidas: "la mitad ya se ha vendido", "80 % ya vendido"
  '# visitantes|personas ~4 ahora|esta pagina',
  '( mitad | # % ) ~3 ya ~2 vendido|vendida|agotado',
  'se agotara|agotaran ~1 pronto|breve',
  'ya hay|van # reservas|pedidos|compras|inscritos',
  'se han apuntado|registrado|inscrito ~3 #',
  '# veces ~3 carrito|cesta',
];

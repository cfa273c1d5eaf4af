/**
 * Spanish pressure as shapes (es.ts): scarcity ("Solo quedan 2", "Últimas unidades", "Se agota") and activity
 * ("23 personas están viendo esto", "Lucía de Bilbao acaba de comprar"); constructions in es-constructions.ts.
 */
import type { Shape } from '../pack.js';
import { ES_PRESSURE_CONSTRUCTIONS } from './es-constructions.js';
import { ES_PRESSURE_FAMILIES } from './es-pressure-families.js';

export const ES_PRESSURE: readonly Shape[] = [
  ...ES_PRESSURE_CONSTRUCTIONS,
  ...ES_PRESSURE_FAMILIES,
  // "Solo quedan 2", "Quedan solo 3 unidades", "Últimas 4 plazas", "Solo 2 disponibles"
  'solo|solamente|unicamente nos|me? queda|quedan # ~2', // "Solo nos queda 1"
  'queda|quedan solo|solamente|unicamente|apenas # ~2',
  'queda|quedan menos de #',
  '^ queda|quedan # $', // "Quedan 2", "¡Ya solo quedan 3!"
  // the count in words: "Solo quedan tres", "Quedan solo dos unidades" (but "Solo queda un paso")
  'solo|solamente|unicamente nos|me? queda|quedan @fewword ( @stockunit | $ )',
  'queda|quedan solo|solamente|unicamente|apenas @fewword ( @stockunit | $ )',
  'ultimo # ~2 @stockunit',
  'ultimo # @available',
  'ultimo !articulo|producto|item @stockunit $', // "Últimas plazas", not a heading "Últimos artículos"
  'ultimo @stockunit @available',
  'solo|solamente|unicamente|apenas # @stockunit? @available',
  // (a plain count in stock is inventory, the product decision en reads too: "12 unidades disponibles"; "Solo 3
  // unidades disponibles", "Últimas 3 unidades disponibles" keep their word of few; what remains is counted down, as
  // en's "20 units remaining")
  '# @stockunit ( restante | restantes | por vender ) $',
  'pocas|pocos @stockunit @available',
  // "Stock limitado", "Existencias limitadas", "Pocas unidades", "Casi agotado", "Se agota"
  // (not an admin report's heading before its count: "Stock bajo: 3 productos")
  '@stock limitado|bajo|escaso !:',
  '@stock limitado|bajo|escaso : !#',
  'unidades|plazas|cantidades limitadas',
  'casi|practicamente agotado|vendido',
  '<!si|cuando se agota|agotan', // not a condition: "Te avisamos si se agotan las entradas"
  'se esta|estan agotando|acabando|yendo|volando', // "Se están acabando"
  'agotandose',
  'a punto de agotarse',
  // not "hasta agotar existencias", "mientras queden unidades": a stock disclaimer states a condition
  // "Alta demanda", "Muy solicitado", "Se vende rápido"
  '<!la|una alta|gran|mucha demanda', // not "debido a la alta demanda, la respuesta puede retrasarse"
  'muy|super solicitado|demandado|buscado',
  'se vende|venden rapido|rapidamente', // "como churros" in es-pressure-families.ts (not "Se vende como pack de 3")
  'vuela|vuelan de',
  'vuela|vuelan ( otra vez | de nuevo | rapido )',
  // activity: "23 personas están viendo esto", "5 clientes lo compraron hoy", "12 vendidos en las últimas 24 horas"
  '# otras? @people ~3 @watching|@bought',
  '# @bought|vendidas|vendidos|reservas|compras en|durante|hoy|hace|las|los',
  '# @people ~5 a|en su carrito|cesta|favoritos|lista',
  'anadido|agregado ( al | a la ) carrito|cesta # veces',
  // "Sierra en Sevilla compró … hace 12 minutos", "Lucía de Bilbao ha reservado esta habitación" (the time or the
  // demonstrative is needed: "compro" is also a base form of "compra", as in "Forma de compra")
  // (not a question: "¿Qué tipo de reserva es esta?")
  '^ !que|cual|como|donde|cuando|quien|cuanto|cuanta ~2 de|en ~2 @boughtPast ~4 hace|hoy|ayer|este|esto|recien|ahora',
  'menos de # @stockunit? @available|restantes',
  '# @people esta|estan activos|activas|conectados|conectadas|en', // "436 usuarios están activos ahora", not "3 de 5 usuarios activos"
  '# @people ~2 tienen|tiene|guardaron|guardado ~3 en|a favoritos|carrito|cesta|su',
  'casi no nos|me|te? queda|quedan', // "Casi no nos quedan plazas"
  '<!te|le|os|les queda|quedan # ~1 @available', // "Quedan 4 en stock", not the visitor's "Te quedan 2 licencias libres"
  'queda|quedan # @stockunit',
  '# % vendido|agotado|reservado|reclamado',
  '@bought ~5 hace #',
  'en # carritos|cestas',
  'vendido|comprado|reservado # veces',
  'visto # veces ~1 hoy|en|durante|esta|este|desde', // counted views with a window, not "Tu publicación se ha visto 37 veces"
  // "María de Sevilla acaba de comprar …", "Alguien en Madrid compró …"
  '=acaba|=acaban de comprar|reservar|pedir|suscribirse|donar|adquirir|contratar|pasarse|unirse|venderse|agotarse|llevarse',
  // exact forms: "Otros clientes también compraron" is a recommendation, not one shopper's purchase
  '( alguien | =otro =cliente | =otra =persona | =un =cliente ) ~6 @bought',
  '@bought|reservado|comprado hace # @timeunit',
  'hace # @timeunit ~4 @bought',
  // "Muy popular", "Más vendido en las últimas 24 horas", "Más de 2.000 vendidos", "En el carrito de 8 personas"
  'muy|super popular',
  'demanda alta|elevada',
  // ("Más vendido en Cocina" is a rank in a category, not a time: "en" only before a time, "en las últimas …")
  'mas vendido|comprado|reservado ( en los|el|la | hoy|esta )',
  'mas de # vendidos|vendidas|compras|reservas',
  '# vendidos|vendidas $',
  'en el|la carrito|cesta de # @people',
  'solo|solamente|quedan # en tu|su talla|color|tamano',
  'solo|solamente|unicamente # @stockunit $',
  '# % de ~6 =vendidas|=vendidos|=vendido|=vendida|=agotado|=agotados|=agotadas|=comprados|=compradas|=reservados|=reservadas', // participles: not '10 % de descuento en tu primera compra'
  'se han|ha vendido|reservado|comprado #',
  '@bought|vendidos|vendidas ~3 en la ultima',
  'agotado en otras|otros tallas|colores|tamanos',
  'se acaba|acaban de suscribir|unir|registrar|apuntar|inscribir|matricular',
  '# @people han|ha @bought',
  'antes de que se agote|agoten',
  'se agote|agoten pronto|rapido|enseguida', // "Es probable que se agote pronto"
];

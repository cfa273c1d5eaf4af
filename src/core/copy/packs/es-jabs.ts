/**
 * Spanish confirmshaming of modal, pop-up and body copy as constructions (spread into es-shaming.ts): how a
 * Spanish-language shop guilt-trips a "no" — regret foretold, "¿seguro que quieres desaprovechar …?", "los
 * verdaderos X no …", what others would have done, a dependant harmed or blamed on the visitor, "di adiós a …",
 * accusations and mockery, a loss turned into a question. Each needs its construction, not one phrase, so a
 * neutral confirmation ("¿Seguro que quieres vaciar el carrito?") passes.
 */
import type { Shape } from '../pack.js';

const yours = 'tu|tus|su|sus|vuestro|vuestra|vuestros|vuestras';

export const ES_JAB_SHAPES: readonly Shape[] = [
  // regret foretold: "Luego no te quejes", "No digas que no te avisamos", "Te arrepentirás", "Lo vas a lamentar"
  '( luego | despues | mas tarde ) no te|se|os queje',
  'no diga que no te|le|os lo? avisamos|advertimos|dijimos|avisaron|advirtieron',
  '<!no|si te|se|os ~2 arrepentir|arrepentira|arrepiente', // "si te arrepientes, …" is a policy
  '<!no lo|la ~2 lamentar|lamentara|lamentareis',
  'acuerdate|acuerdese|acordaos|recuerda|recuerde de? este momento',
  // a loss the visitor is asked to confirm: "¿Seguro que quieres desaprovechar este descuento?"
  '( seguro | segura | de verdad | en serio | realmente ) ~4 @squander ~4 @good|@owned|%',
  '( va | vais | piensa ) a @squander ~4 @good|@owned|%',
  // the loss as a question about leaving: "¿Te vas sin tu cupón?"
  `( te vas | se va | os vais | irte | irse ) sin ~1 ${yours}|el|la|los|las ~2 @good|@owned`,
  // a loss said as a farewell: "Di adiós a tu descuento", "Despídete de tus puntos"
  '( di | diga | decid ) adios a|al ~3 @good|@owned',
  'despidete|despidase|despedios|despedirte|despedirse de|del ~3 @good|@owned',
  // true members of a group do not say no: "Los verdaderos fans no se dan de baja", "Un buen padre no dejaría …"
  'verdadero|autentico|buen|bueno @crowd ~4 no',
  // only those who do not … say no: "Solo quien no valora su tiempo …"
  '^ ( solo | solamente ) ( quien | quienes | el que | la que | los que | las que ) no',
  // anyone sensible would: "Nadie que se precie …", "Cualquiera con dos dedos de frente …", "Hasta tu abuela …"
  'nadie que se precie',
  'dos dedos de frente',
  '( cualquiera | nadie | todo el mundo | cualquier otro | cualquier otra ) ~4 aprovecharia|aceptaria|rechazaria|diria',
  'habria|hubiera|habrian|hubieran ~1 aprovechado|aceptado',
  'habria|hubiera|habrian|hubieran dicho que si',
  // (not ease of use: "Hasta tu abuela puede usar la app")
  'hasta tu|su abuelo|madre|padre|hijo|perro|gato !puede|pueden|podra|podria|sabria',
  // someone who deserves it more: "… para alguien que sí lo valore"
  '( alguien | otro | quien ) que si lo|la|los|las|le? valore|valoren|aprecie|aprecien|merezca|merezcan|aproveche|aprovechen',
  // the shop finding someone worthier: "ya encontraremos a alguien que lo aprecie"
  '( encontraremos | buscaremos | habra ) a? ( alguien | otro ) que ~1 lo|la? valore|aprecie|merezca|aproveche|quiera',
  // "real X" after the noun: "Los emprendedores de verdad invierten …"
  '( los | las | un | una ) @crowd de verdad',
  // mockery told as an order or a regret: "Tú sigue sin enterarte", "quédate con tu conexión lenta", "con lo bien que te iba"
  'tu|usted|vos sigue|siga|segui ~3 sin',
  'quedate|quedese con tu|su ~3 @loss',
  'con lo bien que te|le iba',
  // the last to know: "Seguirás siendo el último en enterarte"
  '( seras | seguiras siendo | te quedaras | sera | seguira siendo ) el|la ultimo|unico',
  // blame, and dependants let down or harmed: "por tu culpa", "No decepciones a tus hijos", "No dejes tirado a tu equipo"
  'por tu|su|vuestra culpa',
  'culpa tuya|suya|vuestra',
  `no decepcione|defraude|falle a? ~2 ${yours}`,
  `no dejes|deje|dejeis ~1 tirado|colgado|solo ~2 a? ${yours}`,
  `dejar|dejas|dejes|deja|dejaria|dejarias ~3 ${yours}|a ~2 ( desprotegido | expuesto | sin proteccion | a su suerte )`,
  '@victim ~4 seguira|seguiran|podria|podrian|pasara|pasaran|tendra|tendran|quedara|quedaran ~4 esperando|sufriendo|hambre|frio|sin|solo',
  '( podria | podrian | seguira | seguiran | pasara | pasaran ) ~3 ( en la calle | sin hogar | sin comida | sin techo | sufriendo | pasando hambre | pasando frio )',
  'no pasa nada .? .? .? salvo|excepto|menos',
  // a vice made the visitor's master: "No dejes que la pereza gane"
  'no deje|dejeis que ~1 @vice',
  'que la|el|tu|su|tus|sus? @vice gane|ganen|te|le|os|decida|decidan',
  // accusations: "Creíamos que eras más listo", "Esperábamos más de ti", "y aun así te vas", "No te juzgamos"
  '( creiamos | pensabamos | crei | pense | creia | pensaba | esperabamos ) que ~1 era|erais|tenia|teniais ~3 ( listo | inteligente | sensato | buen gusto | mejor )',
  'esperabamos|esperaba mas de ti|usted|vosotros',
  '( aun asi | y aun asi | y todavia | y encima ) ~2 ( dices | dice | decis | rechazas | rechaza | te vas | se va | cancelas | cancela | prefieres | prefiere )',
  'no te|le|os juzgamos|juzgo|juzgaremos',
  '( vaya | que | menuda ) decepcion',
  'nos|me decepciona|decepcionais',
  'hay gente para todo',
  // saying no called a trait of losers: "Cerrar esta ventana es de cobardes", "Ahorrar es para tontos"
  'es|son|sera de|para @insult $',
  // a sarcastic wish over a loss: "Disfruta pagando el doble", "Que te vaya bien con tus facturas a mano"
  'disfruta|disfrute|disfrutad ~3 @loss',
  '( que te vaya | que le vaya | suerte ) bien? con ~3 @loss',
];

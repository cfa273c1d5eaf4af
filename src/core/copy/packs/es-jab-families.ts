/**
 * Spanish confirmshaming of page copy (any field, no role) by FAMILY, described from the language: the
 * constructions that shame on their own (spread into es-shaming.ts) and the signals that shame only with a
 * second family (spread into es-signals.ts). Probes: copy-es-families.ts.
 */
import type { Shape, SignalFamily } from '../pack.js';

/**
 * A refusal equated with a loss: "rechazar / cancelar / darte de baja / decir que no (…) es / sería aceptar /
 * elegir / quedarte …", "si dices que no, aceptas …", "di que no y sigue …". "Cancelar es gratis" and "decir que
 * no es tu derecho" name no loss: the copula must be followed by a verb of choosing the loss.
 */
const REFUSAL_IS_LOSS: readonly Shape[] = [
  '( rechazar | cancelar | cerrar | salir | irte | irse | darte de baja | darse de baja | decir que no | decir no | dejar | abandonar ) ~3 ( es | seria ) ( aceptar | elegir | apostar | quedarte | quedarse | seguir | resignarte | renunciar | decir no | decirle no | decir que no | decirle que no )',
  // …or with throwing away what was gained, saying goodbye, turning one's back ("cancelar ahora sería tirar por tierra
  // todo tu esfuerzo", "dejar el curso es decirle adiós a tu futuro"); "cancelar ahora es gratis" names nothing lost
  '( rechazar | cancelar | cerrar | salir | irte | irse | darte de baja | darse de baja | decir que no | dejar | abandonar ) ~3 ( es | seria ) ( tirar | echar | desperdiciar | malgastar | perder | rendirte | rendirse | decir adios | decirle adios | despedirte | darle la espalda | dar la espalda )',
  // …or with refusing the good itself: "Rechazar esta oferta es rechazar tu bienestar" (session 12)
  '( rechazar | cancelar | cerrar | decir que no | dejar ) ~3 ( es | seria ) ( rechazar | renunciar a | decir que no a | decirle que no a ) ~2 @good|@owned|@victim',
  'si dice que? no ,? ( acepta | elige | renuncia )',
  '( di | diga | decid ) que? no y ( sigue | siga | seguid | continua | continue | quedate | quedese )',
];

/**
 * Even someone close would have said yes, nobody but you, only a kind of person leaves: "hasta / incluso tu abuela
 * habría dicho que sí / hubiera aceptado", "nadie … excepto / salvo / menos tú", "solo un cobarde / los despistados
 * se rinde(n) / se va(n) / abandona(n)", "es de gente / personas que …", "lo que haría alguien que …". "Hasta tu
 * abuela puede usarla" (ease of use), "nadie verá tus datos excepto tú" (privacy) and "solo un administrador puede
 * cerrar" (a permission) are no jab: the verb must be a past conditional of accepting, or one of leaving.
 */
const NOT_EVEN_THEM: readonly Shape[] = [
  '( hasta | incluso | ni ) ( tu | su ) ~2 ( habria | hubiera | habrian | hubieran | diria | dirian ) ( dicho que si | aceptado | dicho que no )',
  'nadie ( rechaza | dice que no | se resiste | renuncia | se va | deja pasar ) ~3 ,? ( excepto | salvo | menos ) ( tu | usted | vos )',
  '( solo | solamente ) ( un | una | los | las ) _ ( abandona | abandonan | se va | se van | se rinde | se rinden | renuncia | renuncian | se da de baja | se dan de baja )',
  '( es | son ) de ( gente | personas ) que',
  'lo que haria|harian ( alguien | una persona | la gente ) que',
  // nobody who cares, a sensible person, not everyone: "Nadie que quiera a su familia …", "Una persona sensata no
  // viaja sin …", "No todo el mundo está hecho para …" ("nadie puede ver tu contraseña" is a promise, "no todo el mundo
  // necesita el plan Pro" advice)
  'nadie que ( quiera | ame | valore | cuide | proteja | respete | se preocupe | se quiera | se cuide )',
  '( una persona | un padre | una madre | alguien | la gente ) ( responsable | sensato | previsora | previsor | listo | inteligente ) no',
  '( no todos | no todas | no todo el mundo ) ~1 ( esta | estan ) ( hecho | preparado | nacido ) para',
  '( todos | todas ) los|las listos|listas|inteligentes|sabios|espabilados',
];

/**
 * Disappointment in who the visitor was: "Creíamos que eras de los que …", "Pensábamos que te importaba …",
 * "Sabíamos que no eras de los que se atreven", usted too ("que le importaba su familia"). Not "pensamos que te
 * gustaría saber …" (news) nor "creíamos que era un fallo" (the third person is a thing).
 */
const WE_THOUGHT_YOU_WERE: readonly Shape[] = [
  '( creiamos | creimos | pensabamos | pensamos | sabiamos | crei | pense | creia | pensaba | esperabamos ) que ( eras | no eras | te importaba | te importaban | le importaba | le importaban | sabias | usted era | te tomabas | se tomaba )',
];

/** How little a good matters to the visitor, as a reproach: "¿Tan poco te importa tu piel?", "Qué poco valoras tu tiempo". */
const SO_LITTLE: readonly Shape[] = [
  '( tan | que ) poco ( te importa | te importan | le importa | le importan | vale | valen | valoras | valora | te quieres | te cuidas )',
];

/**
 * Regret told of others or foretold as never forgiven: "Muchos se arrepienten de …", "Quien no ahorra hoy, mañana se
 * lamenta", "Tu yo de mañana nunca te lo perdonará", "tu versión del futuro te lo reprochará". "Si te arrepientes,
 * puedes volver" is a policy.
 */
const REGRET_OF_OTHERS: readonly Shape[] = [
  // those who went without end up badly: "Los que se quedan sin seguro suelen acabar contándolo en urgencias"
  '( los que | las que | quienes | quien ) ~1 ( se quedan sin | se queda sin | van sin | viajan sin | siguen sin ) ~4 ( suelen acabar | suele acabar | acaban | acaba | terminan | termina | suelen terminar )',
  '( muchos | muchas | mucha gente | muchos clientes | la mayoria | casi todos | quien | quienes | el que | los que ) ~5 se ( arrepiente | arrepienten | arrepintio | arrepintieron | lamentan | lamento | lamentaron )',
  '( muchos | muchas | la mayoria | casi todos ) ~5 lo|la ( lamenta | lamentan | lamentaron )',
  '( quien | quienes | el que | los que ) no ~4 , ~2 se ( arrepiente | arrepienten | lamenta | lamentan )',
  '( no | nunca | jamas ) te|se|os lo ~1 ( perdonara | perdonaran | va a perdonar | van a perdonar | perdonaria | perdonarian )',
  '( tu | su ) ( version | yo ) ( del futuro | de manana | futuro | futura )',
  'te|se lo ~1 ( reprochara | reprocharan | echara en cara | echaran en cara )',
];

/**
 * The visitor's leaving takes something from people in need: "Cada cancelación significa menos vacunas para …", "Su
 * baja deja a 30 familias sin …". "Cada cancelación supone un cargo" and "tu cancelación deja sin efecto la reserva"
 * are terms.
 */
const LEAVING_DEPRIVES: readonly Shape[] = [
  '( cada | tu | su ) ( baja | cancelacion | renuncia | salida | no ) ~2 ( significa | supone | implica ) menos',
  '( baja | cancelacion | renuncia | salida | no ) ~2 ( deja | dejara | dejaria ) a ~2 @victim|personas|familias|ninos ~3 sin',
];

/**
 * Someone the visitor leaves behind, or the shop begging, hurt or left alone: "¿Vas a abandonar a Toby?" (the personal
 * "a" names someone: "abandonar el grupo" is a setting), "¡No nos abandones!", "te lo suplicamos", "Nos duele verte
 * marchar", "Tu carrito te echará de menos", and the visitor left to pay alone ("… lo pagas tú solito").
 */
const LEFT_BEHIND: readonly Shape[] = [
  '( abandonar | abandones | abandona | abandonaras | abandonarias ) a !medias|mitad|la|lo|los|las|un|una',
  'no nos|me abandone|abandoneis',
  '( te | se | os ) lo ( suplicamos | suplico | rogamos | ruego | imploramos )',
  // (a plain farewell sorrow is not confirmshaming, a product decision of session 13: "Nos duele verte ir", "Nos da
  // pena que te vayas" pass; the heartbreak blamed on the visitor, "Nos rompes el corazón si te vas", does not)
  '( nos rompes | me rompes | nos partes | me partes ) el corazon',
  '( tu | su ) ~2 te|le ~1 ( extranara | extranaran | echara de menos | echaran de menos | va a extranar | van a extranar | va a echar de menos | van a echar de menos )',
  '( pagara | paga | asumiras | asume | cargas | cargaras ) ~2 tu|usted|vos ( solo | solito )',
  // not even a trifle: "¿Ni siquiera por 2 €?"
  'ni siquiera ( por | con )? ~1 #',
];

/** Regret foretold in either order: "no te quejes luego", "luego no llores", "después no vengas llorando". */
/** Leaving leaves someone without: "si te vas / te das de baja / cancelas, los niños se quedan sin …". */
const LEFT_WITHOUT: readonly Shape[] = [
  '( si te vas | si te das de baja | si cancelas | si cierras | si dices que no | si se da de baja | si cancela ) ,? ~6 ( se queda | se quedan | se quedara | se quedaran ) sin',
  // …or without the visitor's gift: "Sin tu donación, hoy algún perro se queda sin comer" ("Sin tu ayuda no
  // habríamos llegado hasta aquí" thanks)
  '( sin tu | sin su | si no donas | si no dona | si no colaboras | si no colabora ) ~2 ,? ~6 ( se queda | se quedan | se quedara | se quedaran | se quedaria | se quedarian ) sin',
  // …or the visitor's own things left sad: "Si cierras esta ventana, tu jardín seguirá igual de triste"
  '( si te vas | si te das de baja | si cancelas | si cierras | si sales | si dices que no | al cerrar | al salir | al cancelar ) ~4 ,? ~6 ( seguira | seguiran | se quedara | se quedaran | quedara | quedaran ) igual de|tan|muy? ( triste | feo | aburrido | apagado | vacio | abandonado )',
];

const REGRET_FORETOLD: readonly Shape[] = [
  'no te|se|os queje|quejeis ~3 ( luego | despues | mas tarde )',
  '( luego | despues | mas tarde ) no ( llores | llore | lloreis | vengas llorando | venga llorando | vengas a llorar )',
];

/**
 * Jabs that shame alone, each a construction a marketer elsewhere would write too: disbelief at the visitor's
 * preference ("¿De verdad prefieres anuncios …?", "¿En serio prefiere …?"; a plain "¿Prefieres recibirlo en papel?"
 * asks); someone who relied on the visitor, told in the past ("Los niños contaban contigo", "confiaban en ti"; the
 * present "Contamos contigo" is a welcome); only a kind of person says no ("Este aviso solo lo cierran quienes no
 * saben …", "Solo los que no leen rechazan …"); another quitter ("Vaya, otro que abandona a la segunda semana").
 */
const JAB_ALONE: readonly Shape[] = [
  // a thing of the visitor's told to feel abandoned ("Tu descuento se sentirá abandonado"), the shop keeping the good
  // ("Nos quedaremos con tu descuento, entonces"); session 12
  '( tu | su ) ~2 ( se sentira | se sentiran | se siente | se sienten | se va a sentir | se van a sentir ) ~1 ( solo | abandonado | triste | olvidado )',
  '( nos quedaremos | nos quedamos | nos lo quedamos | nos la quedamos | nos los quedamos ) con ( tu | su | vuestro ) ~2 @good|@owned',
  '( en serio | de verdad | de veras ) ,? ~1 ( prefiere | preferis | prefieren )',
  '( contaban | contaba | confiaban | confiaba | dependian | dependia ) ( contigo | con usted | con vos | en ti | en usted | en vos | de ti | de usted )',
  '( solo | solamente | unicamente ) ~1 ( lo | la | te | nos )? ( cierran | rechazan | ignoran | cancelan | abandonan | dicen que no | se van | desaprovechan ) ( quienes | los que | las que | quien | el que | la gente que | personas que )',
  '^ ~1 otro mas? que ( abandona | se rinde | se va | lo deja | cancela | se da de baja | tira la toalla )',
];

/**
 * Session 13 (generalisation): families written as paradigms, not rows. Each names the words a marketer would use
 * (synonyms, tú / usted / vos / vosotros, Spain and Latin America), the word orders and the forms (badge, sentence,
 * decline), and the honest near-miss the same words make; probes in copy-es-s13.ts.
 *
 * Losing it oneself, the self word on the verb: "me lo pierdo", "me la pierdo", "nos lo perdemos", "me lo perderé",
 * "me lo voy a perder", "perdérmelo / perdérmela / perdérnoslo" after "prefiero / quiero / voy a / vale". Not the
 * visitor who will not miss it ("No me lo pierdo por nada", "No quiero perdérmelo": an acceptance), nor a question
 * about something missed ("¿Me perdí algo?": no object pronoun).
 */
const LOSE_IT_MYSELF: readonly Shape[] = [
  '<!no|nunca|jamas|ni ( me | nos ) ( lo | la ) ( pierdo | perdemos | perdere | perderia | voy a perder | vamos a perder )',
  // (the words before the infinitive may not be a negation or a wanting: "No quiero perdérmelo" starts nowhere)
  '<!no|nunca|jamas|ni|quiero|puedo|pienso|a ( prefiero | quiero | voy a | vamos a | mejor | prefiere | preferimos )? @selfmiss',
];

/**
 * The competition wins by the visitor's no, in either order and any register: "Que gane mi competencia", "Dejaré que
 * la competencia me adelante", "Mis competidores te lo agradecerán", "Tu competencia lo celebrará", "… y que mis
 * rivales se lleven a mis clientes", "Tus competidores ya lo usan", "Tu competencia no va a esperar". Not the visitor's
 * own reason ("Me voy con la competencia", "La competencia me ofrece mejor precio"), nor a promise ("Tus
 * competidores no verán tus datos"): the verbs are of winning, thanking, overtaking, using it first, not waiting.
 */
const RIVALS_WIN: readonly Shape[] = [
  '( mi | tu | su | la | los | nuestra | nuestros ) @rival ~2 ( me | te | se | nos )? @rivalwins',
  '( que | dejar que | dejare que | dejo que | prefiero que ) ~1 ( me | te | nos )? ( @rivalwins ~1 )? ( mi | tu | su | la | los ) @rival',
];

/**
 * Falling behind, as one's own choice: "Me quedo atrás", "Prefiero quedarme atrás / rezagado / obsoleto", "Seguir en
 * la edad de piedra / en el siglo pasado / en la prehistoria", "Sigo como un dinosaurio", "Quedarnos estancados". First
 * person or the label's infinitive only: "No te quedes atrás" is an invitation, and "Mi pedido está estancado" a
 * report (no staying verb).
 */
const FALL_BEHIND: readonly Shape[] = [
  '( me quedo | me quedare | quedarme | quedarnos | nos quedamos | seguir | sigo | seguire | vivir | vivo ) ( atras $ | atras de | rezagado | obsoleto | anticuado | estancado | desfasado | en la edad de piedra | en el siglo pasado | en la prehistoria | en el pasado | ( como | siendo ) ( un | una ) ( dinosaurio | cavernicola | troglodita | fosil ) )',
];

/**
 * A harm to someone in the visitor's care, preferred, allowed or wished, in either order: "Prefiero que mis hijos se
 * aburran", "Dejaré que mi perro pase frío", "Que sufran los animales", "¿Y vas a dejar que tu familia pase hambre?",
 * "que se las arreglen solos". Not a choice left to them ("Prefiero que mi hijo elija", "Que los niños disfruten"): the
 * verb must be a harm.
 */
const HARM_TO_THEM: readonly Shape[] = [
  '( que | dejar que | dejare que | dejo que | dejas que | dejes que | prefiero que | mejor que ) ~2 @victim|@jDependant|@careabout ~1 @harmverb',
];

/**
 * Not caring about what matters, in every register and order: "No me preocupa mi salud", "Me da igual el planeta",
 * "Mi futuro me trae sin cuidado", "La seguridad de mi familia no me quita el sueño", "Me importa un bledo mi piel". Not
 * a neutral thing ("Me da igual el color", "No me preocupa la entrega") nor a bare "No me preocupa, gracias": the
 * object is something of value or someone.
 */
const CARELESS_OF_GOOD: readonly Shape[] = [
  '@nocare ~3 @victim|@good|@owned|@careabout',
  '@victim|@good|@owned|@careabout ~3 ( @nocare | no me quita el sueno )',
];

/**
 * Paying more, as a whole label or clause in the visitor's voice: "Pagaré más, gracias", "Prefiero pagar más", "No
 * me importa pagar el doble", "Seguir gastando más plata", "… y pagar más". Not paying later ("Pagaré más tarde",
 * "Pagar más adelante"), nor a page's "¿Por qué pago más este mes?": the clause ends after the amount.
 */
const PAY_MORE_MYSELF: readonly Shape[] = [
  '^ ~3 ( pagar | pagare | gastar | gastare ) ( mas | de mas | el doble | el triple ) @money? $',
];

/**
 * A pity pinned on the visitor's loss, not a farewell ("Qué pena que te vayas" is plain sorrow, a product decision):
 * "Qué pena que dejes pasar tu descuento", "Es una lástima que te pierdas esta oferta", "Una pena que no te importe tu
 * futuro", "Lástima que renuncies a tus puntos".
 */
const PITY_YOUR_LOSS: readonly Shape[] = [
  '( pena | lastima ) que ( dejes pasar | dejes escapar | te pierdas | se pierda | renuncies | renuncie | desaproveches | no aproveches | prefieras | prefiera | no te importe | no le importe )',
];

/**
 * The visitor's no told as a loss or a betrayal: "¿Estás seguro de que quieres perder esto?", "¿Seguro que quiere
 * renunciar a su descuento?", "Ellos cuentan contigo, no los defraudes", "No les falles", "¿Nos abandonas?", "¿Así nos
 * dejas?". Not a form's "¿Seguro que quieres perder los cambios?" (the thing is a gain), nor the shop's own promise
 * ("No te decepcionaremos", "No te fallaremos": the visitor is the subject), nor "¿Nos dejas tu opinión?".
 */
const FAIL_THEM: readonly Shape[] = [
  'seguro de? que ( quiere | desea ) ( perder | perderte | perderse | renunciar a | desaprovechar | dejar pasar | dejar escapar ) ( esto | ( el | la | los | tu | su | este | esta )? ~1 ( @promo | @gain | @owned | oportunidad | ocasion ) )',
  'no ( le | lo | la | nos )? ( decepcione | defraude | falle )',
  '( nos abandonas | nos abandona | nos abandonais | nos vas a abandonar | vas a abandonarnos | va a abandonarnos | asi nos dejas | asi nos deja | no nos dejes asi | nos dejas asi )',
];

/**
 * The visitor's reason belittled: a bad thing let win ("¿Vas a dejar que la inflamación gane?", "No dejes que la pereza
 * te gane", "Dejaré que el estrés pueda conmigo"; not "Deja que tu equipo gane tiempo", which goes on), the reason
 * called an excuse ("Eliminemos esa excusa", "Tu excusa de siempre"; not "Sin excusas: envío gratis"), the last try a
 * good deserves in a retention modal ("Tu salud merece este último intento", "Tu piel se merece otra oportunidad"; not
 * the tagline "Tu piel merece lo mejor").
 */
const REASON_BELITTLED: readonly Shape[] = [
  '( dejar | dejas | deja | dejes | dejare | dejo | vas a dejar | va a dejar ) que ~3 ( gane | ganen | te gane | me gane | le gane | te venza | me venza | pueda contigo | pueda conmigo | se salga con la suya ) $',
  '( esa | tu | su ) ( excusa | pretexto )',
  '( merece | merecen ) ~2 ( ultimo intento | una oportunidad | otra oportunidad | una segunda oportunidad | una ultima oportunidad )',
];

/**
 * Giving up told as the visitor's weakness, asked or forbidden, with its "so soon": "¿Te rindes tan pronto?", "¿Vas a
 * rendirte justo ahora?", "¿Tirar la toalla a la primera?", "No te rindas ahora", "No tire la toalla todavía", "Los
 * valientes no se rinden". A puzzle's "¿Te rindes? Ver la solución" has no "so soon", and "Nunca nos rendimos con tu
 * pedido" is the shop's own.
 */
const GIVING_UP: readonly Shape[] = [
  '( rendirte | rendirse | te rindes | se rinde | tirar la toalla | tiras la toalla | tira la toalla | te das por vencido | darte por vencido ) ( tan pronto | tan rapido | tan facilmente | a la primera | ahora que | justo ahora | a estas alturas )',
  'no ( te rindas | se rinda | os rindais | tires la toalla | tire la toalla | te des por vencido ) ( ahora | todavia | aun | tan pronto | justo ahora )',
  '( los | las ) ( valientes | ganadores | campeones | fuertes | mejores ) no ( se rinden | abandonan | cancelan | se van | tiran la toalla )',
];

/**
 * Settling for less, any person: "¿Te conformas con menos?", "Conformarme con poco", "¿Vas a conformarte con lo
 * mínimo?", "Se conforma con cualquier cosa"; deserving more than this ("Te mereces más que esto", "Mereces algo mejor
 * que eso"). Not a plan chosen ("Me conformo con el plan básico", "con lo que tengo"), nor the tagline "Te mereces lo
 * mejor".
 */
const SETTLE_FOR_LESS: readonly Shape[] = [
  '( me conformo | te conformas | se conforma | nos conformamos | conformarme | conformarte | conformarse | conformarnos ) con ( menos | poco | lo minimo | cualquier cosa | migajas | lo mediocre | el segundo puesto )',
  '( mereces | te mereces | merece | se merece | mereceis | os mereceis ) algo? ( mas | mejor ) que ( esto | eso )',
  // the visitor's own put off as able to wait: "Mi negocio puede esperar", "Mis clientes pueden esperar" (the first
  // person: "Los clientes pueden esperar un correo" is "expect")
  '( mi | nuestro ) ( @victim | @jDependant | @careabout | negocio | salud | empresa ) ( puede | pueden | podra | podran ) esperar',
  // the last to know, as one's choice: "Enterarme el último", "Prefiero ser la última en enterarme"
  '( enterarme | me entero | enterarnos | ser el ultimo en enterarme | ser la ultima en enterarme ) ( el | la )? ( ultimo | ultima | $ )',
];

/**
 * Regret foretold, in every tense and hope: "Luego no te arrepientas", "Ojalá no se arrepienta", "Espero que no te
 * arrepientas", "Vas a arrepentirte", "Luego no vengas a quejarte", "Si te vas ahora, te perderás tu regalo" (the
 * second person: an impersonal "se perderá todo el progreso" warns). Not the CTA "No te arrepentirás" nor a policy
 * ("Si te arrepientes, puedes volver"; no "no" before it).
 */
const REGRET_WIDE: readonly Shape[] = [
  // …and the bad state kept, as the visitor's own label in any field (the decline grammar reads it as a judgement,
  // es-judgements.ts): "Sigo en la ruina", "Me quedo con mi piel seca", "Quedarme con el dolor de espalda"
  '^ ( no ,? )? ( prefiero seguir | prefiero quedarme | me quedo | quedarme | sigo | seguir ) ( con | en ) ( mi | mis | el | la | los | las )? ~1 @jAilment|@jBad',
  '( luego | despues | mas tarde | ojala | espero que ) no ( te | se | os ) ( arrepienta | arrepintais | queje )',
  '( vas a | va a | vais a ) ( arrepentirte | arrepentirse | arrepentiros | lamentarlo )',
  '( luego | despues ) no ( venga | vengais ) a ( quejarte | quejarse | llorar | reclamar )',
  '( te perderas | te vas a perder | os perdereis ) ~3 @good|@owned|@promo|oportunidad',
];

/** "Worse for you", in every address: "Peor para ti", "Tanto peor para usted", "Peor para vos" (as "Allá tú"). */
const SARCASTIC_WISH: readonly Shape[] = ['^ ( tanto )? peor para ( ti | vos | usted | ustedes | vosotros | ellos )'];

/**
 * Leaving without: the rhetorical question, whatever is left behind ("¿Te vas sin tu regalo?", "¿Ya te vas sin hablar
 * de lo que te preocupa?", "¿Se va sin su descuento?"), and the label that leaves its own gain behind ("Irme sin mi
 * regalo", "Me voy sin mis puntos"; not "Salir sin guardar" or "Continuar sin mi cuenta").
 */
const LEAVE_WITHOUT_MINE: readonly Shape[] = [
  '^ ( ya )? ( te vas | se va | os vais | te marchas | se marcha | te vas a ir | te piensas ir ) ( asi )? sin',
  '^ ( irme | me voy | marcharme | salir | irnos ) ~1 sin ( mi | nuestro ) ~1 @owned|@gain',
];

/** The session-13 families' words (`@name` above), in the pack's classes (es-classes.ts); base forms (es.ts suffixes). */
export const ES_JAB_FAMILY_WORDS: Readonly<Record<string, readonly string[]>> = {
  /** "Perdérmelo" and its kin: the infinitive with the self word and the object on it (one token each). */
  selfmiss: ['perdermelo', 'perdermela', 'perdernoslo', 'perdernosla'],
  /** The competition, any number and register. */
  rival: ['competencia', 'competidor', 'competidores', 'rival', 'rivales'],
  /** What the competition does with the visitor's no: wins, overtakes, thanks, celebrates, uses it first, does not wait. */
  rivalwins: [
    'gane',
    'ganen',
    'gana',
    'adelante',
    'supere',
    'se lleve',
    'se lleven',
    'lo agradecera',
    'lo agradeceran',
    'lo celebrara',
    'ya lo usa',
    'ya lo usan',
    'no va a esperar',
    'no espera',
    'te saca ventaja',
  ],
  /** A harm that befalls someone, in the subjunctive (or the infinitive after "dejar"). */
  harmverb: [
    'sufra',
    'sufran',
    'pase frio',
    'pasen frio',
    'pase hambre',
    'pasen hambre',
    'se aburra',
    'se aburran',
    'se enferme',
    'se enfermen',
    'se las arreglen',
    'se queden sin',
  ],
  /** Not caring, any register (the object follows). */
  nocare: [
    'no me preocupa',
    'no me preocupan',
    'me da igual',
    'me dan igual',
    'me da lo mismo',
    'me trae sin cuidado',
    'me importa un bledo',
    'me importa un pimiento',
    'me importa un comino',
    'me importa poco',
  ],
  /** What a visitor should care about beyond the goods: their future, privacy, body, home. */
  careabout: ['futuro', 'privacidad', 'jubilacion', 'piel', 'cuerpo', 'datos'],
  /** Flattering adjectives a boast says one already is (with an intensifier: es-shaming.ts). */
  flatter: [
    'listo',
    'inteligente',
    'guapo',
    'sano',
    'en forma',
    'joven',
    'rico',
    'fuerte',
    'delgado',
    'perfecto',
    'culto',
    'experto',
  ],
  /** Who follows the visitor: an audience that can be let down. */
  followers: ['seguidor', 'fan', 'suscriptor', 'comunidad', 'audiencia'],
};

export const ES_JAB_FAMILY_SHAPES: readonly Shape[] = [
  ...LOSE_IT_MYSELF,
  ...RIVALS_WIN,
  ...FALL_BEHIND,
  ...HARM_TO_THEM,
  ...CARELESS_OF_GOOD,
  ...PAY_MORE_MYSELF,
  ...PITY_YOUR_LOSS,
  ...FAIL_THEM,
  ...REASON_BELITTLED,
  ...SARCASTIC_WISH,
  ...GIVING_UP,
  ...SETTLE_FOR_LESS,
  ...REGRET_WIDE,
  ...LEAVE_WITHOUT_MINE,
  ...JAB_ALONE,
  ...REFUSAL_IS_LOSS,
  ...NOT_EVEN_THEM,
  ...LEFT_WITHOUT,
  ...REGRET_FORETOLD,
  ...WE_THOUGHT_YOU_WERE,
  ...SO_LITTLE,
  ...REGRET_OF_OTHERS,
  ...LEAVING_DEPRIVES,
  ...LEFT_BEHIND,
];

/**
 * Signals by family (two families in one text shame): sarcastic acceptance ("tú verás", "adelante", "ya ves", "es
 * broma… o no", "(no mucho)"); a dependant hurt or counting on the visitor ("contaban contigo", "se queda sin
 * trabajo", "nos duele", a thing of theirs that "seguirá igual de triste" or "te lo agradecerá"); the visitor cast
 * as a kind of person ("alguien con más visión", "no eras de los que …").
 */
export const ES_SIGNAL_FAMILIES: Partial<Record<SignalFamily, readonly Shape[]>> = {
  // the visitor's no named as what a cause lacks or as the cause (shaming-signals.ts: only with a family that judges,
  // never with a loss or a stay): "sin tu donación, …", "sin ti, …", "si no colaboras, …", "porque te rendiste". Not
  // the plain conditions "si cancelas, …", "al darte de baja, …": with the visitor's children named they are an
  // account's facts ("Si cancelas, tus hijos pierden el acceso a sus perfiles el día 30")
  refusal: [
    'si no ( dona | renueva | colabora | ayuda | aporta )',
    'sin ( tu | su | vuestro ) ( donacion | ayuda | aporte | aportacion | apoyo | colaboracion | cuota | granito de arena )',
    '^ sin ( ti | usted | vos | vosotros ) ,',
    'porque ( te rendiste | te has rendido | lo dejaste | lo has dejado | abandonaste | has abandonado | no quisiste | cancelaste | has cancelado | te fuiste )',
  ],
  // a rhetorical question put to the visitor: "¿Y tú?", "¿Eso quieres?", "¿Ya no quieres …?", "¿Y tú te retiras?",
  // "¿Sin propina?"
  stay: [
    '^ ( y tu | y usted | y vos | y vosotros ) $',
    '^ ( eso | es eso lo que | eso es lo que ) quiere $',
    '( ya no quieres | ya no quiere ) ( ser | formar ) parte',
    '^ ( y )? ( tu | usted | vos )? ( te bajas | se baja | abandonas | abandona | te retiras | se retira ) ~1 $',
    '^ sin ( propina | donacion | aporte | ayuda | regalo | seguro | proteccion | garantia | envoltorio | envoltura | dedicatoria | extras | suscripcion | membresia ) $',
    // a trifle asked back: "¿Solo 5 €?"
    '^ ( solo | solamente | nada mas ) # ( euros | pesos | dolares )? $',
    // disbelief at the no or at a preference: "¿De verdad los dejas aquí?", "¿En serio prefieres …?", "¿Y vas a …?"
    '( en serio | de verdad | de veras ) ,? ~2 ( dejas | deja | dejais | prefieres | prefiere | preferis | renuncias | renuncia | rechazas | rechaza | cancelas | cancela | cierras | cierra | sales | sale | te conformas | se conforma | pasas | pasa )',
    '^ y ( vas a | va a | piensas | piensa | quieres | quiere ) !a',
    // the no left bare, as a question: "¿Cancelar? Con lo bien que …", "¿Irte ya?"
    '^ ( cancelar | irte | irse | salir | rendirte | rendirse | abandonar | darte de baja | darse de baja ) $ !:',
    // "¿Eres de esos?", "¿Es usted de los que …?"
    '^ ( eres | es usted | sos ) de ( esos | esas | los que | las que )',
    '^ ( prefiere | preferis ) seguir ( como siempre | igual | como estas | como esta )',
  ],
  // others who stay, or nobody leaving, set against the visitor: "Los que se quedan ganan …", "Casi nadie se rinde",
  // "Menos tú", "Mientras tú lo piensas, otros ya …"; leaving called the easy way, staying a brave one
  others: [
    '( los que | las que | quienes ) ( se quedan | siguen | continuan | piensan en grande | piensan a lo grande )',
    '( casi nadie | nadie ) ( abandona | se rinde | cancela | se va | se da de baja | renuncia )',
    '( otros | todos | los demas ) ~3 ya ~2 ( estan | se pasaron | se cambiaron | se apuntaron | ahorran | ganan )',
    '( es | son ) de|para ( valientes | campeones | ganadores | los mejores | gente seria )',
    // a kind of person named by what they do: "… es para quien se lo toma en serio", "Cancelar es de quien se rinde"
    '( es | son ) ( para | de ) ( quien | quienes | los que | las que | gente que | personas que )',
    // some people do, some don't: "Hay quien valora la calidad", "hay gente a la que no le gusta leer", "No todo el
    // mundo quiere crecer"
    '^ ~2 hay ( quien | quienes | gente que | personas que | gente a la que | gente a quien ) ~4 ( valora | valoran | sabe | saben | cuida | cuidan | aprovecha | aprovechan | piensa | piensan | no le gusta | no les gusta | prefiere | prefieren )',
    '( no todo el mundo | no todos | no todas ) ( quiere | quieren | valora | valoran | sabe | saben | se atreve | se atreven | aprovecha | aprovechan )',
    // the others, or a model person, set against the visitor: "Los demás, ya ves", "Los profesionales no trabajan sin
    // copias", "Un buen jefe le da a su equipo …", "Los usuarios Premium viven mejor"
    '^ ( los demas | las demas | el resto ) ,',
    '^ ( los | las ) ( profesionales | expertos | expertas | pros | mejores | grandes | buenos | buenas ) ~2 no',
    '^ ( un buen | una buena | un verdadero | una verdadera | todo buen | toda buena ) ( jefe | jefa | padre | madre | lider | profesional | amigo | fan | lector | lectora | deportista | cliente | gerente | manager | companero | vecino )',
    '^ ( los | las ) ~2 ( viven | duermen | trabajan | rinden | aprenden | disfrutan | lo pasan | se organizan ) mejor',
    // the crowd gives more: "La mayoría da bastante más", "Otros donan el doble"
    '( la mayoria | casi todos | los demas | otros | otras ) ~2 ( da | dan | dona | donan | aporta | aportan ) ( mas | bastante mas | mucho mas | el doble )',
    // it goes to someone else: "guardaremos el descuento para alguien con más visión", "se lo daremos a otro"
    '( guardaremos | daremos | reservaremos | pasaremos | cederemos | le daremos | se lo daremos ) ~3 ( para | a ) ( alguien | otra persona | otro cliente | otra persona | quien | otros )',
  ],
  mock: [
    // the visitor singled out ("Todos … ya se cambiaron. Menos tú."; "excepto tú" is a privacy promise)
    '^ menos ( tu | usted | vos ) $',
    '( irse | irte | cancelar | darte de baja | darse de baja | rendirse | rendirte | abandonar ) ~1 es ( facil | lo facil | lo mas facil | sencillo )',
    '( seguiremos | estaremos ) aqui ,? ~1 ( esperando | esperandote )', // "… aquí, esperando"
    '( tu veras | usted vera | vosotros vereis )',
    '^ ( tu mismo | tu misma | usted mismo | usted misma | vos mismo | vos misma ) $',
    '^ ( pero )? adelante $',
    '^ ya ves $',
    'es broma ~1 o no',
    'no mucho $',
    '^ o no $',
    'pero bueno $',
    // "así, sin más", "así, tan tranquilo": the no taken lightly
    'asi ,? ( sin mas | tan tranquilo | tan tranquila | tan campante | tan pancho | tan pancha | como si nada )',
    // "Y luego estás tú", "Pues suerte", "Claro, puedes irte", "No pasa nada, entendemos que …"
    '( y luego | y despues | y entonces ) ( estas tu | esta usted | estas vos )',
    '^ ( pues )? ( suerte | buena suerte | mucha suerte ) $',
    '^ ( claro | por supuesto | faltaria mas ) ,? ( puede | podes ) ( irte | irse | cancelar | salir | darte de baja | darse de baja | cerrar | rechazar | marcharte | marcharse )',
    '( no pasa nada | tranquilo | tranquila ) ,? ( entendemos | lo entendemos | comprendemos | lo comprendemos ) que?',
    // mock pity for the choice: "Sentimos que hayas elegido pagar más"
    '( sentimos | lamentamos | nos apena | nos da pena ) que ( haya | hayais ) ( elegido | decidido | preferido | optado )',
    // what the visitor had, told back: "Con lo bien que te veías …", "Con todo lo que has avanzado …"
    '^ con lo ( bien | mucho | lejos ) que',
    '^ con todo lo que ( ha | habia | lleva )',
    // a sarcastic wish: "Disfruta enterándote de todo tarde"
    '( disfruta | disfrute | disfrutad ) ( enterandote | enterandose | perdiendote | perdiendose | aburriendote | aburriendose | esperando )',
    // a tag that makes it sarcasm: "Muy romántico no es, la verdad"
    'no es ,? la verdad $',
  ],
  dependant: [
    '( contaban | contaba | cuentan | cuenta ) contigo',
    'se queda|quedan|quedara|quedaran sin trabajo|comida|hogar|ayuda|casa',
    'seguira|seguiran igual de triste|mal|solo',
    // a thing of the visitor's left lonely or sad ("Tu carrito se quedará muy solo"; session 12)
    '( se quedara | se quedaran | quedara | quedaran | se queda | se quedan | estara | estaran ) ( muy | tan )? ( solo | solito | triste | abandonado )',
    // a cause that must close without the visitor ("Sin ti, el refugio tendrá que cerrar")
    '( tendra | tendran | tendremos | tendriamos | tendria ) que ( cerrar | cerrar sus puertas | dejar de ayudar | abandonar )',
    'te|se lo agradece|agradecera|agradeceran|agradeceria|agradecerian $',
    '( nos duele | nos rompes el corazon | nos rompe el corazon )',
    // someone who worked for the visitor, or the shop's "family" left: "Tu mensajero caminó bajo el sol por ti"
    '( tu | su ) ( repartidor | repartidora | mensajero | conductor | conductora | camarero | voluntario ) ~6 ( por ti | por usted )',
    'parte de la|nuestra familia|tribu|comunidad',
    // someone left without by the no: "¿Seguro que quiere dejar a sus empleados sin formación?", "… dejar a los
    // voluntarios sin tu ayuda"
    '( dejar | dejas | deja | dejaras | dejara | dejarias | dejaria | vas a dejar | va a dejar ) a ~5 sin',
    // a life the visitor could save, a thing waiting on them: "podrías salvar una vida", "Tus plantas siguen
    // esperando a que te decidas"
    '( podria | puede ) ( salvar | cambiar | alimentar | proteger | mejorar ) ~2 ( vida | nino | familia | perro | animal )',
    '( esperando | espera | esperan ) a que ( te decidas | se decida | te animes | se anime | reacciones | reaccione | vuelvas a cuidar )',
    // after all we did for them: "Después de todos los cupones que te hemos mandado…"
    'despues de ( todo lo que | todos los | todas las ) ~3 ( te hemos | le hemos | hemos hecho | te dimos | le dimos | hicimos por )',
    // nobody will see or know them: "tu perfil quedará incompleto y nadie te verá"
    'nadie te|le ( vera | encontrara | conocera | leera | escuchara | recordara )',
  ],
  // back to a worse old way, or going on missing out: "Tu equipo volverá a las hojas de cálculo", "vuelve a tu hoja de
  // Excel caótica", "¿Volver a hacerlo todo a mano?", "Sin Premium vuelves a empezar de cero", "¿Prefieres seguir
  // perdiéndote lo mejor?", "quienes no saben lo que se pierden"
  loss: [
    '( volver | vuelve | volvera | volveran | volvereis | regresar | regresa | regresara ) a|al ~3 ( hoja de calculo | hojas de calculo | excel | papel | boli | libreta | lapiz | hacerlo a mano | hacerlo todo a mano | a mano | empezar de cero | la casilla de salida | lo de siempre | lo de antes )',
    '( seguir | sigue | seguira | sigo | seguire ) ( perdiendote | perdiendose | perdiendo | perdiendome | perdiendonos )',
    '( estaba | estabais ) tan cerca',
    '( dejar | dejas | deja | vas a dejar | va a dejar ) ( escapar | pasar ) ~4 ( oportunidad | ocasion | chollo | ganga )',
    'no ( saben | sabe ) lo que se ( pierden | pierde )',
    // what went well, told back as lost ("Qué pena, con lo bien que íbamos"), what was achieved lost ("Perderás todo
    // lo que has conseguido"; an account's "perderás todo lo que has guardado" is a warning)
    '^ con lo bien que ( ibamos | ibas | iba | estabas | estaba | te iba | le iba | nos iba )',
    '( perderas | pierdes | perdera | pierde | vas a perder | va a perder ) todo lo que ( ha | habias | llevas ) ( conseguido | logrado | ganado | avanzado | construido | aprendido | progresado )',
  ],
  careless: [
    // the visitor hesitating while others act: "Mientras tú lo piensas, …"
    'mientras ( tu | usted | vos ) ~2 ( duda | piensa | pensas )',
    'alguien con mas ~1 vision|criterio|gusto|cabeza|ganas',
    '( no eras | no eres | no era | no es ) de los|las que',
    // what it costs, made a trifle: "Es menos que un café a la semana", "Con lo que cuesta un café al mes …", "¿Ni 3
    // euros al mes para …?"
    '( menos que | menos de lo que cuesta | lo que cuesta | lo que vale | el precio de ) ( un | una ) ( cafe | cana | refresco | chicle | cerveza | bocadillo | menu | pizza | helado | croissant | cruasan )',
    '^ ni ( siquiera )? # ( euros | pesos | dolares )? ( al mes | a la semana | al dia | al ano )',
    // "el dinero no crece en los árboles": the visitor lectured on money
    'no ( crece | crecen ) en los arboles',
    // the visitor sure to come back, and the shop that tried: "… cuando cambies de opinión", "Nosotros lo intentamos"
    'cuando ( cambie | cambieis ) de ( opinion | idea )',
    '( nosotros | al menos ) lo ( intentamos | hemos intentado )',
  ],
};

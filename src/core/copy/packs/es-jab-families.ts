/**
 * Spanish confirmshaming of page copy (any field, no role) by FAMILY, described from the language: the
 * constructions that shame on their own (spread into es-shaming.ts) and the signals that shame only with a
 * second family (spread into es-signals.ts). Probes: copy-es-families.ts.
 */
import type { Shape, ShamingSignal } from '../pack.js';

/**
 * A refusal equated with a loss: "rechazar / cancelar / darte de baja / decir que no (…) es / sería aceptar /
 * elegir / quedarte …", "si dices que no, aceptas …", "di que no y sigue …". "Cancelar es gratis" and "decir que
 * no es tu derecho" name no loss: the copula must be followed by a verb of choosing the loss.
 */
const REFUSAL_IS_LOSS: readonly Shape[] = [
  '( rechazar | cancelar | cerrar | salir | irte | irse | darte de baja | darse de baja | decir que no | decir no ) ~3 ( es | seria ) ( aceptar | elegir | apostar | quedarte | quedarse | seguir | resignarte | renunciar | decir no | decirle no | decir que no | decirle que no )',
  'si dices|dice que? no ,? ( aceptas | acepta | eliges | elige | renuncias | renuncia )',
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
];

/** Regret foretold in either order: "no te quejes luego", "luego no llores", "después no vengas llorando". */
/** Leaving leaves someone without: "si te vas / te das de baja / cancelas, los niños se quedan sin …". */
const LEFT_WITHOUT: readonly Shape[] = [
  '( si te vas | si te das de baja | si cancelas | si cierras | si dices que no | si se da de baja | si cancela ) ,? ~6 ( se queda | se quedan | se quedara | se quedaran ) sin',
];

const REGRET_FORETOLD: readonly Shape[] = [
  'no te|se|os quejes|queje|quejeis ~3 ( luego | despues | mas tarde )',
  '( luego | despues | mas tarde ) no ( llores | llore | lloreis | vengas llorando | venga llorando | vengas a llorar )',
];

export const ES_JAB_FAMILY_SHAPES: readonly Shape[] = [
  ...REFUSAL_IS_LOSS,
  ...NOT_EVEN_THEM,
  ...LEFT_WITHOUT,
  ...REGRET_FORETOLD,
];

/**
 * Signals by family (two families in one text shame): sarcastic acceptance ("tú verás", "adelante", "ya ves", "es
 * broma… o no", "(no mucho)"); a dependant hurt or counting on the visitor ("contaban contigo", "se queda sin
 * trabajo", "nos duele", a thing of theirs that "seguirá igual de triste" or "te lo agradecerá"); the visitor cast
 * as a kind of person ("alguien con más visión", "no eras de los que …").
 */
export const ES_SIGNAL_FAMILIES: Partial<Record<ShamingSignal, readonly Shape[]>> = {
  mock: [
    '( tu veras | usted vera | vosotros vereis )',
    '^ ( pero )? adelante $',
    '^ ya ves $',
    'es broma ~1 o no',
    'no mucho $',
    '^ o no $',
    'pero bueno $',
  ],
  dependant: [
    '( contaban | contaba | cuentan | cuenta ) contigo',
    'se queda|quedan|quedara|quedaran sin trabajo|comida|hogar|ayuda|casa',
    'seguira|seguiran igual de triste|tristes|mal|sola|solo|solos',
    'te|se lo agradece|agradecera|agradeceran|agradeceria|agradecerian $',
    '( nos duele | nos rompes el corazon | nos rompe el corazon )',
  ],
  careless: [
    'alguien con mas ~1 vision|criterio|gusto|cabeza|ganas',
    '( no eras | no eres | no era | no es ) de los|las que',
  ],
};

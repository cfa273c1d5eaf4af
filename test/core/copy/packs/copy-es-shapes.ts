/**
 * Spanish probes written for session 5, grouped by the grammatical shape behind them (es.test.ts): for each shape
 * the dark copy that must be refused and the honest look-alikes that must pass. Written for these tests, before
 * the rules for the shape changed; not taken from any blind batch or development set, never pasted into the pack.
 */
export interface ShapeProbe {
  shape: string;
  /** Confirmshaming in any field and as a decline label. */
  shaming?: readonly string[];
  /** Neutral refusals: pass as decline and stop labels and with no role. */
  honestDeclines?: readonly string[];
  /** False urgency without a declared deadline. */
  urgent?: readonly string[];
  /** Pressure without a declared source. */
  pressure?: readonly string[];
  /** Honest UI copy: no dark rule. */
  honest?: readonly string[];
}

export const SHAPE_PROBES: readonly ShapeProbe[] = [
  {
    shape: 'decline: slang and leave-taking heads ("nel", "nop", "adiós"); a valued thing after one still shames',
    honestDeclines: ['Nop, gracias', 'Nel', 'Adiós'],
  },
  {
    shape: 'decline: the alternative as a plain noun phrase or a way to pay, after "prefiero", "mejor", "me quedo con"',
    honestDeclines: [
      'No, prefiero pagar en 6 cuotas',
      'Mejor a plazos, gracias',
      'No, lo pago al contado',
      'Prefiero la versión mensual',
      'Prefiero la talla mediana',
      'Me quedo con la caja grande',
      'Mejor el modelo básico',
      'Ahora no, mejor con el sueldo del mes que viene',
    ],
    shaming: [
      'Me quedo con mi conexión de caracol',
      'No, prefiero pagar recargos',
      'No, quiero seguir pagando intereses',
    ],
  },
  {
    shape: 'decline: the visitor\'s own plan with an object pronoun or "antes" first ("luego te escribo")',
    honestDeclines: [
      'No, primero lo consulto con mi socio',
      'Ahora no, antes lo comento con mi jefa',
      'Ahora no — luego te escribo',
      'Recoger en un punto de entrega',
      'Enviar a otra dirección',
    ],
  },
  {
    shape: "decline: a gift as the visitor's purpose or as a product (gift receipt, wrapping), not a gift refused",
    honestDeclines: [
      'No, gracias, es para regalar',
      'No, es para un regalo',
      'Ahora no, ya tengo el regalo comprado',
      'No, gracias, el regalo lo envuelvo yo',
      'No, es un regalo para mi hermana',
      'Sin papel de regalo, gracias',
      'No, no necesito ticket regalo',
      'No, gracias, es para mi oficina',
      'No, el regalo ya lo tengo',
    ],
  },
  {
    shape: 'a good or a victim disowned: "… no va conmigo", "… no es mi problema", "… no es cosa mía"',
    shaming: [
      'Lo de cuidarme no va conmigo',
      'Eso de ahorrar no es lo mío, paso',
      'Cerrar, el planeta no es mi problema',
      'Cerrar: la gente mayor no es cosa mía',
    ],
  },
  {
    shape: 'a state said bad, not knowing, regret announced: "está fatal", "sin idea", "ya lo lamentaré"',
    shaming: [
      'Seguir a ciegas y sin idea de nada',
      'No, mi espalda ya está fatal igualmente',
      'No, gracias, mi pelo ya está horrible',
      'Ahora no (ya me arrepentiré mañana)',
      'Más tarde, ya lo lamentaré',
    ],
  },
  {
    shape: 'a dependant told to wait, a good deed left to others, helping nobody, money to spare',
    shaming: [
      'Mi familia puede esperar, cerrar',
      'Paso, que ayude otro',
      'No, me sobra la pasta',
      'No me interesa estar más sano',
    ],
  },
];

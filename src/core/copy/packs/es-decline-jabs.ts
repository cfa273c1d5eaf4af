/**
 * Spanish jabs a decline label adds after its refusal, by FAMILY (the decline grammar's `evaluative` class
 * `declineJab`, es-decline.ts): words a neutral refusal never needs, so any clause with one goes beyond it. Only
 * the decline grammar reads them (a label, or copy the engine reads as one), never a page's own copy. Probes:
 * copy-es-families.ts.
 */
export const ES_DECLINE_JABS: Readonly<Record<string, readonly string[]>> = {
  declineJab: [
    // indifference to what is offered, any register: "me da igual / lo mismo", "qué más da", vulgar "me la suda"
    // (without the "me": a clause opening with it is read as the visitor's own, and the rest must still be caught;
    // "me da igual" only with a good, es-shaming.ts: "Me da igual el color, cancelar" is a neutral choice)
    'que mas da',
    'trae sin cuidado',
    'importa un bledo',
    'importa un pimiento',
    'importa un comino',
    'importa poco',
    'la suda',
    'la pela',
    'la trae floja',
    'ni me va ni me viene',
    // paying a multiple as a preference: "pagar el doble / el triple / cuatro veces más"
    'el doble',
    'el triple',
    'veces mas',
    // a pastime or a good disparaged: "… está sobrevalorado", "… es un rollo / una lata / un peñazo"
    'sobrevalorado',
    'un rollo',
    'un aburrimiento',
    'una lata',
    'un toston',
    'un penazo',
    'un conazo',
    // a bad state enjoyed or chosen: stranded, sedentary, empty-handed
    'quedarme tirado',
    'quedarme tirada',
    'tirado en la cuneta',
    'sedentario',
    'con las manos vacias',
    // nothing ever happens to me: the risk the offer covers dismissed
    'nunca me pasa nada',
    'no me pasa nada',
    'no me da miedo',
    'no tengo miedo',
    'nunca me enfermo',
    'nunca me pongo enfermo',
    'yo solito',
    'yo solita',
    // not deserving it, the visitor's or their things': "mi casa no se merece …"
    'no se merece',
    'no me merezco',
    'no merezco',
    'merece menos',
    // a hardship or ignorance chosen: "prefiero hacer cola", "quedarme con la duda"
    'hacer cola',
    'hacer fila',
    'con la duda',
    'con las ganas',
    // the hard way chosen: learning by knocks ("sigo aprendiendo a los golpes", "por las malas")
    'a los golpes',
    'a golpes',
    'a base de golpes',
    'por las malas',
    // giving up, said of oneself
    'rendirme',
    'me rindo',
    'tirar la toalla',
    'darme por vencido',
    'darme por vencida',
  ],
};

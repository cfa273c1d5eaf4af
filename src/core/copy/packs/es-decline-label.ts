/**
 * When Spanish copy of no role is a decline label all the same (DeclineGrammar `label`, engine decline-label.ts):
 * "Rechazar y …", "Paso, …", "Salir sin mi cupón", but not "Saltar al contenido", "Cancela cuando quieras desde tu
 * cuenta" or "No, el plan gratuito no caduca".
 */
import type { DeclineLabelWords } from '../pack-decline.js';

export const ES_DECLINE_LABEL: DeclineLabelWords = {
  // besides the grammar's heads (no, paso, ahora no, …): verbs that refuse or leave
  openers: [
    // ("Renunciar", "Renunciar al seguro" is the plain no to an add-on; "a mi descuento" is a valued thing)
    'renunciar',
    'renunciar a',
    'ignorar',
    'rechazar',
    'cerrar',
    'omitir',
    'saltar',
    'salir',
    'cancelar',
    'descartar',
    // (not "seguir" or "continuar" alone: "seguir pasando frío" goes on doing something)
    'seguir sin',
    'continuar sin',
    'volver a',
    'volver al',
    'mantener',
    'darme de baja',
    'darse de baja',
    'desactivar',
    // the visitor's own plan ended or lowered: "Quitar el seguro", "Dar de baja el plan", "Desuscribirme"
    'quitar',
    'dar de baja',
    'desuscribirme',
    'desuscribir',
    'quedarme',
    // going on without the add-on, said first: "Sin seguro, me arriesgo" (a page's "Sin comisiones, sin permanencia"
    // names no visitor: a label only with a self word, decline-label.ts)
    'sin',
  ],
  // verbs that give something up: what follows them is never neutral
  renouncing: [
    'perder',
    'perderme',
    'olvidar',
    'olvidarme de',
    'tirar',
    'desaprovechar',
    'dejar pasar',
    'dejar escapar',
    'dejar ir',
    'regalar',
    'quedarme sin',
    'abandonar',
    // going on without a thing of value gives it up ("Continuar sin protección, total, …"): a label whoever speaks when
    // what it names is of value (decline-label.ts); a neutral object is still read by the grammar ("Continuar sin
    // cuenta, gracias")
    'continuar sin',
    'seguir sin',
  ],
  joins: ['y', 'e', 'y luego'],
  // Spanish says "me" on the verb: an infinitive with its first-person clitic is the visitor's own voice, a button
  // no page body writes ("Quedarme sin …", "Darme de baja y …"; the page would say "Quédate", "Date de baja")
  selfEndings: ['arme', 'erme', 'irme', 'ándome', 'iéndome'],
  self: [
    'yo',
    'me',
    'mi',
    'mis',
    'mío',
    'mía',
    'míos',
    'mías',
    'conmigo',
    'quedarme',
    'darme',
    'olvidarme',
    'perderme',
    'despedirme',
    'enterarme',
    'conformarme',
    'saltarme',
    'desuscribirme',
    'borrarme',
    'arriesgarme',
    'rendirme',
    'resignarme',
    'equivocarme',
    'complicarme',
    'arreglarmelas',
    'apanarmelas',
    'irme',
    'marcharme',
    'salirme',
    'bajarme',
    'quitarme',
    'mantenerme',
    'pasarme',
    'quedarnos',
    // …and a first-person verb with no pronoun at all: "No, vivo bien así", "Sin seguro, confío en …" (verbs only,
    // not the nouns of the same form: "uso", "pago", "ahorro", "gasto" are a page's words too)
    'prefiero',
    'vivo',
    'sigo',
    'confio',
    'tengo',
    'estoy',
    'soy',
    'voy',
    'quiero',
    'necesito',
    'puedo',
    'creo',
    'pienso',
    'vuelvo',
    'hago',
    'tiro',
    'elijo',
    'renuncio',
    'prefiero',
  ],
  // ("su" is also his, her and their: not a sign of the page's voice); Spanish drops the pronoun, so the modal
  // verbs of the page telling the visitor what they can do stand for it ("puedes hacerlo después")
  addressee: [
    'tú',
    'tu',
    'tus',
    'te',
    'ti',
    'contigo',
    'usted',
    'ustedes',
    'vosotros',
    'os',
    'vuestro',
    'vuestra',
    'puedes',
    'podrás',
    'tienes',
    'quieres',
    'debes',
    'necesitas',
    // and what the page asks the visitor to do, tú and usted ("Por favor, corrija los siguientes errores")
    '@pageAsk',
  ],
  answers: ['no', 'sí'],
};

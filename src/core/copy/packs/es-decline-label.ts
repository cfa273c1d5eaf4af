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
  ],
  joins: ['y', 'e', 'y luego'],
  self: ['yo', 'me', 'mi', 'mis', 'mío', 'mía', 'míos', 'mías', 'conmigo'],
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
  ],
  answers: ['no', 'sí'],
};

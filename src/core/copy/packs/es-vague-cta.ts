/**
 * Spanish labels that do not say what happens next, matched against the whole label (vague-cta), with the tú
 * and usted forms of the imperative ("Haz clic aquí", "Haga clic aquí"). Kept beside the Spanish pack, which
 * names it as its `vagueCta`.
 */
import type { Shape } from '../pack.js';

/** What may follow a vague label and leave it vague ("Continuar ahora", "Enviar, por favor"). */
const TAIL = ' ahora|ya? ,? por? favor?';

export const ES_VAGUE_CTA: readonly Shape[] = [
  'continuar|enviar|aceptar|siguiente|confirmar|listo|hecho|aplicar|elegir|seleccionar|cerrar|cancelar|volver|empezar|comenzar|vale|ok|okay|sí|si|no|adelante|vamos|detalles|más|aquí' +
    TAIL,
  'paso siguiente' + TAIL,
  'haz|haga|hacer clic|click aquí',
  'pulsa|pulse|toca|toque|clic|click aquí',
  'más información|info',
  'leer|ver|saber más',
  '( haz | haga | pulsa | pulse ) clic|click? aquí ...',
];

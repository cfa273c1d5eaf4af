/**
 * How wide the widget is, as its own container queries see it (styles/adaptive.styles.ts sets `--_layout`
 * to `narrow`, `medium` or `wide` on the probe): the stylesheet is the one place the breakpoints live, and
 * this controller reads the result whenever the probe's width changes (ResizeObserver). It decides two things
 * the DOM, not only the CSS, must follow: whether the terms table is folded behind a disclosure button
 * (`compact`), and which sequence `mode="auto"` runs (`wide`: side-by-side).
 *
 * Until the first measurement (and on a server) the layout is `medium`: the table shown, sequential.
 * ResizeObserver reports before the first paint, so a phone never paints the unfolded table first.
 *
 * The probe is an empty, zero-height block in the shadow root: its size follows the host's width only, so
 * the re-render a new layout causes (the host grows or shrinks in height) never re-triggers the observer
 * within the same frame (which would be a "ResizeObserver loop" error on the host page).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export type Layout = 'narrow' | 'medium' | 'wide';

export class LayoutController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | null = null;
  #probe: Element | null = null;
  #layout: Layout = 'medium';
  #termsExpanded = false;

  /** `runsAuto`: whether the host's sequence follows the width (`mode="auto"`), so that `wide` changes the DOM. */
  #runsAuto: () => boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, runsAuto: () => boolean = () => true) {
    this.#host = host;
    this.#runsAuto = runsAuto;
    host.addController(this);
  }

  get layout(): Layout {
    return this.#layout;
  }

  /** A phone-sized widget: the terms table is one tap away. */
  get compact(): boolean {
    return this.#layout === 'narrow';
  }

  /** Wide enough for both options side by side (what `mode="auto"` shows). */
  get wide(): boolean {
    return this.#layout === 'wide';
  }

  /** The visitor opened the folded table; kept across stages and sizes until they close it. */
  get termsExpanded(): boolean {
    return this.#termsExpanded;
  }

  toggleTerms = (): void => {
    this.#termsExpanded = !this.#termsExpanded;
    this.#host.requestUpdate();
  };

  /** After each render: start observing the probe once it exists (and again if it was re-created). */
  hostUpdated(): void {
    if (isServer || typeof ResizeObserver === 'undefined') return;
    const probe = this.#host.shadowRoot?.querySelector('.layout-probe') ?? null;
    if (probe === this.#probe) return;
    this.#observer?.disconnect();
    this.#probe = probe;
    if (!probe) return;
    this.#observer ??= new ResizeObserver(() => this.measure());
    this.#observer.observe(probe);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#probe = null;
  }

  /**
   * Reads the layout the container queries chose; re-renders only when the DOM follows it: the table folds or
   * unfolds (narrow), or with `mode="auto"` the sequence switches (wide). A first measurement that finds a
   * widget wide (most desktop pages) then costs no second render before the first paint.
   */
  measure(): void {
    if (!this.#probe) return;
    const value = getComputedStyle(this.#probe).getPropertyValue('--_layout').trim();
    const layout: Layout = value === 'narrow' || value === 'wide' ? value : 'medium';
    const before = this.#layout;
    if (layout === before) return;
    this.#layout = layout;
    const folds = (before === 'narrow') !== (layout === 'narrow');
    const switches = (before === 'wide') !== (layout === 'wide') && this.#runsAuto();
    if (folds || switches) this.#host.requestUpdate();
  }
}

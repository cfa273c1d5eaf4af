/**
 * First-view tracking: the initial `offer-view` is reported once per offer id, when the element first becomes
 * visible on screen (IntersectionObserver), never because a host set or re-set `offer`. The observer exists only
 * while the element is connected, so a server render (which never connects) touches no browser API. An element on
 * screen before its offer could be shown (its checks or language still loading) reports it right after the render
 * that shows it, before the visitor can act on it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FirstViewController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  /** The id of the offer that can be reported now (valid and shown), or null. */
  readonly #currentOfferId: () => string | null;
  readonly #report: () => void;
  #observer: IntersectionObserver | null = null;
  #viewedOfferId: string | null = null;
  /** What the observer last said: the element is on screen. */
  #intersecting = false;

  constructor(host: ReactiveControllerHost & Element, currentOfferId: () => string | null, report: () => void) {
    this.#host = host;
    this.#currentOfferId = currentOfferId;
    this.#report = report;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new IntersectionObserver((entries) => {
      this.#intersecting = entries.some((entry) => entry.isIntersecting);
      if (this.#intersecting) this.#reportFirstView();
    });
    this.#observer.observe(this.#host);
  }

  hostUpdated(): void {
    if (this.#intersecting) this.#reportFirstView();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  /** A different offer is a new first view: observe again so the callback reports it if already on screen. */
  watchAgain(): void {
    if (!this.#observer) return;
    this.#observer.unobserve(this.#host);
    this.#observer.observe(this.#host);
  }

  #reportFirstView(): void {
    const offerId = this.#currentOfferId();
    if (offerId === null || this.#viewedOfferId === offerId) return;
    this.#viewedOfferId = offerId;
    this.#report();
  }
}

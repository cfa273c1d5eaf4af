/**
 * Toggletip positioning and dismissal, kept off the element: one bubble open at a time, positioned with
 * Floating UI. `autoUpdate` runs only while a bubble is open; it is stopped on close and when the host
 * disconnects, and results of a computePosition that finished after a close or re-open are dropped.
 *
 * An open bubble never hides where focus goes (WCAG 2.4.11): it closes as soon as focus lands anywhere
 * but its button or bubble, when a pointer presses outside, and when a mouse leaves both (after a short
 * grace so the pointer can cross the gap between them). Escape is handled only when it is pressed inside
 * the widget; the host page's own Escape handlers always run (WCAG 2.4.3, 3.2.2).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type FloatingUi = typeof import('@floating-ui/dom');
let floatingUi: Promise<FloatingUi> | null = null;
/**
 * Floating UI is its own chunk beside the standalone: never fetched before the first paint. It is asked for when
 * the page is idle after the widget first rendered (so a first open rarely waits), or at the latest on first open.
 */
const loadFloatingUi = (): Promise<FloatingUi> => (floatingUi ??= import('@floating-ui/dom'));
let preloadScheduled = false;
const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run) : (run) => setTimeout(run, 200);

export interface ToggletipParts {
  button: HTMLElement;
  bubble: HTMLElement;
}

function tipParts(root: ParentNode | null, key: string): ToggletipParts | null {
  const button = root?.querySelector<HTMLElement>(`button[data-term="${key}"]`);
  const bubble = root?.querySelector<HTMLElement>(`#tip-${key}`);
  return button && bubble ? { button, bubble } : null;
}

/** How long a mouse may be outside the button and bubble (crossing the gap between them) before it closes. */
const POINTER_LEAVE_GRACE_MS = 300;

export class ToggletipController implements ReactiveController {
  /** Running autoUpdate loops across all instances; tests read it to prove teardown. */
  static liveAutoUpdates = 0;

  #host: ReactiveControllerHost & HTMLElement;
  #find: (key: string) => ToggletipParts | null;
  #openKey: string | null = null;
  #parts: ToggletipParts | null = null;
  #stopAutoUpdate: (() => void) | null = null;
  #leaveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped on every open/close; an async position result from an older generation is stale. */
  #generation = 0;

  /** `find` gives a term's button and bubble; by default `button[data-term=key]` and `#tip-key` in the shadow root. */
  constructor(host: ReactiveControllerHost & HTMLElement, find?: (key: string) => ToggletipParts | null) {
    this.#host = host;
    this.#find = find ?? ((key) => tipParts(host.shadowRoot, key));
    host.addController(this);
  }

  hostUpdated(): void {
    if (preloadScheduled) return;
    preloadScheduled = true;
    whenIdle(() => void loadFloatingUi().catch(() => (floatingUi = null))); // a failed fetch is retried on open
  }

  get openKey(): string | null {
    return this.#openKey;
  }

  toggle(key: string): Promise<void> {
    if (this.#openKey === key) {
      this.close();
      return Promise.resolve();
    }
    return this.open(key);
  }

  async open(key: string): Promise<void> {
    this.close();
    const generation = this.#generation;
    this.#openKey = key;
    this.#host.requestUpdate();
    await this.#host.updateComplete; // the bubble is filled by that render
    if (generation !== this.#generation) return;
    const parts = this.#find(key);
    if (!parts) return this.close();
    this.#parts = parts;
    this.#listen(true);
    const floating = await loadFloatingUi();
    if (generation !== this.#generation) return;
    this.#startPositioning(parts, generation, floating);
  }

  /** Closes the open bubble, if any; with returnFocus, focus goes back to its button. */
  close({ returnFocus = false } = {}): void {
    this.#generation++;
    this.#stopPositioning();
    this.#listen(false);
    this.#cancelLeave();
    const button = this.#parts?.button;
    const wasOpen = this.#openKey !== null;
    this.#openKey = null;
    this.#parts = null;
    if (wasOpen) this.#host.requestUpdate();
    if (returnFocus) button?.focus();
  }

  hostDisconnected(): void {
    this.close();
  }

  // ---- positioning: the one place that uses Floating UI -----------------------------------------------

  #startPositioning(parts: ToggletipParts, generation: number, floating: FloatingUi): void {
    this.#stopAutoUpdate = floating.autoUpdate(parts.button, parts.bubble, () =>
      this.#position(parts, generation, floating),
    );
    ToggletipController.liveAutoUpdates++;
  }

  #stopPositioning(): void {
    if (!this.#stopAutoUpdate) return;
    this.#stopAutoUpdate();
    this.#stopAutoUpdate = null;
    ToggletipController.liveAutoUpdates--;
  }

  async #position(parts: ToggletipParts, generation: number, floating: FloatingUi): Promise<void> {
    const { computePosition, flip, offset, shift } = floating;
    const { x, y, placement } = await computePosition(parts.button, parts.bubble, {
      placement: 'top',
      strategy: 'absolute',
      // Order matters: offset first, because flip and shift must measure the gap-adjusted box; flip before
      // shift, so the side is chosen first and shift then slides along it (shift first would keep the bubble
      // squeezed on a side with no room, and flip would never trigger).
      middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    if (generation !== this.#generation) return; // closed or re-opened meanwhile: stale
    Object.assign(parts.bubble.style, { left: `${x}px`, top: `${y}px` });
    parts.bubble.dataset.placement = placement;
  }

  // ---- dismissal ------------------------------------------------------------------------------------------

  #listen(on: boolean): void {
    type Listener = [target: EventTarget, type: string, listener: EventListener, capture: boolean];
    const listeners: Listener[] = [
      [document, 'pointerdown', this.#onPointerDown as EventListener, true],
      [document, 'focusin', this.#onFocusIn as EventListener, true],
      // Escape is heard on the host: a key pressed on the host page outside the widget never reaches it.
      [this.#host, 'keydown', this.#onKeyDown as EventListener, false],
    ];
    const parts = this.#parts;
    if (parts) {
      // A focus move inside one shadow root does not reach the document (target and relatedTarget are both
      // the host there), so the bubble's own root is listened to as well.
      listeners.push([parts.button.getRootNode(), 'focusin', this.#onFocusIn as EventListener, true]);
      for (const target of [parts.button, parts.bubble]) {
        listeners.push([target, 'pointerleave', this.#onPointerLeave as EventListener, false]);
        listeners.push([target, 'pointerenter', this.#onPointerEnter, false]);
      }
    }
    for (const [target, type, listener, capture] of listeners) {
      if (on) target.addEventListener(type, listener, capture);
      else target.removeEventListener(type, listener, capture);
    }
  }

  #isInside(e: Event): boolean {
    const path = e.composedPath();
    return !!this.#parts && (path.includes(this.#parts.button) || path.includes(this.#parts.bubble));
  }

  #onPointerDown = (e: PointerEvent) => {
    if (this.#parts && !this.#isInside(e)) this.close();
  };

  /** Focus went somewhere else (Tab, Shift+Tab, a click on another control): the bubble must not cover it. */
  #onFocusIn = (e: FocusEvent) => {
    if (this.#parts && !this.#isInside(e)) this.close();
  };

  /**
   * Only Escape pressed inside the widget closes the bubble. It is not stopped: the host's listeners still
   * run. It is marked handled (`defaultPrevented`), so a host dialog around the widget can tell that this
   * Escape already closed something and stay open.
   */
  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this.#parts) return;
    e.preventDefault();
    this.close({ returnFocus: true });
  };

  /** Mouse and pen only: on touch, pointerleave fires right after every tap, which would close it at once. */
  #onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    this.#cancelLeave();
    this.#leaveTimer = setTimeout(() => this.close(), POINTER_LEAVE_GRACE_MS);
  };

  #onPointerEnter = () => this.#cancelLeave();

  #cancelLeave(): void {
    if (this.#leaveTimer !== null) clearTimeout(this.#leaveTimer);
    this.#leaveTimer = null;
  }
}

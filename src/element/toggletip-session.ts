/**
 * One open toggletip: its positioning with Floating UI and the rules that dismiss it. Its own chunk, with Floating
 * UI (toggletip-controller.ts loads it when the page is idle after the first render, at the latest on first open).
 * `autoUpdate` runs only while the bubble is open and stops with the session; a computePosition that finishes after
 * the session stopped is dropped.
 *
 * An open bubble never hides where focus goes (WCAG 2.4.11): it closes as soon as focus lands anywhere but its
 * button or bubble, when a pointer presses outside, and when a mouse leaves both (after a short grace so the
 * pointer can cross the gap between them). Escape is handled only when it is pressed inside the widget; the host
 * page's own Escape handlers always run (WCAG 2.4.3, 3.2.2).
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

export interface ToggletipParts {
  button: HTMLElement;
  bubble: HTMLElement;
}

export interface SessionHooks {
  /** Closes the bubble (the controller ends this session); with returnFocus, focus goes back to its button. */
  close(options?: { returnFocus?: boolean }): void;
  /** A positioning loop started (+1) or stopped (-1): ToggletipController.liveAutoUpdates, which tests read. */
  counted(delta: 1 | -1): void;
}

/** How long a mouse may be outside the button and bubble (crossing the gap between them) before it closes. */
const POINTER_LEAVE_GRACE_MS = 300;

export class ToggletipSession {
  readonly #host: HTMLElement;
  readonly #parts: ToggletipParts;
  readonly #hooks: SessionHooks;
  #stopAutoUpdate: (() => void) | null;
  #leaveTimer: ReturnType<typeof setTimeout> | null = null;
  #stopped = false;

  constructor(host: HTMLElement, parts: ToggletipParts, hooks: SessionHooks) {
    this.#host = host;
    this.#parts = parts;
    this.#hooks = hooks;
    this.#listen(true);
    this.#stopAutoUpdate = autoUpdate(parts.button, parts.bubble, () => void this.#position());
    hooks.counted(1);
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = null;
    this.#hooks.counted(-1);
    this.#listen(false);
    this.#cancelLeave();
  }

  async #position(): Promise<void> {
    const { button, bubble } = this.#parts;
    const { x, y, placement } = await computePosition(button, bubble, {
      placement: 'top',
      strategy: 'absolute',
      // Order matters: offset first, because flip and shift must measure the gap-adjusted box; flip before
      // shift, so the side is chosen first and shift then slides along it (shift first would keep the bubble
      // squeezed on a side with no room, and flip would never trigger).
      middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    if (this.#stopped) return; // closed or re-opened meanwhile: stale
    Object.assign(bubble.style, { left: `${x}px`, top: `${y}px` });
    bubble.dataset.placement = placement;
  }

  #listen(on: boolean): void {
    type Listener = [target: EventTarget, type: string, listener: EventListener, capture: boolean];
    const { button, bubble } = this.#parts;
    const listeners: Listener[] = [
      [document, 'pointerdown', this.#onPointerDown as EventListener, true],
      [document, 'focusin', this.#onFocusIn as EventListener, true],
      // Escape is heard on the host: a key pressed on the host page outside the widget never reaches it.
      [this.#host, 'keydown', this.#onKeyDown as EventListener, false],
      // A focus move inside one shadow root does not reach the document (target and relatedTarget are both
      // the host there), so the bubble's own root is listened to as well.
      [button.getRootNode(), 'focusin', this.#onFocusIn as EventListener, true],
    ];
    for (const target of [button, bubble]) {
      listeners.push([target, 'pointerleave', this.#onPointerLeave as EventListener, false]);
      listeners.push([target, 'pointerenter', this.#onPointerEnter, false]);
    }
    for (const [target, type, listener, capture] of listeners) {
      if (on) target.addEventListener(type, listener, capture);
      else target.removeEventListener(type, listener, capture);
    }
  }

  #isInside(e: Event): boolean {
    const path = e.composedPath();
    return path.includes(this.#parts.button) || path.includes(this.#parts.bubble);
  }

  #onPointerDown = (e: PointerEvent) => {
    if (!this.#isInside(e)) this.#hooks.close();
  };

  /** Focus went somewhere else (Tab, Shift+Tab, a click on another control): the bubble must not cover it. */
  #onFocusIn = (e: FocusEvent) => {
    if (!this.#isInside(e)) this.#hooks.close();
  };

  /**
   * Only Escape pressed inside the widget closes the bubble. It is not stopped: the host's listeners still
   * run. It is marked handled (`defaultPrevented`), so a host dialog around the widget can tell that this
   * Escape already closed something and stay open.
   */
  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    this.#hooks.close({ returnFocus: true });
  };

  /** Mouse and pen only: on touch, pointerleave fires right after every tap, which would close it at once. */
  #onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    this.#cancelLeave();
    this.#leaveTimer = setTimeout(() => this.#hooks.close(), POINTER_LEAVE_GRACE_MS);
  };

  #onPointerEnter = () => this.#cancelLeave();

  #cancelLeave(): void {
    if (this.#leaveTimer !== null) clearTimeout(this.#leaveTimer);
    this.#leaveTimer = null;
  }
}

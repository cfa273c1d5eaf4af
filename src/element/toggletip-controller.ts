/**
 * Toggletip positioning and dismissal, kept off the element: one bubble open at a time, positioned with
 * Floating UI. `autoUpdate` runs only while a bubble is open; it is stopped on close and when the host
 * disconnects, and results of a computePosition that finished after a close or re-open are dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

export interface ToggletipParts {
  button: HTMLElement;
  bubble: HTMLElement;
}

export class ToggletipController implements ReactiveController {
  /** Running autoUpdate loops across all instances; tests read it to prove teardown. */
  static liveAutoUpdates = 0;

  #host: ReactiveControllerHost & HTMLElement;
  #find: (key: string) => ToggletipParts | null;
  #openKey: string | null = null;
  #parts: ToggletipParts | null = null;
  #stopAutoUpdate: (() => void) | null = null;
  /** Bumped on every open/close; an async position result from an older generation is stale. */
  #generation = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, find: (key: string) => ToggletipParts | null) {
    this.#host = host;
    this.#find = find;
    host.addController(this);
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
    await this.#host.updateComplete; // the bubble is unhidden by that render
    if (generation !== this.#generation) return;
    const parts = this.#find(key);
    if (!parts) return this.close();
    this.#parts = parts;
    document.addEventListener('pointerdown', this.#onPointerDown, true);
    document.addEventListener('keydown', this.#onKeyDown, true);
    this.#stopAutoUpdate = autoUpdate(parts.button, parts.bubble, () => this.#position(generation));
    ToggletipController.liveAutoUpdates++;
  }

  /** Closes the open bubble, if any; with returnFocus, focus goes back to its button. */
  close({ returnFocus = false } = {}): void {
    this.#generation++;
    if (this.#stopAutoUpdate) {
      this.#stopAutoUpdate();
      this.#stopAutoUpdate = null;
      ToggletipController.liveAutoUpdates--;
    }
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    document.removeEventListener('keydown', this.#onKeyDown, true);
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

  async #position(generation: number): Promise<void> {
    const parts = this.#parts;
    if (!parts) return;
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

  #onPointerDown = (e: PointerEvent) => {
    const path = e.composedPath();
    if (this.#parts && !path.includes(this.#parts.button) && !path.includes(this.#parts.bubble)) this.close();
  };

  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this.#parts) return;
    e.stopPropagation();
    this.close({ returnFocus: true });
  };
}

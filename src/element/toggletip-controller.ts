/**
 * Which toggletip is open, kept off the element: one bubble at a time, opened and closed by its button. What an
 * open bubble does (its position, with Floating UI, and the rules that dismiss it) is toggletip-session.ts, a chunk
 * of its own with Floating UI (lazy-parts.ts `tips`): never fetched before the first paint, asked for when the
 * page is idle after the widget first rendered (so a first open rarely waits), at the latest on first open;
 * `updateComplete` waits for it then. If it cannot load, the bubble still opens and its button still closes it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadedPart, loadPart } from './lazy-parts.js';
import type { ToggletipParts, ToggletipSession } from './toggletip-session.js';

export type { ToggletipParts };

function tipParts(root: ParentNode | null, key: string): ToggletipParts | null {
  const button = root?.querySelector<HTMLElement>(`button[data-term="${key}"]`);
  const bubble = root?.querySelector<HTMLElement>(`#tip-${key}`);
  return button && bubble ? { button, bubble } : null;
}

export class ToggletipController implements ReactiveController {
  /** Running positioning loops (Floating UI autoUpdate) across all instances; tests read it to prove teardown. */
  static liveAutoUpdates = 0;

  #host: ReactiveControllerHost & HTMLElement;
  #find: (key: string) => ToggletipParts | null;
  #waitFor: (pending: Promise<void>) => void;
  #openKey: string | null = null;
  #parts: ToggletipParts | null = null;
  #session: ToggletipSession | null = null;
  /** Bumped on every open/close; an open that finishes after a later close or open is stale. */
  #generation = 0;

  /**
   * `find` gives a term's button and bubble (by default `button[data-term=key]` and `#tip-key` in the shadow
   * root); `waitFor` makes the host's updateComplete wait for the session chunk on an open.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: { find?: (key: string) => ToggletipParts | null; waitFor?: (pending: Promise<void>) => void } = {},
  ) {
    this.#host = host;
    this.#find = options.find ?? ((key) => tipParts(host.shadowRoot, key));
    this.#waitFor = options.waitFor ?? (() => undefined);
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
    const session = loadPart('tips', { retry: true });
    this.#waitFor(session);
    await this.#host.updateComplete; // the bubble is filled by that render
    if (generation !== this.#generation) return;
    const parts = this.#find(key);
    if (!parts) return this.close();
    this.#parts = parts;
    await session;
    const module = loadedPart('tips');
    if (!module || generation !== this.#generation) return; // could not load (said), or closed meanwhile
    this.#session = new module.ToggletipSession(this.#host, parts, {
      close: (options) => this.close(options),
      counted: (delta) => (ToggletipController.liveAutoUpdates += delta),
    });
  }

  /** Closes the open bubble, if any; with returnFocus, focus goes back to its button. */
  close({ returnFocus = false } = {}): void {
    this.#generation++;
    this.#session?.stop();
    this.#session = null;
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
}

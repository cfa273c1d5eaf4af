/**
 * The demo's visible event log: every fair-offer event that reaches the document is listed with its type and
 * detail. Receipts are abbreviated (digest and times kept, the displayed text summarised) so the log stays readable.
 * The full events are kept too and can be downloaded as JSONL, the input of `npx fair-offer analyze`.
 */
import { getVisitorId } from '../src/core/experiment.js';
import { safeLocalStorage } from '../src/core/storage.js';

const EVENT_TYPES = ['offer-view', 'offer-decline', 'offer-choice', 'offer-feedback', 'offer-invalid'] as const;

/** One log line as `fair-offer analyze` reads it. */
export interface LoggedEvent {
  type: string;
  detail: unknown;
  visitorId: string;
  time: string;
}

/** The events as JSON lines (one object per line, newline-terminated). */
export function toJsonl(events: readonly LoggedEvent[]): string {
  return events.map((e) => JSON.stringify(e) + '\n').join('');
}

function abbreviate(detail: unknown): unknown {
  if (!detail || typeof detail !== 'object') return detail;
  const copy: Record<string, unknown> = { ...(detail as Record<string, unknown>) };
  const receipt = copy.receipt;
  if (receipt && typeof receipt === 'object') {
    const r: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(receipt as Record<string, unknown>)) {
      if (typeof value === 'string' && value.length > 64)
        r[key] = `${value.slice(0, 24)}… (${value.length} characters)`;
      else if (value && typeof value === 'object') r[key] = Array.isArray(value) ? `[${value.length} items]` : '{…}';
      else r[key] = value;
    }
    copy.receipt = r;
  }
  return copy;
}

/**
 * Lists the events in `list`. The list itself is not a live region (its JSON would drown out the widget's own
 * announcements); `status`, a short `role="status"` line, names the last event instead.
 */
export function attachEventLog(
  list: HTMLOListElement,
  status: HTMLElement,
  clear?: HTMLButtonElement,
  download?: HTMLButtonElement,
): void {
  const events: LoggedEvent[] = [];
  for (const type of EVENT_TYPES) {
    document.addEventListener(type, (event) => {
      // The element's own visitor id (the same storage key), so the downloaded log joins like a host's would.
      const visitorId = getVisitorId(safeLocalStorage).id;
      events.push({ type, detail: (event as CustomEvent).detail, visitorId, time: new Date().toISOString() });
      const item = document.createElement('li');
      const name = document.createElement('code');
      name.textContent = type;
      const body = document.createElement('pre');
      body.textContent = JSON.stringify(abbreviate((event as CustomEvent).detail), null, 2);
      item.append(name, body);
      list.append(item);
      list.scrollTop = list.scrollHeight;
      status.textContent = `Last event: ${type} (${list.children.length} in total)`;
    });
  }
  download?.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([toJsonl(events)], { type: 'application/x-ndjson' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'fair-offer-events.jsonl';
    link.click();
    // Revoked after the click has started the download (revoking at once cancels it in some browsers).
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = `Downloaded ${events.length} events as JSONL`;
  });
  clear?.addEventListener('click', () => {
    events.length = 0;
    list.replaceChildren();
    status.textContent = 'Log cleared';
  });
}

/** "Not now" is remembered per offer; the demo offers a way to forget it so the page can be tried again. */
export function attachReset(button: HTMLButtonElement): void {
  button.addEventListener('click', () => {
    try {
      // The element keeps its remembered stops under this prefix (src/core/stop-memory.ts).
      for (const key of Object.keys(localStorage)) if (key.startsWith('fair-offer:')) localStorage.removeItem(key);
    } catch {
      /* storage blocked: nothing was remembered either */
    }
    location.reload();
  });
}

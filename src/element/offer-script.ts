/** The offer given as a child `<script type="application/json">`: read once, and a clear verdict when it is not JSON. */
import { fill, type Strings } from '../core/strings.js';
import type { ValidationResult } from '../core/validate-offer.js';

/** The parsed JSON, or the parser's message. */
export interface ScriptSource {
  value?: unknown;
  error?: string;
}

/** Null when the element has no JSON child (yet). */
export function readOfferScript(host: Element): ScriptSource | null {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return null;
  try {
    return { value: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export function invalidJsonVerdict(parserMessage: string, strings: Strings): ValidationResult {
  const message = fill(strings.invalidJson, { error: parserMessage });
  return { ok: false, findings: [{ rule: 'invalid-json', severity: 'error', message }] };
}

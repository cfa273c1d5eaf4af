/**
 * Canonical JSON (RFC 8785 style): object keys sorted by UTF-16 code units, no whitespace,
 * strings and numbers serialised as ECMAScript JSON.stringify does (which is what RFC 8785 specifies).
 * The receipt hashes this text, so the same disclosure always gives the same bytes on every engine.
 */

/** RFC 8785 requires I-JSON: a lone surrogate cannot be encoded as UTF-8, so two engines could hash it differently. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
      return JSON.stringify(value); // -0 → "0"; shortest round-trip form, as RFC 8785 asks
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new TypeError(`canonicalJson: ${path} contains a lone surrogate`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v, i) => serialise(v === undefined ? null : v, `${path}[${i}]`)).join(',')}]`;
      const entries = Object.keys(value as object)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        // Default sort compares UTF-16 code units, exactly the order RFC 8785 section 3.2.3 asks for.
        .sort()
        .map((k) => `${serialise(k, path)}:${serialise((value as Record<string, unknown>)[k], `${path}.${k}`)}`);
      return `{${entries.join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot hold`);
  }
}

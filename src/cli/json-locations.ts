/**
 * Where each field of a JSON document starts (line and column, 1-based, UTF-16 columns as SARIF's default),
 * and where a syntax error is. JSON.parse gives the values; this scanner only gives positions, because
 * Node's JSON.parse messages do not always carry one.
 */
export interface Position {
  line: number;
  column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/** Positions by dotted path ("" is the document). Throws JsonSyntaxError on invalid JSON. */
export function locateJson(text: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): Position => ({ line, column: i - lineStart + 1 });
  const fail = (what: string): never => {
    const found = i >= text.length ? 'the end of the file' : JSON.stringify(text[i]);
    throw new JsonSyntaxError(`expected ${what} but found ${found}`, here());
  };
  const skipSpace = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') {
        line++;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') break;
    }
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c === 0x5c) i++;
      else if (c < 0x20) fail('a closing quote');
    }
    return fail('a closing quote');
  };
  const literal = () => {
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) fail('a value');
    i += m![0].length;
  };
  const value = (path: string, depth: number): void => {
    if (depth > 5000) throw new JsonSyntaxError('nesting deeper than 5000 levels', here());
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('a property name in double quotes');
        const at = here();
        const key = string();
        const child = path ? `${path}.${key}` : key;
        if (!positions.has(child)) positions.set(child, at);
        skipSpace();
        if (text[i] !== ':') fail('":"');
        i++;
        value(child, depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        skipSpace();
        const child = path ? `${path}.${n}` : String(n);
        positions.set(child, here());
        value(child, depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') {
      string();
      return;
    }
    literal();
  };
  positions.set('', { line: 1, column: 1 });
  value('', 0);
  skipSpace();
  if (i < text.length) fail('the end of the file');
  return positions;
}

/** The position of `path`, or of its nearest ancestor that exists (a missing field points at its parent). */
export function positionOf(positions: Map<string, Position>, path: string | undefined): Position {
  let p = path && path !== '(offer)' ? path : '';
  for (;;) {
    const found = positions.get(p);
    if (found) return found;
    if (p === '') return { line: 1, column: 1 };
    const dot = p.lastIndexOf('.');
    p = dot < 0 ? '' : p.slice(0, dot);
  }
}

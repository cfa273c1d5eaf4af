/**
 * Where fields and syntax errors sit in an offer file (line and column, 1-based, UTF-16 columns as SARIF's
 * default), from jsonc-parser's syntax tree in strict JSON mode. JSON.parse still decides what the values are.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface Position {
  line: number;
  column: number;
}

const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * What the parser expected, per jsonc-parser error name (its ParseErrorCode is a const enum, which
 * `verbatimModuleSyntax` cannot import), in the words of the lint message.
 */
const EXPECTED: Record<string, string> = {
  CommaExpected: '","',
  ColonExpected: '":"',
  PropertyNameExpected: 'a property name in double quotes',
  ValueExpected: 'a value',
  CloseBraceExpected: '"}"',
  CloseBracketExpected: '"]"',
  EndOfFileExpected: 'the end of the file',
  InvalidCharacter: 'no control character inside a string',
  InvalidNumberFormat: 'a valid number',
  InvalidEscapeCharacter: 'a valid escape sequence',
  InvalidUnicode: 'a valid \\u escape',
  InvalidSymbol: 'a value',
  InvalidCommentToken: 'no comment (JSON has none)',
};

export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax error as `expected … but found …` with its position, or undefined for valid JSON. */
export function jsonSyntaxError(text: string): { message: string; position: Position } | undefined {
  const errors: ParseError[] = [];
  parseTree(text, errors, STRICT_JSON);
  const [first] = errors;
  if (!first) return undefined;
  const position = positionAt(text, first.offset);
  // jsonc-parser points an unterminated string (or one with a raw line break) at its opening quote.
  if (printParseErrorCode(first.error) === 'UnexpectedEndOfString')
    return { message: 'the string that starts here has no closing quote on its line', position };
  const found = first.offset >= text.length ? 'the end of the file' : JSON.stringify(text[first.offset]);
  const expected = EXPECTED[printParseErrorCode(first.error)] ?? 'valid JSON';
  return { message: `expected ${expected} but found ${found}`, position };
}

/**
 * A lookup from a finding's dotted path (`retreat.terms.renewal.auto`) to where that field starts: the property
 * name for an object member, the value for an array element. A missing field points at its nearest ancestor.
 */
export function fieldPositions(text: string): (path: string | undefined) => Position {
  let root: Node | undefined;
  try {
    root = parseTree(text, [], STRICT_JSON);
  } catch {
    root = undefined; // nesting deep enough to exhaust the stack: every finding points at the document
  }
  return (path) => {
    const segments = path && path !== '(offer)' ? path.split('.') : [];
    for (let length = segments.length; root && length > 0; length--) {
      const location = segments.slice(0, length).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
      const node = findNodeAtLocation(root, location);
      if (node) return positionAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return { line: 1, column: 1 };
  };
}

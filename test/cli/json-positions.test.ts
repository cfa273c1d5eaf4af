import { describe, expect, it } from 'vitest';
import { fieldPositions, jsonSyntaxError } from '../../src/cli/json-positions.js';

describe('fieldPositions', () => {
  const text = '{\n  "a": {\n    "b": [1, {"c": "x"}]\n  },\n  "d\\"e": null\n}';
  const positionOf = fieldPositions(text);

  it.each([
    ['a', 2, 3],
    ['a.b', 3, 5],
    ['a.b.0', 3, 11],
    ['a.b.1', 3, 14],
    ['a.b.1.c', 3, 15],
    ['d"e', 5, 3],
  ])('%s is at %i:%i', (path, line, column) => {
    expect(positionOf(path)).toEqual({ line, column });
  });

  it('a missing path points at its nearest ancestor; no path at the document', () => {
    expect(positionOf('a.b.1.missing')).toEqual({ line: 3, column: 14 });
    expect(positionOf('zzz')).toEqual({ line: 1, column: 1 });
    expect(positionOf(undefined)).toEqual({ line: 1, column: 1 });
    expect(positionOf('(offer)')).toEqual({ line: 1, column: 1 });
  });

  it('survives very deep nesting', () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    expect(fieldPositions(deep)('0.0.0')).toEqual({ line: 1, column: 4 });
  });
});

describe('jsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'a property name'],
    ['{"a" 1}', 1, 6, '":"'],
    ['[1 2]', 1, 4, '","'],
    ['{"a": tru}', 1, 7, 'a value'],
    ['{"a": "x\n"}', 1, 7, 'no closing quote'],
    ['{}\n{}', 2, 1, 'the end of the file'],
    ['{"a": 1} // note', 1, 10, 'no comment'],
    ['', 1, 1, 'a value'],
  ])('names what was expected and where in %j', (bad, line, column, expected) => {
    expect(() => JSON.parse(bad)).toThrow();
    const error = jsonSyntaxError(bad);
    expect(error?.position).toEqual({ line, column });
    expect(error?.message).toContain(expected);
  });

  it.each(['1', '"s"', '[]', '{}', ' [ {"x": [ -1.5e3, true, false, null ] } ] '])(
    'is undefined for valid JSON %j',
    (valid) => {
      expect(jsonSyntaxError(valid)).toBeUndefined();
    },
  );
});

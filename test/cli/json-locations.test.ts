import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, locateJson, positionOf } from '../../src/cli/json-locations.js';

describe('locateJson', () => {
  const text = '{\n  "a": {\n    "b": [1, {"c": "x"}]\n  },\n  "d\\"e": null\n}';
  const positions = locateJson(text);

  it.each([
    ['a', 2, 3],
    ['a.b', 3, 5],
    ['a.b.0', 3, 11],
    ['a.b.1', 3, 14],
    ['a.b.1.c', 3, 15],
    ['d"e', 5, 3],
  ])('%s is at %i:%i', (path, line, column) => {
    expect(positions.get(path)).toEqual({ line, column });
  });

  it('a missing path points at its nearest ancestor; no path at the document', () => {
    expect(positionOf(positions, 'a.b.1.missing')).toEqual({ line: 3, column: 14 });
    expect(positionOf(positions, 'zzz')).toEqual({ line: 1, column: 1 });
    expect(positionOf(positions, undefined)).toEqual({ line: 1, column: 1 });
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'a property name'],
    ['{"a" 1}', 1, 6, '":"'],
    ['[1 2]', 1, 4, '"," or "]"'],
    ['{"a": tru}', 1, 7, 'a value'],
    ['{"a": "x\n"}', 1, 9, 'a closing quote'],
    ['{}\n{}', 2, 1, 'the end of the file'],
    ['', 1, 1, 'a value'],
  ])('reports the position of the error in %j', (bad, line, column, expected) => {
    try {
      locateJson(bad);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(JsonSyntaxError);
      expect((err as JsonSyntaxError).position).toEqual({ line, column });
      expect((err as JsonSyntaxError).message).toContain(`expected ${expected}`);
    }
    expect(() => JSON.parse(bad)).toThrow();
  });

  it('agrees with JSON.parse on valid documents, deep ones included', () => {
    for (const doc of [
      '1',
      '"s"',
      '[]',
      '{}',
      ' [ {"x": [ -1.5e3, true, false, null ] } ] ',
      '['.repeat(3000) + ']'.repeat(3000),
    ]) {
      expect(() => JSON.parse(doc)).not.toThrow();
      expect(() => locateJson(doc)).not.toThrow();
    }
  });
});

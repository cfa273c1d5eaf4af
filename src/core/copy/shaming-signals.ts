/**
 * Signals of a jab that are not one on their own: modal and body copy shames the visitor for saying no by
 * putting two things together — asking them whether they are really leaving, and telling them what they lose; a
 * rhetorical "Really?" and what others do; the visitor's dependants and a shrug. Each pack names its shapes per
 * family (pack.ts `ShamingSignal`); copy with signals of two different families is confirmshaming, and the finding
 * quotes the later one. One family alone ("Are you sure you want to delete this address?", "Your points expire on
 * 1 May") is honest copy.
 */
import type { Reading } from './shapes.js';
import type { ShapeSet } from './shape-set.js';
import type { Shape, ShamingSignal } from './pack.js';

export interface ShamingSignals {
  /** The span of the second family's signal when two families meet in the copy, else null. */
  find(r: Reading): [number, number] | null;
  parseAll(): void;
}

export function compileSignals(
  signals: Readonly<Partial<Record<ShamingSignal, readonly Shape[]>>>,
  shapes: (list: readonly Shape[]) => ShapeSet,
): ShamingSignals {
  const families = Object.values(signals)
    .filter((list): list is readonly Shape[] => !!list?.length)
    .map((list) => shapes(list));
  return {
    find(r) {
      // two families must match: copy where fewer than two can (most copy, one look each) is not read further
      let possible = 0;
      for (const family of families) if (family.mayMatch(r) && ++possible === 2) break;
      if (possible < 2) return null;
      let first: [number, number] | null = null;
      for (const family of families) {
        const span = family.find(r);
        if (!span) continue;
        if (!first) first = span;
        else return span[0] >= first[0] ? span : first;
      }
      return null;
    },
    parseAll: () => families.forEach((family) => family.parseAll()),
  };
}

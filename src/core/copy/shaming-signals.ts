/**
 * Signals of a jab that are not one on their own: modal and body copy shames the visitor for saying no by
 * putting two things together — asking them whether they are really leaving, and telling them what they lose; a
 * rhetorical "Really?" and what others do; the visitor's dependants and a shrug. Each pack names its shapes per
 * family (pack.ts `SignalFamily`); copy with signals of two different families is confirmshaming, and the finding
 * quotes the later one. One family alone ("Are you sure you want to delete this address?", "Your points expire on
 * 1 May") is honest copy. The visitor's no named as an act (`refusal`: "By cancelling, …") counts only with a
 * family that judges: with a `loss` or a `stay` it is an honest dialog ("Cancel? You'll lose your saved files").
 */
import type { Reading } from './shapes.js';
import type { ShapeSet } from './shape-set.js';
import type { Shape, SignalFamily } from './pack.js';

export interface ShamingSignals {
  /** The span of the second family's signal when two families meet in the copy, else null. */
  find(r: Reading): [number, number] | null;
  parseAll(): void;
}

/** Families that are no jab together: the act of saying no and what it ends, or a question about it. */
const apart = (a: SignalFamily, b: SignalFamily) =>
  (a === 'refusal' || b === 'refusal') && (a === 'loss' || b === 'loss' || a === 'stay' || b === 'stay');

export function compileSignals(
  signals: Readonly<Partial<Record<SignalFamily, readonly Shape[]>>>,
  shapes: (list: readonly Shape[]) => ShapeSet,
): ShamingSignals {
  const families = (Object.entries(signals) as [SignalFamily, readonly Shape[] | undefined][])
    .filter((entry): entry is [SignalFamily, readonly Shape[]] => !!entry[1]?.length)
    .map(([name, list]) => ({ name, set: shapes(list) }));
  return {
    find(r) {
      // two families must match: copy where fewer than two can (most copy, one look each) is not read further
      let possible = 0;
      for (const family of families) if (family.set.mayMatch(r) && ++possible === 2) break;
      if (possible < 2) return null;
      const found: { name: SignalFamily; span: [number, number] }[] = [];
      for (const family of families) {
        const span = family.set.find(r);
        if (!span) continue;
        const other = found.find((seen) => !apart(seen.name, family.name));
        if (other) return span[0] >= other.span[0] ? span : other.span;
        found.push({ name: family.name, span });
      }
      return null;
    },
    parseAll: () => families.forEach((family) => family.set.parseAll()),
  };
}

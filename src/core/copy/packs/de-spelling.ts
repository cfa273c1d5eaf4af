/**
 * German typed without umlauts or ß ("fuer", "Strasse", "moechte"): every entry with ä, ö, ü or ß is also read
 * in its ASCII spelling. The engine folds accents (ü → u), which keeps "für" and "fur" together but not "fuer",
 * so the second spelling is generated here rather than written twice by hand.
 */

const ASCII: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const UMLAUT = /[äöüßÄÖÜ]/g;
const HAS_UMLAUT = /[äöüßÄÖÜ]/;

/** The entries, each followed by its ASCII spelling when it has one. */
export function withAsciiSpellings(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    out.push(entry);
    if (HAS_UMLAUT.test(entry)) out.push(entry.replace(UMLAUT, (letter) => ASCII[letter]!));
  }
  return out;
}

/** Every list of a record of word lists, with ASCII spellings. */
export function classesWithAsciiSpellings(
  classes: Readonly<Record<string, readonly string[]>>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, entries] of Object.entries(classes)) out[name] = withAsciiSpellings(entries);
  return out;
}

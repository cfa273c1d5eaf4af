/**
 * A small RFC 4180 CSV reader for the benchmarks: quoted fields may hold commas, doubled quotes ("")
 * and line breaks; CRLF or LF line ends; a BOM is ignored. One pass, no regular expressions.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      if (text[index + 1] !== '\n') endRow();
    } else field += char;
  }
  if (field !== '' || row.length) endRow();
  return rows;
}

/** Rows as objects keyed by the header row. */
export function readCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, column) => [name.trim(), row[column] ?? ''])));
}

/**
 * Literal escape sequences some scraped rows carry, as the page showed them: `\u2019` → ’,
 * `\n` → line break, `\"` → ", `\\` → \.
 */
export function decodeEscapes(escaped: string): string {
  let out = '';
  for (let i = 0; i < escaped.length; i++) {
    const char = escaped[i]!;
    if (char !== '\\' || i + 1 >= escaped.length) {
      out += char;
      continue;
    }
    const next = escaped[i + 1]!;
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(escaped.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(escaped.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (next === 'n' || next === 'r' || next === 't') {
      out += next === 't' ? '\t' : '\n';
      i++;
    } else if (next === '"' || next === "'" || next === '\\') {
      out += next;
      i++;
    } else out += char;
  }
  return out;
}

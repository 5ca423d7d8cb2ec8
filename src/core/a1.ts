/**
 * A1 addressing. The core works in absolute, 1-based rows and columns, exactly
 * as Excel shows them; these helpers convert to and from A1 text.
 */

export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`column must be a positive integer, got ${col}`);
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n;
}

/** `toA1(3, 2)` → `"B3"` (row first, like the rest of the core). */
export function toA1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseA1(a1: string): CellRef {
  const m = CELL_RE.exec(a1.trim());
  if (!m) throw new RangeError(`not an A1 cell: ${a1}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function parseRange(a1: string): RangeRef {
  const [a, b] = a1.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeToA1(r: RangeRef, absolute = false): string {
  const a = toA1(r.top, r.left, absolute);
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${toA1(r.bottom, r.right, absolute)}`;
}

/**
 * Quote a sheet name for use in a formula reference: Excel requires quotes
 * around any name that is not a plain identifier (spaces, Vietnamese letters,
 * punctuation), and doubles apostrophes inside.
 */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name)) {
    return name;
  }
  return `'${name.replace(/'/g, "''")}'`;
}

/** `sheetRef("Phụ lục 1", "B3")` → `'Phụ lục 1'!B3`. */
export function sheetRef(sheet: string, a1: string): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}

/** One rectangular block of a multi-area address, with its sheet when the address named one. */
export interface AreaRef {
  sheet?: string;
  /** The block as written, e.g. "A1:B4" or "$C$3". */
  area: string;
}

/**
 * Split a multi-area address such as Excel's `RangeAreas.address`
 * ("Sheet1!A1:B4, Sheet1!D1:D4": the areas are comma-separated, each with its
 * sheet — Microsoft Learn, Excel.RangeAreas.address). A sheet name that is not
 * a plain identifier is quoted, and a quoted name may itself hold commas and
 * doubled apostrophes ('PL 1, 2026'!A1, 'Bà Rịa''s'!B2), so commas inside
 * quotes do not separate areas. Blanks after a comma are allowed.
 */
export function splitAreas(address: string): AreaRef[] {
  const out: AreaRef[] = [];
  let i = 0;
  const s = address;
  while (i < s.length) {
    while (s[i] === ' ') i++;
    let sheet: string | undefined;
    if (s[i] === "'") {
      let name = '';
      i++;
      for (;;) {
        if (i >= s.length) throw new RangeError(`unterminated sheet name in ${address}`);
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            name += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += s[i++];
      }
      if (s[i] !== '!') throw new RangeError(`expected "!" after the sheet name in ${address}`);
      i++;
      sheet = name;
    }
    let end = s.indexOf(',', i);
    if (end < 0) end = s.length;
    let area = s.slice(i, end).trim();
    if (sheet === undefined) {
      const bang = area.lastIndexOf('!');
      if (bang >= 0) {
        sheet = area.slice(0, bang);
        area = area.slice(bang + 1);
      }
    }
    if (!area) throw new RangeError(`empty area in ${address}`);
    out.push(sheet === undefined ? { area } : { sheet, area });
    i = end + 1;
  }
  return out;
}

/**
 * Synthetic inputs for the benchmark, made from the sample workbooks so that
 * they look like real phụ lục (headers, sections, sub-rows, text targets):
 * a sheet's table body is repeated until it has the wanted number of rows,
 * with its STT renumbered so the copies are distinct indicators.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';
import { recognizeSheet } from '../src/core/recognize';

/** Repeat the body of `sheet` until the sheet has about `rows` rows. */
export function growSheet(sheet: SheetSnapshot, rows: number, name = sheet.name): SheetSnapshot {
  const layout = recognizeSheet(sheet);
  if (!layout.header || !layout.rows.length) throw new Error(`bench: ${sheet.name} is not a recognised table`);
  const o = sheet.origin.row;
  const bodyFirst = layout.rows.find((r) => r.kind !== 'header')!.row;
  const bodyLast = layout.lastRow ?? layout.rows[layout.rows.length - 1].row;
  const head = bodyFirst - o;
  const body = sheet.values.slice(bodyFirst - o, bodyLast - o + 1);
  const sttCol = layout.columns.find((c) => c.role === 'stt')?.col;
  const sttIdx = sttCol === undefined ? -1 : sttCol - sheet.origin.col;
  const maxStt = Math.max(1, ...layout.rows.filter((r) => /^\d+$/.test(r.stt)).map((r) => Number(r.stt)));
  const values: CellValue[][] = sheet.values.slice(0, head).map((r) => r.slice());
  const formulas = sheet.formulas ? sheet.formulas.slice(0, head).map((r) => r.slice()) : undefined;
  const formats = sheet.numberFormats ? sheet.numberFormats.slice(0, head).map((r) => r.slice()) : undefined;
  const styles = sheet.styles.filter((s) => s.row < bodyFirst);
  for (let copy = 0; values.length < rows; copy++) {
    for (let i = 0; i < body.length && values.length < rows; i++) {
      const row = body[i].slice();
      const stt = sttIdx >= 0 ? row[sttIdx] : null;
      if (copy > 0 && sttIdx >= 0) {
        if (typeof stt === 'number') row[sttIdx] = stt + copy * maxStt;
        else if (typeof stt === 'string' && /^\d+$/.test(stt.trim())) row[sttIdx] = String(Number(stt) + copy * maxStt);
        else if (typeof stt === 'string' && /^[IVX]+$/.test(stt.trim())) row[sttIdx] = `${stt}.${copy}`;
      }
      const target = o + values.length;
      values.push(row);
      formulas?.push((sheet.formulas![bodyFirst - o + i] ?? []).slice());
      formats?.push((sheet.numberFormats![bodyFirst - o + i] ?? []).slice());
      for (const s of sheet.styles) if (s.row === bodyFirst + i) styles.push({ ...s, row: target });
    }
  }
  return { ...sheet, name, values, formulas, numberFormats: formats, styles, merges: sheet.merges.filter((m) => m.bottom < bodyFirst) };
}

/** `sheets` copies of the given templates, round robin, each grown to `rows` rows. */
export function syntheticWorkbook(templates: SheetSnapshot[], sheets: number, rows: number): WorkbookSnapshot {
  return {
    name: `synthetic-${sheets}x${rows}`,
    sheets: Array.from({ length: sheets }, (_, i) => growSheet(templates[i % templates.length], rows, `PL${i + 1}`)),
  };
}

/**
 * kien-hai.xlsx: seed 003's summary table, one header row, the table starting
 * at column B (column A left blank, as happens when a sheet is laid out with a
 * margin column), blank spacer rows where the Word table broke.
 */
import type ExcelJS from 'exceljs';
import {
  KIEN_HAI_BODY,
  KIEN_HAI_GEOMETRY as G,
  KIEN_HAI_HEADER,
  KIEN_HAI_SHEET,
  KIEN_HAI_SIGNATURE,
  KIEN_HAI_TITLES,
} from '../data/kien-hai';
import { mergeWith, newWorkbook, put, setWidths, signatureBlock, sttValue } from '../lib/xlsx';

const FIRST_COL = 2;
const LAST_COL = FIRST_COL + KIEN_HAI_HEADER.length - 1;

export function buildKienHai(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(KIEN_HAI_SHEET, { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  KIEN_HAI_TITLES.forEach((t, i) =>
    mergeWith(ws, G.titleRows[i], FIRST_COL, G.titleRows[i], LAST_COL, t, { bold: i < 2, italic: i === 2, align: 'center' }),
  );
  KIEN_HAI_HEADER.forEach((h, i) => put(ws, G.header.firstRow, FIRST_COL + i, h, { bold: true, align: 'center', border: true }));
  ws.getRow(G.header.firstRow).height = 48;

  KIEN_HAI_BODY.forEach((b, i) => {
    const row = G.firstBodyRow + i;
    if (b === 'spacer') {
      for (let c = FIRST_COL; c <= LAST_COL; c++) put(ws, row, c, null, { border: true });
      return;
    }
    const st = { italic: b.italic, border: true };
    put(ws, row, G.columns.stt, sttValue(b.stt), { ...st, align: 'center' });
    put(ws, row, G.columns.name, b.name, st);
    put(ws, row, G.columns.unit, b.unit || null, { ...st, align: 'center' });
    b.years.forEach((v, j) => put(ws, row, G.columns.firstYear + j, v, { ...st, decimals: b.decimals[j], align: 'center' }));
    put(ws, row, G.columns.assigned, b.assigned, st);
  });

  signatureBlock(ws, G.lastRow + 2, G.columns.name, { from: 7, to: 10 }, KIEN_HAI_SIGNATURE);
  setWidths(ws, { 1: 3, 2: 6, 3: 44, 4: 14, 5: 9, 6: 9, 7: 9, 8: 9, 9: 13, 10: 28 });
  return wb;
}

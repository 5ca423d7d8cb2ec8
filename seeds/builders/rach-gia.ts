/**
 * rach-gia.xlsx: seed 000 as the ward office keeps it, one sheet "Phụ lục",
 * including the header repeated mid-table where the Word table broke across
 * pages (last two header columns swapped the second time).
 */
import type ExcelJS from 'exceljs';
import {
  RACH_GIA_COLUMN_NUMBERS,
  RACH_GIA_GEOMETRY as G,
  RACH_GIA_HEADER as H,
  RACH_GIA_REPEATED_HEADER,
  RACH_GIA_ROWS,
  RACH_GIA_SHEET,
  RACH_GIA_SIGNATURE,
  RACH_GIA_TITLES,
  RACH_GIA_YEARS,
  type RachGiaRow,
} from '../data/rach-gia';
import { mergeWith, newWorkbook, put, setWidths, signatureBlock, sttValue } from '../lib/xlsx';

const LAST_COL = 13;

function header(ws: ExcelJS.Worksheet, top: number, repeated: boolean): void {
  const hs = { bold: true, align: 'center' as const, border: true };
  const vertical: [number, string][] = [
    [1, H.stt],
    [2, H.name],
    [3, H.unit],
    [4, H.lead],
    [5, H.partners],
    [6, H.planTotal],
  ];
  for (const [col, text] of vertical) mergeWith(ws, top, col, top + 1, col, text, hs);
  mergeWith(ws, top, 7, top, 11, H.years, hs);
  RACH_GIA_YEARS.forEach((year, i) => put(ws, top + 1, 7 + i, year, hs));
  if (!repeated) {
    mergeWith(ws, top, 12, top + 1, 12, H.avgGrowth, hs);
    mergeWith(ws, top, 13, top + 1, 13, H.ratioPrevious, hs);
  } else {
    // As pasted from the second page: L merged with the ratio text, M's text sits in the bottom row only.
    mergeWith(ws, top, 12, top + 1, 12, RACH_GIA_REPEATED_HEADER.colL, hs);
    put(ws, top, 13, null, hs);
    put(ws, top + 1, 13, RACH_GIA_REPEATED_HEADER.colM, hs);
  }
  RACH_GIA_COLUMN_NUMBERS.forEach((v, i) => put(ws, top + 2, 1 + i, v, { italic: true, align: 'center', border: true }));
}

function body(ws: ExcelJS.Worksheet, row: number, d: RachGiaRow): void {
  const bold = d.kind === 'section';
  const italic = d.italic === true;
  const text = { bold, italic, border: true };
  put(ws, row, 1, sttValue(d.stt), { ...text, align: 'center' });
  put(ws, row, 2, d.name, text);
  put(ws, row, 3, d.unit || null, { ...text, align: 'center' });
  put(ws, row, 4, d.lead || null, text);
  put(ws, row, 5, d.partners || null, text);
  const figures = [d.planTotal, ...d.years];
  figures.forEach((v, i) => put(ws, row, 6 + i, v, { ...text, decimals: d.decimals, align: typeof v === 'number' ? 'right' : 'center' }));
  put(ws, row, 12, d.avgGrowth, { ...text, decimals: 2 });
  put(ws, row, 13, d.ratioPrevious, { ...text, decimals: 2 });
}

export function buildRachGia(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(RACH_GIA_SHEET, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  RACH_GIA_TITLES.forEach((t, i) =>
    mergeWith(ws, G.titleRows[i], 1, G.titleRows[i], LAST_COL, t, { bold: i < 2, italic: i === 2, align: 'center', size: i === 0 ? 13 : 12 }),
  );
  ws.getRow(G.titleRows[1]).height = 33;
  header(ws, G.header.firstRow, false);
  ws.getRow(G.header.firstRow).height = 48;
  ws.getRow(G.header.lastRow).height = 33;
  for (const { row, data } of RACH_GIA_ROWS) body(ws, row, data);
  header(ws, G.repeatedHeader.firstRow, true);
  signatureBlock(ws, G.lastRow + 2, 2, { from: 9, to: 13 }, RACH_GIA_SIGNATURE);
  setWidths(ws, { 1: 6, 2: 42, 3: 10, 4: 22, 5: 30, 6: 14, 7: 11, 8: 11, 9: 11, 10: 11, 11: 11, 12: 13, 13: 15 });
  ws.views = [{ state: 'normal', zoomScale: 90 }];
  return wb;
}

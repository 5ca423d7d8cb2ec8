/**
 * thach-khoi.xlsx: seed 001's appendix rebuilt as a table, on a sheet the
 * office never renamed ("Sheet1"), with a heading line between the titles and
 * the two-row header.
 */
import type ExcelJS from 'exceljs';
import {
  THACH_KHOI_BODY,
  THACH_KHOI_GEOMETRY as G,
  THACH_KHOI_HEADER as H,
  THACH_KHOI_SHEET,
  THACH_KHOI_SIGNATURE,
  THACH_KHOI_SUBTITLE,
  THACH_KHOI_TITLES,
} from '../data/thach-khoi';
import { mergeWith, newWorkbook, put, setWidths, signatureBlock, sttValue } from '../lib/xlsx';

const LAST_COL = 7;

export function buildThachKhoi(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(THACH_KHOI_SHEET, { pageSetup: { orientation: 'portrait', paperSize: 9 } });
  THACH_KHOI_TITLES.forEach((t, i) =>
    mergeWith(ws, G.titleRows[i], 1, G.titleRows[i], LAST_COL, t, { bold: i < 2, italic: i === 2, align: 'center' }),
  );
  ws.getRow(G.titleRows[1]).height = 33;
  put(ws, G.subtitleRow, 1, THACH_KHOI_SUBTITLE, { bold: true, wrap: false });

  const top = G.header.firstRow;
  const hs = { bold: true, align: 'center' as const, border: true };
  const vertical: [number, string][] = [
    [1, H.stt],
    [2, H.name],
    [3, H.unit],
    [6, H.lead],
    [7, H.partners],
  ];
  for (const [col, text] of vertical) mergeWith(ws, top, col, top + 1, col, text, hs);
  mergeWith(ws, top, 4, top, 5, H.plan, hs);
  put(ws, top + 1, 4, H.target2030, hs);
  put(ws, top + 1, 5, H.annualAverage, hs);
  ws.getRow(top).height = 33;

  const C = G.columns;
  THACH_KHOI_BODY.forEach((b, i) => {
    const row = G.firstBodyRow + i;
    const st = { italic: b.italic, border: true };
    put(ws, row, C.stt, sttValue(b.stt), { ...st, align: 'center' });
    put(ws, row, C.name, b.name, st);
    put(ws, row, C.unit, b.unit || null, { ...st, align: 'center' });
    put(ws, row, C.target2030, b.target2030, { ...st, decimals: b.decimals[0], align: 'center' });
    put(ws, row, C.annualAverage, b.annualAverage, { ...st, decimals: b.decimals[1], align: 'center' });
    put(ws, row, C.lead, b.lead || null, st);
    put(ws, row, C.partners, b.partners || null, st);
  });
  signatureBlock(ws, G.lastRow + 2, 2, { from: 5, to: 7 }, THACH_KHOI_SIGNATURE);
  setWidths(ws, { 1: 6, 2: 40, 3: 10, 4: 18, 5: 16, 6: 16, 7: 24 });
  return wb;
}

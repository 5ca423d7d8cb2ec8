/**
 * theo-doi-2026-2027.xlsx: KH/TH pairs under a merged "Năm 2026" / "Năm 2027"
 * header, the 2030 target and the assigned unit, as an office keeps its
 * yearly follow-up sheet.
 */
import type ExcelJS from 'exceljs';
import {
  TRACKING_BODY,
  TRACKING_GEOMETRY as G,
  TRACKING_HEADER as H,
  TRACKING_SHEET,
  TRACKING_TITLES,
  TRACKING_YEARS,
} from '../data/tracking';
import { mergeWith, newWorkbook, put, setWidths, sttValue } from '../lib/xlsx';

const LAST_COL = 9;

/** Actuals show the decimals they were typed with. */
function decimalsOf(v: number): number {
  return (String(v).split('.')[1] ?? '').length;
}

export function buildTracking(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(TRACKING_SHEET, { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  TRACKING_TITLES.forEach((t, i) =>
    mergeWith(ws, G.titleRows[i], 1, G.titleRows[i], LAST_COL, t, { bold: i < 2, italic: i === 2, align: 'center' }),
  );
  const top = G.header.firstRow;
  const hs = { bold: true, align: 'center' as const, border: true };
  const C = G.columns;
  const vertical: [number, string][] = [
    [C.stt, H.stt],
    [C.name, H.name],
    [C.unit, H.unit],
    [C.target2030, H.target2030],
    [C.assigned, H.assigned],
  ];
  for (const [col, text] of vertical) mergeWith(ws, top, col, top + 1, col, text, hs);
  for (const y of TRACKING_YEARS) {
    mergeWith(ws, top, C.plan[y], top, C.actual[y], H.year(y), hs);
    put(ws, top + 1, C.plan[y], H.plan, hs);
    put(ws, top + 1, C.actual[y], H.actual, hs);
  }

  TRACKING_BODY.forEach((b, i) => {
    const row = G.firstBodyRow + i;
    const st = { italic: b.italic, border: true };
    put(ws, row, C.stt, sttValue(b.stt), { ...st, align: 'center' });
    put(ws, row, C.name, b.name, st);
    put(ws, row, C.unit, b.unit || null, { ...st, align: 'center' });
    for (const y of TRACKING_YEARS) {
      put(ws, row, C.plan[y], b.plan[y], { ...st, decimals: b.planDecimals[y], align: 'center' });
      const a = b.actual[y];
      put(ws, row, C.actual[y], a, { ...st, decimals: typeof a === 'number' ? decimalsOf(a) : 0, align: 'center' });
    }
    put(ws, row, C.target2030, b.target2030, { ...st, decimals: b.target2030Decimals, align: 'center' });
    put(ws, row, C.assigned, b.assigned, st);
  });
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: G.header.lastRow }];
  setWidths(ws, { 1: 6, 2: 44, 3: 12, 4: 9, 5: 9, 6: 9, 7: 9, 8: 12, 9: 26 });
  return wb;
}

/**
 * an-duong.xlsx: seed 004 as three sheets: "PL1" (indicators with "Đến năm
 * 2030" / "Bình quân năm" under a merged "Kế hoạch 5 năm" header), "PL2" (the
 * task table under a merged "Phân công thực hiện"), and an unrelated staff
 * list that a recogniser must leave alone.
 */
import type ExcelJS from 'exceljs';
import {
  AN_DUONG_PL1_BODY,
  AN_DUONG_PL1_GEOMETRY as G1,
  AN_DUONG_PL1_HEADER as H1,
  AN_DUONG_PL1_TITLES,
  AN_DUONG_PL2_BODY,
  AN_DUONG_PL2_GEOMETRY as G2,
  AN_DUONG_PL2_HEADER as H2,
  AN_DUONG_PL2_TITLES,
  AN_DUONG_SHEETS,
  AN_DUONG_SIGNATURE,
  AN_DUONG_STAFF,
  AN_DUONG_STAFF_HEADER,
  sectionText,
} from '../data/an-duong';
import { mergeWith, newWorkbook, put, setWidths, signatureBlock, sttValue } from '../lib/xlsx';

function borderRow(ws: ExcelJS.Worksheet, row: number, lastCol: number): void {
  for (let c = 1; c <= lastCol; c++) put(ws, row, c, null, { border: true });
}

function titles(ws: ExcelJS.Worksheet, lines: readonly string[], lastCol: number): void {
  lines.forEach((t, i) => {
    const last = i === lines.length - 1;
    mergeWith(ws, i + 1, 1, i + 1, lastCol, t, { bold: !last, italic: last, align: 'center' });
  });
}

function indicators(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(AN_DUONG_SHEETS.indicators, { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  const LAST = 8;
  titles(ws, AN_DUONG_PL1_TITLES, LAST);
  const top = G1.header.firstRow;
  const hs = { bold: true, align: 'center' as const, border: true };
  const vertical: [number, string][] = [
    [1, H1.stt],
    [2, H1.name],
    [3, H1.unit],
    [6, H1.leader],
    [7, H1.lead],
    [8, H1.notes],
  ];
  for (const [col, text] of vertical) mergeWith(ws, top, col, top + 1, col, text, hs);
  mergeWith(ws, top, 4, top, 5, H1.plan, hs);
  put(ws, top + 1, 4, H1.target2030, hs);
  put(ws, top + 1, 5, H1.annualAverage, hs);
  ws.getRow(top).height = 33;

  const C = G1.columns;
  AN_DUONG_PL1_BODY.forEach((b, i) => {
    const row = G1.firstBodyRow + i;
    if (b === 'spacer') return borderRow(ws, row, LAST);
    if (b.kind === 'section') {
      // Word's merged section row pastes as one cell spanning the table.
      mergeWith(ws, row, 1, row, LAST, sectionText(b), { bold: true, border: true });
      return;
    }
    const st = { italic: b.italic, border: true };
    put(ws, row, C.stt, sttValue(b.stt), { ...st, align: 'center' });
    put(ws, row, C.name, b.name, st);
    put(ws, row, C.unit, b.unit, { ...st, align: 'center' });
    put(ws, row, C.target2030, b.target2030, { ...st, decimals: b.decimals[0], align: 'center' });
    put(ws, row, C.annualAverage, b.annualAverage, { ...st, decimals: b.decimals[1], align: 'center' });
    put(ws, row, C.leader, b.leader || null, st);
    put(ws, row, C.lead, b.lead || null, st);
    put(ws, row, C.notes, b.notes || null, st);
  });
  signatureBlock(ws, G1.lastRow + 2, 2, { from: 5, to: 7 }, AN_DUONG_SIGNATURE);
  setWidths(ws, { 1: 6, 2: 44, 3: 11, 4: 14, 5: 14, 6: 28, 7: 26, 8: 10 });
}

function tasks(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(AN_DUONG_SHEETS.tasks, { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  const LAST = 7;
  titles(ws, AN_DUONG_PL2_TITLES, LAST);
  const top = G2.header.firstRow;
  const hs = { bold: true, align: 'center' as const, border: true };
  const vertical: [number, string][] = [
    [1, H2.stt],
    [2, H2.task],
    [3, H2.deadline],
    [6, H2.output],
    [7, H2.leader],
  ];
  for (const [col, text] of vertical) mergeWith(ws, top, col, top + 1, col, text, hs);
  mergeWith(ws, top, 4, top, 5, H2.assignment, hs);
  put(ws, top + 1, 4, H2.lead, hs);
  put(ws, top + 1, 5, H2.partners, hs);
  ws.getRow(top).height = 33;

  const C = G2.columns;
  AN_DUONG_PL2_BODY.forEach((b, i) => {
    const row = G2.firstBodyRow + i;
    if (b === 'spacer') return borderRow(ws, row, LAST);
    if (b.kind === 'section') {
      mergeWith(ws, row, 1, row, LAST, `${b.stt}. ${b.task}`, { bold: true, border: true });
      return;
    }
    const st = { border: true };
    put(ws, row, C.stt, sttValue(b.stt), { ...st, align: 'center' });
    put(ws, row, C.task, b.task, st);
    put(ws, row, C.deadline, b.deadline, { ...st, align: 'center' });
    put(ws, row, C.lead, b.lead, st);
    put(ws, row, C.partners, b.partners, st);
    put(ws, row, C.output, b.output, st);
    put(ws, row, C.leader, b.leader, st);
  });
  setWidths(ws, { 1: 6, 2: 50, 3: 14, 4: 26, 5: 26, 6: 28, 7: 28 });
}

function staff(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(AN_DUONG_SHEETS.staff);
  mergeWith(ws, 1, 1, 1, 4, 'DANH SÁCH CÁN BỘ, CÔNG CHỨC PHƯỜNG AN DƯƠNG', { bold: true, align: 'center' });
  AN_DUONG_STAFF_HEADER.forEach((h, i) => put(ws, 3, 1 + i, h, { bold: true, align: 'center', border: true }));
  AN_DUONG_STAFF.forEach((s, i) => {
    const row = 4 + i;
    put(ws, row, 1, i + 1, { align: 'center', border: true });
    put(ws, row, 2, s.name, { border: true });
    put(ws, row, 3, s.position, { border: true });
    put(ws, row, 4, s.phone, { border: true, align: 'center' });
  });
  setWidths(ws, { 1: 6, 2: 26, 3: 40, 4: 18 });
}

export function buildAnDuong(): ExcelJS.Workbook {
  const wb = newWorkbook();
  indicators(wb);
  tasks(wb);
  staff(wb);
  return wb;
}

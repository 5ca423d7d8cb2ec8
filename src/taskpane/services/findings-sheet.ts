/**
 * "Xuất ra trang Kiểm tra": the findings as a sheet the add-in owns, one row
 * per finding with a link to its cell, for whoever has to fix them. A sheet of
 * that name the add-in made before is replaced; a user's sheet of that name is
 * left alone and the new one gets a number.
 */
import { quoteSheetName } from '../../core/a1';
import type { Finding } from '../../core/findings';
import type { EditOp, EditPlan } from '../../core/plan';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { Strings } from '../i18n';

export const FINDINGS_MARKER = 'findings';
export const FINDINGS_SHEET_NAME = 'Kiểm tra';
const HEADER_ROW = 3;

function sheetNameFor(wb: WorkbookSnapshot): { name: string; replace: boolean } {
  const taken = (n: string) => wb.sheets.find((s) => s.name.toLowerCase() === n.toLowerCase());
  const existing = taken(FINDINGS_SHEET_NAME);
  if (!existing || existing.addinMarker === FINDINGS_MARKER) return { name: FINDINGS_SHEET_NAME, replace: !!existing };
  for (let i = 2; ; i++) {
    const n = `${FINDINGS_SHEET_NAME} (${i})`;
    const s = taken(n);
    if (!s || s.addinMarker === FINDINGS_MARKER) return { name: n, replace: !!s };
  }
}

/** Excel caps a formula's string literals at 255 characters. */
function xlText(s: string): string {
  return `"${s.slice(0, 250).replace(/"/g, '""')}"`;
}

export function planFindingsSheet(wb: WorkbookSnapshot, findings: Finding[], t: Strings, ruleTitle: (rule: string) => string): EditPlan {
  const { name, replace } = sheetNameFor(wb);
  const ops: EditOp[] = [];
  if (replace) ops.push({ op: 'deleteSheet', sheet: name, marker: FINDINGS_MARKER });
  ops.push({ op: 'addSheet', name, marker: FINDINGS_MARKER, activate: true });
  ops.push({ op: 'setValues', sheet: name, address: 'A1', values: [[t.findingsSheet.title]] });
  ops.push({ op: 'setStyle', sheet: name, range: 'A1', bold: true, fontSize: 14 });
  ops.push({ op: 'setValues', sheet: name, address: `A${HEADER_ROW}`, values: [[...t.findingsSheet.headers, '']] });
  ops.push({ op: 'setStyle', sheet: name, range: `A${HEADER_ROW}:G${HEADER_ROW}`, bold: true, fill: '#D9E1F2', border: true });
  if (findings.length > 0) {
    const first = HEADER_ROW + 1;
    const last = HEADER_ROW + findings.length;
    ops.push({
      op: 'setValues',
      sheet: name,
      address: `A${first}`,
      values: findings.map((f, i) => [
        i + 1,
        f.sheet,
        f.cell,
        t.severity[f.severity] ?? f.severity,
        ruleTitle(f.rule),
        t.language === 'en' ? (f.messageEn ?? f.message) : f.message,
      ]),
    });
    ops.push({
      op: 'setFormulas',
      sheet: name,
      address: `G${first}`,
      formulas: findings.map((f) => [
        `=HYPERLINK(${xlText(`#${quoteSheetName(f.sheet)}!${f.cell}`)},${xlText(t.findingsSheet.link(f.cell))})`,
      ]),
    });
    ops.push({ op: 'setStyle', sheet: name, range: `A${first}:G${last}`, wrap: true, verticalAlignment: 'top', border: true });
    ops.push({ op: 'setStyle', sheet: name, range: `G${first}:G${last}`, fontColor: '#0563C1' });
  }
  ops.push({
    op: 'setColumnWidths',
    sheet: name,
    widths: [
      { col: 'A', width: 5 },
      { col: 'B', width: 18 },
      { col: 'C', width: 7 },
      { col: 'D', width: 10 },
      { col: 'E', width: 22 },
      { col: 'F', width: 60 },
      { col: 'G', width: 12 },
    ],
  });
  ops.push({ op: 'freezePanes', sheet: name, rows: HEADER_ROW, cols: 0 });
  return { version: 1, action: 'findings-sheet', description: t.exportFindings, ops };
}

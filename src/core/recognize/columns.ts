/**
 * Column roles from the header rows. Each column is read bottom-up: the
 * lowest header text that names something decides ("Đến năm 2030" under
 * "Kế hoạch 5 năm"), and for year columns the nearest plan/actual word at any
 * level gives the series (KH/TH under a year, or a year under a
 * "Thực hiện" block).
 */
import { newColumn, type ColumnInfo, type Series } from '../layout';
import type { SheetView } from '../sheet-view';
import type { HeaderBlock } from './header';
import { headerText } from './header';
import { normalizeVi } from '../text';
import { classifyLabel, Label, seriesOf } from './labels';

/** Level grid: texts[h][c - firstCol] for header rows top to bottom. */
function headerGrid(view: SheetView, h: HeaderBlock): { texts: string[][]; labels: (Label | undefined)[][] } {
  const texts: string[][] = [];
  const labels: (Label | undefined)[][] = [];
  for (let r = h.firstRow; r <= h.lastRow; r++) {
    const row: string[] = [];
    const lab: (Label | undefined)[] = [];
    for (let c = h.firstCol; c <= h.lastCol; c++) {
      const t = headerText(view, r, c);
      row.push(t);
      lab.push(t === '' ? undefined : classifyLabel(t));
    }
    texts.push(row);
    labels.push(lab);
  }
  fillUnmergedGroups(texts, labels);
  return { texts, labels };
}

function isYearOrSeries(l: Label | undefined): boolean {
  return l !== undefined && (l.kind === 'year' || l.kind === 'series');
}

function hasYearOrSeriesBelow(labels: (Label | undefined)[][], level: number, j: number): boolean {
  for (let k = level + 1; k < labels.length; k++) if (isYearOrSeries(labels[k][j])) return true;
  return false;
}

/**
 * A group header typed in the first cell of its group without merging
 * ("Kế hoạch" over 2026..2030, "2026" over KH | TH) covers the empty cells to
 * its right, as long as those columns hold years or series below it.
 */
function fillUnmergedGroups(texts: string[][], labels: (Label | undefined)[][]): void {
  for (let level = 0; level < texts.length - 1; level++) {
    const row = texts[level];
    for (let j = 1; j < row.length; j++) {
      if (row[j] !== '' || row[j - 1] === '') continue;
      const left = labels[level][j - 1];
      const groupish = isYearOrSeries(left) || seriesOf(normalizeVi(row[j - 1])) !== undefined;
      if (!groupish) continue;
      if (!hasYearOrSeriesBelow(labels, level, j) || !hasYearOrSeriesBelow(labels, level, j - 1)) continue;
      row[j] = row[j - 1];
      labels[level][j] = left;
    }
  }
}

/** A group of years that holds ratios ("Tỷ lệ hoàn thành (%)" over "Năm 2026"): not figures of the year. */
const RATIO_GROUP_RE = /\b(ty le (hoan thanh|dat|thuc hien)|% (hoan thanh|dat)|muc do (hoan thanh|dat)|so sanh|so voi)\b/;

interface Decided {
  info?: Omit<ColumnInfo, 'col' | 'header'>;
  foreign: boolean;
  /** Computed from other columns (completion ratios): known, but no role of its own. */
  derived?: boolean;
}

function decide(texts: string[], labels: (Label | undefined)[]): Decided {
  let role: ColumnInfo['role'] | undefined;
  let year: number | undefined;
  let series: Series | undefined;
  let foreign = false;
  for (let k = texts.length - 1; k >= 0; k--) {
    const l = labels[k];
    if (year !== undefined && RATIO_GROUP_RE.test(normalizeVi(texts[k]))) return { foreign: false, derived: true };
    if (!l) continue;
    if (l.kind === 'year') {
      if (year === undefined && role === undefined) year = l.year;
      if (l.series && !series) series = l.series;
    } else if (l.kind === 'series') {
      if (!series) series = l.series;
    } else if (l.kind === 'role') {
      if (year !== undefined) {
        const s = seriesOf(normalizeVi(texts[k]));
        if (s && !series) series = s;
      } else if (role === undefined) role = l.role;
    } else if (role === undefined && year === undefined) foreign = true;
  }
  if (year !== undefined) return { info: { role: 'year', year, series: series ?? (year <= 2025 ? 'actual' : 'plan') }, foreign: false };
  if (role !== undefined) return { info: { role }, foreign: false };
  return { foreign };
}

export interface ColumnReading {
  columns: ColumnInfo[];
  /** Header texts of columns that name something outside a phụ lục (Họ và tên, Địa điểm...). */
  foreign: string[];
  /** Header texts of columns whose role could not be read. */
  unknown: string[];
}

export function readColumns(view: SheetView, h: HeaderBlock): ColumnReading {
  const { texts, labels } = headerGrid(view, h);
  const columns: ColumnInfo[] = [];
  const foreign: string[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (let j = 0; j <= h.lastCol - h.firstCol; j++) {
    const colTexts: string[] = [];
    const colLabels: (Label | undefined)[] = [];
    for (let k = 0; k < texts.length; k++) {
      const t = texts[k][j];
      if (t === '' || t === colTexts[colTexts.length - 1]) continue;
      colTexts.push(t);
      colLabels.push(labels[k][j]);
    }
    if (colTexts.length === 0) continue;
    const header = colTexts.join(' / ');
    const d = decide(colTexts, colLabels);
    if (!d.info) {
      if (!d.derived) (d.foreign ? foreign : unknown).push(header);
      continue;
    }
    const key = d.info.role === 'year' ? `year:${d.info.year}:${d.info.series}` : d.info.role;
    if (seen.has(key)) continue;
    seen.add(key);
    columns.push(newColumn(d.info.role, h.firstCol + j, header, d.info.year, d.info.series));
  }
  return { columns: targetYearsAsLevels(columns), foreign, unknown };
}

/**
 * "2030 (mục tiêu)" after 2026..2029 is the last plan year; "Mục tiêu 2030"
 * standing alone beside a tracking table's 2026 and 2027 is the 2030 level.
 */
function targetYearsAsLevels(columns: ColumnInfo[]): ColumnInfo[] {
  if (columns.some((c) => c.role === 'target2030')) return columns;
  const years = new Set(columns.filter((c) => c.role === 'year').map((c) => c.year));
  if (years.size < 2) return columns;
  const i = columns.findIndex(
    (c) => c.role === 'year' && c.year !== undefined && !years.has(c.year - 1) && /\b(muc tieu|den)\b/.test(normalizeVi(c.header)),
  );
  if (i < 0) return columns;
  // A copy by slice, like the list it replaces: an array built by map has another elements kind, and
  // code reading layouts' columns would meet two array maps.
  const out = columns.slice();
  out[i] = newColumn('target2030', columns[i].col, columns[i].header);
  return out;
}

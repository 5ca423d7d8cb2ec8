/**
 * What a header cell says: a column role, a year (with its plan/actual series),
 * or only a series ("KH", "Thực hiện"). Matching is done on text without
 * diacritics, lowercased, so "ĐVT", "Đơn vị tính" and "don vi tinh" agree.
 */
import type { ColumnRole, Series } from '../layout';
import { boundedMemo } from '../memo';
import { normalizeVi } from '../text';

export type Label =
  | { kind: 'role'; role: Exclude<ColumnRole, 'year'> }
  | { kind: 'year'; year: number; series?: Series }
  | { kind: 'series'; series: Series }
  /** Words of tables that are not phụ lục: staff lists, schedules, address books. */
  | { kind: 'foreign' };

const ACTUAL_RE = /\b(th|uth|tth|thuc hien|uoc th|uoc thuc hien|uoc tinh|uoc|ket qua|da thuc hien)\b/;
const PLAN_RE = /\b(kh|ke hoach|chi tieu|muc tieu|giao|du kien)\b/;

/** Which series a header text names, if any; the earliest word wins when both appear. */
export function seriesOf(t: string): Series | undefined {
  const a = ACTUAL_RE.exec(t);
  const p = PLAN_RE.exec(t);
  if (a && p) return a.index < p.index ? 'actual' : 'plan';
  if (a) return 'actual';
  if (p) return 'plan';
  return undefined;
}

/** Words that may sit around a year in a year header ("Năm 2026", "KH 2026", "2030 (mục tiêu)"). */
const YEAR_FILLER = new Set([
  'nam',
  'kh',
  'th',
  'uth',
  'tth',
  'ke',
  'hoach',
  'thuc',
  'hien',
  'uoc',
  'tinh',
  'muc',
  'tieu',
  'chi',
  'ket',
  'qua',
  'giao',
  'du',
  'kien',
  'da',
]);
const SERIES_ONLY_RE = /\b(ke hoach|kh|thuc hien|th|uth|tth|uoc thuc hien|uoc th|uoc tinh|uoc|ket qua|muc tieu|giao|du kien|da)\b/g;

function words(t: string): string[] {
  return t.split(/[^a-z0-9]+/).filter((w) => w !== '');
}

/** "2026", "Năm 2026", "KH 2026", "2030 (mục tiêu)", "Ước TH 2025" → the year; "2026-2030", "Đến năm 2030" → undefined. */
export function yearOf(t: string): number | undefined {
  const ws = words(t);
  let year: number | undefined;
  for (const w of ws) {
    if (/^(19|20)\d\d$/.test(w)) {
      if (year !== undefined) return undefined;
      year = Number(w);
    } else if (!YEAR_FILLER.has(w)) return undefined;
  }
  return year;
}

/** "KH", "TH", "Kế hoạch", "Ước thực hiện": a series with nothing else ("Chỉ tiêu" alone is a name header). */
function isSeriesOnly(t: string): boolean {
  return words(t.replace(SERIES_ONLY_RE, ' ')).length === 0 && words(t).length > 0;
}

const STT_RE = /^(stt|tt|so tt|so thu tu|thu tu)$/;
/** Staff lists, schedules, address books, budgets and price lists: tables that are not phụ lục. */
const FOREIGN_RE =
  /\b(ho (va )?ten|chuc vu|chuc danh|dien thoai|dia diem|thanh phan|ngay sinh|gioi tinh|dia chi|email|que quan|ky ten|ma so thue|so tai khoan|du toan|quyet toan|thanh tien|don gia|so tien)\b|^(gio|ngay|thu|buoi|ngay thang|thu\/ngay|thu, ngay)$/;

/**
 * Ordered from specific to general: "KH 5 năm ... so với TH 2021-2025" is a
 * ratio before it is a plan total, "Đơn vị tham mưu" is an agency, not a unit.
 */
const ROLE_RULES: [RegExp, Exclude<ColumnRole, 'year'>][] = [
  [/\bso voi\b|^so sanh\b|\bty le so\b/, 'ratioPrevious'],
  [/toc do (tang|tang truong|phat trien)|tang truong binh quan|tang binh quan/, 'avgGrowth'],
  [/binh quan( hang| moi| 1| mot)? ?(\/ ?)?nam|\bbq ?(\/ ?)?nam|trung binh( hang)? nam/, 'annualAverage'],
  [/\bden (nam |het nam )?20\d\d|\bnam 20\d\d dat\b|muc tieu (den )?(nam )?20\d\d/, 'target2030'],
  [/\b(ke hoach|kh) (0?5 nam|giai doan|nhiem ky)|\bca giai doan\b|\btong (0?5 nam|giai doan)|\bgiai doan 20\d\d ?- ?20\d\d\b/, 'planTotal'],
  [/ghi chu/, 'notes'],
  [/lanh dao|chi dao/, 'leader'],
  [/phoi hop/, 'partners'],
  [/thoi gian|thoi han|tien do|han hoan thanh|thoi diem/, 'deadline'],
  [
    /^(don vi tinh|dvt|d\.v\.t|dv tinh|don vi)\b(?! (tham muu|thuc hien|chu tri|phu trach|duoc giao|giao|phoi hop))|^(don vi do|dv)$/,
    'unit',
  ],
  [
    /chu tri|tham muu|phan cong|don vi thuc hien|co quan thuc hien|don vi (duoc )?giao|phu trach|chiu trach nhiem|co quan|^don vi\b/,
    'lead',
  ],
  [/^(ket qua|san pham)/, 'output'],
  // Anchored: a sentence that merely mentions "chỉ tiêu" is a title or a data cell, not the name header.
  [/^(cac |ten |nhung |nhom )?(chi tieu|noi dung|nhiem vu|danh muc)\b/, 'name'],
];

/**
 * Header texts repeat on every sheet and in every ward's workbook ("STT",
 * "Đơn vị tính", "Năm 2026"), and the first rows of each sheet are read for
 * a header: each text is classified once. The labels are shared, so frozen.
 */
const labelOf = boundedMemo(20000, (raw: string): Label | null => {
  const label = classify(raw);
  return label ? Object.freeze(label) : null;
});

/** Classify one header text (raw cell text or number). */
export function classifyLabel(raw: string): Label | undefined {
  // Long texts are titles or data cells, each met once: not worth keeping.
  if (raw.length > 200) return classify(raw);
  return labelOf(raw) ?? undefined;
}

function classify(raw: string): Label | undefined {
  const t = normalizeVi(raw);
  if (t === '') return undefined;
  const plain = t.replace(/[.:;,*]+$/g, '').trim();
  if (STT_RE.test(plain)) return { kind: 'role', role: 'stt' };
  const year = yearOf(t);
  if (year !== undefined) {
    const series = seriesOf(t);
    return series ? { kind: 'year', year, series } : { kind: 'year', year };
  }
  if (isSeriesOnly(t)) return { kind: 'series', series: seriesOf(t) ?? 'plan' };
  if (FOREIGN_RE.test(t)) return { kind: 'foreign' };
  // Header texts are short; a long sentence is a title or a data cell.
  if (t.length > 120) return undefined;
  // A ratio to this year's plan (TH/KH) is a derived column with no role of its own, not the ratio to the previous period.
  if (/so voi (ke hoach|kh)\b|\bth ?\/ ?kh\b|(dat|thuc hien) (so voi )?(ke hoach|kh)\b/.test(t)) return undefined;
  const count = words(t).length;
  for (const [re, role] of ROLE_RULES) {
    if (!re.test(t)) continue;
    // "Các chỉ tiêu chủ yếu" is the name header; "CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU" is a title.
    if (role === 'name' && count > 7) return undefined;
    return { kind: 'role', role };
  }
  return undefined;
}

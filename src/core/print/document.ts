/**
 * The parts of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I) that the printed summary and the city's report carry: the
 * issuing body top left, the national motto top right, the place-and-date
 * line, and the signature block.
 */
import type { WorkbookSnapshot } from '../snapshot';
import { normalizeVi } from '../text';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const PREPARER = { title: 'NGƯỜI LẬP BIỂU', note: '(Ký, ghi rõ họ tên)' } as const;
export const HEAD = { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký tên, đóng dấu)' } as const;

/** The issuing body as the document's top-left block prints it. */
export interface Issuer {
  /** The governing line, "ỦY BAN NHÂN DÂN"; empty when the unit stands alone. */
  parent: string;
  /** "PHƯỜNG AN DƯƠNG". */
  unit: string;
  /** The place of the date line, "An Dương"; empty when not known. */
  place: string;
  /** The unit as a reader names it, "Phường An Dương"; empty when not known. */
  name?: string;
}

/** Blank lines to write the body's name by hand when the workbook does not say it. */
export const UNKNOWN_ISSUER: Issuer = { parent: 'ỦY BAN NHÂN DÂN', unit: '.............................', place: '' };

const LOCAL_BODY = /(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(phường|xã|thị trấn|đặc khu|thành phố|tp\.?|quận|huyện|thị xã|tỉnh)\s+([^()\n;,:]+)/iu;

function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/** "…của UBND xã Kiến Hải)" → ỦY BAN NHÂN DÂN / XÃ KIẾN HẢI / Kiến Hải. */
export function issuerFromText(text: string): Issuer | undefined {
  const m = LOCAL_BODY.exec(text.normalize('NFC'));
  if (!m) return undefined;
  const level = m[1].toLowerCase().startsWith('tp') ? 'thành phố' : m[1].toLowerCase();
  const name = m[2].replace(/[.\s]+$/, '').trim();
  if (!name) return undefined;
  return { parent: 'ỦY BAN NHÂN DÂN', unit: upper(`${level} ${name}`), place: name, name: `${level.charAt(0).toLocaleUpperCase('vi')}${level.slice(1)} ${name}` };
}

/** A unit named by the user (`--unit`, the task pane setting): parsed like a title row, else printed as given. */
export function issuerFromOption(unit: string): Issuer {
  const text = unit.trim();
  const parsed = issuerFromText(/^(ủy|uỷ|ubnd)/i.test(text) ? text : `UBND ${text}`);
  return parsed ?? { parent: '', unit: upper(text), place: '', name: text };
}

/** Text of the title rows above each sheet's table: the first rows of every sheet the add-in did not make. */
function titleTexts(wb: WorkbookSnapshot, rows = 8): string[] {
  const out: string[] = [];
  for (const s of wb.sheets) {
    if (s.addinMarker) continue;
    for (let i = 0; i < Math.min(rows - (s.origin.row - 1), s.values.length); i++) {
      for (const v of s.values[i] ?? []) if (typeof v === 'string' && v.trim()) out.push(v.trim());
    }
  }
  return out;
}

/** The issuing body: the option when given, else the first title row that names a local People's Committee. */
export function findIssuer(wb: WorkbookSnapshot, option?: string): Issuer | undefined {
  if (option && option.trim()) return issuerFromOption(option);
  for (const t of titleTexts(wb)) {
    const found = issuerFromText(t);
    if (found) return found;
  }
  return undefined;
}

/** The source's "(Kèm theo Kế hoạch số …)" line, in parentheses, when a title row has one. */
export function findAttachmentLine(wb: WorkbookSnapshot): string | undefined {
  const t = titleTexts(wb).find((x) => normalizeVi(x).replace(/^\(\s*/, '').startsWith('kem theo'));
  if (!t) return undefined;
  const inner = t.replace(/^\(\s*/, '').replace(/\s*\)$/, '');
  return `(${inner})`;
}

/**
 * "An Dương, ngày 05 tháng 02 năm 2026": days below 10 and months below 3 take a leading zero
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục 5). Without a place, dots to fill in by hand.
 */
export function placeDateLine(place: string, isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const where = place || '..................';
  if (!m) return `${where}, ngày ...... tháng ...... năm ........`;
  const day = Number(m[3]);
  const month = Number(m[2]);
  return `${where}, ngày ${day < 10 ? `0${day}` : day} tháng ${month < 3 ? `0${month}` : month} năm ${m[1]}`;
}

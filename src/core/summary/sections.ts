/**
 * The standard sections (lĩnh vực) of the summary: every ward names them
 * differently ("I. NHÓM CHỈ TIÊU VỀ KINH TẾ", "CHỈ TIÊU KINH TẾ", ...), the
 * city wants them the same.
 */
import { normalizeVi } from '../text';

export const STANDARD_SECTIONS = ['Kinh tế', 'Xã hội', 'Môi trường', 'Quốc phòng - An ninh'] as const;
export const OTHER_SECTION = 'Khác';

/** The standard name of a section row's title, or the title itself (without its numbering) when it is none of them. */
export function standardSection(title: string | undefined): string {
  if (!title) return OTHER_SECTION;
  const n = normalizeVi(title);
  if (/quoc phong|an ninh/.test(n)) return 'Quốc phòng - An ninh';
  if (/moi truong/.test(n)) return 'Môi trường';
  if (/xa hoi|van hoa|giao duc|y te/.test(n)) return 'Xã hội';
  if (/kinh te/.test(n)) return 'Kinh tế';
  const bare = title.replace(/^\s*[IVXLC]+[.)]?\s+/, '').trim();
  return bare ? bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase() : OTHER_SECTION;
}

/**
 * The domain of an indicator that sits under no section row (many wards type
 * one flat list): from the words of its name, else from its lead agency
 * ("Phòng Kinh tế", "Phòng VH-XH", "Công an xã"). Checked in this order
 * because names mix words: "Tốc độ tăng trưởng" is economic, "Trường đạt
 * chuẩn" social, "Hộ dân sử dụng nước sạch" environmental.
 */
const DOMAIN_WORDS: Array<[string, RegExp]> = [
  ['Quốc phòng - An ninh', /\b(quoc phong|an ninh|quan su|nhap ngu|tuyen quan|cong an|trat tu|toi pham|ma tuy|dan quan|phong chay|chqs)\b/],
  ['Môi trường', /\b(moi truong|chat thai|rac|nuoc sach|nuoc thai|ve sinh moi|cay xanh|o nhiem|tai nguyen)\b/],
  ['Xây dựng chính quyền', /\b(hanh chinh|tthc|dich vu cong|chinh quyen|chuyen doi so|so hoa|mot cua|van ban dien tu)\b/],
  ['Xã hội', /\b(truong hoc|truong dat|truong (mam non|tieu hoc|thcs|thpt)|hoc sinh|giao duc|y te|bhyt|bhxh|bao hiem|lao dong|viec lam|ho ngheo|ngheo|van hoa|the thao|dan so|tre em|suy dinh duong|bac si|giuong benh|an sinh|gia dinh|nguoi co cong|vh-xh|vhxh|xa hoi)\b/],
  ['Kinh tế', /\b(kinh te|san pham|grdp|tang truong|ngan sach|dau tu|doanh nghiep|thu nhap|san xuat|thuong mai|dich vu|du lich|nong|lam nghiep|thuy san|cong nghiep|xay dung|von|hop tac xa|xuat khau|gia tri|trong trot|chan nuoi)\b/],
];

/** The standard domain an indicator's name (then its lead agency) points to; undefined when neither says. */
export function inferDomain(name: string, lead = ''): string | undefined {
  for (const text of [name, lead]) {
    const n = normalizeVi(text);
    if (!n) continue;
    for (const [domain, words] of DOMAIN_WORDS) if (words.test(n)) return domain;
  }
  return undefined;
}

/** Sort key: the standard sections first in their fixed order, the others after, as found. */
export function sectionOrder(section: string, firstSeen: Map<string, number>): number {
  const i = (STANDARD_SECTIONS as readonly string[]).indexOf(section);
  return i >= 0 ? i : STANDARD_SECTIONS.length + (firstSeen.get(section) ?? 0);
}

/** Section names in summary order: the standard ones first in their fixed order, the others as listed. */
export function orderSections(sections: string[]): string[] {
  const firstSeen = new Map(sections.map((s, i) => [s, i]));
  return [...new Set(sections)].sort((a, b) => sectionOrder(a, firstSeen) - sectionOrder(b, firstSeen));
}

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

/** Sort key: the standard sections first in their fixed order, the others after, as found. */
export function sectionOrder(section: string, firstSeen: Map<string, number>): number {
  const i = (STANDARD_SECTIONS as readonly string[]).indexOf(section);
  return i >= 0 ? i : STANDARD_SECTIONS.length + (firstSeen.get(section) ?? 0);
}

/** Vietnamese text normalisation for matching header words and keywords. */

/** Lowercase, strip diacritics (đ → d), collapse whitespace: "Đơn vị tính" → "don vi tinh". */
export function normalizeVi(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

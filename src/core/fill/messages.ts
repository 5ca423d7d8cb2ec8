/**
 * What the fill tells the user, Vietnamese first: the reasons a cell is left
 * alone, the note on a fallback average, the plan's one-line description.
 */
export const MSG = {
  differs: (computed: string) =>
    `Giá trị nhập tay khác kết quả công thức (${computed}); giữ nguyên, chỉ thay khi người dùng chọn thay ô này. / The typed value differs from the formula's result; kept unless you choose to replace it.`,
  equalNotConverted: (computed: string) =>
    `Giá trị nhập tay khớp kết quả công thức (${computed}); giữ nguyên, chọn "chuyển thành công thức" để thay. / The typed value equals the formula's result; kept unless you opt in to convert it.`,
  notANumber: 'Ô chứa chữ, không phải số; giữ nguyên. / The cell holds text, not a number; kept.',
  uncheckable: (firstYear: number, baseYear: number) =>
    `Không kiểm tra được: bảng không có số liệu năm gốc ${baseYear} hay tốc độ tăng năm ${firstYear}; giữ nguyên số nhập tay. / Cannot be checked: the table has no ${baseYear} base figure or ${firstYear} growth; the typed figure is kept.`,
  replaced: (typed: string) => `Thay giá trị nhập tay ${typed} bằng công thức theo yêu cầu. / Typed value replaced by the formula, as requested.`,
  fallbackNote: (firstYear: number, lastYear: number, baseYear: number) =>
    `Phụ lục: tốc độ tăng bình quân tính từ năm ${firstYear} đến năm ${lastYear} (${lastYear - firstYear} năm) vì bảng không có số liệu năm gốc ${baseYear}. / Average growth from ${firstYear} to ${lastYear} (${lastYear - firstYear} periods): the table has no ${baseYear} base figure.`,
  description: (fill: number, convert: number, replace: number, leave: number, numbers: number) =>
    `Điền công thức: ${fill} ô trống, ${convert} ô chuyển thành công thức, ${replace} ô thay thế, ${leave} ô giữ nguyên` +
    (numbers > 0 ? `; ${numbers} số lưu dạng chữ được ghi lại thành số (giữ nguyên giá trị).` : '.'),
};

export const KIND_LABEL = {
  componentSum: 'Tổng các thành phần',
  total: 'Kế hoạch 5 năm = tổng các năm',
  growth: 'Tốc độ tăng so với năm trước (%)',
  avgGrowth: 'Tốc độ tăng bình quân (%)',
} as const;

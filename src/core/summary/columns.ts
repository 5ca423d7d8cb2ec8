/**
 * The summary's columns: what each holds, how wide it prints, and the number
 * formats its figures take. Shared by the "Tổng hợp" sheet and the city's
 * report so both read the same.
 */
import { fitColumns, FlexColumn, Orientation } from '../print/page';
import type { SummaryModel } from './model';

export interface SummaryColumn extends FlexColumn {
  key: string;
  header: string;
  year?: number;
  /** Printed, or an internal column (source link, finding count) kept outside the print area. */
  print: boolean;
  /** How its cells align: figures to the right, short codes centred. */
  align: 'left' | 'center' | 'right';
}

/** Figures in vi-VN display whatever the reader's locale ([$-42A] is Vietnamese): "1.083,25", "−2,52". */
export const NUMBER_FORMATS = {
  whole: '[$-42A]#,##0;[$-42A]"−"#,##0',
  decimal: '[$-42A]#,##0.00;[$-42A]"−"#,##0.00',
} as const;

const fig = (key: string, header: string, year?: number): SummaryColumn => ({ key, header, width: 9.5, year, print: true, align: 'right' });

/**
 * The fixed column set for a model: the year columns are the union of the
 * plan years found, the TH columns only the years some sheet reports actuals
 * for. Internal columns come last so the print area is one rectangle.
 */
export function summaryColumns(model: Pick<SummaryModel, 'years' | 'hasActuals'> & { actualYears?: number[] }, ratioYear: number | undefined): SummaryColumn[] {
  const cols: SummaryColumn[] = [
    { key: 'stt', header: 'STT', width: 5, print: true, align: 'center' },
    { key: 'section', header: 'Lĩnh vực', width: 10, print: true, align: 'left' },
    { key: 'name', header: 'Chỉ tiêu', width: 40, flex: 3, min: 24, max: 70, print: true, align: 'left' },
    { key: 'unit', header: 'ĐVT', width: 8.5, print: true, align: 'center' },
    { key: 'direction', header: 'Chiều', width: 6.5, print: true, align: 'center' },
    fig('target', 'Mục tiêu 2030 / 5 năm'),
    fig('average', 'Bình quân năm'),
  ];
  for (const y of model.years) cols.push(fig(`plan${y}`, `KH ${y}`, y));
  if (model.hasActuals) {
    for (const y of model.actualYears ?? model.years) cols.push(fig(`actual${y}`, `TH ${y}`, y));
    cols.push({ ...fig('ratio', `Tỷ lệ hoàn thành ${ratioYear ?? ''} (%)`.replace('  ', ' ')), width: 10 });
  }
  cols.push(
    { key: 'verdict', header: 'Đánh giá', width: 10.5, print: true, align: 'center' },
    { key: 'lead', header: 'Cơ quan chủ trì', width: 20, flex: 1, min: 12, max: 32, print: true, align: 'left' },
    { key: 'source', header: 'Nguồn', width: 18, print: false, align: 'left' },
    { key: 'findings', header: 'Số lỗi', width: 7, print: false, align: 'center' },
  );
  return cols;
}

/** The printed columns widened or narrowed to fill an A4 landscape page; the internal ones keep their width. */
export function fitSummaryColumns<C extends SummaryColumn>(cols: C[], orientation: Orientation = 'landscape'): { cols: C[]; scale: number } {
  const printed = cols.filter((c) => c.print);
  const { widths, scale } = fitColumns(printed, orientation);
  const width = new Map(printed.map((c, i) => [c.key, widths[i]]));
  return { cols: cols.map((c) => (width.has(c.key) ? { ...c, width: width.get(c.key)! } : c)), scale };
}

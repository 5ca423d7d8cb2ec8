/** A verdict per indicator and year: actual (TH) against plan (KH) by the target's own form. */
export const VERDICTS = ['exceeded', 'met', 'missed', 'no-data', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, { vi: string; en: string }> = {
  exceeded: { vi: 'Vượt', en: 'Exceeded' },
  met: { vi: 'Đạt', en: 'Met' },
  missed: { vi: 'Không đạt', en: 'Missed' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
  // The target's form cannot be compared by itself (text such as "Hàng năm"): an officer judges it.
  unknown: { vi: 'Không so sánh được', en: 'Not comparable' },
};

export interface Evaluation {
  sheet: string;
  row: number;
  year: number;
  /** A1 of the plan and actual cells. */
  planCell: string;
  actualCell: string;
  verdict: Verdict;
  /** Why (Vietnamese), e.g. "TH 88 < mục tiêu ≥ 90". */
  reason?: string;
}

/**
 * Fills of the verdicts, shared by the live highlighting, the summary sheet and
 * the task pane's legend so that one colour always means one thing.
 */
export const VERDICT_COLORS: Record<Verdict, { fill: string; font: string }> = {
  missed: { fill: '#F8CBAD', font: '#9C0006' },
  met: { fill: '#E2EFDA', font: '#375623' },
  exceeded: { fill: '#C6EFCE', font: '#006100' },
  'no-data': { fill: '#F2F2F2', font: '#595959' },
  unknown: { fill: '#FFF2CC', font: '#7F6000' },
};

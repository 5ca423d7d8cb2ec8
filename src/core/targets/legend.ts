/**
 * What the highlight colours mean, for the task pane and the summary sheet.
 * Missed is loud; met and exceeded are quiet, so the eye goes to what needs
 * explaining at the year-end meeting. Colours come from the evaluation
 * contract (VERDICT_COLORS) so one colour means one thing everywhere.
 */
import { Verdict, VERDICT_COLORS, VERDICT_LABELS as L } from '../evaluation';

export interface LegendEntry {
  verdict: Verdict;
  vi: string;
  en: string;
  /** '#RRGGBB' */
  fill: string;
  fontColor: string;
  /** The live highlight colours actual cells with it; no-data and unknown stay as the user left them. */
  onSheet: boolean;
}

export const LEGEND: readonly LegendEntry[] = [
  { verdict: 'missed', vi: `${L.missed.vi} mục tiêu`, en: `${L.missed.en} target`, fill: VERDICT_COLORS.missed.fill, fontColor: VERDICT_COLORS.missed.font, onSheet: true },
  { verdict: 'met', vi: `${L.met.vi} mục tiêu`, en: `${L.met.en} target`, fill: VERDICT_COLORS.met.fill, fontColor: VERDICT_COLORS.met.font, onSheet: true },
  { verdict: 'exceeded', vi: `${L.exceeded.vi} mục tiêu`, en: `${L.exceeded.en} target`, fill: VERDICT_COLORS.exceeded.fill, fontColor: VERDICT_COLORS.exceeded.font, onSheet: true },
  { verdict: 'no-data', vi: `${L['no-data'].vi} thực hiện (trên bảng: không tô)`, en: `${L['no-data'].en} (not coloured on the sheet)`, fill: VERDICT_COLORS['no-data'].fill, fontColor: VERDICT_COLORS['no-data'].font, onSheet: false },
  { verdict: 'unknown', vi: `${L.unknown.vi} với mục tiêu (trên bảng: không tô)`, en: `${L.unknown.en} with the target (not coloured on the sheet)`, fill: VERDICT_COLORS.unknown.fill, fontColor: VERDICT_COLORS.unknown.font, onSheet: false },
];

export function legendOf(verdict: Verdict): LegendEntry {
  const e = LEGEND.find((l) => l.verdict === verdict);
  if (!e) throw new Error(`no legend entry for ${verdict}`);
  return e;
}

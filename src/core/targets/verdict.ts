/**
 * One verdict: an actual against its target, by the target's own form, with
 * the Vietnamese reason shown in the task pane and the report.
 */
import type { Verdict } from '../evaluation';
import { cellNumber, formatViNumber } from '../numbers';
import { cellText } from '../sheet-view';
import { CellValue, isCellError } from '../snapshot';
import { classifyUnit } from '../units';
import { Criterion, decimalsOf, judgeNumber } from './criterion';
import type { TargetCell } from './cells';
import { verdictFromWords } from './words';

export interface Judgement {
  verdict: Verdict;
  reason: string;
}

/** Texts that mean "nothing entered yet". */
const NO_DATA_TEXTS = new Set(['-', '–', '—', '...', '…']);

function show(v: number): string {
  return formatViNumber(v, Math.min(decimalsOf(Math.round(v * 1e6) / 1e6), 4));
}

function describe(c: Criterion, percent: boolean, specText?: string): string {
  const pc = percent ? '%' : '';
  switch (c.type) {
    case 'floor':
      return `${c.strict ? '>' : '≥'} ${show(c.value)}${pc}`;
    case 'ceiling':
      return `${c.strict ? '<' : '≤'} ${show(c.value)}${pc}`;
    case 'band':
      return specText ? `"${specText}"` : `${show(c.lo)} - ${show(c.hi)}${pc}`;
    case 'words':
      return `"${c.text}"`;
    case 'unknown':
      return '';
  }
}

const VERB: Record<'exceeded' | 'met' | 'missed', string> = { exceeded: 'vượt', met: 'đạt', missed: 'không đạt' };

/** The actual in the target's units: a percentage-formatted 0,88 is 88 against "≥ 90%". */
export function actualPoints(cell: TargetCell, actual: number): number {
  return cell.actualPercentFormat && !cell.planPercentFormat ? actual * 100 : actual;
}

/** The numeric threshold scale: a percentage-formatted plan 0,9 is 90 against an actual typed as 88. */
export function planPoints(cell: TargetCell, value: number): number {
  return cell.planIsNumber && cell.planPercentFormat && !cell.actualPercentFormat ? value * 100 : value;
}

function scaled(c: Criterion, cell: TargetCell): Criterion {
  if (c.type === 'floor' || c.type === 'ceiling') return { ...c, value: planPoints(cell, c.value) };
  return c;
}

export function judge(cell: TargetCell): Judgement {
  const actual: CellValue = cell.actual;
  const text = cellText(actual);
  if (text === '' || NO_DATA_TEXTS.has(text)) return { verdict: 'no-data', reason: `Chưa có số liệu thực hiện năm ${cell.year}` };
  if (isCellError(actual)) return { verdict: 'unknown', reason: `Ô thực hiện ${cell.actualCell} có lỗi ${actual.error}` };

  const c = scaled(cell.criterion, cell);
  const percent = cell.spec?.percent === true;
  if (c.type === 'unknown') return { verdict: 'unknown', reason: `Không so sánh được: mục tiêu "${cellText(cell.plan)}" (${c.why})` };

  if (c.type === 'words') {
    const v = typeof actual === 'string' ? verdictFromWords(actual, c.word, c.text) : null;
    if (v === 'none') return { verdict: 'no-data', reason: `TH ghi "${text}": chưa có số liệu` };
    if (v) return { verdict: v, reason: `TH "${text}" → ${VERB[v]} mục tiêu ${describe(c, false)}` };
    // "Không có điểm nóng" counted: 0 is met, any other count is missed.
    if (c.word === 'khong-co' && typeof actual === 'number') {
      const verdict = actual === 0 ? 'met' : 'missed';
      return { verdict, reason: `TH ${show(actual)} → ${VERB[verdict]} mục tiêu ${describe(c, false)}` };
    }
    return { verdict: 'unknown', reason: `TH "${text}" không cho biết đạt hay không đạt mục tiêu ${describe(c, false)}` };
  }

  const unit = classifyUnit(cell.unit);
  const n = typeof actual === 'boolean' ? null : cellNumber(actual, { integerUnit: unit.integer, percentUnit: unit.kind === 'percent' });
  // Words where a figure is expected ("Đạt" for "≥ 90") are not compared: the figure is what is reported upward.
  if (n === null) return { verdict: 'unknown', reason: `TH "${text}" không phải là số, không so được với mục tiêu ${describe(c, percent, cell.spec?.text)}` };
  const a = actualPoints(cell, n);
  const verdict = judgeNumber(c, a);
  const sign = verdict === 'missed' ? (c.type === 'ceiling' || (c.type === 'band' && c.good === 'down') ? '>' : '<') : verdict === 'exceeded' ? (c.type === 'ceiling' || (c.type === 'band' && c.good === 'down') ? '<' : '>') : c.type === 'band' ? '∈' : '=';
  const shownSign = verdict === 'met' && (c.type === 'floor' || c.type === 'ceiling') && c.strict ? (c.type === 'floor' ? '>' : '<') : sign;
  const lower = c.type === 'ceiling' || (c.type === 'band' && c.good === 'down') ? ' (càng thấp càng tốt)' : '';
  return { verdict, reason: `TH ${show(a)}${percent ? '%' : ''} ${shownSign} mục tiêu ${describe(c, percent, cell.spec?.text)}${lower}: ${VERB[verdict]}` };
}

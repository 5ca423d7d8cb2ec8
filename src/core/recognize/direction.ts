/**
 * Which way is better for an indicator. The targets decide first ("dưới 1%",
 * "Giảm hàng năm", "không quá" point down; "Đạt", "Duy trì" are words, not
 * figures); then the name (hộ nghèo, thất nghiệp, tai nạn, tội phạm point
 * down, unless the indicator counts how many are solved or discovered).
 */
import type { Direction } from '../layout';
import type { CellValue } from '../snapshot';
import { isCellError } from '../snapshot';
import { parseTarget } from '../target';
import { boundedMemo } from '../memo';
import { normalizeVi } from '../text';

const DOWN_NAME = /\b(ho ngheo|ty le ngheo|that nghiep|tai nan|toi pham|pham toi|vu an|o nhiem|chay no|suy dinh duong|tu vong|tai ngheo)\b/;
/** Rates of cases solved, discovered or handled: higher is better even though the noun is bad. */
const SOLVED_NAME =
  /\b(kham pha|dieu tra|giai quyet|xu ly|tiep nhan|triet pha|bat giu|truy bat|phat hien|to giac|thu hoi|phong chong|phong ngua)\b/;
const FALLING_NAME = /\b(giam|kiem che)\b/;
const DOWN_TEXT = /\b(duoi|giam|khong qua|toi da|khong vuot|it hon|thap hon|tro xuong)\b/;

type Vote = 'down' | 'up' | 'number' | 'word' | 'none';

function vote(v: CellValue): Vote {
  if (v === null || typeof v === 'boolean' || isCellError(v)) return 'none';
  if (typeof v === 'number') return 'number';
  const text = v.trim();
  return text === '' ? 'none' : textVote(text);
}

/** Target texts repeat down a sheet and across sheets ("95% trở lên"): each is parsed once. */
const textVote = boundedMemo(20000, (text: string): Vote => {
  const spec = parseTarget(text);
  if (spec.kind === 'atMost' || spec.kind === 'lessThan') return 'down';
  // "Không còn tệ nạn ma tuý" is a state to reach, met or not by its words; only "Giảm ..." asks for less.
  if (spec.kind === 'qualitative') return spec.word === 'giam' || spec.word === 'tang' ? (spec.direction ?? 'word') : 'word';
  if (DOWN_TEXT.test(normalizeVi(text))) return 'down';
  if (spec.kind === 'text') {
    // A completion period ("2026 - 2027") is met or not, like a word.
    if (spec.period) return 'word';
    return /\d/.test(text) ? 'number' : 'word';
  }
  return 'number';
});

/** targets: the row's plan-side cells (yearly plan, 5-year plan, 2030 level, yearly average); `normalized`: the name is already folded. */
export function directionOf(name: string, targets: CellValue[], normalized = false): Direction {
  let numbers = 0;
  let words = 0;
  let up = 0;
  for (const t of targets) {
    const v = vote(t);
    if (v === 'down') return 'down';
    if (v === 'number') numbers++;
    else if (v === 'word') words++;
    else if (v === 'up') up++;
  }
  const n = normalized ? name : normalizeVi(name);
  if (FALLING_NAME.test(n) && DOWN_NAME.test(n)) return 'down';
  if (words > 0 && numbers === 0 && up === 0) return 'qualitative';
  if (DOWN_NAME.test(n) && !SOLVED_NAME.test(n)) return 'down';
  return 'up';
}

/**
 * Target expressions ("68% trở lên", "≥ 15", "14 - 15", "Đạt", ...) parsed into a
 * typed spec (issue #2). CONTRACT STUB: the parsers helper replaces the body.
 */
export type TargetKind = 'number' | 'atLeast' | 'greaterThan' | 'atMost' | 'lessThan' | 'range' | 'about' | 'total' | 'qualitative' | 'text';

interface Base {
  /** The original text (or the number as text). */
  text: string;
  /** Written with a "%". */
  percent?: boolean;
  /** Decimals of the figure(s) as written, for precision-aware comparisons. */
  decimals?: number;
}

export type TargetSpec =
  | (Base & { kind: 'number' | 'atLeast' | 'greaterThan' | 'atMost' | 'lessThan' | 'about' | 'total'; value: number })
  | (Base & { kind: 'range'; min: number; max: number })
  | (Base & {
      kind: 'qualitative';
      /** Normalised meaning: "dat" (Đạt), "duy-tri" (Duy trì), "on-dinh" (Ổn định), "giam" (Giảm...), "tang" (Tăng...), "hang-nam" (Hàng năm), "khong-co" (Không còn/Không có ...). */
      word: string;
      /** Which way the words point when they imply a direction ("giảm" → down). */
      direction?: 'up' | 'down';
    })
  | (Base & { kind: 'text' });

export function parseTarget(input: string | number | null): TargetSpec {
  return { kind: 'text', text: input === null ? '' : String(input) };
}

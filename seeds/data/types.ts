/**
 * Shapes shared by the transcribed seed tables. The data modules are plain
 * values so that any test can import them as oracles without ExcelJS.
 *
 * A cell value is what the ward office typed: a JS number when the cell holds
 * a real number, a string when it holds text (target expressions such as
 * "68% trở lên", and hand-typed numbers such as "1083,25" exactly as shown),
 * null when blank.
 */
export type SeedValue = number | string | null;

/** Same vocabulary as src/core/layout.ts RowKind, kept local so seeds do not depend on src. */
export type SeedRowKind = 'section' | 'indicator' | 'component' | 'growth' | 'header' | 'task';

export type SeedDirection = 'up' | 'down' | 'qualitative';

/** A signature block placed under a table, as in the source documents. */
export interface SignatureBlock {
  recipients: string[];
  /** "TM. ỦY BAN NHÂN DÂN" then "CHỦ TỊCH" (or "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
  titleLines: string[];
  name: string;
}

/** A transcribed row with the sheet row (1-based, as Excel shows) it lands on. */
export interface PlacedRow<R> {
  row: number;
  data: R;
}

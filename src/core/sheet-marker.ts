/**
 * Defined-name convention that marks a sheet the add-in made (shared by both
 * adapters: the .xlsx reader/writer in src/cli/xlsx and the Office.js adapter
 * in src/excel, simulated host included; pure, no Node).
 *
 *   PHULUC_<MARKER>_<n>   refers to  '<sheet>'!$A$1   (workbook scope)
 *
 * MARKER is the plan's marker (`^[a-z][a-z0-9-]*$`) upper-cased with "-"
 * spelled "." (defined names allow letters, digits, "_" and "." only); n is
 * 1, 2, ... so several sheets can carry the same marker (names are unique).
 * Reading: the marker is the middle part lower-cased with "." back to "-";
 * `PHULUC_SUMMARY_1` → "summary", `PHULUC_TRACKING.2026_2` → "tracking-2026".
 * A bare `PHULUC_SUMMARY` (no number) is accepted on read.
 */
import { ADDIN_SHEET_NAME_PREFIX } from './plan';

const NAME_RE = new RegExp(`^${ADDIN_SHEET_NAME_PREFIX}([A-Za-z][A-Za-z0-9.]*)(?:_(\\d+))?$`);

export function markerDefinedName(marker: string, n: number): string {
  return `${ADDIN_SHEET_NAME_PREFIX}${marker.toUpperCase().replace(/-/g, '.')}_${n}`;
}

/** The marker a defined name carries, or null when it is not one of ours. */
export function markerFromDefinedName(name: string): string | null {
  const m = NAME_RE.exec(name);
  return m ? m[1].toLowerCase().replace(/\./g, '-') : null;
}

/** Sheet name from a defined-name target such as `'Tổng hợp'!$A$1` or `Sheet1!$A$1:$B$2` (undoes '' escaping). */
export function sheetOfReference(ref: string): string | null {
  const q = /^'((?:[^']|'')*)'!/.exec(ref);
  if (q) return q[1].replace(/''/g, "'");
  const p = /^([^'!]+)!/.exec(ref);
  return p ? p[1] : null;
}

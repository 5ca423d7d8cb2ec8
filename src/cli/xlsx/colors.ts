/**
 * ExcelJS colours ({argb} | {theme, tint} | {indexed}) ↔ the snapshot's '#RRGGBB'.
 * Theme colours resolve against the default Office theme: the workbooks we see
 * come from Excel with that theme, and the core only compares colours loosely.
 */
import type ExcelJS from 'exceljs';

// Office 2013+ default theme, in theme-index order (lt1, dk1, lt2, dk2, accent1..6, hlink, folHlink).
const THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

// Legacy indexed palette (BIFF8 defaults), indices 0..63.
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

function applyTint(hex: string, tint: number): string {
  // Excel's tint works in HSL lightness; a per-channel blend toward white/black is close enough for display comparisons.
  const out: string[] = [];
  for (let i = 0; i < 6; i += 2) {
    const c = parseInt(hex.slice(i, i + 2), 16);
    const v = tint < 0 ? c * (1 + tint) : c + (255 - c) * tint;
    out.push(Math.round(v).toString(16).padStart(2, '0'));
  }
  return out.join('').toUpperCase();
}

/** '#RRGGBB', or undefined for "automatic"/unknown colours. */
export function colorToHex(c: Partial<ExcelJS.Color> & { indexed?: number; tint?: number } | undefined): string | undefined {
  if (!c) return undefined;
  if (typeof c.argb === 'string' && c.argb.length >= 6) return '#' + c.argb.slice(-6).toUpperCase();
  let hex: string | undefined;
  if (typeof c.theme === 'number') hex = THEME[c.theme];
  else if (typeof c.indexed === 'number') hex = INDEXED[c.indexed];
  if (!hex) return undefined;
  return '#' + (typeof c.tint === 'number' && c.tint !== 0 ? applyTint(hex, c.tint) : hex);
}

/** '#RRGGBB' → ExcelJS {argb:'FFRRGGBB'}. */
export function hexToArgb(hex: string): { argb: string } {
  return { argb: 'FF' + hex.replace(/^#/, '').toUpperCase() };
}

/** The visible colour of a cell or dxf fill: solid patterns show fgColor in cells, but bgColor in conditional-format dxfs. */
export function fillToHex(fill: ExcelJS.Fill | undefined, dxf = false): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return undefined;
  const p = fill as ExcelJS.FillPattern;
  if (dxf) return colorToHex(p.bgColor) ?? colorToHex(p.fgColor);
  return colorToHex(p.fgColor) ?? colorToHex(p.bgColor);
}

/**
 * SIMULATION: an HTML rendering of the simulated workbook: one tab per sheet,
 * cells with their fills and fonts, merges, the add-in's highlight colours,
 * the selection, and a formula bar. Formula cells the simulated host cannot
 * compute show their formula.
 */
import { useMemo } from 'react';
import { columnLetter, parseA1, toA1 } from '../core/a1';
import type { Evaluation } from '../core/evaluation';
import type { SimSheet, SimWorkbookModel } from '../excel/sim/model';
import { addinCfPaint } from './cf-display';
import { displayValue } from './format';

const MAX_ROWS = 400;
const MAX_COLS = 40;

export interface GridProps {
  model: SimWorkbookModel;
  evaluations: Evaluation[];
  /** Bumped on every change of the model (the model itself is mutated in place). */
  version: number;
  onActivate: (sheet: SimSheet) => void;
  onSelect: (sheet: SimSheet, a1: string) => void;
}

export function Grid({ model, evaluations, version, onActivate, onSelect }: GridProps) {
  const sheet = model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
  const selected =
    model.selection && sheet && model.selection.sheetId === sheet.id ? model.selection.address.split(':')[0].replace(/\$/g, '') : null;
  const paint = useMemo(() => (sheet ? addinCfPaint(sheet, evaluations) : new Map()), [sheet, evaluations, version]);
  if (!sheet) return <div className="grid-empty">—</div>;
  const bounds = sheet.usedBounds() ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const lastRow = Math.min(bounds.bottom, MAX_ROWS);
  const lastCol = Math.min(Math.max(bounds.right, 1), MAX_COLS);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top}:${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const selCell = selected ? sheet.cell(...rowColOf(selected)) : undefined;
  return (
    <div className="workbook" data-testid="grid" data-version={version}>
      <div className="formula-bar" data-testid="formula-bar">
        <span className="namebox">{selected ?? ''}</span>
        <span>{selCell ? (selCell.f ?? displayValue(selCell.v, selCell.nf)) : ''}</span>
      </div>
      <div className="grid-scroll">
        <table className="grid" aria-label={sheet.name}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: lastCol }, (_, i) => (
                <th key={i}>{columnLetter(i + 1)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: lastRow }, (_, i) => i + 1).map((row) => (
              <tr key={row}>
                <th>{row}</th>
                {Array.from({ length: lastCol }, (_, j) => j + 1).map((col) => {
                  const key = `${row}:${col}`;
                  if (covered.has(key)) return null;
                  const c = sheet.cell(row, col);
                  const a1 = toA1(row, col);
                  const cf = paint.get(key);
                  const text = c ? (c.v === null && c.f ? c.f : displayValue(c.v, c.nf)) : '';
                  const span = spans.get(key);
                  return (
                    <td
                      key={col}
                      data-cell={a1}
                      data-selected={a1 === selected ? 'true' : undefined}
                      data-cf={cf?.tag}
                      data-formula={c?.f ?? undefined}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      title={c?.f ?? undefined}
                      className={[a1 === selected ? 'sel' : '', c?.f ? 'f' : '', typeof c?.v === 'number' ? 'num' : ''].join(' ')}
                      style={{
                        background: cf?.fill ?? c?.fill,
                        color: cf?.fontColor ?? c?.fontColor,
                        fontWeight: c?.bold ? 700 : undefined,
                        fontStyle: c?.italic ? 'italic' : undefined,
                        textAlign: (c?.hAlign?.toLowerCase() as 'left' | 'center' | 'right' | undefined) ?? undefined,
                      }}
                      onClick={() => onSelect(sheet, a1)}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="sheet-tabs" role="tablist" aria-label="Sheets">
        {model.sheets.map((s) => (
          <button
            key={s.id}
            role="tab"
            aria-selected={s === sheet}
            data-testid="sheet-tab"
            data-sheet={s.name}
            className={s === sheet ? 'active' : ''}
            onClick={() => onActivate(s)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}

function rowColOf(a1: string): [number, number] {
  try {
    const { row, col } = parseA1(a1);
    return [row, col];
  } catch {
    return [0, 0];
  }
}

/**
 * "Sửa cách đọc": correct how a sheet was read (header rows, each column's
 * role, a row's kind or parent). Only what differs from the recogniser's
 * reading is saved, so later improvements of the recogniser still apply.
 */
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { columnLetter } from '../../core/a1';
import { COLUMN_ROLES, ColumnRole, ROW_KINDS, RowKind, SheetLayout, SheetOverride } from '../../core/layout';
import type { Strings } from '../i18n';

export interface MappingEditorProps {
  layout: SheetLayout;
  override: SheetOverride | undefined;
  t: Strings;
  busy: boolean;
  onSave: (next: SheetOverride | null) => void;
  onCancel: () => void;
}

interface ColumnDraft {
  col: number;
  role: ColumnRole | null;
  year?: number;
  series?: 'plan' | 'actual';
}

interface RowDraft {
  row: number;
  kind?: RowKind | null;
  parent?: number | null;
}

function initialColumns(layout: SheetLayout): ColumnDraft[] {
  const last = Math.max(1, ...layout.columns.map((c) => c.col));
  return Array.from({ length: last }, (_, i) => {
    const c = layout.columns.find((x) => x.col === i + 1);
    return c ? { col: c.col, role: c.role, year: c.year, series: c.series } : { col: i + 1, role: null };
  });
}

function sameColumn(a: ColumnDraft, b: ColumnDraft): boolean {
  return a.role === b.role && (a.role !== 'year' || (a.year === b.year && (a.series ?? 'plan') === (b.series ?? 'plan')));
}

export function MappingEditor({ layout, override, t, busy, onSave, onCancel }: MappingEditorProps) {
  const recognised = initialColumns(layout);
  const [first, setFirst] = useState(String(layout.header?.firstRow ?? ''));
  const [last, setLast] = useState(String(layout.header?.lastRow ?? ''));
  const [columns, setColumns] = useState<ColumnDraft[]>(recognised);
  const [rows, setRows] = useState<RowDraft[]>(override?.rows?.map((r) => ({ row: r.row, kind: r.kind, parent: r.parent })) ?? []);
  const [newRow, setNewRow] = useState('');

  const f = Number(first);
  const l = Number(last);
  const headerValid = first === '' || last === '' || (Number.isInteger(f) && Number.isInteger(l) && f >= 1 && f <= l);
  const setColumn = (col: number, p: Partial<ColumnDraft>) => setColumns((cs) => cs.map((c) => (c.col === col ? { ...c, ...p } : c)));
  const setRow = (row: number, p: Partial<RowDraft>) => setRows((rs) => rs.map((r) => (r.row === row ? { ...r, ...p } : r)));
  const rowInfo = (row: number) => layout.rows.find((r) => r.row === row);

  const addRow = () => {
    const n = Number(newRow);
    if (!Number.isInteger(n) || n < 1 || rows.some((r) => r.row === n)) return;
    const info = rowInfo(n);
    setRows((rs) => [...rs, { row: n, kind: info?.kind ?? null, parent: info?.parent ?? null }]);
    setNewRow('');
  };

  const save = () => {
    if (!headerValid) return;
    const next: SheetOverride = { sheet: layout.name };
    if (override?.kind) next.kind = override.kind;
    const headerChanged = first !== '' && last !== '' && (f !== layout.header?.firstRow || l !== layout.header?.lastRow);
    if (headerChanged) next.header = { firstRow: f, lastRow: l };
    else if (override?.header) next.header = override.header;
    const changed = columns.filter((c) => !sameColumn(c, recognised[c.col - 1]));
    const kept = (override?.columns ?? []).filter(
      (c) =>
        !changed.some((x) => x.col === c.col) &&
        columns[c.col - 1] &&
        sameColumn(columns[c.col - 1], { col: c.col, role: c.role, year: c.year, series: c.series }),
    );
    const cols = [
      ...kept,
      ...changed.map((c) => ({ col: c.col, role: c.role, ...(c.role === 'year' ? { year: c.year, series: c.series ?? 'plan' } : {}) })),
    ];
    if (cols.length) next.columns = cols;
    if (rows.length)
      next.rows = rows.map((r) => ({
        row: r.row,
        ...(r.kind !== undefined ? { kind: r.kind } : {}),
        ...(r.parent !== undefined ? { parent: r.parent } : {}),
      }));
    onSave(next);
  };

  return (
    <form
      className="mapping"
      aria-label={t.editReadingLabel(layout.name)}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset>
        <legend>{t.headerRows}</legend>
        <div className="row2">
          <Field
            label={t.headerFirst}
            size="small"
            validationState={headerValid ? 'none' : 'error'}
            validationMessage={headerValid ? undefined : t.invalidHeader}
          >
            <Input type="number" size="small" min={1} value={first} onChange={(_, d) => setFirst(d.value)} />
          </Field>
          <Field label={t.headerLast} size="small">
            <Input type="number" size="small" min={1} value={last} onChange={(_, d) => setLast(d.value)} />
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.columns}</legend>
        {columns.map((c) => (
          <div key={c.col} className="colrow">
            <Field label={t.columnRole(columnLetter(c.col))} size="small">
              <Select
                size="small"
                value={c.role ?? ''}
                onChange={(_, d) => setColumn(c.col, { role: (d.value || null) as ColumnRole | null })}
              >
                <option value="">{t.noRole}</option>
                {COLUMN_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t.roles[r] ?? r}
                  </option>
                ))}
              </Select>
            </Field>
            {c.role === 'year' && (
              <div className="row2">
                <Field label={t.year} size="small">
                  <Input
                    type="number"
                    size="small"
                    value={c.year === undefined ? '' : String(c.year)}
                    onChange={(_, d) => setColumn(c.col, { year: d.value === '' ? undefined : Number(d.value) })}
                  />
                </Field>
                <Field label={t.series} size="small">
                  <Select
                    size="small"
                    value={c.series ?? 'plan'}
                    onChange={(_, d) => setColumn(c.col, { series: d.value as 'plan' | 'actual' })}
                  >
                    <option value="plan">{t.seriesPlan}</option>
                    <option value="actual">{t.seriesActual}</option>
                  </Select>
                </Field>
              </div>
            )}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.rows}</legend>
        {rows.map((r) => (
          <div key={r.row} className="row2">
            <Field label={t.rowKind(r.row)} size="small">
              <Select size="small" value={r.kind ?? ''} onChange={(_, d) => setRow(r.row, { kind: (d.value || null) as RowKind | null })}>
                <option value="">{t.noRole}</option>
                {ROW_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t.rowKinds[k] ?? k}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.rowParent(r.row)} size="small">
              <Input
                type="number"
                size="small"
                min={1}
                value={r.parent == null ? '' : String(r.parent)}
                onChange={(_, d) => setRow(r.row, { parent: d.value === '' ? null : Number(d.value) })}
              />
            </Field>
          </div>
        ))}
        <div className="row2">
          <Field label={t.rowNumber} size="small">
            <Input type="number" size="small" min={1} value={newRow} onChange={(_, d) => setNewRow(d.value)} />
          </Field>
          <Button size="small" onClick={addRow} disabled={newRow === ''}>
            {t.addRow}
          </Button>
        </div>
        {rows.length > 0 && <Text size={200}>{rows.map((r) => `${r.row}: ${rowInfo(r.row)?.name ?? ''}`).join(' · ')}</Text>}
      </fieldset>
      <div className="buttons">
        <Button appearance="primary" type="submit" disabled={busy || !headerValid}>
          {t.saveReading}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
        {override && (
          <Button
            appearance="subtle"
            disabled={busy}
            onClick={() => onSave(override.kind ? { sheet: layout.name, kind: override.kind } : null)}
          >
            {t.resetReading}
          </Button>
        )}
      </div>
    </form>
  );
}

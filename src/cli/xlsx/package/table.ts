/**
 * Excel tables (ListObjects): a new table part, registered with the sheet's
 * relationships and <tableParts>. Table ids and names are unique across the
 * workbook, so the existing table parts are read (not changed) to pick ours.
 */
import { RangeRef, rangeToA1 } from '../../../core/a1';
import { CONTENT_TYPE, OpcPackage, REL_TYPE } from './opc';
import { Worksheet } from './worksheet';
import { XML_DECLARATION } from './xml';

export class TableError extends Error {}

async function existingTables(pkg: OpcPackage): Promise<{ ids: number[]; names: Set<string> }> {
  const ids: number[] = [];
  const names = new Set<string>();
  for (const p of pkg.parts()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(p)) continue;
    const root = (await pkg.peek(p))?.documentElement;
    if (!root) continue;
    ids.push(Number(root.getAttribute('id')) || 0);
    for (const a of ['name', 'displayName']) names.add((root.getAttribute(a) ?? '').toLowerCase());
  }
  return { ids, names };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Column names are the header cells' text; empty or repeated ones become "Cột n", "X 2", as Excel does. */
function headers(ws: Worksheet, r: RangeRef, sst: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let col = r.left; col <= r.right; col++) {
    const v = ws.cellText(r.top, col, sst).trim();
    let header = v || `Cột ${col - r.left + 1}`;
    for (let k = 2; seen.has(header.toLowerCase()); k++) header = `${v || 'Cột'} ${k}`;
    seen.add(header.toLowerCase());
    out.push(header);
  }
  return out;
}

export async function createTable(pkg: OpcPackage, sheetPart: string, ws: Worksheet, sst: readonly string[], r: RangeRef, name: string, style: string): Promise<void> {
  const { ids, names } = await existingTables(pkg);
  if (names.has(name.toLowerCase())) throw new TableError(`đã có bảng tên "${name}" / a table named "${name}" already exists`);
  const cols = headers(ws, r, sst);
  // A table's header cells hold exactly its column names, as text.
  cols.forEach((h, i) => {
    const col = r.left + i;
    if (ws.cellText(r.top, col, sst) !== h || ws.cellType(r.top, col) === 'n' || ws.hasFormula(r.top, col)) ws.setValue(r.top, col, h);
  });
  const id = ids.reduce((m, x) => Math.max(m, x), 0) + 1;
  const ref = rangeToA1(r);
  const part = pkg.freeName('xl/tables/table', '.xml');
  const columns = cols.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(h.replace(/\r?\n/g, '_x000a_'))}"/>`).join('');
  pkg.create(
    part,
    `${XML_DECLARATION}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${cols.length}">${columns}</tableColumns>` +
      `<tableStyleInfo name="${escapeAttr(style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  await pkg.setContentType(part, CONTENT_TYPE.table);
  ws.addPartReference('tablePart', await pkg.addRelationship(sheetPart, REL_TYPE.table, part));
}

/**
 * Whatever a sheet holds and whatever the recogniser says about it, the
 * validator returns findings (never throws), each pointing inside the sheet,
 * sorted by row, with one of its rule's messages rendered in both languages.
 */
import fc from 'fast-check';
import { parseA1 } from '../a1';
import { COLUMN_ROLES, ROW_KINDS, type ColumnInfo, type RowInfo, type SheetLayout } from '../layout';
import { sheetFromRows, type CellValue } from '../snapshot';
import { RULE_METAS, validateWorkbook } from './index';

const MESSAGES = new Map(RULE_METAS.map((m) => [m.id, m.messages]));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: -5, max: 300 }),
  fc.constantFrom('68% trở lên', 'dưới 1%', '1083,25', '1.766', 'Đạt', 'Duy trì', 'Giảm hàng năm', '14 - 15', '', '-', 'I', 'II', '1', '1.1', '13', '%', 'Tỷ đồng', 'Người', '#REF!', 'abc xyz', '2026 - 2027', 'Trong đó: vốn'),
  fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }),
  fc.string({ maxLength: 12 }),
);

const table = fc.integer({ min: 1, max: 9 }).chain((width) =>
  fc.record({
    values: fc.array(fc.array(cellValue, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 14 }),
    formats: fc.array(fc.constantFrom(null, '0.00', '#,##0', '0%', '0.0%', '@', 'General'), { minLength: width, maxLength: width }),
    formulas: fc.array(fc.constantFrom(null, '=SUM(B2:D2)', '=(C2/B2-1)*100', '=((E2/B2)^(1/5)-1)*100', "='X'!A1", '=POWER(B2,1/4)'), { minLength: width, maxLength: width }),
    columns: fc.array(
      fc.record({
        role: fc.constantFrom(...COLUMN_ROLES),
        col: fc.integer({ min: 1, max: width + 2 }),
        year: fc.option(fc.integer({ min: 2024, max: 2031 }), { nil: undefined }),
        series: fc.option(fc.constantFrom('plan' as const, 'actual' as const), { nil: undefined }),
        header: fc.constantFrom('', '2026', 'Kế hoạch 5 năm 2026-2030', 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)', 'Đến năm 2030'),
      }),
      { maxLength: 10 },
    ),
    kinds: fc.array(fc.constantFrom(...ROW_KINDS), { minLength: 14, maxLength: 14 }),
    parents: fc.array(fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }), { minLength: 14, maxLength: 14 }),
    header: fc.option(fc.record({ firstRow: fc.integer({ min: 1, max: 3 }), lastRow: fc.integer({ min: 1, max: 4 }) }), { nil: null }),
  }),
);

describe('the validator on arbitrary sheets and layouts', () => {
  it('never throws and returns well-formed, located, sorted findings', () => {
    fc.assert(
      fc.property(table, (t) => {
        const sheet = sheetFromRows('PL', t.values, {
          numberFormats: t.values.map(() => t.formats),
          formulas: t.values.map(() => t.formulas),
        });
        const rows: RowInfo[] = t.values.map((r, i) => ({
          row: i + 1,
          kind: t.kinds[i],
          stt: typeof r[0] === 'string' || typeof r[0] === 'number' ? String(r[0]) : '',
          name: typeof r[1] === 'string' ? r[1] : '',
          unit: typeof r[2] === 'string' ? r[2] : '',
          ...(t.parents[i] !== undefined ? { parent: t.parents[i] } : {}),
        }));
        const layout: SheetLayout = { name: 'PL', kind: 'indicators', confidence: 1, reasons: [], header: t.header, columns: t.columns as ColumnInfo[], rows };
        const findings = validateWorkbook({ sheets: [sheet] }, { sheets: [layout] });
        let lastRow = 0;
        for (const f of findings) {
          const { row } = parseA1(f.cell);
          expect(row).toBe(f.row);
          expect(f.row).toBeGreaterThanOrEqual(lastRow);
          lastRow = f.row;
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.messageEn?.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/undefined|NaN/);
          expect(f.messageEn).not.toMatch(/undefined|NaN/);
          expect(MESSAGES.get(f.rule)?.[f.messageId]).toBeDefined();
        }
      }),
      { numRuns: 400 },
    );
  });
});

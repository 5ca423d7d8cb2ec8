import { RuleSettingsSchema } from '../findings';
import { RULE_METAS, RULE_SETTINGS_KEY, validateWorkbook } from './index';
import { buildTable, GRDP_COLUMNS, grdpRows, withCell, type RowSpec } from './test-table';

const CATALOGUE = [
  'stt-duplicate', 'stt-gap', 'name-missing', 'unit-missing', 'unit-invalid', 'number-as-text', 'value-unparseable', 'percent-out-of-range',
  'total-mismatch', 'components-mismatch', 'growth-mismatch', 'avg-growth-mismatch', 'target-path', 'formula-range', 'error-value', 'values-missing', 'header-repeat-mismatch',
];

/** GRDP block with a wrong 2027 growth (error) and a 2030 number typed as text (warning), then an investment row with a wrong total (error). */
function slips(): RowSpec[] {
  return [
    ...withCell(withCell(grdpRows(), 4, 5, 11.8), 2, 8, '25836'),
    { kind: 'indicator', cells: ['2', 'Tổng vốn đầu tư thực hiện trên địa bàn', 'Tỷ đồng', 70613, 13103, 13453, 14309, 14653, 15085, null] },
  ];
}

describe('the catalogue', () => {
  it('holds the issue\'s rule ids, in order, with bilingual metadata and an example each', () => {
    expect(RULE_METAS.map((m) => m.id)).toEqual(CATALOGUE);
    for (const m of RULE_METAS) {
      expect(m.title.vi && m.title.en && m.description.vi && m.description.en && m.example?.vi && m.example?.en).toBeTruthy();
    }
    expect(RULE_METAS.filter((m) => m.appliesTo.sheets.includes('tasks')).map((m) => m.id)).toEqual(['stt-duplicate', 'stt-gap', 'name-missing', 'error-value', 'header-repeat-mismatch']);
    expect(RULE_METAS.filter((m) => m.fixable).map((m) => m.id)).toEqual(['number-as-text']);
    expect(Object.fromEntries(RULE_METAS.map((m) => [m.id, m.defaultSeverity]))).toMatchObject({ 'stt-gap': 'warning', 'total-mismatch': 'error', 'number-as-text': 'warning' });
  });
});

describe('validateWorkbook', () => {
  it('sorts findings by sheet order, row and column', () => {
    const a = buildTable({ name: 'B sheet', columns: GRDP_COLUMNS, rows: slips() });
    const b = buildTable({ name: 'A sheet', columns: GRDP_COLUMNS, rows: slips() });
    const wb = { sheets: [a.sheet, b.sheet] };
    const layout = { sheets: [b.layout.sheets[0], a.layout.sheets[0]] };
    const f = validateWorkbook(wb, layout);
    expect(f.map((x) => `${x.sheet}!${x.cell}:${x.rule}`)).toEqual([
      'B sheet!I4:number-as-text',
      'B sheet!F6:growth-mismatch',
      'B sheet!D7:total-mismatch',
      'A sheet!I4:number-as-text',
      'A sheet!F6:growth-mismatch',
      'A sheet!D7:total-mismatch',
    ]);
  });

  it('switches rules off and changes their severity', () => {
    const t = buildTable({ columns: GRDP_COLUMNS, rows: slips() });
    const settings = RuleSettingsSchema.parse({ version: 1, rules: { 'total-mismatch': 'off', 'number-as-text': 'error', 'growth-mismatch': 'info' } });
    expect(validateWorkbook(t.wb, t.layout, settings).map((x) => [x.rule, x.severity])).toEqual([
      ['number-as-text', 'error'],
      ['growth-mismatch', 'info'],
    ]);
  });

  it('reads settings stored in the workbook when none are passed, and ignores malformed ones', () => {
    const t = buildTable({ columns: GRDP_COLUMNS, rows: slips() });
    const stored = { ...t.wb, settings: { [RULE_SETTINGS_KEY]: { version: 1, rules: { 'growth-mismatch': 'off' } } } };
    expect(validateWorkbook(stored, t.layout).map((x) => x.rule)).toEqual(['number-as-text', 'total-mismatch']);
    const broken = { ...t.wb, settings: { [RULE_SETTINGS_KEY]: { rules: 'off' } } };
    expect(validateWorkbook(broken, t.layout)).toHaveLength(3);
  });

  // Which rules run on task tables is each rule's meta.appliesTo: see engine.test.ts.
  it('skips sheets that are not phụ lục', () => {
    const t = buildTable({ columns: GRDP_COLUMNS, rows: slips() });
    expect(validateWorkbook(t.wb, t.layout)).toHaveLength(3);
    expect(validateWorkbook(t.wb, { sheets: [{ ...t.layout.sheets[0], kind: 'none' }] })).toEqual([]);
  });

  it('validates 20 sheets × 2,000 rows (a slip in every 6 rows) well under a second of CPU', () => {
    const block = slips();
    const rows: RowSpec[] = [];
    let blocks = 0;
    for (let i = 0; rows.length < 2000; i++, blocks++) {
      const offset = rows.length;
      for (const r of block) rows.push({ ...r, cells: [r.cells[0] ? String(2 * i + Number(r.cells[0])) : '', ...r.cells.slice(1)], ...(r.parent !== undefined ? { parent: r.parent + offset } : {}) });
    }
    const tables = Array.from({ length: 20 }, (_, i) => buildTable({ name: `PL${i + 1}`, columns: GRDP_COLUMNS, rows }));
    const wb = { sheets: tables.map((t) => t.sheet) };
    const layout = { sheets: tables.map((t) => t.layout.sheets[0]) };
    // Speed is measured by `npm run bench`; here the large workbook must give every slip once.
    const f = validateWorkbook(wb, layout);
    expect(f.length).toBe(20 * blocks * 3);
  });
});

/**
 * The reader's one-round-trip path trusts what it learnt at the last read
 * (sheet ids, used ranges, rule counts) and verifies it in the same batch.
 * Whatever the user changed in between, a warm read must return exactly what
 * a cold read of the same workbook returns.
 */
import { join } from 'path';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { markedCondition } from '../src/core/plan';
import { ExcelService } from '../src/excel/service';
import { SimulatedExcelHost } from '../src/excel/sim/host';
import type { XlContext } from '../src/excel/api';

const SEED = join(__dirname, '../seeds/an-duong.xlsx');

type Edit = [string, (ctx: XlContext, first: string) => void];

const EDITS: Edit[] = [
  ['a value typed inside the table', (ctx, s) => void (ctx.workbook.worksheets.getItem(s).getRange('C8').values = [['sửa tay']])],
  ['a row added below the table', (ctx, s) => void (ctx.workbook.worksheets.getItem(s).getRange('A400:C400').values = [[99, 'Chỉ tiêu mới', '%']])],
  ['a column added to the right', (ctx, s) => void (ctx.workbook.worksheets.getItem(s).getRange('AB3').values = [['Ghi chú thêm']])],
  ['a sheet renamed', (ctx, s) => void (ctx.workbook.worksheets.getItem(s).name = 'Đổi tên')],
  ['a sheet added', (ctx) => void (ctx.workbook.worksheets.add('Trang mới').getRange('B2').values = [['x']])],
  ['a sheet deleted', (ctx) => ctx.workbook.worksheets.getItem('PL2').delete()],
  ['a user rule added', (ctx, s) => {
    const cf = ctx.workbook.worksheets.getItem(s).getRange('D5:D9').conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=D5>100';
    cf.custom.format.fill.color = '#FFEB9C';
  }],
  ['an add-in rule added', (ctx, s) => {
    const cf = ctx.workbook.worksheets.getItem(s).getRange('E5:E9').conditionalFormats.add('Custom');
    cf.custom.rule.formula = markedCondition('missed', 'E5<1');
    cf.custom.format.fill.color = '#FFC7CE';
  }],
  ['the sheet emptied', (ctx) => void (ctx.workbook.worksheets.getItem('Danh sách cán bộ').getRange('A1:Z200').values = Array.from({ length: 200 }, () => new Array(26).fill('')))],
  ['settings stored', (ctx) => void ctx.workbook.settings.add('phuluc.ruleSettings', JSON.stringify({ version: 1, rules: { 'stt-sequence': 'warning' } }))],
];

describe.each(EDITS)('after %s', (_name, edit) => {
  it('a warm read equals a cold read', async () => {
    const snap = await readWorkbookFile(SEED);
    const host = new SimulatedExcelHost(snap);
    const service = new ExcelService(host);
    await service.scan();
    // With rules already present, so the rule pages are part of what is cached.
    const sheet = snap.sheets[0].name;
    await service.apply({
      version: 1,
      action: 'highlight',
      ops: [
        { op: 'addConditionalFormat', sheet, range: 'F5:F20', formula: markedCondition('missed', 'F5<0'), fill: '#FFC7CE', tag: 'missed' },
        { op: 'addConditionalFormat', sheet, range: 'G5:G20', formula: markedCondition('met', 'G5>=0'), fill: '#C6EFCE', tag: 'met' },
      ],
    });
    expect((await service.scan()).snapshot.sheets[0].conditionalFormats).toHaveLength(2);
    await host.run(async (ctx) => {
      edit(ctx, snap.sheets[0].name);
      await ctx.sync();
    });
    const warm = await service.scan();
    const cold = await new ExcelService(host).scan();
    expect(warm.snapshot).toEqual(cold.snapshot);
    expect(warm.settings).toEqual(cold.settings);
    expect(warm.syncs).toBeLessThanOrEqual(cold.syncs + 1);
    // And both match the workbook itself.
    const truth = host.exportSnapshot();
    expect(cold.snapshot.sheets.map((s) => [s.name, s.origin, s.values, s.formulas ?? null, s.conditionalFormats])).toEqual(
      truth.sheets.map((s) => [s.name, s.origin, s.values, s.formulas ?? null, s.conditionalFormats]),
    );
  });
});

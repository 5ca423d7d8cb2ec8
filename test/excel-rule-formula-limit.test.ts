/**
 * A conditional-format rule formula longer than Excel accepts (issue 20): the strict sim refuses
 * it, and both adapters refuse such a plan whole before anything is written.
 */
import { checkPlan, MAX_RULE_FORMULA } from '../src/core/plan-check';
import { markedCondition, type EditPlan } from '../src/core/plan';
import { sheetFromRows, type WorkbookSnapshot } from '../src/core/snapshot';
import { ExcelService } from '../src/excel/service';
import { SimErrorCodes } from '../src/excel/sim/errors';
import { SimulatedExcelHost } from '../src/excel/sim/host';

const book = (): WorkbookSnapshot => ({ sheets: [sheetFromRows('PL1', [['STT', 'Chỉ tiêu', 2026], [1, 'GRDP', 44477]])] });
/** An add-in rule formula (it carries the phuluc: marker) exactly `n` characters long. */
const formula = (n: number) => {
  const base = markedCondition('missed', 'C2<0');
  return markedCondition('missed', `C2<0${'+0'.repeat(Math.ceil((n - base.length) / 2))}`).slice(0, n - 1) + ')';
};
const highlight = (f: string): EditPlan => ({
  version: 1,
  action: 'highlight',
  ops: [
    { op: 'setValues', sheet: 'PL1', address: 'D1', values: [['ghi']] },
    { op: 'addConditionalFormat', sheet: 'PL1', range: 'C2', formula: f, fill: '#FFC7CE', tag: 'missed' },
  ],
});

describe('conditional-format rule formulas of at most 255 characters', () => {
  it('the sim rejects a longer formula with InvalidArgument and accepts one of exactly 255', async () => {
    const host = new SimulatedExcelHost(book());
    const add = (f: string) =>
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('PL1').getRange('C2').conditionalFormats.add('Custom').custom.rule.formula = f;
        await ctx.sync();
      });
    await expect(add(formula(MAX_RULE_FORMULA + 1))).rejects.toMatchObject({ code: SimErrorCodes.invalidArgument });
    await expect(add(formula(MAX_RULE_FORMULA))).resolves.toBeUndefined();
  });

  it('checkPlan refuses the plan naming the sheet, in Vietnamese and English', () => {
    const refusal = checkPlan(highlight(formula(300)), book());
    expect(refusal).toMatchObject({ code: 'rule-formula-too-long', sheet: 'PL1', opIndex: 1 });
    expect(refusal!.message.vi).toContain('255 ký tự');
    expect(checkPlan(highlight(formula(MAX_RULE_FORMULA)), book())).toBeNull();
  });

  it('the Excel adapter writes nothing of such a plan, not even its first cell', async () => {
    const host = new SimulatedExcelHost(book());
    const before = JSON.stringify(host.exportSnapshot());
    await expect(new ExcelService(host).apply(highlight(formula(300)))).rejects.toMatchObject({ code: 'rule-formula-too-long' });
    expect(JSON.stringify(host.exportSnapshot())).toBe(before);
  });
});

test('the test formulas have the lengths they claim', () => {
  expect([formula(MAX_RULE_FORMULA).length, formula(MAX_RULE_FORMULA + 1).length, formula(300).length]).toEqual([MAX_RULE_FORMULA, MAX_RULE_FORMULA + 1, 300]);
});

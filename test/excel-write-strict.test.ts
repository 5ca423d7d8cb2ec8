/**
 * The writer and the undo against the strict SIMULATED host: what real Excel
 * does that the friendly sim used not to (issue 20, write/undo side). Each
 * case failed on the adapter before its fix.
 */
import { markedCondition, type EditPlan } from '../src/core/plan';
import { sheetFromRows, type WorkbookSnapshot } from '../src/core/snapshot';
import { UNGROUPED_WARNING } from '../src/excel/errors';
import { ExcelService } from '../src/excel/service';
import { SimErrorCodes } from '../src/excel/sim/errors';
import { SimulatedExcelHost } from '../src/excel/sim/host';

function plan(ops: EditPlan['ops'], action = 'test'): EditPlan {
  return { version: 1, action, ops };
}

function small(): WorkbookSnapshot {
  return {
    sheets: [
      sheetFromRows('PL1', [['STT', 'Chỉ tiêu', 2026], [1, 'GRDP', 44477], [2, 'Thu ngân sách', 1200]], {
        conditionalFormats: [{ range: 'C2:C3', formula: '=C2<0', fill: '#FFC7CE' }],
      }),
      sheetFromRows('Khác', [['ghi chép riêng']]),
    ],
  };
}

const addSummary = (name = 'Tổng hợp'): EditPlan['ops'] => [
  { op: 'addSheet', name, marker: 'summary' },
  { op: 'setValues', sheet: name, address: 'A1', values: [['Tổng hợp kết quả']] },
];

describe('merged undo groups (ExcelApi 1.20): Worksheet.delete and Worksheet.position cannot be grouped', () => {
  it('the sim refuses Worksheet.delete inside a merged group with UndoNotSupported, and allows it outside', async () => {
    const host = new SimulatedExcelHost(small());
    const del = (merged: boolean) =>
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Khác').delete();
        await ctx.sync();
      }, { mergeUndoGroup: merged });
    await expect(del(true)).rejects.toMatchObject({ code: SimErrorCodes.undoNotSupported });
    expect(host.exportSnapshot().sheets.map((s) => s.name)).toEqual(['PL1', 'Khác']);
    await del(false);
    expect(host.exportSnapshot().sheets.map((s) => s.name)).toEqual(['PL1']);
  });

  it('regenerating an add-in sheet (deleteSheet + addSheet) is written ungrouped in one read + one write, with a warning, and undo restores it', async () => {
    const host = new SimulatedExcelHost(small());
    const service = new ExcelService(host);
    const first = await service.apply(plan(addSummary()));
    expect(first.warnings).not.toContain(UNGROUPED_WARNING);
    const afterFirst = JSON.stringify(host.exportSnapshot());
    const records = host.undoRecords;
    const again = await service.apply(plan([{ op: 'deleteSheet', sheet: 'Tổng hợp', marker: 'summary' }, ...addSummary()]));
    expect(again.syncs).toBe(2);
    expect(again.warnings).toContain(UNGROUPED_WARNING);
    expect(host.undoRecords - records).toBe(1);
    expect(host.exportSnapshot().sheets.filter((s) => s.addinMarker === 'summary')).toHaveLength(1);
    // Undo re-creates the first sheet (Worksheet.position) and deletes the second: ungrouped, one write.
    const undo = await service.undo();
    expect(undo.syncs).toBe(1);
    expect(JSON.stringify(host.exportSnapshot())).toBe(afterFirst);
    // And undoing the first action deletes the sheet it added.
    await service.undo();
    expect(host.exportSnapshot().sheets.map((s) => s.name)).toEqual(['PL1', 'Khác']);
  });

  it('a grouped write that fails after adding a sheet is rolled back ungrouped: the added sheet goes', async () => {
    const host = new SimulatedExcelHost(small());
    const before = JSON.stringify(host.exportSnapshot());
    const service = new ExcelService(host);
    await service.scan();
    host.failSync(4, SimErrorCodes.generalException, 2); // the write stops at its fifth call: the sheet and its marker name exist by then
    await expect(service.apply(plan([...addSummary(), { op: 'setValues', sheet: 'PL1', address: 'B2', values: [['x']] }]))).rejects.toMatchObject({ code: 'api', workbookUnchanged: true });
    expect(JSON.stringify(host.exportSnapshot())).toBe(before);
  });

  it('when Excel refuses a group with UndoNotSupported anyway, the action is rolled back and retried ungrouped, with the warning', async () => {
    const host = new SimulatedExcelHost(small());
    const service = new ExcelService(host);
    await service.scan();
    host.failSync(1, SimErrorCodes.undoNotSupported, 2);
    const r = await service.apply(plan([{ op: 'setValues', sheet: 'PL1', address: 'B2', values: [['GRDP (tỷ đồng)']] }, { op: 'setValues', sheet: 'Khác', address: 'A2', values: [['mới']] }]));
    expect(r.warnings).toContain(UNGROUPED_WARNING);
    const s = host.exportSnapshot();
    expect(s.sheets[0].values[1][1]).toBe('GRDP (tỷ đồng)');
    expect(s.sheets[1].values[1]).toEqual(['mới']);
    await service.undo();
    expect(JSON.stringify(host.exportSnapshot())).toBe(JSON.stringify(new SimulatedExcelHost(small()).exportSnapshot()));
  });
});


describe('undo and rollback delete only the sheets the add-in created (matched by id, not name)', () => {
  it('undo deletes our sheet even after the user renamed it, and not the user sheet that took its name', async () => {
    const host = new SimulatedExcelHost(small());
    const service = new ExcelService(host);
    await service.apply(plan(addSummary()));
    host.model.sheetByName('Tổng hợp')!.name = 'Tổng hợp cũ';
    host.model.addSheet('Tổng hợp').touch(1, 1).v = 'số liệu của người dùng';
    await service.undo();
    const s = host.exportSnapshot();
    expect(s.sheets.map((x) => x.name)).toEqual(['PL1', 'Khác', 'Tổng hợp']);
    expect(s.sheets[2].values).toEqual([['số liệu của người dùng']]);
  });

  it('a failed write never deletes a sheet the user made with the same name between the read and the write', async () => {
    const host = new SimulatedExcelHost(small());
    const service = new ExcelService(host);
    const failed = service.apply(() => {
      // The user adds "Tổng hợp" while the plan is being made: Worksheets.add then fails (ItemAlreadyExists).
      host.model.addSheet('Tổng hợp').touch(1, 1).v = 'của người dùng';
      return plan(addSummary());
    });
    await expect(failed).rejects.toMatchObject({ code: 'api', workbookUnchanged: true });
    const s = host.exportSnapshot();
    expect(s.sheets.map((x) => x.name)).toEqual(['PL1', 'Khác', 'Tổng hợp']);
    expect(s.sheets[2].values).toEqual([['của người dùng']]);
  });
});

describe('notes: the note a cell had before is read in the write batch and comes back on undo', () => {
  const withNote = (): WorkbookSnapshot => {
    const s = small();
    s.sheets[0].notes = { B2: 'ghi chú của người dùng' };
    return s;
  };
  const note = (text: string): EditPlan => plan([{ op: 'setNote', sheet: 'PL1', cell: 'B2', text }]);

  it('ExcelApi 1.18 notes: undo puts the user\'s own note back, with still one read + one write', async () => {
    const host = new SimulatedExcelHost(withNote());
    const service = new ExcelService(host);
    await service.scan();
    const r = await service.apply(note('Phụ lục: số liệu tạm tính'));
    expect(r.syncs).toBe(2);
    expect(host.exportSnapshot().sheets[0].notes).toEqual({ B2: 'Phụ lục: số liệu tạm tính' });
    await service.undo();
    expect(host.exportSnapshot().sheets[0].notes).toEqual({ B2: 'ghi chú của người dùng' });
  });

  it('a rollback leaves alone a note the failed batch never overwrote', async () => {
    const host = new SimulatedExcelHost(withNote());
    const service = new ExcelService(host);
    await service.scan();
    host.failSync(0, SimErrorCodes.generalException, 2); // the write fails before its first call
    await expect(service.apply(note('Phụ lục: số liệu tạm tính'))).rejects.toMatchObject({ code: 'api', workbookUnchanged: true });
    expect(host.exportSnapshot().sheets[0].notes).toEqual({ B2: 'ghi chú của người dùng' });
  });

  it('the sim refuses a bare cell address on the comments API, as CommentCollection.add documents', async () => {
    const host = new SimulatedExcelHost(small(), { apiVersion: '1.12' });
    const add = (address: string) =>
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('PL1').comments.add(address, 'x');
        await ctx.sync();
      });
    await expect(add('B2')).rejects.toMatchObject({ code: SimErrorCodes.invalidArgument });
    await add('PL1!B2');
    expect(host.exportSnapshot().sheets[0].notes).toEqual({ B2: 'x' });
  });

  it('ExcelApi 1.10-1.17 (comments): undo removes our comment, and says the note before cannot be known', async () => {
    const host = new SimulatedExcelHost(small(), { apiVersion: '1.12' });
    const service = new ExcelService(host);
    const r = await service.apply(note('Phụ lục: số liệu tạm tính'));
    expect(host.exportSnapshot().sheets[0].notes).toEqual({ B2: 'Phụ lục: số liệu tạm tính' });
    expect(r.unrestorable.join(' ')).toMatch(/không khôi phục được ghi chú có sẵn/);
    await service.undo();
    expect(host.exportSnapshot().sheets[0].notes).toBeUndefined();
  });
});

describe('a request Excel rejects for its size is split and sent again', () => {
  it('the estimate was too low for the 5 MB-style limit: the write still lands whole, in more syncs, and undo works', async () => {
    // A limit far below the budget the adapter was told: every first try of a batch is too big.
    const host = new SimulatedExcelHost(small(), { payloadLimit: 1500 });
    const service = new ExcelService(host, { budgetBytes: 1_000_000 });
    await service.scan();
    const rows = Array.from({ length: 30 }, (_, i) => ({ op: 'setValues' as const, sheet: 'Khác', address: `A${i + 2}`, values: [[`Dòng ghi chép số ${i + 1} của phụ lục kế hoạch phát triển kinh tế`, i]] }));
    const r = await service.apply(plan(rows));
    expect(host.syncs.some((s) => s.failed === SimErrorCodes.requestPayloadSizeLimitExceeded)).toBe(true);
    expect(host.syncs.filter((s) => !s.failed).every((s) => s.requestBytes <= 1500)).toBe(true);
    expect(r.warnings).toEqual([]);
    const s = host.exportSnapshot().sheets[1];
    expect(s.values.slice(1).map((v) => v[1])).toEqual(rows.map((_, i) => i));
    await service.undo();
    expect(JSON.stringify(host.exportSnapshot())).toBe(JSON.stringify(new SimulatedExcelHost(small()).exportSnapshot()));
  });
});

describe('conditional-format order: Excel adds a rule at the top; ours go below the user\'s', () => {
  const mark = (cond: string) => markedCondition('missed', cond);
  const highlight = (): EditPlan =>
    plan([
      { op: 'addConditionalFormat', sheet: 'PL1', range: 'C2:C3', formula: mark('C2<50000'), fill: '#F8CBAD', tag: 'missed' },
      { op: 'addConditionalFormat', sheet: 'PL1', range: 'C2:C3', formula: mark('C2>=50000'), fill: '#C6EFCE', tag: 'met' },
    ], 'highlight');

  it('the sim inserts a new rule at the top, as ConditionalFormatCollection.add documents', async () => {
    const host = new SimulatedExcelHost(small());
    await host.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('PL1').getRange('C2').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=C2>0';
      await ctx.sync();
    });
    expect(host.exportSnapshot().sheets[0].conditionalFormats.map((c) => c.formula)).toEqual(['=C2>0', '=C2<0']);
  });

  it('highlight rules land below the user\'s rule, in plan order, and undo leaves the user\'s rule first', async () => {
    const host = new SimulatedExcelHost(small());
    const service = new ExcelService(host);
    await service.apply(highlight());
    expect(host.exportSnapshot().sheets[0].conditionalFormats.map((c) => c.formula)).toEqual(['=C2<0', mark('C2<50000'), mark('C2>=50000')]);
    await service.undo();
    expect(host.exportSnapshot().sheets[0].conditionalFormats.map((c) => c.formula)).toEqual(['=C2<0']);
  });

  it('the sim refuses changes through a rule object after its priority changed (it must be fetched again)', async () => {
    const host = new SimulatedExcelHost(small());
    const run = host.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('PL1').getRange('C2').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=C2>0';
      cf.priority = 5;
      cf.custom.format.fill.color = '#FF0000';
      await ctx.sync();
    });
    await expect(run).rejects.toMatchObject({ code: SimErrorCodes.invalidObjectPath });
  });
});

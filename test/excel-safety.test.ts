/**
 * The adapter never half-applies: refusals are checked before anything is
 * written, Excel failures in the middle of a batch are rolled back, and the
 * workbook is then exactly as it was. Also: text stays text, settings are
 * validated, big workbooks are chunked under the web's payload limit.
 */
import { join } from 'path';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { checkWorkbook, planActions } from '../src/core/pipeline';
import type { EditPlan } from '../src/core/plan';
import { markedCondition } from '../src/core/plan';
import { sheetFromRows, WorkbookSnapshot } from '../src/core/snapshot';
import { ExcelActionError } from '../src/excel/errors';
import { ExcelService } from '../src/excel/service';
import { SimulatedExcelHost, WEB_PAYLOAD_LIMIT } from '../src/excel/sim/host';
import { textForExcel } from '../src/excel/write-steps';

const SEED = join(__dirname, '../seeds/rach-gia.xlsx');

function plan(ops: EditPlan['ops'], action = 'test'): EditPlan {
  return { version: 1, action, ops };
}

async function refusal(service: ExcelService, p: EditPlan): Promise<ExcelActionError> {
  try {
    await service.apply(p);
  } catch (e) {
    expect(e).toBeInstanceOf(ExcelActionError);
    return e as ExcelActionError;
  }
  throw new Error('expected a refusal');
}

function small(): WorkbookSnapshot {
  return {
    sheets: [
      sheetFromRows('PL1', [['STT', 'Chỉ tiêu', 2026], [1, 'GRDP', 44477], [2, 'Thu ngân sách', 1200]], {
        conditionalFormats: [
          { range: 'C2:C3', formula: '=C2<0', fill: '#FFC7CE' },
          { range: 'C2:C3', formula: markedCondition('missed', 'C2<100'), fill: '#FFC7CE' },
        ],
      }),
      sheetFromRows('Khác', [['ghi chép riêng']]),
    ],
  };
}

describe('refusals leave the workbook untouched, with a Vietnamese message', () => {
  it('a protected sheet', async () => {
    // The plan was made while the sheet was open; then someone protected it.
    const snap = await readWorkbookFile(SEED);
    const planned = checkWorkbook(snap);
    const p = planActions(snap, planned, { fill: true, highlight: true, summary: true, date: '2026-11-23' });
    expect(p.ops.some((o) => 'sheet' in o && o.sheet === snap.sheets[0].name)).toBe(true);
    snap.sheets[0].protected = true;
    const host = new SimulatedExcelHost(snap);
    const before = JSON.stringify(host.exportSnapshot());
    const service = new ExcelService(host);
    await service.scan();
    const from = host.syncCount;
    const err = await service.apply(p).catch((e) => e);
    expect(err).toBeInstanceOf(ExcelActionError);
    expect(err.code).toBe('protected');
    expect(err.message).toMatch(new RegExp(`Trang tính "${snap.sheets[0].name}" đang được bảo vệ.*chưa bị thay đổi`));
    expect(err.workbookUnchanged).toBe(true);
    expect(JSON.stringify(host.exportSnapshot())).toBe(before);
    // Only the read happened; nothing was sent to write.
    expect(host.syncCount - from).toBe(1);
    expect(host.undoRecords).toBe(0);
    expect(service.canUndo).toBe(false);
  });

  it.each([
    ['missing-sheet', plan([{ op: 'setValues', sheet: 'PL1', address: 'D1', values: [[1]] }, { op: 'setValues', sheet: 'Không có', address: 'A1', values: [[1]] }]), /Không tìm thấy trang tính "Không có"/],
    ['not-addin-sheet', plan([{ op: 'deleteSheet', sheet: 'Khác', marker: 'summary' }]), /không phải trang do Phụ lục tạo/],
    ['sheet-exists', plan([{ op: 'addSheet', name: 'khác', marker: 'summary' }]), /Đã có trang tính tên "khác"/],
  ])('%s', async (code, p, message) => {
    const host = new SimulatedExcelHost(small());
    const before = JSON.stringify(host.exportSnapshot());
    const err = await refusal(new ExcelService(host), p);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.messageEn.length).toBeGreaterThan(10);
    expect(JSON.stringify(host.exportSnapshot())).toBe(before);
  });

  it('Excel in cell-edit mode', async () => {
    const host = new SimulatedExcelHost(small());
    host.cellEditMode = true;
    const service = new ExcelService(host);
    await expect(service.scan()).rejects.toMatchObject({ code: 'edit-mode', message: expect.stringMatching(/chế độ sửa ô/) });
    await expect(service.apply(plan([{ op: 'setValues', sheet: 'PL1', address: 'D1', values: [[1]] }]))).rejects.toMatchObject({ code: 'edit-mode' });
    host.cellEditMode = false;
    expect(JSON.stringify(host.exportSnapshot())).toBe(JSON.stringify(new SimulatedExcelHost(small()).exportSnapshot()));
  });
});

describe('a batch that fails half-way is rolled back', () => {
  it.each([1, 5, 40])('failure after %i operations of the write', async (afterOps) => {
    const snap = await readWorkbookFile(SEED);
    const host = new SimulatedExcelHost(snap);
    const before = JSON.stringify(host.exportSnapshot());
    const service = new ExcelService(host);
    await service.scan();
    host.failSync(afterOps, 'GeneralException', 2); // 1 = the action's read, 2 = its write
    const err = await service.runActions({ fill: true, highlight: true, summary: true, date: '2026-11-23' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'api', workbookUnchanged: true });
    expect(err.message).toMatch(/đã được khôi phục/);
    expect(JSON.stringify(host.exportSnapshot())).toBe(before);
  });

  it('removed add-in rules come back and added ones go', async () => {
    const host = new SimulatedExcelHost(small());
    const before = JSON.stringify(host.exportSnapshot());
    const service = new ExcelService(host);
    await service.scan();
    host.failSync(3, 'GeneralException', 2);
    const p = plan([
      { op: 'removeAddinConditionalFormats', sheet: 'PL1' },
      { op: 'addConditionalFormat', sheet: 'PL1', range: 'C2:C3', formula: markedCondition('met', 'C2>=100'), fill: '#C6EFCE', tag: 'met' },
      { op: 'setValues', sheet: 'PL1', address: 'D2', values: [['x']] },
      { op: 'setValues', sheet: 'PL1', address: 'D3', values: [['y']] },
    ]);
    await expect(service.apply(p)).rejects.toMatchObject({ code: 'api', workbookUnchanged: true });
    expect(JSON.stringify(host.exportSnapshot())).toBe(before);
  });
});

describe('writing', () => {
  it('writes strings as text even when Excel would read them as formulas, numbers, booleans or dates', async () => {
    const texts = ['=SUM(A1:A3)', '+84 90 123', '-', '1.766', '6.620,54', '15%', 'TRUE', '1/2', "'trích dẫn", '#N/A', 'Tổng 1.064'];
    const host = new SimulatedExcelHost(small());
    await new ExcelService(host).apply(plan([{ op: 'setValues', sheet: 'Khác', address: 'A2', values: [texts] }]));
    const s = host.exportSnapshot().sheets[1];
    expect(s.values[1]).toEqual(texts);
    expect(s.formulas).toBeUndefined();
    expect(textForExcel('Tổng 1.064')).toBe('Tổng 1.064');
    expect(textForExcel('=1')).toBe("'=1");
  });

  it('removes only the add-in conditional formats, and undo puts them back', async () => {
    const host = new SimulatedExcelHost(small());
    const before = JSON.stringify(host.exportSnapshot());
    const service = new ExcelService(host);
    await service.apply(plan([{ op: 'removeAddinConditionalFormats', sheet: 'PL1' }]));
    expect(host.exportSnapshot().sheets[0].conditionalFormats).toEqual([{ range: 'C2:C3', formula: '=C2<0', fill: '#FFC7CE' }]);
    await service.undo();
    expect(JSON.stringify(host.exportSnapshot())).toBe(before);
  });

  it('on ExcelApi 1.20 a chunked write is still one Excel undo step; before 1.20 it is several', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`Chỉ tiêu ${i}`, i]);
    for (const [apiVersion, merged] of [['1.20', true], ['1.19', false]] as const) {
      const host = new SimulatedExcelHost(small(), { apiVersion });
      const service = new ExcelService(host, { budgetBytes: 4000 });
      const r = await service.apply(plan([{ op: 'setValues', sheet: 'Khác', address: 'A1', values: rows }]));
      expect(r.syncs).toBeGreaterThan(3);
      expect(host.undoRecords === 1).toBe(merged);
      expect(host.exportSnapshot().sheets[1].values).toEqual(rows);
    }
  });
});

describe('settings in the workbook', () => {
  it('saves corrections and rule settings, and reads them back validated', async () => {
    const host = new SimulatedExcelHost(small());
    const service = new ExcelService(host);
    await service.scan();
    const overrides = { version: 1 as const, sheets: [{ sheet: 'PL1', kind: 'indicators' as const }] };
    const ruleSettings = { version: 1 as const, rules: { 'stt-sequence': 'off' as const } };
    await service.saveSettings({ overrides, ruleSettings });
    expect(host.exportSnapshot().settings).toEqual({ overrides, ruleSettings });
    const fresh = new ExcelService(host);
    const scan = await fresh.scan();
    expect(scan.settings).toEqual({ overrides, ruleSettings });
    expect(scan.warnings).toEqual([]);
    await fresh.saveSettings({ ruleSettings: null });
    expect(host.exportSnapshot().settings).toEqual({ overrides });
    await expect(fresh.saveSettings({ ruleSettings: { version: 2 } as never })).rejects.toBeDefined();
  });

  it('ignores corrupt or foreign values with a warning instead of failing', async () => {
    const host = new SimulatedExcelHost(small());
    host.model.settings.set('phuluc.overrides', '{not json');
    host.model.settings.set('phuluc.ruleSettings', JSON.stringify({ version: 1, rules: { x: 'loud' } }));
    const scan = await new ExcelService(host).scan();
    expect(scan.settings).toEqual({});
    expect(scan.warnings).toHaveLength(2);
    expect(scan.warnings[0]).toMatch(/^Bỏ qua các chỉnh sửa nhận dạng.*không phải JSON/);
    expect(scan.warnings[1]).toMatch(/^Bỏ qua cài đặt quy tắc kiểm tra.*sai định dạng tại rules.x/);
  });
});

describe('Excel on the web payload limit', () => {
  it('reads and writes a big sheet in chunks under 5 MB, with the same result as in one go', async () => {
    const rows = Array.from({ length: 12000 }, (_, i) => [i + 1, `Chỉ tiêu số ${i + 1} của phường`, 'Tỷ đồng', i * 1.25, i % 7 === 0 ? 'Đạt' : null]);
    const snap: WorkbookSnapshot = { sheets: [sheetFromRows('Lớn', rows)] };
    const desk = new SimulatedExcelHost(snap, { payloadLimit: Infinity });
    const web = new SimulatedExcelHost(snap);
    const a = await new ExcelService(desk).scan();
    const webService = new ExcelService(web);
    const b = await webService.scan();
    expect(b.snapshot).toEqual(a.snapshot);
    expect(a.syncs).toBe(2);
    expect(b.syncs).toBeGreaterThan(3);
    // Every sync that went through stayed under the limit (a first, optimistic read of unknown size may be refused).
    expect(Math.max(...web.syncs.filter((s) => !s.failed).map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(web.syncs.filter((s) => s.failed).map((s) => s.failed)).toEqual(['ResponsePayloadSizeLimitExceeded']);

    const formulas = rows.map((_, i) => [`=D${i + 1}*2`]);
    const r = await webService.apply(plan([{ op: 'setFormulas', sheet: 'Lớn', address: 'F1', formulas }]));
    expect(r.syncs).toBeGreaterThan(2);
    expect(web.exportSnapshot().sheets[0].formulas!.map((row) => row[5])).toEqual(formulas.map((f) => f[0]));
    await webService.undo();
    expect(web.exportSnapshot()).toEqual(snap.sheets.length && new SimulatedExcelHost(snap).exportSnapshot());
  });
});

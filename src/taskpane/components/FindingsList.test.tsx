/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Finding } from '../../core/findings';
import type { EditPlan } from '../../core/plan';
import { ExcelService } from '../../excel/service';
import { SimulatedExcelHost } from '../../excel/sim/host';
import { vi } from '../i18n/vi';
import { en } from '../i18n/en';
import { seedSnapshot } from '../testing/seed';
import { App } from './App';
import { FindingsList } from './FindingsList';

const fixPlan = (cell: string): EditPlan => ({
  version: 1,
  action: 'fix',
  ops: [{ op: 'setValues', sheet: 'A', address: cell, values: [[1]] }],
});
const FINDINGS: Finding[] = [
  { rule: 'total-mismatch', severity: 'error', sheet: 'A', cell: 'K9', row: 9, message: 'Tổng 5 năm sai', messageId: 'differs', data: {} },
  { rule: 'number-as-text', severity: 'warning', sheet: 'A', cell: 'E4', row: 4, message: 'Số lưu dạng chữ 1', messageId: 'asText', data: {}, fix: fixPlan('E4') },
  { rule: 'number-as-text', severity: 'warning', sheet: 'A', cell: 'E5', row: 5, message: 'Số lưu dạng chữ 2', messageId: 'asText', data: {}, fix: fixPlan('E5') },
  { rule: 'unit-missing', severity: 'info', sheet: 'B', cell: 'C3', row: 3, message: 'Thiếu đơn vị', messageEn: 'Unit missing', messageId: 'missing', data: {} },
];

function renderList(findings = FINDINGS, t = vi, busy = false) {
  const calls = { select: [] as Finding[], fix: [] as Finding[], fixAll: [] as [string, Finding[]][] };
  render(
    <FindingsList
      findings={findings}
      t={t}
      busy={busy}
      ruleTitle={(r) => `R:${r}`}
      onSelect={(f) => calls.select.push(f)}
      onFix={(f) => calls.fix.push(f)}
      onFixAll={(r, fs) => calls.fixAll.push([r, fs])}
    />,
  );
  return calls;
}

describe('FindingsList', () => {
  it('groups by sheet, then severity in order error, warning, info', () => {
    renderList();
    const sheets = screen.getAllByRole('region');
    expect(sheets.map((s) => s.getAttribute('aria-label'))).toEqual(['A', 'B']);
    const a = within(sheets[0]);
    expect(a.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Lỗi 1', 'Cảnh báo 2']);
    expect(
      within(sheets[1])
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Thông tin 1']);
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-cell'))).toEqual(['K9', 'E4', 'E5', 'C3']);
  });

  it('clicking a finding asks to select its cell', () => {
    const calls = renderList();
    fireEvent.click(screen.getByRole('button', { name: /Chọn ô K9 trên trang "A"/ }));
    expect(calls.select.map((f) => f.cell)).toEqual(['K9']);
  });

  it('only fixable findings have "Sửa", and "fix all" offers every fixable finding of that rule', () => {
    const calls = renderList();
    expect(screen.getAllByRole('button', { name: /^Sửa ô/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Sửa ô E4', 'Sửa ô E5']);
    fireEvent.click(screen.getByRole('button', { name: 'Sửa ô E5' }));
    expect(calls.fix.map((f) => f.cell)).toEqual(['E5']);
    const fixAll = screen.getAllByRole('button', { name: /Sửa tất cả/ });
    expect(fixAll).toHaveLength(1);
    expect(fixAll[0].textContent).toBe('Sửa tất cả loại này (2)');
    fireEvent.click(fixAll[0]);
    expect(calls.fixAll.map(([r, fs]) => [r, fs.map((f) => f.cell)])).toEqual([['number-as-text', ['E4', 'E5']]]);
  });

  it('offers no fix-all for a single fixable finding', () => {
    renderList(FINDINGS.slice(0, 2));
    expect(screen.getAllByRole('button', { name: /^Sửa ô/ })).toHaveLength(1);
    expect(screen.queryAllByRole('button', { name: /Sửa tất cả/ })).toHaveLength(0);
  });

  it('disables every button while busy', () => {
    renderList(FINDINGS, vi, true);
    for (const b of screen.getAllByRole('button'))
      expect(b.hasAttribute('disabled') || b.getAttribute('aria-disabled') === 'true').toBe(true);
  });

  it('speaks English when asked, using the English message', () => {
    renderList(FINDINGS, en);
    // The name starts with what the button shows (cell, rule, English message), then the action.
    expect(screen.getByRole('button', { name: /^C3 .*Unit missing.*\. Select cell C3 on sheet "B"$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fix all 2 "R:number-as-text" findings' })).toBeTruthy();
  });
});

describe('Kiểm tra screen on the simulated host', () => {
  const snapshot = seedSnapshot('theo-doi-2026-2027');

  it('counts, filters, selects the cell in the workbook and fixes a finding with undo', async () => {
    const host = new SimulatedExcelHost(snapshot);
    render(<App service={new ExcelService(host)} t={vi} />);
    await screen.findByTestId('status-screen');
    fireEvent.click(screen.getByTestId('tab-check'));
    expect(screen.getByTestId('counts').textContent).toBe('2 lỗi · 1 cảnh báo · 0 thông tin');

    fireEvent.change(screen.getByRole('combobox', { name: 'Mức độ' }), { target: { value: 'error' } });
    expect(screen.getAllByTestId('finding').map((f) => f.getAttribute('data-cell'))).toEqual(['D41', 'F41']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Mức độ' }), { target: { value: '' } });

    fireEvent.click(screen.getByRole('button', { name: /Chọn ô E26/ }));
    await waitFor(() => expect(host.model.selection?.address).toBe('E26'));
    expect(host.model.sheets.find((s) => s.id === host.model.activeSheetId)?.name).toBe('Theo dõi 2026-2027');

    const e26 = () => host.model.sheets[0].cell(26, 5)?.v;
    expect(e26()).toBe('96,5');
    fireEvent.click(screen.getByRole('button', { name: 'Sửa ô E26' }));
    await screen.findByText('Đã sửa 1 ô.');
    expect(e26()).toBe(96.5);
    expect(screen.getByTestId('counts').textContent).toBe('2 lỗi · 0 cảnh báo · 0 thông tin');
    fireEvent.click(screen.getByTestId('undo'));
    await screen.findByText('Đã hoàn tác thao tác vừa rồi.');
    expect(e26()).toBe('96,5');
    expect(screen.queryByTestId('undo')).toBeNull();
  });

  it('exports the findings to a "Kiểm tra" sheet with links to the cells', async () => {
    const host = new SimulatedExcelHost(snapshot);
    render(<App service={new ExcelService(host)} t={vi} />);
    await screen.findByTestId('status-screen');
    fireEvent.click(screen.getByTestId('tab-check'));
    fireEvent.click(screen.getByRole('button', { name: 'Xuất ra trang "Kiểm tra"' }));
    await screen.findByText('Đã tạo trang "Kiểm tra" với liên kết tới từng ô.');
    const sheet = host.model.sheetByName('Kiểm tra')!;
    // One row per finding under the header, in sheet order.
    expect([4, 5, 6].map((r) => sheet.cell(r, 3)?.v)).toEqual(['E26', 'D41', 'F41']);
    expect(sheet.cell(5, 7)?.f).toBe(`=HYPERLINK("#'Theo dõi 2026-2027'!D41","Đến D41")`);
    expect(sheet.cell(7, 3)?.v ?? null).toBeNull();
    // Exporting again replaces the add-in's own sheet instead of adding "Kiểm tra (2)".
    fireEvent.click(screen.getByRole('button', { name: 'Xuất ra trang "Kiểm tra"' }));
    await waitFor(() => expect(screen.queryByTestId('busy')).toBeNull());
    expect(screen.queryByTestId('error')).toBeNull();
    expect(host.model.sheets.map((s) => s.name)).toEqual(['Theo dõi 2026-2027', 'Kiểm tra']);
  });
});

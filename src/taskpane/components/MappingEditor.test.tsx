/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SheetOverride } from '../../core/layout';
import { checkWorkbook } from '../../core/pipeline';
import { ExcelService } from '../../excel/service';
import { SimulatedExcelHost } from '../../excel/sim/host';
import { vi } from '../i18n/vi';
import { seedSnapshot } from '../testing/seed';
import { App } from './App';
import { MappingEditor } from './MappingEditor';

const snapshot = seedSnapshot('theo-doi-2026-2027');
const layout = checkWorkbook(snapshot).layout.sheets[0];

function editor(override?: SheetOverride) {
  const saved: (SheetOverride | null)[] = [];
  let cancelled = 0;
  render(
    <MappingEditor layout={layout} override={override} t={vi} busy={false} onSave={(o) => saved.push(o)} onCancel={() => cancelled++} />,
  );
  return { saved, cancelled: () => cancelled };
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lưu cách đọc vào bảng tính' }));

describe('MappingEditor', () => {
  it('starts from the recogniser reading: header rows 5-6, a role per column, years with their series', () => {
    editor();
    expect((screen.getByLabelText('Từ dòng') as HTMLInputElement).value).toBe('5');
    expect((screen.getByLabelText('Đến dòng') as HTMLInputElement).value).toBe('6');
    const roles = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map(
      (c) => (screen.getByLabelText(`Vai trò cột ${c}`) as HTMLSelectElement).value,
    );
    expect(roles).toEqual(['stt', 'name', 'unit', 'year', 'year', 'year', 'year', 'target2030', 'lead']);
    expect(screen.getAllByLabelText('Năm').map((i) => (i as HTMLInputElement).value)).toEqual(['2026', '2026', '2027', '2027']);
    expect(screen.getAllByLabelText('Loại số liệu').map((i) => (i as HTMLSelectElement).value)).toEqual([
      'plan',
      'actual',
      'plan',
      'actual',
    ]);
  });

  it('saves only what the user changed: a column role, a year series, the header rows', () => {
    const { saved } = editor();
    fireEvent.change(screen.getByLabelText('Vai trò cột I'), { target: { value: 'notes' } });
    fireEvent.change(screen.getAllByLabelText('Loại số liệu')[3], { target: { value: 'plan' } });
    fireEvent.change(screen.getByLabelText('Từ dòng'), { target: { value: '4' } });
    save();
    expect(saved).toEqual([
      {
        sheet: 'Theo dõi 2026-2027',
        header: { firstRow: 4, lastRow: 6 },
        columns: [
          { col: 7, role: 'year', year: 2027, series: 'plan' },
          { col: 9, role: 'notes' },
        ],
      },
    ]);
  });

  it("corrects a row's kind and parent", () => {
    const { saved } = editor();
    fireEvent.change(screen.getByLabelText('Số dòng'), { target: { value: '8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sửa một dòng' }));
    expect((screen.getByLabelText('Loại dòng 8') as HTMLSelectElement).value).toBe('component');
    expect((screen.getByLabelText('Dòng cha của dòng 8') as HTMLInputElement).value).toBe('7');
    fireEvent.change(screen.getByLabelText('Loại dòng 8'), { target: { value: 'indicator' } });
    fireEvent.change(screen.getByLabelText('Dòng cha của dòng 8'), { target: { value: '' } });
    save();
    expect(saved).toEqual([{ sheet: 'Theo dõi 2026-2027', rows: [{ row: 8, kind: 'indicator', parent: null }] }]);
  });

  it('refuses header rows that run backwards, with the reason', () => {
    const { saved } = editor();
    fireEvent.change(screen.getByLabelText('Từ dòng'), { target: { value: '7' } });
    expect(screen.getByText(vi.invalidHeader)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lưu cách đọc vào bảng tính' }).hasAttribute('disabled')).toBe(true);
    fireEvent.submit(screen.getByRole('form'));
    expect(saved).toEqual([]);
  });

  it('can drop every correction of the sheet', () => {
    const { saved } = editor({ sheet: 'Theo dõi 2026-2027', columns: [{ col: 9, role: 'notes' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ mọi sửa đổi của trang' }));
    expect(saved).toEqual([null]);
  });
});

describe('Trang tính screen on the simulated host', () => {
  it('saves a correction in the workbook, rescans with it, and excludes/includes a sheet', async () => {
    const host = new SimulatedExcelHost(snapshot);
    // Stored as Excel stores workbook settings: JSON text.
    const stored = () => JSON.parse(host.model.settings.get('phuluc.overrides') as string) as { version: 1; sheets: SheetOverride[] };
    render(<App service={new ExcelService(host)} t={vi} />);
    await screen.findByTestId('status-screen');
    fireEvent.click(screen.getByTestId('tab-sheets'));
    const item = await screen.findByTestId('sheet');
    expect(item.getAttribute('data-kind')).toBe('indicators');
    expect(within(item).getByText(/^Bảng chỉ tiêu: 22 chỉ tiêu/)).toBeTruthy();
    expect(within(item).getByText('độ tin cậy 99%')).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: 'Sửa cách đọc trang "Theo dõi 2026-2027"' }));
    fireEvent.change(screen.getByLabelText('Vai trò cột I'), { target: { value: 'notes' } });
    save();
    await screen.findByText(vi.saved);
    expect(stored()).toEqual({ version: 1, sheets: [{ sheet: 'Theo dõi 2026-2027', columns: [{ col: 9, role: 'notes' }] }] });
    // The editor closed; reopening shows the stored reading.
    fireEvent.click(screen.getByRole('button', { name: 'Sửa cách đọc trang "Theo dõi 2026-2027"' }));
    expect((screen.getByLabelText('Vai trò cột I') as HTMLSelectElement).value).toBe('notes');
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Đưa trang "Theo dõi 2026-2027" vào kiểm tra' }));
    await waitFor(() => expect(screen.getByTestId('sheet').getAttribute('data-kind')).toBe('none'));
    expect(screen.getByText('Không phải phụ lục')).toBeTruthy();
    expect(stored().sheets[0]).toEqual({ sheet: 'Theo dõi 2026-2027', kind: 'none', columns: [{ col: 9, role: 'notes' }] });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Đưa trang "Theo dõi 2026-2027" vào kiểm tra' }));
    await waitFor(() => expect(screen.getByTestId('sheet').getAttribute('data-kind')).toBe('indicators'));
    expect(stored().sheets[0]).toEqual({ sheet: 'Theo dõi 2026-2027', columns: [{ col: 9, role: 'notes' }] });
  });
});

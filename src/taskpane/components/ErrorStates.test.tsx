/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { XlContext } from '../../excel/api';
import { ExcelService } from '../../excel/service';
import { SimulatedExcelHost } from '../../excel/sim/host';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { describeError } from '../services/errors';
import { seedSnapshot } from '../testing/seed';
import { App } from './App';

const theoDoi = seedSnapshot('theo-doi-2026-2027');
const rachGia = seedSnapshot('rach-gia');

/** A host whose next Excel.run waits until the test lets it go. */
class GatedHost extends SimulatedExcelHost {
  gate: Promise<void> | null = null;
  override async run<T>(batch: (context: XlContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }): Promise<T> {
    if (this.gate) await this.gate;
    return super.run(batch, options);
  }
}

describe('error states', () => {
  it('Excel in cell-edit mode on open: says so, says what to do, and a rescan recovers', async () => {
    const host = new SimulatedExcelHost(theoDoi);
    host.cellEditMode = true;
    render(<App service={new ExcelService(host)} t={vi} />);
    const bar = await screen.findByTestId('error');
    expect(bar.textContent).toContain('Không thực hiện được');
    expect(bar.textContent).toContain('Excel đang ở chế độ sửa ô');
    expect(bar.textContent).toContain(vi.errorNext['edit-mode']);
    expect(screen.queryByTestId('status-screen')).toBeNull();

    host.cellEditMode = false;
    fireEvent.click(screen.getByRole('button', { name: 'Quét lại' }));
    await screen.findByTestId('status-screen');
    expect(screen.queryByTestId('error')).toBeNull();
  });

  it('a sheet protected after the scan refuses the fix: the message names the sheet, the next step is given, nothing changed', async () => {
    const host = new SimulatedExcelHost(theoDoi);
    render(<App service={new ExcelService(host)} t={vi} />);
    await screen.findByTestId('status-screen');
    host.model.sheets[0].protected = true;
    fireEvent.click(screen.getByTestId('tab-check'));
    fireEvent.click(screen.getByRole('button', { name: 'Sửa ô E26' }));
    const bar = await screen.findByTestId('error');
    expect(bar.textContent).toContain('Trang tính "Theo dõi 2026-2027" đang được bảo vệ');
    expect(bar.textContent).toContain('Bảng tính chưa bị thay đổi.');
    expect(bar.textContent).toContain(vi.errorNext.protected);
    expect(host.model.sheets[0].cell(26, 5)?.v).toBe('96,5');
    expect(screen.queryByTestId('undo')).toBeNull();
    expect(screen.queryByTestId('notice')).toBeNull();

    fireEvent.click(within(bar).getByRole('button', { name: vi.dismiss }));
    expect(screen.queryByTestId('error')).toBeNull();
  });

  it('while an action runs: progress is shown and every action button is disabled', async () => {
    const host = new GatedHost(rachGia);
    render(<App service={new ExcelService(host)} t={vi} />);
    await screen.findByTestId('status-screen');
    fireEvent.click(screen.getByTestId('tab-fill'));
    let release!: () => void;
    host.gate = new Promise<void>((ok) => (release = ok));
    fireEvent.click(screen.getByTestId('fill-apply'));
    const busy = await screen.findByTestId('busy');
    // The spinner and the progress bar.
    expect(within(busy).getAllByRole('progressbar')).toHaveLength(2);
    expect(screen.getByTestId('fill-apply').hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Quét lại' }).hasAttribute('disabled')).toBe(true);
    host.gate = null;
    await act(async () => release());
    await waitFor(() => expect(screen.queryByTestId('busy')).toBeNull());
    expect(screen.getByTestId('notice').textContent).toContain('Đã ghi 1 công thức.');
    expect(host.model.sheets[0].cell(17, 12)?.f).toBe('=(POWER(K17/G17,1/4)-1)*100');
    expect(screen.getByTestId('undo').hasAttribute('disabled')).toBe(false);
  });

  it('in English the message and the next step are English', async () => {
    const host = new SimulatedExcelHost(theoDoi);
    host.cellEditMode = true;
    render(<App service={new ExcelService(host)} t={en} />);
    const bar = await screen.findByTestId('error');
    expect(bar.textContent).toContain('Excel is in cell-edit mode');
    expect(bar.textContent).toContain(en.errorNext['edit-mode']);
  });

  it('an unexpected error still gets a next step', () => {
    expect(describeError(new TypeError('boom'), vi)).toEqual({ code: 'unknown', message: 'boom', next: vi.errorNext.unknown });
    expect(describeError('nope', en)).toEqual({ code: 'unknown', message: 'nope', next: en.errorNext.unknown });
  });
});

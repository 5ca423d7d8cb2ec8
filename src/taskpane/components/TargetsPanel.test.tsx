/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { isAddinConditionFormula } from '../../core/plan';
import { ExcelService } from '../../excel/service';
import { SimulatedExcelHost } from '../../excel/sim/host';
import { vi } from '../i18n/vi';
import { seedSnapshot } from '../testing/seed';
import { App } from './App';

const addinRules = (host: SimulatedExcelHost) =>
  host.model.sheets.flatMap((s) => s.cfs).filter((cf) => isAddinConditionFormula(cf.formula)).length;

describe('Đối chiếu mục tiêu screen on the simulated host', () => {
  it('shows verdict counts and the legend, and switches the highlight on and off', async () => {
    const host = new SimulatedExcelHost(seedSnapshot('theo-doi-2026-2027'));
    render(<App service={new ExcelService(host)} t={vi} />);
    await screen.findByTestId('status-screen');
    fireEvent.click(screen.getByTestId('tab-targets'));
    const counts = within(screen.getByTestId('verdicts')).getAllByRole('listitem');
    // A symbol beside each colour, so the verdict reads without colour; counted per indicator-year and per indicator.
    expect(counts.map((li) => li.textContent)).toEqual([
      '▲ Vượt: 28 lượt, 25 chỉ tiêu',
      '✓ Đạt: 18 lượt, 15 chỉ tiêu',
      '✗ Không đạt: 15 lượt, 15 chỉ tiêu',
      '○ Chưa có số liệu: 9 lượt, 8 chỉ tiêu',
      '? Không so sánh được: 2 lượt, 1 chỉ tiêu',
    ]);
    expect(screen.getByRole('region', { name: 'Chú giải' }).textContent).toContain('Không đạt mục tiêu');

    const toggle = screen.getByRole('switch', { name: vi.highlightOn }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await screen.findByText(vi.highlightDone);
    expect(addinRules(host)).toBeGreaterThan(0);
    expect((screen.getByRole('switch', { name: vi.highlightOn }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('switch', { name: vi.highlightOn }));
    await screen.findByText(vi.highlightRemoved);
    expect(addinRules(host)).toBe(0);
  });

  it('adds tracking columns to a plan-only sheet, to the right of the table', async () => {
    const host = new SimulatedExcelHost(seedSnapshot('rach-gia'));
    const before = host.model.sheets[0].usedBounds()!.right;
    render(<App service={new ExcelService(host)} t={vi} />);
    await screen.findByTestId('status-screen');
    fireEvent.click(screen.getByTestId('tab-targets'));
    expect((screen.getByRole('combobox', { name: 'Trang' }) as HTMLSelectElement).value).toBe('Phụ lục');
    fireEvent.click(screen.getByRole('button', { name: vi.tracking }));
    await waitFor(() => expect(screen.queryByTestId('busy')).toBeNull());
    expect(screen.queryByTestId('error')?.textContent ?? '').toBe('');
    expect(screen.getByTestId('notice').textContent).toContain(vi.trackingDone);
    await waitFor(() => expect(host.model.sheets[0].usedBounds()!.right).toBeGreaterThan(before));
    const headers = Array.from({ length: 30 }, (_, i) => host.model.sheets[0].cell(5, before + 1 + i)?.v).filter(
      (v) => typeof v === 'string',
    );
    expect(headers.join(' ')).toContain('Thực hiện');
    expect(screen.getByTestId('undo')).toBeTruthy();
  });
});

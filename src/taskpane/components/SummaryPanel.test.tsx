/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { ExcelService } from '../../excel/service';
import { SimulatedExcelHost } from '../../excel/sim/host';
import { vi } from '../i18n/vi';
import { seedSnapshot } from '../testing/seed';
import { App } from './App';

describe('Tổng hợp screen: the issuing body setting', () => {
  beforeEach(() => localStorage.clear());

  it('prints the name typed in the pane at the top of the summary and keeps it for the next time', async () => {
    const host = new SimulatedExcelHost(seedSnapshot('theo-doi-2026-2027'));
    const { unmount } = render(<App service={new ExcelService(host)} t={vi} />);
    await screen.findByTestId('status-screen');
    fireEvent.click(screen.getByTestId('tab-summary'));
    fireEvent.change(screen.getByRole('textbox', { name: vi.summaryUnit }), { target: { value: 'UBND phường Thử Nghiệm' } });
    fireEvent.click(screen.getByTestId('summary-generate'));
    await screen.findByText(vi.summaryDone);
    const summary = host.exportSnapshot().sheets.find((s) => s.name === 'Tổng hợp')!;
    const texts = summary.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('PHƯỜNG THỬ NGHIỆM');
    unmount();

    render(<App service={new ExcelService(new SimulatedExcelHost(seedSnapshot('rach-gia')))} t={vi} />);
    await screen.findByTestId('status-screen');
    fireEvent.click(screen.getByTestId('tab-summary'));
    expect((screen.getByRole('textbox', { name: vi.summaryUnit }) as HTMLInputElement).value).toBe('UBND phường Thử Nghiệm');
  });
});

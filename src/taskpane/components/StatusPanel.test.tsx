/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ExcelService } from '../../excel/service';
import { SimulatedExcelHost } from '../../excel/sim/host';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { seedSnapshot } from '../testing/seed';
import { NOTICE_MS } from '../use-taskpane';
import { App } from './App';

const theoDoi = seedSnapshot('theo-doi-2026-2027');
const counts = (sheet: HTMLElement) =>
  Object.fromEntries(within(sheet).getAllByRole('listitem').map((li) => [li.getAttribute('data-count'), li.textContent]));

describe('the first screen (Tổng quan)', () => {
  it('opens on the status: per sheet errors, warnings, missed targets and what they count; errors first as the next step', async () => {
    render(<App service={new ExcelService(new SimulatedExcelHost(theoDoi))} t={vi} />);
    const screenEl = await screen.findByTestId('status-screen');
    expect(screen.getByTestId('tab-status').getAttribute('aria-selected')).toBe('true');
    const sheet = within(screenEl).getByTestId('status-sheet');
    expect(sheet.getAttribute('data-sheet')).toBe('Theo dõi 2026-2027');
    expect(counts(sheet)).toMatchObject({
      errors: '2 lỗi',
      warnings: '1 cảnh báo',
      missed: '15 lượt không đạt mục tiêu (chỉ tiêu × năm), ở 15 chỉ tiêu',
      compared: '72 lượt đối chiếu (chỉ tiêu × năm)',
    });
    // Badges on the navigation: errors on "Kiểm tra", missed indicator-years on "Mục tiêu".
    const badge = (tab: string) => screen.getByTestId(`tab-${tab}`).querySelector('.tab-badge');
    expect(badge('check')?.textContent).toBe('2');
    expect(badge('check')?.getAttribute('title')).toBe('2 lỗi');
    expect(badge('targets')?.textContent).toBe('15');
    expect(badge('status')).toBeNull();
    const next = screen.getByTestId('next-step');
    expect(next.textContent).toBe('Xem 2 lỗi');
    fireEvent.click(next);
    expect(screen.getByTestId('tab-check').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('counts').textContent).toBe('2 lỗi · 1 cảnh báo · 0 thông tin');
  });

  it('a missed target on the first screen is one click from its cell', async () => {
    const host = new SimulatedExcelHost(theoDoi);
    render(<App service={new ExcelService(host)} t={vi} />);
    const missed = await screen.findByTestId('status-missed');
    const rows = within(missed).getAllByTestId('verdict-row');
    expect(rows).toHaveLength(5);
    expect(rows[0].getAttribute('data-cell')).toBe('E9');
    expect(rows[0].textContent).toContain('KH: 24 · TH: 22,1');
    fireEvent.click(within(rows[0]).getByRole('button'));
    await waitFor(() => expect(host.model.selection?.address).toBe('E9'));
    fireEvent.click(within(missed).getByRole('button', { name: 'Xem cả 15 lượt không đạt' }));
    expect(screen.getByTestId('tab-targets').getAttribute('aria-selected')).toBe('true');
    const list = screen.getByTestId('verdict-list');
    expect(within(list).getAllByTestId('verdict-row')).toHaveLength(15);
    expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Danh sách: Không đạt', 'Năm 2026', 'Năm 2027']);
    // Exceeded on demand.
    fireEvent.click(within(screen.getByTestId('verdicts')).getByRole('button', { name: /Vượt/ }));
    expect(within(screen.getByTestId('verdict-list')).getAllByTestId('verdict-row')).toHaveLength(28);
  });

  it('in English: English words and plurals', async () => {
    render(<App service={new ExcelService(new SimulatedExcelHost(theoDoi))} t={en} />);
    const sheet = await screen.findByTestId('status-sheet');
    expect(counts(sheet)).toMatchObject({
      errors: '2 errors',
      warnings: '1 warning',
      missed: '15 missed targets (indicator × year), in 15 indicators',
    });
    expect(screen.getByTestId('next-step').textContent).toBe('Review 2 errors');
    // The reading of the sheet in English words, not the recogniser's Vietnamese sentence.
    fireEvent.click(screen.getByTestId('tab-sheets'));
    const read = screen.getByTestId('sheet').textContent ?? '';
    expect(read).toContain('22 indicators, 14 components');
    expect(read).not.toContain('chỉ tiêu');
  });

  it('a confirmation clears itself', async () => {
    jest.useFakeTimers();
    try {
      render(<App service={new ExcelService(new SimulatedExcelHost(seedSnapshot('rach-gia')))} t={vi} />);
      await screen.findByTestId('status-screen');
      fireEvent.click(screen.getByTestId('tab-fill'));
      fireEvent.click(screen.getByTestId('fill-apply'));
      await screen.findByTestId('notice');
      act(() => jest.advanceTimersByTime(NOTICE_MS + 10));
      expect(screen.queryByTestId('notice')).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });
});

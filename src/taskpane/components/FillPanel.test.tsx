/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ExcelService } from '../../excel/service';
import { SimulatedExcelHost } from '../../excel/sim/host';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { seedSnapshot } from '../testing/seed';
import { App } from './App';

const rachGia = seedSnapshot('rach-gia');

async function openFill(t: typeof vi) {
  render(<App service={new ExcelService(new SimulatedExcelHost(rachGia))} t={t} />);
  await screen.findByTestId('status-screen');
  fireEvent.click(screen.getByTestId('tab-fill'));
  return screen.getByTestId('fill-fill');
}

describe('Công thức preview', () => {
  it('lists each cell with its formula, its value, the method in words and the fallback it uses', async () => {
    const l17 = within(await openFill(vi)).getByText('L17').closest('li')!;
    const text = l17.textContent ?? '';
    expect(text).toContain('Tốc độ tăng bình quân (%)');
    expect(text).toContain('=(POWER(K17/G17,1/4)-1)*100');
    expect(text).toMatch(/Kết quả: \d+(,\d{1,2})?/);
    // The sheet has no 2025 figure: the average runs 2026 → 2030, and the preview says so, in Vietnamese only.
    expect(text).toContain('tính từ năm 2026 đến năm 2030 (4 năm) vì bảng không có số liệu năm gốc 2025');
    expect(text).not.toContain('Average growth from');
    const g9 = within(screen.getByTestId('fill-leave')).getByText('G9').closest('li')!.textContent ?? '';
    expect(g9).toContain('Giá trị nhập tay khớp kết quả công thức (44.477); giữ nguyên');
    expect(g9).toContain('Đang ghi: 44.477');
    expect(g9).not.toContain('The typed value');
  });

  it('in English, the English half of the core\'s note and reasons, and English numbers', async () => {
    const list = await openFill(en);
    const text = within(list).getByText('L17').closest('li')!.textContent ?? '';
    expect(text).toContain('Average growth (%)');
    expect(text).toContain('Average growth from 2026 to 2030 (4 periods): the table has no 2025 base figure.');
    expect(text).not.toContain('tính từ năm');
    expect(text).toMatch(/Result: \d+(\.\d{1,2})?/);
    // The 27 typed figures left alone say why in English only.
    const leave = within(screen.getByTestId('fill-leave'));
    expect(leave.getAllByRole('listitem')).toHaveLength(27);
    expect(leave.getByText('G9').closest('li')!.textContent).toContain("The typed value equals the formula's result; kept unless you opt in to convert it.");
    expect(screen.getByTestId('fill-leave').textContent).not.toMatch(/giữ nguyên|Giá trị nhập tay/);
  });
});

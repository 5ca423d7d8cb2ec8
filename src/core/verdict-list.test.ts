import { sheetFromRows } from './snapshot';
import { verdictRows } from './verdict-list';

describe('verdictRows', () => {
  it('shows numbers as the sheet does (vi-VN, percentages × 100) and parses the target form from the plan text', () => {
    const sheet = sheetFromRows('PL', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2026', 'TH 2026'],
      ['1', 'Tỷ lệ hộ nghèo', '%', 'Dưới 3', 0.035],
    ]);
    sheet.numberFormats = [[null, null, null, null, null], [null, null, null, null, '0.0%']];
    const layout = { sheets: [{ name: 'PL', rows: [{ row: 2, name: 'Tỷ lệ hộ nghèo', unit: '%' }] }] } as never;
    const [year] = verdictRows({ sheets: [sheet] } as never, layout, [{ sheet: 'PL', row: 2, year: 2026, planCell: 'D2', actualCell: 'E2', verdict: 'missed' }], 'missed');
    expect(year.rows[0]).toMatchObject({ plan: 'Dưới 3', actual: '3,5%', form: 'lessThan', name: 'Tỷ lệ hộ nghèo', unit: '%' });
  });
});

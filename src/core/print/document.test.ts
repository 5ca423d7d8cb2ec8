import { sheetFromRows } from '../snapshot';
import { findAttachmentLine, findIssuer, issuerFromOption, issuerFromText, placeDateLine } from './document';

describe('issuing body from the title rows', () => {
  it.each([
    ['(Kèm theo Kế hoạch số 86/KH-UBND, ngày 15 tháng 3 năm 2026 của Ủy ban nhân dân phường An Dương)', 'PHƯỜNG AN DƯƠNG', 'An Dương', 'Phường An Dương'],
    ['(Kèm theo Kế hoạch số: /KH-UBND ngày tháng 5 năm 2026 của UBND xã Kiến Hải)', 'XÃ KIẾN HẢI', 'Kiến Hải', 'Xã Kiến Hải'],
    ['(Số liệu ước thực hiện; đơn vị lập biểu: Văn phòng HĐND và UBND xã Kiến Hải)', 'XÃ KIẾN HẢI', 'Kiến Hải', 'Xã Kiến Hải'],
    ['của UBND TP. Rạch Giá', 'THÀNH PHỐ RẠCH GIÁ', 'Rạch Giá', 'Thành phố Rạch Giá'],
  ])('%s', (text, unit, place, name) => {
    expect(issuerFromText(text)).toEqual({ parent: 'ỦY BAN NHÂN DÂN', unit, place, name });
  });

  it.each(['DANH SÁCH CÁN BỘ, CÔNG CHỨC PHƯỜNG AN DƯƠNG', 'BẢNG TỔNG HỢP', 'Phòng Kinh tế'])('names no body: %s', (text) => {
    expect(issuerFromText(text)).toBeUndefined();
  });

  it('takes the option before the title rows, and prints an option it cannot parse as given', () => {
    const wb = { sheets: [sheetFromRows('PL1', [['PHỤ LỤC'], ['(Kèm theo Kế hoạch số 45 của UBND phường Rạch Giá)']])] };
    expect(findIssuer(wb)?.unit).toBe('PHƯỜNG RẠCH GIÁ');
    expect(findIssuer(wb, 'UBND xã Kiên Lương')?.unit).toBe('XÃ KIÊN LƯƠNG');
    expect(issuerFromOption('Sở Tài chính')).toEqual({ parent: '', unit: 'SỞ TÀI CHÍNH', place: '', name: 'Sở Tài chính' });
    expect(findAttachmentLine(wb)).toBe('(Kèm theo Kế hoạch số 45 của UBND phường Rạch Giá)');
    expect(findIssuer({ sheets: [sheetFromRows('PL1', [['PHỤ LỤC']])] })).toBeUndefined();
  });
});

describe('place and date line (Nghị định 30/2020/NĐ-CP)', () => {
  it.each([
    ['An Dương', '2026-11-23', 'An Dương, ngày 23 tháng 11 năm 2026'],
    ['Kiến Hải', '2026-02-05', 'Kiến Hải, ngày 05 tháng 02 năm 2026'],
    ['Kiến Hải', '2026-03-09', 'Kiến Hải, ngày 09 tháng 3 năm 2026'],
    ['', '2026-12-10', '.................., ngày 10 tháng 12 năm 2026'],
  ])('%s %s', (place, date, line) => {
    expect(placeDateLine(place, date)).toBe(line);
  });
});

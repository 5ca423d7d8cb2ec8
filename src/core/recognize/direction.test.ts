import { directionOf } from './direction';

describe('directionOf', () => {
  it.each([
    ['Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', ['dưới 1%', 'dưới 1%'], 'down'],
    ['Tỷ lệ hộ nghèo (chuẩn đa chiều)', [1, 0.8, 0.5, 0.2, 0], 'down'],
    ['Hộ nghèo theo chuẩn nghèo đa chiều quốc gia', [null, 'Giảm hàng năm'], 'down'],
    ['Tỷ lệ thất nghiệp khu vực thành thị', [3.5, 3.4], 'down'],
    ['Số vụ tai nạn giao thông', [12, 11], 'down'],
    ['Số vụ phạm pháp hình sự, tội phạm giảm', ['Giảm 5%'], 'down'],
    ['Tỷ lệ tội phạm về ma tuý', [2], 'down'],
    ['Tỷ lệ nợ xấu', ['Không quá 3%'], 'down'],
    ['Chi phí hành chính', ['Tối đa 10 tỷ'], 'down'],
    ['Tỷ lệ giải quyết tin báo, tố giác tội phạm', ['90% trở lên', 90.5], 'up'],
    ['Tỷ lệ điều tra khám phá án', ['75% trở lên'], 'up'],
    ['+ Tiếp nhận, giải quyết tin báo tội phạm', ['90% trở lên'], 'up'],
    ['Tỷ lệ khám phá tội phạm', ['≥ 75; ≥ 90 % với tội phạm rất nghiêm trọng'], 'up'],
    ['Tổng giá trị sản phẩm trên địa bàn', [44477, 49689], 'up'],
    ['Tỷ lệ trường học đạt chuẩn Quốc gia', ['68% trở lên', 67, 68], 'up'],
    ['Trạm y tế đạt chuẩn Quốc gia', [100, 100, 'Duy trì'], 'up'],
    ['Duy trì Trạm y tế đạt chuẩn quốc gia', [null, 'Duy trì'], 'qualitative'],
    ['Phường đạt chuẩn đô thị văn minh', ['Đạt'], 'qualitative'],
    ['Xã đạt chuẩn “Chính quyền thân thiện”', [null, 'Đạt', 'Duy trì'], 'qualitative'],
    ['Giữ vững an ninh chính trị, trật tự an toàn xã hội', ['Ổn định Không có “điểm nóng”'], 'qualitative'],
    ['- Phường không ma tuý', ['Không còn tệ nạn ma tuý'], 'qualitative'],
    ['Mở rộng diện tích và xây dựng trạm y tế', ['2026 - 2027'], 'qualitative'],
    ['Tốc độ tăng tổng thu ngân sách Nhà nước', [17, 10, 10], 'up'],
    ['Chỉ tiêu không có số liệu', [null, ''], 'up'],
  ] as const)('%s → %s', (name, targets, dir) => {
    expect(directionOf(name, [...targets])).toBe(dir);
  });
});

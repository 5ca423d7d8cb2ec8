import { inferDomain, orderSections, standardSection } from './sections';

describe('domains of indicators under no section row', () => {
  it.each([
    ['Tổng giá trị sản phẩm trên địa bàn tăng bình quân', 'Phòng Kinh tế', 'Kinh tế'],
    ['Tốc độ tăng trưởng kinh tế', '', 'Kinh tế'],
    ['Trường học đạt chuẩn Quốc gia mức độ 1', '', 'Xã hội'],
    ['Người dân tham gia BHYT', '', 'Xã hội'],
    ['Tỷ lệ hộ nghèo (chuẩn đa chiều)', '', 'Xã hội'],
    ['Hộ dân sử dụng nước sạch', 'Phòng Kinh tế', 'Môi trường'],
    ['Chất thải rắn được thu gom, xử lý đúng quy định', '', 'Môi trường'],
    ['Tuyển chọn, gọi công dân nhập ngũ', '', 'Quốc phòng - An ninh'],
    ['Giữ vững an ninh chính trị, trật tự an toàn xã hội', '', 'Quốc phòng - An ninh'],
    ['Dịch vụ công mức độ 3, 4 cung cấp đầy đủ', '', 'Xây dựng chính quyền'],
    ['Số DN trên địa bàn (tăng so với hiện nay)', 'Phòng Kinh tế', 'Kinh tế'],
    ['Thôn văn hóa đạt', 'Phòng VH-XH', 'Xã hội'],
  ])('%s (%s) → %s', (name, lead, domain) => {
    expect(inferDomain(name, lead)).toBe(domain);
  });

  it.each([['Đăng ký và triển khai mô hình', ''], ['', '']])('says nothing when neither name nor lead does: "%s"', (name, lead) => {
    expect(inferDomain(name, lead)).toBeUndefined();
  });

  it('orders the standard sections first, the others as found', () => {
    expect(orderSections(['Khác', 'Xã hội', 'Xây dựng chính quyền', 'Kinh tế', 'Xã hội'])).toEqual(['Kinh tế', 'Xã hội', 'Khác', 'Xây dựng chính quyền']);
    expect(standardSection('I. NHÓM CHỈ TIÊU VỀ KINH TẾ')).toBe('Kinh tế');
  });
});

// The builder's sample figures: Hanoi data as CSV, in each widget's table columns,
// with the texts of the JSON examples (data-schemas/examples/) as a header block.
/** CSV samples: the columns of each widget's table source, Hanoi figures (Vietnamese Excel style: `;`, decimal commas). */
export const CSV_SAMPLES = {
  'sector-breakdown': [
    'Nhóm ngành;Số sản phẩm',
    'Cơ khí, chế tạo;6',
    'Điện, điện tử;4',
    'Công nghệ thông tin;5',
    'Dệt may, da giầy;8',
    'Chế biến nông sản, thực phẩm;4',
    'Hóa chất, cao su, nhựa, dược phẩm;3',
    'Vật liệu xây dựng;2',
    'Thủ công mỹ nghệ;1',
  ],
  'fdi-composition': [
    'Hình thức;Vốn (triệu USD);Số lượng',
    'Đăng ký cấp mới;270;305 dự án',
    'Bổ sung tăng vốn;215;130 dự án',
    'Góp vốn, mua cổ phần;2.041;252 lượt',
  ],
  'fair-participation': [
    'Hội chợ;Gian hàng (gian hàng);Quốc gia tham gia (quốc gia)',
    'Hội chợ công nghiệp hỗ trợ;250;10',
    'Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa;200;15',
    'Hội chợ năng lượng và môi trường 2023;170;10',
  ],
  kpi: [
    'Chỉ tiêu;Giá trị;Đơn vị;Kỳ',
    'Chỉ số sản xuất công nghiệp;3,93%;;9 tháng đầu năm 2023',
    'Doanh nghiệp đăng ký thành lập mới;22,9 nghìn;doanh nghiệp;9 tháng đầu năm 2023',
    'Vốn đăng ký;226,9 nghìn tỷ;đồng;9 tháng đầu năm 2023',
    'Sản phẩm công nghiệp chủ lực được công nhận;196;sản phẩm;lũy kế đến năm 2023',
    'Cụm công nghiệp đã khởi công hạ tầng kỹ thuật;19;cụm;tính đến năm 2023',
  ],
  trend: ['Kỳ;IIP so với cùng kỳ', 'Quý 1/2023;0,9%', 'Quý 2/2023;3,7%', 'Quý 3/2023;3,0%', 'Quý 4/2023;4,3%*'],
};

/** The samples' texts: a CSV header block (core/csv-meta.ts), in the Vietnamese of the JSON examples. */
export const SAMPLE_TEXTS = {
  'sector-breakdown': [
    '# title: Sản phẩm công nghiệp chủ lực Hà Nội năm 2022 theo nhóm ngành',
    '# subtitle: 33 sản phẩm của 25 doanh nghiệp được công nhận trong đợt năm 2022',
    '# unit: sản phẩm',
    '# source: Sở Công Thương Hà Nội, theo báo Hànộimới',
    '# note: 29 doanh nghiệp đăng ký 42 sản phẩm tham gia đợt xét chọn năm 2022.',
  ],
  'fdi-composition': [
    '# title: Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút vào Hà Nội',
    '# subtitle: Theo hình thức đầu tư, 9 tháng đầu năm 2023',
    '# source: Sở Công Thương Hà Nội',
  ],
  'fair-participation': [
    '# title: Ba hội chợ xúc tiến thương mại của Hà Nội năm 2023',
    '# subtitle: Số gian hàng và số quốc gia có gian hàng tại mỗi hội chợ',
    '# source: Sở Công Thương Hà Nội',
  ],
  kpi: ['# title: Công nghiệp Hà Nội năm 2023: những con số chính', '# source: Sở Công Thương Hà Nội'],
  trend: [
    '# title: Chỉ số sản xuất công nghiệp Hà Nội năm 2023, theo quý',
    '# subtitle: Tăng so với cùng kỳ năm 2022, %',
    '# source: Cục Thống kê Hà Nội',
    '# note: Quý 4 là số ước tính. Cả năm 2023 tăng 3,0% (công nghiệp chế biến, chế tạo tăng 2,6%).',
  ],
};

/** A widget's CSV sample as the builder loads it: its texts, then its figures. */
export const sampleCsv = (name) => `${[...SAMPLE_TEXTS[name], ...CSV_SAMPLES[name]].join('\n')}\n`;

import { chartHeight, commendationChartOption } from './commendation-chart';

describe('commendationChartOption', () => {
  const counts = [
    { provinceCode: '08', provinceName: 'Tuyên Quang', total: 12, exact: true },
    { provinceCode: '17', provinceName: 'Hòa Bình', total: 30, exact: true },
    { provinceCode: '02', provinceName: 'Hà Giang', total: 0, exact: true },
  ];

  it('draws one bar per province, the largest at the top, with the translated names', () => {
    const option = commendationChartOption(counts, { series: 'Số khen thưởng', axis: 'Số khen thưởng' }) as {
      yAxis: { type: string; data: string[] };
      xAxis: { type: string; name: string; minInterval: number };
      series: { type: string; name: string; data: number[]; label: { show: boolean } }[];
    };
    expect(option.yAxis.type).toBe('category');
    // The category axis runs bottom-up: the last entry is drawn on top.
    expect(option.yAxis.data).toEqual(['Hà Giang', 'Tuyên Quang', 'Hòa Bình']);
    expect(option.series).toHaveLength(1);
    expect(option.series[0]).toMatchObject({ type: 'bar', name: 'Số khen thưởng', data: [0, 12, 30], label: { show: true } });
    expect(option.xAxis).toMatchObject({ type: 'value', name: 'Số khen thưởng', minInterval: 1 });
  });

  it("does not reorder the caller's array and keeps equal totals in alphabetical order from the top", () => {
    const tied = [
      { provinceCode: '04', provinceName: 'Cao Bằng', total: 5, exact: true },
      { provinceCode: '06', provinceName: 'Bắc Kạn', total: 5, exact: true },
    ];
    const option = commendationChartOption(tied, { series: 's', axis: 'a' }) as { yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(['Cao Bằng', 'Bắc Kạn']);
    expect(tied[0].provinceName).toBe('Cao Bằng');
  });

  it('gives every bar room', () => {
    expect(chartHeight(14)).toBe(14 * 30 + 48);
    expect(chartHeight(1)).toBe(160);
  });
});

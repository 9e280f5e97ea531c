import { chartHeight, commendationChartOption } from './commendation-chart';

describe('commendationChartOption', () => {
  const counts = [
    { provinceCode: '08', provinceName: 'Tuyên Quang', total: 12, previous: 9 },
    { provinceCode: '17', provinceName: 'Hòa Bình', total: 30, previous: 41 },
    { provinceCode: '02', provinceName: 'Hà Giang', total: 0, previous: 3 },
  ];
  const texts = { current: 'Năm 2024', previous: 'Cùng kỳ năm 2023', axis: 'Số khen thưởng' };

  it("draws this year's and last year's bar per province, the largest at the top, with the translated names", () => {
    const option = commendationChartOption(counts, texts) as {
      legend: object;
      yAxis: { type: string; data: string[] };
      xAxis: { type: string; name: string; minInterval: number };
      series: { type: string; name: string; data: number[]; label: { show: boolean } }[];
    };
    expect(option.yAxis.type).toBe('category');
    // The category axis runs bottom-up: the last entry is drawn on top.
    expect(option.yAxis.data).toEqual(['Hà Giang', 'Tuyên Quang', 'Hòa Bình']);
    expect(option.series.map((s) => [s.type, s.name, s.data])).toEqual([
      ['bar', 'Cùng kỳ năm 2023', [3, 9, 41]],
      ['bar', 'Năm 2024', [0, 12, 30]],
    ]);
    expect(option.series.every((s) => s.label.show)).toBe(true);
    expect(option.legend).toBeDefined();
    expect(option.xAxis).toMatchObject({ type: 'value', name: 'Số khen thưởng', minInterval: 1 });
  });

  it("does not reorder the caller's array and keeps equal totals in alphabetical order from the top", () => {
    const tied = [
      { provinceCode: '04', provinceName: 'Cao Bằng', total: 5, previous: 0 },
      { provinceCode: '06', provinceName: 'Bắc Kạn', total: 5, previous: 7 },
    ];
    const option = commendationChartOption(tied, texts) as { yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(['Cao Bằng', 'Bắc Kạn']);
    expect(tied[0].provinceName).toBe('Cao Bằng');
  });

  it('gives every pair of bars room', () => {
    expect(chartHeight(14)).toBe(14 * 40 + 76);
    expect(chartHeight(1)).toBe(180);
  });
});

import { reportFixture } from '../testing/report-fixture';
import { chartHeight, commendationChartOption, hasPledgeRates, pledgeChartOption } from './report-chart-options';

describe('report chart options', () => {
  const s = reportFixture().statistics;

  it('puts each province beside the same period of last year, in the report order', () => {
    const option = commendationChartOption(s, { current: 'Kỳ này', previous: 'Cùng kỳ năm trước' });
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['Tuyên Quang', 'Hòa Bình', 'Hà Giang'], inverse: true });
    const series = option.series as Array<{ name: string; type: string; data: number[] }>;
    expect(series.map((x) => [x.name, x.type, x.data])).toEqual([
      ['Kỳ này', 'bar', [120, 98, 45]],
      ['Cùng kỳ năm trước', 'bar', [110, 90, 40]],
    ]);
    expect(option.legend).toMatchObject({ data: ['Kỳ này', 'Cùng kỳ năm trước'] });
  });

  it('shows pledge achievement in percent against the 100% line, leaving provinces without results empty', () => {
    const option = pledgeChartOption(s, { rate: 'Tỷ lệ thực hiện bình quân' });
    const [series] = option.series as Array<{ data: Array<number | null>; markLine: { data: unknown[] } }>;
    expect(series.data).toEqual([100, 90, null]);
    expect(series.markLine.data).toEqual([{ xAxis: 100 }]);
    expect(option.xAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('knows when there is no pledge result to draw', () => {
    expect(hasPledgeRates(s)).toBe(true);
    const none = { ...s, provinces: s.provinces.map((p) => ({ ...p, pledge: { ...p.pledge, averageRate: null } })) };
    expect(hasPledgeRates(none)).toBe(false);
  });

  it('gives each province room for a bar', () => {
    expect(chartHeight(3)).toBe(240);
    expect(chartHeight(14)).toBe(14 * 32 + 96);
  });
});

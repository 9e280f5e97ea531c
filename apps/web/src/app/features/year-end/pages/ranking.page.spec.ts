import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { EChartsCoreOption } from 'echarts/core';
import { textOf } from '../../../../testing/test-i18n';
import { settle } from '../../../../testing/test-providers';
import { RankingChart } from '../components/ranking-chart.component';
import { CHAIR, RANKING, YEAR, answerContext, setUpYearEnd } from '../../../../testing/year-end-fixtures';
import { RankingPage } from './ranking.page';

/** jsdom cannot lay out a chart: the page's option is checked instead. */
@Component({ changeDetection: ChangeDetectionStrategy.OnPush, selector: 'tdkt-ranking-chart', template: '' })
class FakeChart {
  readonly options = input.required<EChartsCoreOption>();
  readonly bars = input.required<number>();
  readonly label = input.required<string>();
}

const RANKING_URL = `/api/v1/clusters/TDMNPB/years/${YEAR}/ranking`;

describe('RankingPage', () => {
  let fixture: ComponentFixture<RankingPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    http = await setUpYearEnd(CHAIR, () =>
      TestBed.overrideComponent(RankingPage, { remove: { imports: [RankingChart] }, add: { imports: [FakeChart] } }),
    );
    fixture = TestBed.createComponent(RankingPage);
    page = fixture.nativeElement;
    await answerContext(http, fixture, CHAIR);
  });

  afterEach(() => http.verify());

  it('ranks the members with shared ranks on equal totals and flags who has not scored', async () => {
    http.expectOne(RANKING_URL).flush(RANKING);
    await settle(fixture);
    const rows = Array.from(page.querySelectorAll('[data-table="ranking"] tbody tr'), (tr) =>
      Array.from(tr.querySelectorAll('td'), (td) => textOf(td)),
    );
    expect(rows).toEqual([
      ['1', 'Tuyên Quang', '90', '88', 'Cụm đã thống nhất'],
      ['2 (đồng hạng)', 'Hòa Bình', '86', '85,5', 'Cụm đã thống nhất'],
      ['2 (đồng hạng)', 'Phú Thọ', '85,5', '85,5', 'Đã tự chấm'],
      ['4', 'Điện Biên', '27', '27', 'Chưa chấm'],
    ]);
    expect(page.querySelector('[data-province="11"] .chip.warn')).not.toBeNull();
  });

  it("draws the agreed and self totals with the app's colours and patterns, best at the top", async () => {
    http.expectOne(RANKING_URL).flush(RANKING);
    await settle(fixture);
    const chart = fixture.debugElement.query((d) => d.componentInstance instanceof FakeChart).componentInstance as FakeChart;
    const options = chart.options() as {
      aria: { decal: { show: boolean } };
      yAxis: { data: string[] };
      series: { name: string; data: number[]; itemStyle: { color: string } }[];
    };
    expect(options.aria.decal.show).toBe(true);
    // ECharts draws the first category at the bottom.
    expect(options.yAxis.data).toEqual(['4. Điện Biên', '2. Phú Thọ', '2. Hòa Bình', '1. Tuyên Quang']);
    expect(options.series.map((s) => [s.name, s.itemStyle.color, s.data])).toEqual([
      ['Tổng tự chấm', '#737a86', [27, 85.5, 86, 90]],
      ['Tổng điểm', '#1f5fa8', [27, 85.5, 85.5, 88]],
    ]);
    expect(chart.bars()).toBe(4);
    expect(chart.label()).toContain('năm 2024');
  });

  it('says so when the year has no score sheet', async () => {
    http
      .expectOne(RANKING_URL)
      .flush(
        { statusCode: 404, error: 'Not Found', code: 'SCORE_SHEET_NOT_FOUND', message: 'Chưa có bảng điểm' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Cụm chưa lập bảng điểm năm 2024.');
  });
});

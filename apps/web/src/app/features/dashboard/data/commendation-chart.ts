import type { EChartsCoreOption } from 'echarts/core';
import { CommendationCount } from './dashboard-figures';

export interface ChartTexts {
  /** Name of the period's series, e.g. "6 tháng đầu năm 2024". */
  readonly current: string;
  /** Name of last year's series, e.g. "Cùng kỳ năm 2023". */
  readonly previous: string;
  /** Title of the value axis. */
  readonly axis: string;
}

/**
 * Two horizontal bars per province, the period and the same period of last year, the largest at the top:
 * long Vietnamese province names stay readable on the category axis.
 */
export function commendationChartOption(counts: readonly CommendationCount[], texts: ChartTexts): EChartsCoreOption {
  // ECharts draws the first category at the bottom of a vertical category axis.
  const sorted = [...counts].sort((a, b) => a.total - b.total || b.provinceName.localeCompare(a.provinceName, 'vi'));
  const label = { show: true, position: 'right', color: '#1b1b1f' };
  return {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    legend: { top: 0, left: 0, itemGap: 24, textStyle: { color: '#1b1b1f', fontSize: 13 } },
    grid: { left: 8, right: 48, top: 36, bottom: 32 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: texts.axis, nameLocation: 'middle', nameGap: 24, minInterval: 1 },
    yAxis: {
      type: 'category',
      data: sorted.map((c) => c.provinceName),
      axisTick: { show: false },
      axisLabel: { color: '#1b1b1f', fontSize: 13 },
    },
    // Last year first: the category axis runs bottom-up, so this year's bar sits above last year's.
    series: [
      {
        type: 'bar',
        name: texts.previous,
        data: sorted.map((c) => c.previous),
        barMaxWidth: 14,
        itemStyle: { color: '#737a86' },
        label: { ...label, fontSize: 11 },
      },
      {
        type: 'bar',
        name: texts.current,
        data: sorted.map((c) => c.total),
        barMaxWidth: 14,
        itemStyle: { color: '#1f5fa8' },
        label,
      },
    ],
  };
}

/** Height that gives each province a readable pair of bars, below the legend. */
export function chartHeight(count: number): number {
  return Math.max(180, count * 40 + 76);
}

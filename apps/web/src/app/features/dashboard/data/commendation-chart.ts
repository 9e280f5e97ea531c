import type { EChartsCoreOption } from 'echarts/core';
import { CommendationCount } from './dashboard-figures';

export interface ChartTexts {
  /** Name of the bar series, e.g. "Số khen thưởng". */
  readonly series: string;
  /** Title of the value axis. */
  readonly axis: string;
}

/**
 * A horizontal bar per province, the largest at the top: long Vietnamese province names stay
 * readable on the category axis.
 */
export function commendationChartOption(counts: readonly CommendationCount[], texts: ChartTexts): EChartsCoreOption {
  // ECharts draws the first category at the bottom of a vertical category axis.
  const sorted = [...counts].sort((a, b) => a.total - b.total || b.provinceName.localeCompare(a.provinceName, 'vi'));
  return {
    animation: false,
    aria: { enabled: true },
    grid: { left: 8, right: 48, top: 8, bottom: 32 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: texts.axis, nameLocation: 'middle', nameGap: 24, minInterval: 1 },
    yAxis: {
      type: 'category',
      data: sorted.map((c) => c.provinceName),
      axisTick: { show: false },
      axisLabel: { color: '#1b1b1f', fontSize: 13 },
    },
    series: [
      {
        type: 'bar',
        name: texts.series,
        data: sorted.map((c) => c.total),
        barMaxWidth: 22,
        itemStyle: { color: '#1f5fa8' },
        label: { show: true, position: 'right', color: '#1b1b1f' },
      },
    ],
  };
}

/** Height that gives each province a readable bar. */
export function chartHeight(count: number): number {
  return Math.max(160, count * 30 + 48);
}

import type { RankingRow } from '@tdkt/shared/contracts';
import type { EChartsCoreOption } from 'echarts/core';

export interface RankingChartTexts {
  /** Name of the agreed totals' series. */
  readonly total: string;
  /** Name of the self-assessed totals' series. */
  readonly self: string;
  /** Title of the value axis. */
  readonly axis: string;
}

/** The app's two chart colours (the dashboard's): this year's figure in blue, the comparison in grey. */
const BLUE = '#1f5fa8';
const GREY = '#737a86';
const INK = '#1b1b1f';

/**
 * Two horizontal bars per member, the agreed total and the self-assessed one, the best at the top; each series
 * also gets a pattern (aria decal) so colour is not the only cue. Long province names stay readable on the axis.
 */
export function rankingChartOption(rows: readonly RankingRow[], texts: RankingChartTexts): EChartsCoreOption {
  // ECharts draws the first category at the bottom of a vertical category axis: the worst first.
  const sorted = [...rows].sort((a, b) => b.rank - a.rank || b.provinceName.localeCompare(a.provinceName, 'vi'));
  const label = { show: true, position: 'right', color: INK };
  return {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    legend: { top: 0, left: 0, itemGap: 24, textStyle: { color: INK, fontSize: 13 } },
    grid: { left: 8, right: 56, top: 36, bottom: 32, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: texts.axis, nameLocation: 'middle', nameGap: 24 },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => `${r.rank}. ${r.provinceName}`),
      axisTick: { show: false },
      axisLabel: { color: INK, fontSize: 13 },
    },
    series: [
      {
        type: 'bar',
        name: texts.self,
        data: sorted.map((r) => r.selfTotal),
        barMaxWidth: 14,
        itemStyle: { color: GREY },
        label: { ...label, fontSize: 11 },
      },
      { type: 'bar', name: texts.total, data: sorted.map((r) => r.total), barMaxWidth: 14, itemStyle: { color: BLUE }, label },
    ],
  };
}

/** Height that gives each member a readable pair of bars, below the legend. */
export function rankingChartHeight(count: number): number {
  return Math.max(180, count * 40 + 76);
}

/** Provinces that share their rank with another (equal totals). */
export function sharedRanks(rows: readonly RankingRow[]): Set<number> {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([rank]) => rank));
}

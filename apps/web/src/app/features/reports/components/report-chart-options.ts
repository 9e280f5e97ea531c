import type { ReportStatistics } from '@tdkt/shared/contracts';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ReportChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

/** Colours of the app theme with enough contrast on white (WCAG 1.4.11 for graphics). */
const CURRENT = '#8c1d18';
const PREVIOUS = '#7a7a7a';
const PLEDGE = '#1b5e20';

/** Height that gives each province a readable bar, plus room for the legend and axis. */
export function chartHeight(provinces: number): number {
  return Math.max(240, provinces * 32 + 96);
}

/** Province names on the vertical axis: the list reads top-down in the report's order. */
function provinceAxis(names: string[]) {
  return { type: 'category' as const, data: names, inverse: true, axisLabel: { width: 120, overflow: 'truncate' as const } };
}

export interface CommendationChartLabels {
  readonly current: string;
  readonly previous: string;
}

/** Commendations of each province this period, beside the same period of the previous year. */
export function commendationChartOption(s: ReportStatistics, labels: CommendationChartLabels): ReportChartOption {
  const names = s.provinces.map((p) => p.provinceName);
  return {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [labels.current, labels.previous] },
    grid: { left: 8, right: 32, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: provinceAxis(names),
    series: [
      {
        name: labels.current,
        type: 'bar',
        itemStyle: { color: CURRENT },
        label: { show: true, position: 'right' },
        data: s.provinces.map((p) => p.commendations.total),
      },
      {
        name: labels.previous,
        type: 'bar',
        itemStyle: { color: PREVIOUS },
        data: s.provinces.map((p) => p.previous.commendations.total),
      },
    ],
  };
}

export interface PledgeChartLabels {
  readonly rate: string;
}

/** Mean pledge achievement of each province in percent, with a dashed line at 100%; provinces without results stay empty. */
export function pledgeChartOption(s: ReportStatistics, labels: PledgeChartLabels): ReportChartOption {
  const names = s.provinces.map((p) => p.provinceName);
  const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
  return {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (v == null ? '–' : `${String(v).replace('.', ',')}%`),
    },
    legend: { top: 0, data: [labels.rate] },
    grid: { left: 8, right: 48, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: provinceAxis(names),
    series: [
      {
        name: labels.rate,
        type: 'bar',
        itemStyle: { color: PLEDGE },
        label: { show: true, position: 'right', formatter: (p) => `${String(p.value).replace('.', ',')}%` },
        data: s.provinces.map((p) => percent(p.pledge.averageRate)),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#1f1f1f', type: 'dashed' },
          // The axis already reads 100%: a second label there would overlap it.
          label: { show: false },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
}

/** Whether any province has a pledge rate: without one the chart would be empty. */
export function hasPledgeRates(s: ReportStatistics): boolean {
  return s.provinces.some((p) => p.pledge.averageRate !== null);
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import type { ReportChartOption } from './report-chart-options';

// Only what the report's bar charts use: ECharts stays in this lazy feature's chunk.
echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/** One chart of the report; the figures are also in the tables, which screen readers use instead. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts })],
  selector: 'tdkt-report-chart',
  styles: `
    :host {
      display: block;
    }
    div {
      width: 100%;
    }
  `,
  template: `<div
    echarts
    role="img"
    [attr.aria-label]="label()"
    [options]="options()"
    [autoResize]="true"
    [style.height.px]="height()"
  ></div>`,
})
export class ReportChart {
  readonly options = input.required<ReportChartOption>();
  /** What the chart shows, for screen readers. */
  readonly label = input.required<string>();
  readonly height = input(320);
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { provideCharts } from '../../../ui/charts/provide-charts';
import type { ReportChartOption } from './report-chart-options';

/** One chart of the report; the figures are also in the tables, which screen readers use instead. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  providers: [provideCharts()],
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

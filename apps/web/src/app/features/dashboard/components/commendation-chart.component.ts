import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { chartHeight } from '../data/commendation-chart';

/** The bar chart; its numbers are also in the table next to it for screen readers. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  selector: 'tdkt-commendation-chart',
  styles: `
    :host {
      display: block;
    }
  `,
  template: `<div
    echarts
    [options]="options()"
    [initOpts]="{ renderer: 'svg' }"
    [style.height.px]="height()"
    role="img"
    [attr.aria-label]="label()"
  ></div>`,
})
export class CommendationChart {
  readonly options = input.required<EChartsCoreOption>();
  readonly bars = input.required<number>();
  readonly label = input.required<string>();
  protected readonly height = computed(() => chartHeight(this.bars()));
}

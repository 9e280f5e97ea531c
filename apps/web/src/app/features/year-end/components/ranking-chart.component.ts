import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { rankingChartHeight } from '../data/ranking-chart';

/** The ranking's bar chart; its numbers are also in the table beside it for screen readers. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  selector: 'tdkt-ranking-chart',
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
export class RankingChart {
  readonly options = input.required<EChartsCoreOption>();
  readonly bars = input.required<number>();
  readonly label = input.required<string>();
  protected readonly height = computed(() => rankingChartHeight(this.bars()));
}

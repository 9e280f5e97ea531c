import { Provider } from '@angular/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { provideEchartsCore } from 'ngx-echarts';

// Only what the app's bar charts use, module by module; imported by lazy features only, so ECharts
// never reaches the initial bundle. Aria gives each series a pattern, so colour is not the only cue.
echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** ECharts for ngx-echarts' `echarts` directive, in the providers of a route or component that draws charts. */
export function provideCharts(): Provider[] {
  return [provideEchartsCore({ echarts })];
}

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportStatistics } from '@tdkt/shared/contracts';
import { provinceName } from '../data/report-figures';

/** Typical advanced examples honoured in the period. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, TranslocoPipe],
  selector: 'tdkt-example-table',
  styleUrl: './figure-table.scss',
  styles: `
    .story {
      min-width: 240px;
    }
    tbody th {
      min-width: 140px;
    }
  `,
  template: `
    @let s = statistics();
    @if (s.cluster.typicalExamples.items.length) {
      <div class="scroll">
        <table>
          <caption>
            {{
              'reports.figures.examples.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reports.figures.examples.name' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.examples.province' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.examples.kind' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.examples.honouredOn' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.examples.story' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (e of s.cluster.typicalExamples.items; track $index) {
              <tr>
                <th scope="row">{{ e.name }}</th>
                <td>{{ provinceName(s, e.provinceCode) }}</td>
                <td>{{ 'reports.figures.recipientKinds.' + e.recipientKind | transloco }}</td>
                <td class="num">{{ e.honouredOn | date: 'dd/MM/yyyy' }}</td>
                <td class="story">{{ e.story ?? '' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty">{{ 'reports.figures.examples.empty' | transloco }}</p>
    }
  `,
})
export class ExampleTable {
  readonly statistics = input.required<ReportStatistics>();
  protected readonly provinceName = provinceName;
}

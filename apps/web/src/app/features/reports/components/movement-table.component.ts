import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportStatistics } from '@tdkt/shared/contracts';

/** Movements running in the period, with what the provinces reported of them. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, DecimalPipe, TranslocoPipe],
  selector: 'tdkt-movement-table',
  styleUrl: './figure-table.scss',
  template: `
    @let m = statistics().cluster.movements;
    @if (m.items.length) {
      <div class="scroll">
        <table>
          <caption>
            {{
              'reports.figures.movements.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reports.figures.movements.name' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.movements.launchedBy' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.movements.time' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.movements.provinces' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.movements.subMovements' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.movements.models' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.movements.participants' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of m.items; track item.id) {
              <tr>
                <th scope="row">{{ item.name }}</th>
                <td>{{ 'reports.figures.movements.launchers.' + item.launchedBy | transloco }}</td>
                <td class="num">
                  {{ item.startsOn | date: 'dd/MM/yyyy' }} –
                  {{ item.endsOn ? (item.endsOn | date: 'dd/MM/yyyy') : ('reports.figures.movements.ongoing' | transloco) }}
                </td>
                <td class="num">{{ item.provincesReporting | number }}</td>
                <td class="num">{{ item.subMovementsLaunched | number }}</td>
                <td class="num">{{ item.modelsBuilt | number }}</td>
                <td class="num">{{ item.participants | number }}</td>
              </tr>
            }
            <tr class="total">
              <th scope="row" colspan="4">{{ 'reports.figures.commendations.clusterTotal' | transloco }}</th>
              <td class="num">{{ m.subMovementsLaunched | number }}</td>
              <td class="num">{{ m.modelsBuilt | number }}</td>
              <td class="num">{{ m.participants | number }}</td>
            </tr>
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty">{{ 'reports.figures.movements.empty' | transloco }}</p>
    }
  `,
})
export class MovementTable {
  readonly statistics = input.required<ReportStatistics>();
}

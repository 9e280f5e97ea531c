import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportStatistics } from '@tdkt/shared/contracts';
import { pledgeProvinceRows } from '../data/report-figures';

/** The pledge: when and where it was signed, each criterion across the cluster, and each province's achievement. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, DecimalPipe, PercentPipe, TranslocoPipe],
  selector: 'tdkt-pledge-figures',
  styleUrl: './figure-table.scss',
  styles: `
    .signed {
      margin: 0 0 16px;
    }
  `,
  template: `
    @let p = statistics().cluster.pledge;
    @if (p.signedOn) {
      <p class="signed">
        @if (p.place) {
          {{ 'reports.figures.pledge.signed' | transloco: { date: (p.signedOn | date: 'dd/MM/yyyy'), place: p.place } }}
        } @else {
          {{ 'reports.figures.pledge.signedNoPlace' | transloco: { date: (p.signedOn | date: 'dd/MM/yyyy') } }}
        }
      </p>
    }
    @if (p.criteria.length) {
      <div class="scroll">
        <table>
          <caption>
            {{
              'reports.figures.pledge.criteriaCaption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reports.figures.pledge.criterion' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.pledge.unit' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.pledge.maxScore' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.pledge.reported' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.pledge.achieved' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.pledge.rate' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of p.criteria; track c.code) {
              <tr>
                <th scope="row">{{ c.code }}. {{ c.name }}</th>
                <td>{{ c.unit ?? '' }}</td>
                <td class="num">{{ c.maxScore | number }}</td>
                <td class="num">{{ c.provincesReported | number }}</td>
                <td class="num">{{ c.provincesAchieved | number }}</td>
                <td class="num">
                  {{ c.averageRate === null ? ('reports.figures.pledge.noRate' | transloco) : (c.averageRate | percent: '1.0-1') }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <div class="scroll">
        <table>
          <caption>
            {{
              'reports.figures.pledge.provinceCaption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reports.figures.pledge.province' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.pledge.achievedCriteria' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.pledge.average' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (r of rows(); track r.name) {
              <tr>
                <th scope="row">{{ r.name }}</th>
                <td class="num">{{ 'reports.figures.pledge.achievedValue' | transloco: { achieved: r.achieved, total: r.criteria } }}</td>
                <td class="num">
                  {{ r.averageRate === null ? ('reports.figures.pledge.noRate' | transloco) : (r.averageRate | percent: '1.0-1') }}
                </td>
              </tr>
            }
            <tr class="total">
              <th scope="row">{{ 'reports.figures.commendations.clusterTotal' | transloco }}</th>
              <td></td>
              <td class="num">
                {{ p.averageRate === null ? ('reports.figures.pledge.noRate' | transloco) : (p.averageRate | percent: '1.0-1') }}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty">{{ 'reports.figures.pledge.none' | transloco }}</p>
    }
  `,
})
export class PledgeFigures {
  readonly statistics = input.required<ReportStatistics>();
  protected readonly rows = computed(() => pledgeProvinceRows(this.statistics()));
}

import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportStatistics } from '@tdkt/shared/contracts';
import { COMMENDATION_KINDS, RECIPIENT_CLASSES, breakdownRows } from '../data/report-figures';

/** The cluster's commendations by title or form, by kind, and individuals by class (Ministry form 0602). */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, PercentPipe, TranslocoPipe],
  selector: 'tdkt-commendation-breakdowns',
  styleUrl: './figure-table.scss',
  styles: `
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
      gap: 0 24px;
    }
  `,
  template: `
    @let s = statistics();
    @if (s.awardTypes.length) {
      <div class="scroll">
        <table>
          <caption>
            {{
              'reports.figures.awardTypes.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reports.figures.awardTypes.name' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.awardTypes.level' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.recipientKinds.COLLECTIVE' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.recipientKinds.INDIVIDUAL' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.recipientKinds.HOUSEHOLD' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.awardTypes.total' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (t of s.awardTypes; track t.code) {
              <tr>
                <th scope="row">{{ t.name }}</th>
                <td>{{ 'reports.figures.levels.' + t.level | transloco }}</td>
                <td class="num">{{ countOf(t.byRecipientKind, 'COLLECTIVE') | number }}</td>
                <td class="num">{{ countOf(t.byRecipientKind, 'INDIVIDUAL') | number }}</td>
                <td class="num">{{ countOf(t.byRecipientKind, 'HOUSEHOLD') | number }}</td>
                <td class="num">{{ t.total | number }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty">{{ 'reports.figures.awardTypes.empty' | transloco }}</p>
    }
    <div class="pair">
      @for (table of tables(); track table.title) {
        <div class="scroll">
          <table>
            <caption>
              {{
                table.title | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'reports.figures.breakdown.code' | transloco }}</th>
                <th scope="col">{{ 'reports.figures.breakdown.count' | transloco }}</th>
                <th scope="col">{{ 'reports.figures.breakdown.share' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (r of table.rows; track r.code) {
                <tr>
                  <th scope="row">{{ table.prefix + r.code | transloco }}</th>
                  <td class="num">{{ r.count | number }}</td>
                  <td class="num">{{ r.share | percent: '1.0-1' }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="3">{{ 'reports.figures.breakdown.empty' | transloco }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </div>
  `,
})
export class CommendationBreakdowns {
  readonly statistics = input.required<ReportStatistics>();
  /** A breakdown map may leave out a zero. */
  protected countOf(map: Readonly<Record<string, number>>, code: string): number {
    return map[code] ?? 0;
  }
  protected readonly tables = computed(() => {
    const c = this.statistics().cluster.commendations;
    const individuals = c.byRecipientKind['INDIVIDUAL'] ?? 0;
    return [
      {
        title: 'reports.figures.breakdown.kindTitle',
        prefix: 'reports.figures.kinds.',
        rows: breakdownRows(c.byKind, COMMENDATION_KINDS, c.total),
      },
      {
        title: 'reports.figures.breakdown.classTitle',
        prefix: 'reports.figures.classes.',
        rows: breakdownRows(c.byRecipientClass, RECIPIENT_CLASSES, individuals),
      },
    ];
  });
}

import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportStatistics } from '@tdkt/shared/contracts';

/** Annual reports: the year-end score table with the ranking, and each closed vote's result (spec §9). */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, PercentPipe, TranslocoPipe],
  selector: 'tdkt-year-end-table',
  styleUrl: './figure-table.scss',
  template: `
    @let y = statistics().yearEnd;
    @if (y?.sheet && y?.scores?.length) {
      <div class="scroll">
        <table>
          <caption>
            {{
              'reports.figures.yearEnd.scoresCaption' | transloco: { max: (y!.sheet!.maxTotal | number: '1.0-2') }
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reports.figures.yearEnd.rank' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.yearEnd.province' | transloco }}</th>
              @for (i of items(); track i.code) {
                <th scope="col" [attr.title]="i.name">{{ i.code }}</th>
              }
              <th scope="col">{{ 'reports.figures.yearEnd.selfTotal' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.yearEnd.total' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (r of y!.scores; track r.provinceCode) {
              <tr>
                <td class="num">{{ r.rank }}</td>
                <th scope="row">{{ r.provinceName }}</th>
                @for (i of items(); track i.code) {
                  <td class="num">{{ scoreOf(r.items, i.code) | number: '1.0-2' }}</td>
                }
                <td class="num">{{ r.selfTotal | number: '1.0-2' }}</td>
                <td class="num">{{ r.total | number: '1.0-2' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
    @for (v of closedVotes(); track v.id) {
      <div class="scroll">
        <table>
          <caption>
            {{
              'reports.figures.yearEnd.voteCaption' | transloco: { title: v.title, cast: v.cast, eligible: v.eligible }
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reports.figures.yearEnd.province' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.yearEnd.votes' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.yearEnd.share' | transloco }}</th>
              <th scope="col">{{ 'reports.figures.yearEnd.result' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (r of v.tally; track r.provinceCode) {
              <tr>
                <th scope="row">{{ r.provinceName }}</th>
                <td class="num">{{ r.votes }}</td>
                <td class="num">{{ r.share | percent: '1.0-1' }}</td>
                <td>{{ (r.elected ? 'reports.figures.yearEnd.elected' : 'reports.figures.yearEnd.notElected') | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p>
        {{
          (v.quorumMet ? 'reports.figures.yearEnd.quorumMet' : 'reports.figures.yearEnd.quorumNotMet')
            | transloco: { award: v.awardTypeName }
        }}
      </p>
    }
    @if (!y || (!y.scores.length && !closedVotes().length)) {
      <p class="empty">{{ 'reports.figures.yearEnd.empty' | transloco }}</p>
    }
  `,
})
export class YearEndTable {
  readonly statistics = input.required<ReportStatistics>();
  protected readonly items = computed(() => {
    const sheet = this.statistics().yearEnd?.sheet;
    return sheet ? [...sheet.criteria, ...sheet.bonuses, ...sheet.deductions] : [];
  });
  /** An item the province was not scored on (a bonus it did not claim) counts 0. */
  protected scoreOf(items: Record<string, number>, code: string): number {
    return code in items ? items[code] : 0;
  }
  protected readonly closedVotes = computed(() => (this.statistics().yearEnd?.votes ?? []).filter((v) => v.status === 'CLOSED'));
}

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PledgeView } from '@tdkt/shared/contracts';
import { LoadState, dataOf } from '../../../core/data/load-state';
import { StateMessage } from '../../../ui/state-message.component';

/** The pledge whose results are imported: a year (the API's filter), then one of that year's pledges the user can see. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatFormFieldModule, MatSelectModule, StateMessage, TranslocoPipe],
  selector: 'tdkt-pledge-picker',
  styles: `
    .fields {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
    }
    .year {
      flex: 0 1 160px;
    }
    .pledge {
      flex: 1 1 360px;
    }
  `,
  template: `
    @let list = loaded();
    <div class="fields">
      <mat-form-field class="year">
        <mat-label>{{ 'imports.pledge.year' | transloco }}</mat-label>
        <mat-select data-field="pledgeYear" [value]="year()" [disabled]="disabled()" (valueChange)="yearChange.emit($event)">
          @for (y of years(); track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (list?.length) {
        <mat-form-field class="pledge">
          <mat-label>{{ 'imports.pledge.label' | transloco }}</mat-label>
          <mat-select data-field="pledge" [value]="pledge()?.id ?? null" [disabled]="disabled()" (valueChange)="pledgeChange.emit($event)">
            @for (p of list; track p.id) {
              <mat-option [value]="p.id">
                {{
                  'imports.pledge.option' | transloco: { cluster: p.clusterCode, year: p.year, signedOn: p.signedOn | date: 'dd/MM/yyyy' }
                }}
              </mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'imports.pledge.hint' | transloco }}</mat-hint>
        </mat-form-field>
      }
    </div>
    @if (pledges()?.status === 'loading') {
      <tdkt-state-message kind="loading" [message]="'imports.pledge.loading' | transloco" />
    } @else if (error(); as error) {
      <tdkt-state-message
        kind="error"
        [message]="('imports.pledge.failed' | transloco) + ' ' + (error.messageKey | transloco: { status: error.status })"
        [detail]="error.serverMessage"
        (retry)="retry.emit()"
      />
    } @else if (list && !list.length) {
      <tdkt-state-message kind="empty" [message]="'imports.pledge.none' | transloco: { year: year() }" />
    }
  `,
})
export class PledgePicker {
  readonly years = input.required<readonly number[]>();
  readonly year = input.required<number>();
  readonly pledges = input.required<LoadState<PledgeView[]> | null>();
  readonly pledge = input<PledgeView | null>(null);
  readonly disabled = input(false);
  readonly yearChange = output<number>();
  readonly pledgeChange = output<string>();
  readonly retry = output<void>();

  protected readonly loaded = computed(() => dataOf(this.pledges()));
  protected readonly error = computed(() => {
    const state = this.pledges();
    return state?.status === 'error' ? state.error : null;
  });
}

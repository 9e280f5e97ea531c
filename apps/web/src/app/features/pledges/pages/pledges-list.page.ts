import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { PledgesListStore } from '../data/pledges-list.store';

/** Years offered by the filter: the current one back to 2018. */
function recentYears(): number[] {
  const current = currentYearInVietnam();
  return Array.from({ length: current - 2017 }, (_, i) => current - i);
}

/** `/pledges`: the cluster's emulation pledges, newest year first. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-pledges-list-page',
  styleUrl: './pledges-list.page.scss',
  templateUrl: './pledges-list.page.html',
})
export class PledgesListPage {
  protected readonly store = inject(PledgesListStore);
  protected readonly years = recentYears();
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { AwardLevelFilter } from '../components/award-level-filter.component';
import { AwardTypeTable } from '../components/award-type-table.component';
import { AwardTypesStore } from '../data/award-types.store';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, AwardLevelFilter, AwardTypeTable, StateMessage, TranslocoPipe],
  selector: 'tdkt-award-types-page',
  styleUrl: './award-types.page.scss',
  templateUrl: './award-types.page.html',
})
export class AwardTypesPage {
  protected readonly store = inject(AwardTypesStore);
}

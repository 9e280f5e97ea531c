import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { ProvinceTable } from '../components/province-table.component';
import { ValidOnFilter } from '../components/valid-on-filter.component';
import { ProvincesStore } from '../data/provinces.store';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ProvinceTable,
    StateMessage,
    TranslocoPipe,
    ValidOnFilter,
  ],
  selector: 'tdkt-provinces-page',
  styleUrl: './provinces.page.scss',
  templateUrl: './provinces.page.html',
})
export class ProvincesPage {
  protected readonly store = inject(ProvincesStore);

  protected search(event: Event): void {
    this.store.query.set((event.target as HTMLInputElement).value);
  }
}

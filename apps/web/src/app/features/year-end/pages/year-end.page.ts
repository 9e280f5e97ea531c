import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { YEARS_BACK, YearEndStore } from '../data/year-end.store';

/** The year-end pages' tabs, in the order of the review. */
export const YEAR_END_TABS = [
  { path: 'sheet', labelKey: 'yearEnd.tabs.sheet' },
  { path: 'scores', labelKey: 'yearEnd.tabs.scores' },
  { path: 'ranking', labelKey: 'yearEnd.tabs.ranking' },
  { path: 'votes', labelKey: 'yearEnd.tabs.votes' },
] as const;

/** A year from the address bar, or null when absent or not a plausible year. */
export function parseYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** `/year-end/…`: the year and the cluster the review is about, and the tabs of its steps. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    MatFormFieldModule,
    MatSelectModule,
    MatTabsModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-year-end-page',
  styleUrl: './year-end.page.scss',
  templateUrl: './year-end.page.html',
})
export class YearEndPage {
  /** Query parameter: the year is kept in the address so a link can point at it. */
  readonly year = input<string>();

  protected readonly store = inject(YearEndStore);
  private readonly router = inject(Router);
  protected readonly tabs = YEAR_END_TABS;
  protected readonly years = computed(() => {
    const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => this.store.currentYear + 1 - i);
    const shown = this.store.year();
    return years.includes(shown) ? years : [...years, shown].sort((a, b) => b - a);
  });

  constructor() {
    effect(() => this.store.requestedYear.set(parseYear(this.year())));
  }

  protected chooseYear(year: number): void {
    void this.router.navigate([], { queryParams: { year, province: null }, queryParamsHandling: 'merge' });
  }
}

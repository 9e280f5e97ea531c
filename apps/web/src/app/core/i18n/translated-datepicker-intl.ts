import { Injectable, Provider, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';

/** The datepicker's screen-reader labels, in the interface language. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco
      .selectTranslateObject<Record<string, string>>('datepicker')
      .pipe(takeUntilDestroyed())
      .subscribe((t) => {
        this.calendarLabel = t['calendar'];
        this.openCalendarLabel = t['open'];
        this.closeCalendarLabel = t['close'];
        this.prevMonthLabel = t['prevMonth'];
        this.nextMonthLabel = t['nextMonth'];
        this.prevYearLabel = t['prevYear'];
        this.nextYearLabel = t['nextYear'];
        this.prevMultiYearLabel = t['prevYears'];
        this.nextMultiYearLabel = t['nextYears'];
        this.switchToMonthViewLabel = t['monthView'];
        this.switchToMultiYearViewLabel = t['multiYearView'];
        this.changes.next();
      });
  }
}

/** For the routes whose pages hold a datepicker. */
export function provideDatepickerI18n(): Provider {
  return { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl };
}

import { Injectable, Provider, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** Every paginator's labels in the interface language; the range reads "21 – 40 trong tổng số 45". */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);
  private range = { of: '/', empty: '0', locale: 'vi-VN' };

  constructor() {
    super();
    this.transloco
      .selectTranslateObject<Record<string, string>>('paginator')
      .pipe(takeUntilDestroyed())
      .subscribe((t) => {
        this.itemsPerPageLabel = t['itemsPerPage'];
        this.nextPageLabel = t['next'];
        this.previousPageLabel = t['previous'];
        this.firstPageLabel = t['first'];
        this.lastPageLabel = t['last'];
        this.range = { of: t['of'], empty: t['empty'], locale: this.transloco.getActiveLang() === 'en' ? 'en-US' : 'vi-VN' };
        this.changes.next();
      });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return this.range.empty;
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    const format = (n: number) => n.toLocaleString(this.range.locale);
    return `${format(start + 1)} – ${format(end)} ${this.range.of} ${format(length)}`;
  };
}

/** Provided once with the app's i18n, so no list page can show Material's English labels. */
export function providePaginatorI18n(): Provider {
  return { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl };
}

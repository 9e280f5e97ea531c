import { Injectable, Provider, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';
import { combineLatest } from 'rxjs';

/** The paginator's labels in the interface language, from the commendations scope (loaded with it). */
@Injectable()
export class CommendationsPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);
  private range = { of: '/', empty: '0' };

  constructor() {
    super();
    const t = (key: string) => this.transloco.selectTranslate<string>(`paginator.${key}`, {}, { scope: 'commendations' });
    combineLatest([t('itemsPerPage'), t('next'), t('previous'), t('first'), t('last'), t('of'), t('empty')])
      .pipe(takeUntilDestroyed())
      .subscribe(([itemsPerPage, next, previous, first, last, of, empty]) => {
        this.itemsPerPageLabel = itemsPerPage;
        this.nextPageLabel = next;
        this.previousPageLabel = previous;
        this.firstPageLabel = first;
        this.lastPageLabel = last;
        this.range = { of, empty };
        this.changes.next();
      });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return this.range.empty;
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    const format = (n: number) => n.toLocaleString('vi-VN');
    return `${format(start + 1)} – ${format(end)} ${this.range.of} ${format(length)}`;
  };
}

export function provideCommendationsPaginatorIntl(): Provider {
  return { provide: MatPaginatorIntl, useClass: CommendationsPaginatorIntl };
}

import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest } from 'rxjs';

/** Route titles are translation keys; the document title follows the page and the language. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly key = new BehaviorSubject<string | undefined>(undefined);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    combineLatest([this.key, this.transloco.selectTranslation()])
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(([key]) => {
        const product = this.transloco.translate('app.name');
        this.title.setTitle(key ? `${this.transloco.translate(key)} · ${product}` : product);
      });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key.next(this.buildTitle(snapshot));
  }
}

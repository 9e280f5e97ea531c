import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../core/i18n/language.service';
import { LANGUAGES } from '../core/i18n/languages';

/** Toolbar menu to change the interface language; the choice is remembered on this browser. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  selector: 'tdkt-language-switcher',
  styles: `
    .code {
      text-transform: uppercase;
    }
  `,
  template: `
    <button
      mat-button
      type="button"
      class="trigger"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'language.change' | transloco: { code: languages.language(), name: ('language.' + languages.language() | transloco) }"
    >
      <mat-icon svgIcon="language" aria-hidden="true" />
      <span class="code" aria-hidden="true">{{ languages.language() }}</span>
    </button>
    <mat-menu #menu="matMenu" [ariaLabel]="'language.label' | transloco">
      @for (language of options; track language) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.aria-checked]="language === languages.language()"
          [attr.lang]="language"
          [attr.data-language]="language"
          (click)="languages.use(language)"
        >
          {{ 'language.' + language | transloco }}
        </button>
      }
    </mat-menu>
  `,
})
export class LanguageSwitcher {
  protected readonly languages = inject(LanguageService);
  protected readonly options = LANGUAGES;
}

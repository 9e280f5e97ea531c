import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, linkedSignal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { distinctUntilChanged, filter, map, skip } from 'rxjs';
import { AuthService } from './core/auth/auth.service';
import { LanguageSwitcher } from './layout/language-switcher.component';
import { HOME_NAV_ITEM, navItemsFor } from './layout/nav-items';
import { UserMenu } from './layout/user-menu.component';

/** Below this width the navigation slides over the content instead of sitting beside it. */
const COMPACT_LAYOUT = '(max-width: 959.98px)';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LanguageSwitcher,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
    UserMenu,
  ],
  selector: 'tdkt-root',
  styleUrl: './app.scss',
  templateUrl: './app.html',
})
export class App {
  /** Signed out, the shell is only the bar and the sign-in page: no navigation to pages that need a session. */
  private readonly auth = inject(AuthService);
  protected readonly signedIn = this.auth.signedIn;
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Whether the navigation shows: beside the content on wide screens, on request on narrow ones. */
  protected readonly navOpened = linkedSignal(() => !this.compact());
  /** Only what the user's roles can open: a province officer is not shown the users page. */
  protected readonly navItems = computed(() => [HOME_NAV_ITEM, ...navItemsFor(this.auth.user()?.roles ?? [])]);
  private readonly sidenav = viewChild(MatSidenav);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    // A new page moves focus to its content, as a page load would, so a screen reader starts there;
    // a changed query string (filters, paging) is the same page and keeps focus where the user is.
    inject(Router)
      .events.pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        distinctUntilChanged(),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => setTimeout(() => this.focusMain()));
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.host.nativeElement.querySelector<HTMLElement>('#main')?.focus();
  }

  protected closeIfCompact(): void {
    if (this.compact()) void this.sidenav()?.close();
  }

  protected toggleNav(): void {
    void this.sidenav()?.toggle();
  }
}

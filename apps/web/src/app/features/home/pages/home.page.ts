import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../../core/auth/auth.service';
import { navItemsFor } from '../../../layout/nav-items';
import { SystemStatus } from '../components/system-status.component';
import { HealthStore } from '../data/health.store';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule, RouterLink, SystemStatus, TranslocoPipe],
  providers: [HealthStore],
  selector: 'tdkt-home-page',
  styleUrl: './home.page.scss',
  templateUrl: './home.page.html',
})
export class HomePage {
  protected readonly health = inject(HealthStore);
  private readonly auth = inject(AuthService);
  protected readonly sections = computed(() => navItemsFor(this.auth.user()?.roles ?? []));
}

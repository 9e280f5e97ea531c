import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { LoadState } from '../../../core/data/load-state';
import { ApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { Health } from '../data/health.service';

/** The API's health: running or not, which database engine, whether the database answers. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, MatButtonModule, MatCardModule, MatIconModule, StateMessage, TranslocoPipe],
  selector: 'tdkt-system-status',
  styles: `
    .ok {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface);
    }
    .ok mat-icon {
      color: #146c2e;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 8px 24px;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    mat-card-actions {
      gap: 8px;
    }
  `,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title>
          <h2>{{ 'home.status.title' | transloco }}</h2>
        </mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @switch (state().status) {
          @case ('loading') {
            <tdkt-state-message kind="loading" [message]="'home.status.checking' | transloco" />
          }
          @case ('error') {
            @if (error(); as error) {
              <tdkt-api-error-message [error]="error" (retry)="refresh.emit()" />
            }
          }
          @case ('ready') {
            @if (health(); as health) {
              <p class="ok" role="status">
                <mat-icon svgIcon="ok" aria-hidden="true" />
                {{ 'home.status.ok' | transloco }}
              </p>
              <dl>
                <dt>{{ 'home.status.engine' | transloco }}</dt>
                <dd data-field="engine">{{ 'home.status.engines.' + health.engine | transloco }}</dd>
                <dt>{{ 'home.status.database' | transloco }}</dt>
                <dd data-field="database">{{ 'home.status.databaseStates.' + health.database | transloco }}</dd>
                <dt>{{ 'home.status.version' | transloco }}</dt>
                <dd data-field="version">{{ health.version }}</dd>
              </dl>
            }
          }
        }
      </mat-card-content>
      <mat-card-actions>
        <button mat-button type="button" (click)="refresh.emit()" [disabled]="state().status === 'loading'">
          <mat-icon svgIcon="refresh" aria-hidden="true" />
          {{ 'home.status.refresh' | transloco }}
        </button>
        <a mat-button href="/api/docs" target="_blank" rel="noopener">{{ 'home.status.apiDocs' | transloco }}</a>
      </mat-card-actions>
    </mat-card>
  `,
})
export class SystemStatus {
  readonly state = input.required<LoadState<Health>>();
  readonly refresh = output<void>();

  protected readonly health = computed<Health | null>(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data : null;
  });
  protected readonly error = computed<ApiError | null>(() => {
    const state = this.state();
    return state.status === 'error' ? state.error : null;
  });
}

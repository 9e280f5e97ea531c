import { ChangeDetectionStrategy, Component, OnInit, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { CommendationFindingsView, RecipientMatchView } from '@tdkt/shared/contracts';
import { LoadState, LOADING, toLoadState } from '../../../core/data/load-state';
import { toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { FindingsService } from '../data/findings.service';

/**
 * The records the rules took as the same recipient (or a namesake they did not), for the reviewer to
 * confirm or reject; the rules re-run on the server after each decision.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, MatButtonModule, RouterLink, StateMessage, TranslocoPipe],
  selector: 'tdkt-recipient-matches',
  styles: `
    :host {
      display: block;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 6px 8px;
      border-top: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
    }
    .actions {
      white-space: nowrap;
    }
    .decision {
      font: var(--mat-sys-label-large);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  template: `
    @let s = state();
    @switch (s.status) {
      @case ('loading') {
        <tdkt-state-message kind="loading" [message]="'findings.matches.loading' | transloco" />
      }
      @case ('error') {
        <tdkt-api-error-message [error]="s.error" (retry)="load()" />
      }
      @case ('ready') {
        @if (s.data.matches.length) {
          <div class="scroll">
            <table [attr.aria-label]="'findings.matches.tableLabel' | transloco: { name: recipientName() }">
              <thead>
                <tr>
                  <th scope="col">{{ 'findings.matches.record' | transloco }}</th>
                  <th scope="col">{{ 'findings.matches.organization' | transloco }}</th>
                  <th scope="col">{{ 'findings.matches.award' | transloco }}</th>
                  <th scope="col">{{ 'findings.matches.year' | transloco }}</th>
                  <th scope="col">{{ 'findings.matches.decision' | transloco }}</th>
                  <th scope="col">
                    <span class="tdkt-visually-hidden">{{ 'findings.matches.actions' | transloco }}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (m of s.data.matches; track m.commendationId) {
                  <tr>
                    <td>
                      <a [routerLink]="['/commendations', m.commendationId]">{{ m.recipientName }}</a>
                      ({{ m.provinceCode }})
                    </td>
                    <td>{{ m.organization ?? ('findings.matches.noOrganization' | transloco) }}</td>
                    <td>{{ awardNames().get(m.awardTypeCode) ?? m.awardTypeCode }}</td>
                    <td>{{ m.achievementYear ?? '—' }}</td>
                    <td class="decision">{{ 'findings.matches.decisions.' + m.decision | transloco }}</td>
                    <td class="actions">
                      @if (canDecide()) {
                        @if (m.decision !== 'CONFIRMED') {
                          <button
                            mat-stroked-button
                            type="button"
                            [disabled]="busy()"
                            (click)="decide(m, 'CONFIRMED')"
                            [attr.aria-label]="'findings.matches.confirmLabel' | transloco: { record: recordLabel(m) }"
                          >
                            {{ 'findings.matches.confirm' | transloco }}
                          </button>
                        }
                        @if (m.decision !== 'REJECTED') {
                          <button
                            mat-button
                            type="button"
                            [disabled]="busy()"
                            (click)="decide(m, 'REJECTED')"
                            [attr.aria-label]="'findings.matches.rejectLabel' | transloco: { record: recordLabel(m) }"
                          >
                            {{ 'findings.matches.reject' | transloco }}
                          </button>
                        }
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <tdkt-state-message kind="empty" [message]="'findings.matches.empty' | transloco" />
        }
        @if (decideError(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
      }
    }
  `,
})
export class RecipientMatches implements OnInit {
  readonly commendationId = input.required<string>();
  readonly recipientName = input.required<string>();
  readonly awardNames = input<ReadonlyMap<string, string>>(new Map());
  readonly canDecide = input(false);
  /** A decision was recorded: the findings may have changed. */
  readonly decided = output<void>();

  private readonly api = inject(FindingsService);
  private readonly transloco = inject(TranslocoService);
  protected readonly state = signal<LoadState<CommendationFindingsView>>(LOADING);
  protected readonly busy = signal(false);
  protected readonly decideError = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    toLoadState(this.api.forCommendation(this.commendationId())).subscribe((s) => this.state.set(s));
  }

  /** Which row a decision button is about, for screen readers: the buttons repeat on every row. */
  protected recordLabel(m: RecipientMatchView): string {
    return [m.recipientName, this.awardNames().get(m.awardTypeCode) ?? m.awardTypeCode, m.achievementYear].filter(Boolean).join(', ');
  }

  protected decide(match: RecipientMatchView, decision: 'CONFIRMED' | 'REJECTED'): void {
    this.busy.set(true);
    this.decideError.set(null);
    this.api.decideMatch(this.commendationId(), match.commendationId, { decision }).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.state.set({ status: 'ready', data: view });
        this.decided.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = toApiError(error);
        this.decideError.set(apiError.serverMessage ?? this.transloco.translate(apiError.messageKey, { status: apiError.status }));
      },
    });
  }
}

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CommendationView } from '@tdkt/shared/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { DossierPanel } from '../components/dossier-panel.component';
import { FindingsList } from '../components/findings-list.component';
import { StatusChip } from '../components/status-chip.component';
import { WorkflowActions } from '../components/workflow-actions.component';
import { CommendationsService } from '../data/commendations.service';
import { isCentralLevel, isEditable } from '../data/workflow';

/** `/commendations/:id`: every field, the decision, the dossier, the findings, the audit trail link and the workflow steps. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    DossierPanel,
    FindingsList,
    MatButtonModule,
    MatIconModule,
    RouterLink,
    StateMessage,
    StatusChip,
    TranslocoPipe,
    WorkflowActions,
  ],
  selector: 'tdkt-commendation-detail-page',
  styleUrl: './commendation-detail.page.scss',
  templateUrl: './commendation-detail.page.html',
})
export class CommendationDetailPage {
  /** Route parameter (optional only because the loaders read it before the router sets it). */
  readonly id = input<string>();

  private readonly api = inject(CommendationsService);
  private readonly auth = inject(AuthService);
  protected readonly roles = this.auth.roles;

  private readonly attempt = signal(0);
  private readonly loaded = loadOnChange(
    computed(() => this.request(this.attempt())),
    ({ id }) => this.api.get(id),
  );
  /** The record as a workflow step returned it, newer than the one loaded. */
  private readonly updated = signal<CommendationView | null>(null);
  protected readonly state = computed<LoadState<CommendationView>>(() => {
    const loaded = this.loaded() ?? LOADING;
    const updated = this.updated();
    return updated && loaded.status === 'ready' && updated.id === loaded.data.id ? { status: 'ready', data: updated } : loaded;
  });

  private readonly findingsAttempt = signal(0);
  private readonly findingsLoaded = loadOnChange(
    computed(() => this.request(this.findingsAttempt())),
    ({ id }) => this.api.findings(id),
  );
  protected readonly findings = computed(() => this.findingsLoaded() ?? LOADING);

  /** The linked movement's name; the record only carries its id. */
  private readonly movementLoaded = loadOnChange(
    computed(() => dataOf(this.state())?.movementId ?? null),
    (id) => this.api.movement(id),
  );
  protected readonly movementName = computed(() => dataOf(this.movementLoaded())?.name ?? null);

  protected readonly canEdit = (record: CommendationView): boolean => this.roles().includes('PROVINCE_STAFF') && isEditable(record);
  protected readonly central = (record: CommendationView): boolean => isCentralLevel(record.level);
  protected readonly disciplineRecorded = (record: CommendationView): boolean =>
    !!record.disciplineUntil || typeof record.pendingReview === 'boolean' || typeof record.memberWarnedOrAbove === 'boolean';
  /** A recorded yes or no, or "not recorded" (null): the discipline facts of R-DISCIPLINE-FREEZE. */
  protected readonly answer = (value: boolean | null | undefined): 'yes' | 'no' | 'notRecorded' =>
    value === true ? 'yes' : value === false ? 'no' : 'notRecorded';
  /** The audit page's filter names (AuditQueryDto: entity, entityId). */
  protected readonly auditParams = computed(() => ({ entity: 'commendation', entityId: this.id() ?? '' }));
  /** A step was just taken: says so until the next one. */
  protected readonly done = signal<string | null>(null);

  private request(attempt: number): { id: string; attempt: number } | null {
    const id = this.id();
    return id ? { id, attempt } : null;
  }

  protected retry(): void {
    this.updated.set(null);
    this.attempt.update((n) => n + 1);
    this.findingsAttempt.update((n) => n + 1);
  }

  protected retryFindings(): void {
    this.findingsAttempt.update((n) => n + 1);
  }

  protected changed(record: CommendationView): void {
    this.updated.set(record);
    this.done.set(record.status);
    // The rules run again with every change.
    this.findingsAttempt.update((n) => n + 1);
  }
}

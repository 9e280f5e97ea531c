import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ClusterMemberView } from '@tdkt/shared/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { StateMessage } from '../../../ui/state-message.component';
import { MEETING_LIMITS, MEETING_PERIODS, meetingForm, toCreateMeetingDto, yearChoices } from '../data/meeting-form';
import { MeetingsService } from '../data/meetings.service';
import { MeetingsStore } from '../data/meetings.store';

/** `/meetings/new`: the chair records a meeting of their cluster. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-meeting-new-page',
  styleUrl: './meeting-new.page.scss',
  templateUrl: './meeting-new.page.html',
})
export class MeetingNewPage {
  protected readonly store = inject(MeetingsStore);
  private readonly api = inject(MeetingsService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  protected readonly form = meetingForm(this.store.currentYear);
  protected readonly periods = MEETING_PERIODS;
  protected readonly limits = MEETING_LIMITS;
  protected readonly years = yearChoices(this.store.currentYear);
  protected readonly saving = signal(false);
  /** Server messages that belong to no field. */
  protected readonly banner = signal<string[]>([]);
  protected readonly serverErrorOf = serverErrorOf;

  /** The possible hosts: the cluster's members in the meeting's year. */
  protected readonly hosts = toSignal(
    this.form.controls.year.valueChanges.pipe(
      startWith(this.form.controls.year.value),
      switchMap((year) => {
        const code = this.store.clusterCode();
        return code
          ? this.api.members(code, year).pipe(
              map((members): ClusterMemberView[] | 'error' =>
                [...members].sort((a, b) => a.provinceName.localeCompare(b.provinceName, 'vi')),
              ),
              catchError(() => of('error' as const)),
            )
          : of([] as ClusterMemberView[]);
      }),
    ),
  );
  protected readonly hostsError = computed(() => this.hosts() === 'error');
  protected readonly hostOptions = computed(() => {
    const hosts = this.hosts();
    return Array.isArray(hosts) ? hosts : [];
  });
  protected save(): void {
    this.banner.set([]);
    const clusterCode = this.store.clusterCode();
    if (this.form.invalid || !clusterCode) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.saving.set(true);
    this.api.create(toCreateMeetingDto(this.form, clusterCode)).subscribe({
      next: (meeting) => {
        this.saving.set(false);
        this.store.recorded(meeting);
        void this.router.navigate(['/meetings']);
      },
      error: (e: unknown) => {
        this.saving.set(false);
        const error = toApiError(e);
        const unplaced = applyServerErrors(this.form, error);
        const fallback = error.fieldErrors.length ? [] : [this.transloco.translate(error.messageKey, { status: error.status })];
        this.banner.set(unplaced.length ? unplaced : fallback);
        this.focusFirstInvalid();
      },
    });
  }

  private focusFirstInvalid(): void {
    queueMicrotask(() => document.querySelector<HTMLElement>('form .ng-invalid[data-field]')?.focus());
  }
}

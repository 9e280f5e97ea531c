import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ClusterMemberView, MeetingView } from '@tdkt/shared/contracts';
import { Observable, catchError, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import { VersionedEdit } from '../../../core/forms/versioned-edit';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import {
  MEETING_LIMITS,
  MEETING_PERIODS,
  meetingForm,
  meetingFormValue,
  toCreateMeetingDto,
  toUpdateMeetingBody,
  yearChoices,
} from '../data/meeting-form';
import { MeetingsService } from '../data/meetings.service';
import { MeetingsStore } from '../data/meetings.store';

/** `/meetings/new` and `/meetings/:id/edit`: the chair records, or corrects, a meeting of their cluster. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
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
  selector: 'tdkt-meeting-form-page',
  styleUrl: './meeting-form.page.scss',
  templateUrl: './meeting-form.page.html',
})
export class MeetingFormPage {
  /** The meeting to correct (`/meetings/:id/edit`); none on `/meetings/new`. */
  readonly id = input<string>();

  protected readonly store = inject(MeetingsStore);
  private readonly api = inject(MeetingsService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly form = meetingForm(this.store.currentYear);
  protected readonly periods = MEETING_PERIODS;
  protected readonly limits = MEETING_LIMITS;
  protected readonly saving = signal(false);

  private readonly edit = new VersionedEdit<MeetingView>({
    fetch: (id) => this.api.get(id),
    fill: (record) => {
      this.form.reset(meetingFormValue(record));
    },
    busy: this.saving,
    resolved: () => this.conflict.set(false),
    failed: (error) => this.refuse(error),
    destroyRef: this.destroyRef,
  });
  /** The record being edited, as last read from the server. */
  protected readonly record = this.edit.record;
  /** The user chose to keep their input over a newer version: the next save replaces it knowingly. */
  protected readonly overwriting = this.edit.overwriting;
  /** Server messages that belong to no field. */
  protected readonly banner = signal<string[]>([]);
  /** Someone saved the meeting since it was read: the typed input stays until the user chooses. */
  protected readonly conflict = signal(false);
  protected readonly serverErrorOf = serverErrorOf;

  private readonly loadAttempt = signal(0);
  private readonly loaded = loadOnChange(
    computed(() => {
      const id = this.id();
      return id ? { id, attempt: this.loadAttempt() } : null;
    }),
    ({ id }) => this.api.get(id),
  );
  /** Null on `/meetings/new`. */
  protected readonly recordState = computed<LoadState<MeetingView> | null>(() => (this.id() ? (this.loaded() ?? LOADING) : null));
  protected readonly editing = computed(() => !!this.id());
  protected readonly loadError = computed(() => {
    const state = this.recordState();
    return state?.status === 'error' ? state.error : null;
  });
  /** Only the chair of the meeting's cluster may correct it. */
  protected readonly allowed = computed(() => {
    const record = this.record();
    return this.store.canCreate() && (!record || this.store.canEdit(record));
  });
  /** An older meeting's year stays selectable. */
  protected readonly years = computed(() => {
    const years = yearChoices(this.store.currentYear);
    const year = this.record()?.year;
    return year && !years.includes(year) ? [...years, year].sort((a, b) => b - a) : years;
  });

  /** The possible hosts: the cluster's members in the meeting's year. */
  protected readonly hosts = toSignal(
    this.form.controls.year.valueChanges.pipe(
      startWith(this.form.controls.year.value),
      // Filling the form again (a reload) keeps the year: no new request.
      distinctUntilChanged(),
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
    const options = Array.isArray(hosts) ? hosts : [];
    // A recorded host that is no longer listed (another year's members) stays selectable.
    const record = this.record();
    return record && !options.some((h) => h.provinceCode === record.hostProvinceCode)
      ? [...options, { provinceCode: record.hostProvinceCode, provinceName: record.hostProvinceName } as ClusterMemberView]
      : options;
  });

  constructor() {
    effect(() => {
      const state = this.loaded();
      if (state?.status === 'ready' && !untracked(this.record)) this.edit.load(state.data);
    });
  }

  protected retryLoad(): void {
    this.loadAttempt.update((n) => n + 1);
  }

  protected save(): void {
    if (this.saving()) return;
    this.banner.set([]);
    const clusterCode = this.store.clusterCode();
    const record = this.record();
    if (this.form.invalid || !clusterCode) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const request: Observable<MeetingView> = record
      ? this.api.update(record.id, toUpdateMeetingBody(this.form, record))
      : this.api.create(toCreateMeetingDto(this.form, clusterCode));
    this.saving.set(true);
    this.conflict.set(false);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (meeting) => {
        this.saving.set(false);
        this.form.markAsPristine();
        this.store.recorded(meeting);
        void this.router.navigate(['/meetings']);
      },
      error: (e: unknown) => {
        this.saving.set(false);
        this.refuse(toApiError(e));
      },
    });
  }

  /** Replaces what was typed with the record as it is now on the server. */
  protected reloadLatest(): void {
    this.edit.reloadLatest();
  }

  /** Keeps what was typed and takes the newer version, so the next save replaces it knowingly. */
  protected keepMine(): void {
    this.edit.keepMine();
  }

  private refuse(error: ApiError): void {
    if (error.code === 'VERSION_CONFLICT') {
      this.conflict.set(true);
      return;
    }
    const unplaced = applyServerErrors(this.form, error);
    const fallback = error.fieldErrors.length ? [] : [this.transloco.translate(error.messageKey, { status: error.status })];
    this.banner.set(unplaced.length ? unplaced : fallback);
    this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    queueMicrotask(() => document.querySelector<HTMLElement>('form .ng-invalid[data-field]')?.focus());
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingView, MovementView, TypicalExampleView } from '@tdkt/shared/contracts';
import { Observable, catchError, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import { VersionedEdit } from '../../../core/forms/versioned-edit';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { RefusalBanner } from '../../../ui/refusal-banner.component';
import { ExampleForm, buildExampleForm, errorKeyOf, exampleFormValue, toExampleBody, toExampleUpdateBody } from '../data/example-form';
import { TypicalExamplesService } from '../data/typical-examples.service';
import { distinctProvinces } from '../data/typical-examples-list.store';

type FieldName = keyof ExampleForm['controls'];

/** `/typical-examples/new` and `/typical-examples/:id/edit`: records, or corrects, a typical advanced example of the officer's province. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    RefusalBanner,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-typical-example-form-page',
  styleUrl: './typical-example-form.page.scss',
  templateUrl: './typical-example-form.page.html',
})
export class TypicalExampleFormPage {
  /** The example to correct (`:id/edit`); none on `new`. */
  readonly id = input<string>();

  private readonly api = inject(TypicalExamplesService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly allowed = computed(() => this.auth.hasRole('PROVINCE_STAFF') && !!this.auth.user()?.provinceCode);
  protected readonly form = buildExampleForm(this.auth.user()?.provinceCode ?? null);
  protected readonly kinds = ['INDIVIDUAL', 'COLLECTIVE'] as const;

  /** The year of the honour date picks which movements and meetings are offered. */
  private readonly year$ = this.form.controls.honouredOn.valueChanges.pipe(
    startWith(this.form.controls.honouredOn.value),
    map((d) => (d instanceof Date && !Number.isNaN(d.getTime()) ? d.getFullYear() : null)),
    distinctUntilChanged(),
  );
  protected readonly year = toSignal(this.year$, { initialValue: null });
  protected readonly movements = toSignal(
    this.year$.pipe(
      switchMap((year) =>
        year
          ? this.api.movements(year).pipe(
              map((p) => p.items),
              catchError(() => of<MovementView[]>([])),
            )
          : of<MovementView[]>([]),
      ),
    ),
    { initialValue: [] },
  );
  protected readonly meetings = toSignal(
    this.year$.pipe(
      switchMap((year) => (year ? this.api.meetings(year).pipe(catchError(() => of<MeetingView[]>([]))) : of<MeetingView[]>([]))),
    ),
    { initialValue: [] },
  );
  protected readonly provinces = toSignal(
    this.api.provinces(null).pipe(
      map(distinctProvinces),
      catchError(() => of<{ code: string; name: string }[]>([])),
    ),
    { initialValue: [] as { code: string; name: string }[] },
  );

  protected readonly saving = signal(false);

  private readonly edit = new VersionedEdit<TypicalExampleView>({
    fetch: (id) => this.api.get(id),
    fill: (record) => {
      this.form.reset(exampleFormValue(record));
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
  protected readonly submitted = signal(false);
  protected readonly refusal = signal<{ error: ApiError; messages: string[] } | null>(null);
  /** Someone saved the example since it was read: the typed input stays until the user chooses. */
  protected readonly conflict = signal(false);

  private readonly loadAttempt = signal(0);
  private readonly loaded = loadOnChange(
    computed(() => {
      const id = this.id();
      return id ? { id, attempt: this.loadAttempt() } : null;
    }),
    ({ id }) => this.api.get(id),
  );
  /** Null on `new`. */
  protected readonly recordState = computed<LoadState<TypicalExampleView> | null>(() => (this.id() ? (this.loaded() ?? LOADING) : null));
  protected readonly loadError = computed(() => {
    const state = this.recordState();
    return state?.status === 'error' ? state.error : null;
  });
  protected readonly editing = computed(() => !!this.id());

  constructor() {
    effect(() => {
      const state = this.loaded();
      if (state?.status === 'ready' && !untracked(this.record)) this.edit.load(state.data);
    });
  }

  protected retryLoad(): void {
    this.loadAttempt.update((n) => n + 1);
  }

  protected errorKey(name: FieldName): string | null {
    const control = this.form.controls[name];
    return control.touched || this.submitted() ? errorKeyOf(control) : null;
  }

  protected serverError(name: FieldName): string | null {
    return serverErrorOf(this.form.controls[name]);
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    this.refusal.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.ng-invalid[formControlName]')?.focus());
      return;
    }
    const record = this.record();
    const request: Observable<TypicalExampleView> = record
      ? this.api.update(record.id, toExampleUpdateBody(this.form, record.version))
      : this.api.create(toExampleBody(this.form));
    this.saving.set(true);
    this.conflict.set(false);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.form.markAsPristine();
        void this.router.navigate(['/typical-examples', saved.id]);
      },
      error: (raw: unknown) => {
        this.saving.set(false);
        this.refuse(toApiError(raw));
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
    const messages = applyServerErrors(this.form, error);
    this.refusal.set({ error, messages: error.fieldErrors.length ? messages : [] });
  }
}

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
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AwardTypeView, CommendationView } from '@tdkt/shared/contracts';
import { Observable, map, startWith } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { VersionedEdit } from '../../../core/forms/versioned-edit';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import {
  COMMENDATION_KINDS,
  GENDERS,
  RECIPIENT_CLASSES,
  RECIPIENT_KINDS,
  buildCommendationForm,
  formValueOf,
  problemOf,
  toCreateDto,
  toUpdateDto,
} from '../data/commendation-form';
import { CommendationsService } from '../data/commendations.service';
import { MAX } from '../data/field-rules';
import { groupByLevel } from '../data/reference-options';
import { isEditable } from '../data/workflow';

type Banner =
  { readonly kind: 'conflict' } | { readonly kind: 'refusal'; readonly text: string | null; readonly key: string; readonly status: number };

/** `/commendations/new` and `/commendations/:id/edit`: what the user typed stays on screen whatever the server answers. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    MatButtonModule,
    MatCheckboxModule,
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
  selector: 'tdkt-commendation-form-page',
  styleUrl: './commendation-form.page.scss',
  templateUrl: './commendation-form.page.html',
})
export class CommendationFormPage {
  /** Route parameter; absent on /new. */
  readonly id = input<string>();

  private readonly api = inject(CommendationsService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly max = MAX;
  protected readonly recipientKinds = RECIPIENT_KINDS;
  protected readonly recipientClasses = RECIPIENT_CLASSES;
  protected readonly commendationKinds = COMMENDATION_KINDS;
  protected readonly genders = GENDERS;

  private readonly awardTypes = loadOnChange(signal(true), () => this.api.awardTypes());
  protected readonly awardState = computed<LoadState<AwardTypeView[]>>(() => this.awardTypes() ?? LOADING);
  protected readonly awardGroups = computed(() => groupByLevel(dataOf(this.awardTypes()) ?? []));
  private readonly movementList = loadOnChange(signal(true), () => this.api.movements().pipe(map((page) => page.items)));
  protected readonly movements = computed(() => dataOf(this.movementList()) ?? []);

  private readonly loadAttempt = signal(0);
  private readonly loadedRecord = loadOnChange(
    computed(() => {
      const id = this.id();
      return id ? { id, attempt: this.loadAttempt() } : null;
    }),
    ({ id }) => this.api.get(id),
  );
  protected readonly recordState = computed<LoadState<CommendationView> | null>(() =>
    this.id() ? (this.loadedRecord() ?? LOADING) : null,
  );

  protected readonly pending = signal(false);

  private readonly edit = new VersionedEdit<CommendationView>({
    fetch: (id) => this.api.get(id),
    fill: (record) => {
      this.form.reset();
      this.form.patchValue(formValueOf(record));
    },
    busy: this.pending,
    resolved: () => this.banner.set(null),
    failed: (error) => this.refuse(error),
    destroyRef: this.destroyRef,
  });
  /** The record being edited, as last read from the server. */
  protected readonly record = this.edit.record;
  /** The user chose to keep their input over a newer version: the next save replaces it knowingly. */
  protected readonly overwriting = this.edit.overwriting;
  protected readonly banner = signal<Banner | null>(null);

  /** What the rules read; kept in step with the form by the effects below (the form exists before its computed values). */
  private readonly ruleAward = signal<AwardTypeView | null>(null);
  private readonly ruleDecided = signal(true);
  protected readonly form = buildCommendationForm(inject(NonNullableFormBuilder), {
    award: () => this.ruleAward(),
    decided: () => this.ruleDecided(),
  });

  private readonly values = toSignal(
    this.form.valueChanges.pipe(
      startWith(this.form.getRawValue()),
      map(() => this.form.getRawValue()),
    ),
    {
      requireSync: true,
    },
  );
  protected readonly selectedAward = computed(
    () => (dataOf(this.awardTypes()) ?? []).find((t) => t.code === this.values().awardTypeCode) ?? null,
  );
  protected readonly central = computed(() => this.selectedAward()?.central ?? false);
  protected readonly individual = computed(() => this.values().recipientKind === 'INDIVIDUAL');
  protected readonly collective = computed(() => this.values().recipientKind === 'COLLECTIVE');
  /** New: "already decided" was chosen for a provincial award. Correction: the record is decided. */
  protected readonly decided = computed(() => {
    const record = this.record();
    if (record) return record.status === 'APPROVED';
    return !this.central() && this.values().status === 'APPROVED';
  });
  /** A new record belongs to the officer's province: its current name, from its code. */
  private readonly ownProvince = loadOnChange(
    computed(() => (this.id() ? null : (this.auth.user()?.provinceCode ?? null))),
    (code) => this.api.provinces().pipe(map((list) => list.find((p) => p.code === code && p.validTo === null)?.name ?? null)),
  );
  protected readonly provinceName = computed(() => this.record()?.provinceName ?? dataOf(this.ownProvince()) ?? null);
  protected readonly provinceCode = computed(() => this.record()?.provinceCode ?? this.auth.user()?.provinceCode ?? null);
  protected readonly editable = computed(() => {
    const record = this.record();
    return !record || isEditable(record);
  });

  constructor() {
    effect(() => {
      const state = this.loadedRecord();
      if (state?.status === 'ready' && !untracked(this.record)) this.edit.load(state.data);
    });
    // The rules of these fields depend on others: validate again when those change.
    effect(() => {
      this.ruleAward.set(this.selectedAward());
      this.form.controls.recipientKind.updateValueAndValidity({ emitEvent: false });
    });
    effect(() => {
      this.ruleDecided.set(this.decided());
      for (const name of ['decisionNumber', 'decisionDate', 'decidingAuthority'] as const)
        this.form.controls[name].updateValueAndValidity({ emitEvent: false });
    });
  }

  protected retryLoad(): void {
    this.loadAttempt.update((n) => n + 1);
  }

  protected problem(name: keyof typeof this.form.controls): string {
    const problem = problemOf(this.form.controls[name]);
    if (!problem) return '';
    return problem.text ?? this.transloco.translate(problem.key, problem.params ?? {});
  }

  protected save(): void {
    if (this.pending()) return;
    // Fields shown or hidden since the last check (decision, individual-only) bring or take their rules with them.
    for (const control of Object.values(this.form.controls)) control.updateValueAndValidity({ emitEvent: false });
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.banner.set(null);
      this.focusFirstInvalid();
      return;
    }
    const record = this.record();
    const provinceCode = this.provinceCode();
    if (!record && !provinceCode) return;
    const request: Observable<CommendationView> = record
      ? this.api.update(record.id, toUpdateDto(this.form, record.version, this.decided()))
      : this.api.create(toCreateDto(this.form, provinceCode as string, this.decided()));
    this.pending.set(true);
    this.banner.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.pending.set(false);
        this.form.markAsPristine();
        void this.router.navigate(['/commendations', saved.id]);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.refuse(toApiError(error));
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
      this.banner.set({ kind: 'conflict' });
      return;
    }
    const unplaced = applyServerErrors(this.form, error);
    if (unplaced.length) this.banner.set({ kind: 'refusal', text: unplaced.join(' '), key: error.messageKey, status: error.status });
    else if (!error.fieldErrors.length) this.banner.set({ kind: 'refusal', text: null, key: error.messageKey, status: error.status });
    else this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    // After the error messages render.
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.ng-invalid[data-field]')?.focus());
  }
}

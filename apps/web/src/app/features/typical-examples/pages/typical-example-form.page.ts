import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
import type { MeetingView, MovementView } from '@tdkt/shared/contracts';
import { catchError, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { StateMessage } from '../../../ui/state-message.component';
import { ExamplesRefusalBanner } from '../components/refusal-banner.component';
import { ExampleForm, buildExampleForm, errorKeyOf, toExampleBody } from '../data/example-form';
import { TypicalExamplesService } from '../data/typical-examples.service';
import { distinctProvinces } from '../data/typical-examples-list.store';

type FieldName = keyof ExampleForm['controls'];

/** `/typical-examples/new`: records a typical advanced example of the officer's province. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ExamplesRefusalBanner,
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
  private readonly api = inject(TypicalExamplesService);
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
  protected readonly submitted = signal(false);
  protected readonly refusal = signal<{ error: ApiError; messages: string[] } | null>(null);

  protected errorKey(name: FieldName): string | null {
    const control = this.form.controls[name];
    return control.touched || this.submitted() ? errorKeyOf(control) : null;
  }

  protected serverError(name: FieldName): string | null {
    return serverErrorOf(this.form.controls[name]);
  }

  protected submit(): void {
    this.submitted.set(true);
    this.refusal.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.ng-invalid[formControlName]')?.focus());
      return;
    }
    this.saving.set(true);
    this.api.create(toExampleBody(this.form)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        void this.router.navigate(['/typical-examples', saved.id]);
      },
      error: (raw: unknown) => {
        const error = toApiError(raw);
        this.saving.set(false);
        const messages = applyServerErrors(this.form, error);
        this.refusal.set({ error, messages: error.fieldErrors.length ? messages : [] });
      },
    });
  }
}

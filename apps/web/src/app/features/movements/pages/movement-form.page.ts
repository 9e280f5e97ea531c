import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ClusterView, ProvinceView } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { catchError, of, startWith } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { dataOf, loadOnChange } from '../../../core/data/load-state';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { RefusalBanner } from '../../../ui/refusal-banner.component';
import { LAUNCHERS, canManage, creatableScopes } from '../data/movement-access';
import { MovementForm, buildMovementForm, errorKeyOf, fillMovementForm, toMovementBody } from '../data/movement-form';
import { MovementsService } from '../data/movements.service';

type FieldName = keyof MovementForm['controls'];

/** `/movements/new` and `/movements/:id/edit`: every field of a movement, checked before and after sending. */
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
    RefusalBanner,
    ReactiveFormsModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-movement-form-page',
  styleUrl: './movement-form.page.scss',
  templateUrl: './movement-form.page.html',
})
export class MovementFormPage {
  private readonly api = inject(MovementsService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Route parameter; absent when creating. */
  readonly id = input<string | undefined>(undefined);

  protected readonly launchers = LAUNCHERS;
  private readonly user = this.auth.user;
  private readonly defaultScope = creatableScopes(this.user())[0] ?? 'PROVINCE';
  protected readonly form = buildMovementForm({
    scope: this.defaultScope,
    clusterCode: this.user()?.clusterCode ?? null,
    provinceCode: this.user()?.provinceCode ?? null,
  });
  protected readonly scope = toSignal(this.form.controls.scope.valueChanges.pipe(startWith(this.form.controls.scope.value)), {
    initialValue: this.defaultScope,
  });

  protected readonly launchedBy = toSignal(
    this.form.controls.launchedBy.valueChanges.pipe(startWith(this.form.controls.launchedBy.value)),
    {
      initialValue: '',
    },
  );
  private readonly attempt = signal(0);
  private readonly idParam = computed(() => {
    const id = this.id();
    return id ? { id, attempt: this.attempt() } : null;
  });
  private readonly existing = loadOnChange(this.idParam, ({ id }) => this.api.get(id));
  protected readonly loading = computed(() => this.existing()?.status === 'loading');
  protected readonly loadError = computed(() => {
    const state = this.existing();
    return state?.status === 'error' ? state.error : null;
  });
  private readonly loadedMovement = computed(() => dataOf(this.existing()));
  protected readonly clusters = toSignal(this.api.clusters().pipe(catchError(() => of<ClusterView[]>([]))), { initialValue: [] });
  protected readonly provinces = toSignal(this.api.provinces(todayInVietnam()).pipe(catchError(() => of<ProvinceView[]>([]))), {
    initialValue: [],
  });

  /** Scopes offered: those the user may create, plus the movement's own when editing. */
  protected readonly scopes = computed(() => {
    const scopes: string[] = creatableScopes(this.user());
    const current = this.loadedMovement()?.scope;
    return current && !scopes.includes(current) ? [current, ...scopes] : scopes;
  });

  protected readonly allowed = computed(() => {
    const movement = this.loadedMovement();
    return movement ? canManage(this.user(), movement) : creatableScopes(this.user()).length > 0;
  });

  protected readonly saving = signal(false);
  protected readonly refusal = signal<{ error: ApiError; messages: string[] } | null>(null);
  protected readonly submitted = signal(false);

  constructor() {
    effect(() => {
      const movement = this.loadedMovement();
      if (movement) fillMovementForm(this.form, movement);
    });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

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
    const body = toMovementBody(this.form);
    const movement = this.loadedMovement();
    const request = movement ? this.api.update(movement.id, { ...body, version: movement.version }) : this.api.create(body);
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        void this.router.navigate(['/movements', saved.id]);
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

import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { AuthService } from '../../../core/auth/auth.service';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { StateMessage } from '../../../ui/state-message.component';
import { RefusalBanner } from '../../../ui/refusal-banner.component';
import { buildPledgeForm, criterionGroup, pledgeErrorKey, toPledgeBody } from '../data/pledge-form';
import { PledgesService } from '../data/pledges.service';

/** `/pledges/new`: the chair records the cluster's pledge of a year with its criteria. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RefusalBanner,
    ReactiveFormsModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-pledge-form-page',
  styleUrl: './pledge-form.page.scss',
  templateUrl: './pledge-form.page.html',
})
export class PledgeFormPage {
  private readonly api = inject(PledgesService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly clusterCode = computed(() => (this.auth.hasRole('CLUSTER_CHAIR') ? (this.auth.user()?.clusterCode ?? null) : null));
  protected readonly form = buildPledgeForm(currentYearInVietnam());
  protected readonly kinds = ['NUMBER', 'PERCENTAGE', 'YES_NO'] as const;
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  /** Bumped when errors change outside the template's own events (a refused save). */
  private readonly revision = signal(0);
  protected readonly refusal = signal<{ error: ApiError; messages: string[] } | null>(null);

  protected errorKey(control: AbstractControl): string | null {
    this.revision();
    return control.touched || this.submitted() ? pledgeErrorKey(control) : null;
  }

  protected serverError(control: AbstractControl): string | null {
    return serverErrorOf(control);
  }

  protected addCriterion(): void {
    const next = this.form.controls.criteria.length + 1;
    this.form.controls.criteria.push(criterionGroup(`TC${String(next).padStart(2, '0')}`));
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(`[data-row="${next - 1}"] [data-field="name"]`)?.focus());
  }

  protected removeCriterion(index: number): void {
    this.form.controls.criteria.removeAt(index);
  }

  protected submit(clusterCode: string): void {
    this.submitted.set(true);
    this.refusal.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, select.ng-invalid')?.focus());
      return;
    }
    this.saving.set(true);
    this.api.create(toPledgeBody(this.form, clusterCode)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        void this.router.navigate(['/pledges', saved.id]);
      },
      error: (raw: unknown) => {
        const error = toApiError(raw);
        this.saving.set(false);
        const messages = applyServerErrors(this.form, error);
        this.revision.update((n) => n + 1);
        this.refusal.set({ error, messages: error.fieldErrors.length ? messages : [] });
      },
    });
  }
}

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PeriodStatusView } from '@tdkt/shared/contracts';
import { missingProvinces, ownState, ownStatus, submittedCount } from '../data/period-status';

/** Feedback of the last action on a period: already-translated text. */
export interface PeriodFeedback {
  readonly kind: 'error' | 'done';
  readonly text: string;
}

/** One period of the year: the province's own submission (staff) and the cluster's submissions and lock (chair). */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ReactiveFormsModule, RouterLink, TranslocoPipe],
  selector: 'tdkt-period-card',
  styleUrl: './period-card.component.scss',
  templateUrl: './period-card.component.html',
})
export class PeriodCard {
  readonly view = input.required<PeriodStatusView>();
  /** The signed-in officer's province code, when they submit for a province. */
  readonly ownProvinceCode = input<string | null>(null);
  readonly canLock = input(false);
  readonly busy = input(false);
  readonly feedback = input<PeriodFeedback | null>(null);

  readonly submitted = output<string | null>();
  readonly lockChange = output<{ locked: boolean; reason: string }>();

  protected readonly note = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] });
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] });

  protected readonly own = computed(() => ownStatus(this.view(), this.ownProvinceCode() ?? undefined));
  protected readonly ownState = computed(() => ownState(this.view(), this.own()));
  protected readonly submittedCount = computed(() => submittedCount(this.view()));
  protected readonly missing = computed(() => missingProvinces(this.view()));
  protected readonly headingId = computed(() => `period-${this.view().year}-${this.view().period}`);

  private seen: { locked: boolean; submittedAt: string | null } | null = null;

  constructor() {
    // Once an action went through, its reason or note is on record: clear the field for the next one.
    effect(() => {
      const now = { locked: this.view().locked, submittedAt: this.own()?.submittedAt ?? null };
      if (this.seen && now.locked !== this.seen.locked) this.reason.reset('');
      if (this.seen && now.submittedAt !== this.seen.submittedAt) this.note.reset('');
      this.seen = now;
    });
  }

  protected submit(): void {
    if (this.note.invalid) {
      this.note.markAsTouched();
      return;
    }
    this.submitted.emit(this.note.value.trim() || null);
  }

  protected toggleLock(): void {
    const reason = this.reason.value.trim();
    if (!reason) this.reason.setValue('');
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.lockChange.emit({ locked: !this.view().locked, reason });
  }
}

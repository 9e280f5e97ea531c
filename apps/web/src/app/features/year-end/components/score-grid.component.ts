import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ScoreItemKind, type ScoreCardView } from '@tdkt/shared/contracts';
import { startWith, switchMap } from 'rxjs';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError } from '../../../core/http/api-error';
import { NOTE_MAX, ScoresSave, buildScoreForm, differs, isComputed, liveTotals, sections, sumOf, toScoresBody } from '../data/score-grid';

/** The comment's message shows as soon as the two scores differ, before the comment field is visited. */
class CommentErrorMatcher implements ErrorStateMatcher {
  isErrorState(control: AbstractControl | null): boolean {
    if (!control?.invalid) return false;
    return (
      control.touched ||
      control.dirty ||
      !!control.parent?.get('agreed')?.dirty ||
      !!control.parent?.get('self')?.dirty ||
      control.hasError('server')
    );
  }
}

/**
 * One province's scores: a row per item with the self score and evidence beside the agreed score and comment.
 * The province's staff type the left half, the chair the right half; totals follow the typing.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  selector: 'tdkt-score-grid',
  styleUrl: './score-grid.component.scss',
  templateUrl: './score-grid.component.html',
})
export class ScoreGrid {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly card = input.required<ScoreCardView>();
  /** The user scores for this province (its staff, while the sheet is open). */
  readonly canSelf = input(false);
  /** The user agrees the scores (the chair, while the sheet is open). */
  readonly canAgree = input(false);
  readonly saving = input(false);
  readonly save = output<ScoresSave>();

  protected readonly kinds = ScoreItemKind;
  protected readonly noteMax = NOTE_MAX;
  protected readonly commentMatcher = new CommentErrorMatcher();
  protected readonly form = computed(() => buildScoreForm(this.card()));
  protected readonly sections = computed(() => sections(this.card()));
  protected readonly editable = computed(() => this.canSelf() || this.canAgree());
  private readonly values = toSignal(toObservable(this.form).pipe(switchMap((form) => form.valueChanges.pipe(startWith(null)))));
  /** The totals of what is typed now (the server's own arithmetic from the shared domain code). */
  protected readonly totals = computed(() => {
    this.values();
    const totals = liveTotals(this.card(), this.form());
    return {
      ...totals,
      criteria: { self: sumOf(totals, ScoreItemKind.CRITERION, 'self'), counted: sumOf(totals, ScoreItemKind.CRITERION, 'counted') },
      bonuses: { self: sumOf(totals, ScoreItemKind.BONUS, 'self'), counted: sumOf(totals, ScoreItemKind.BONUS, 'counted') },
      deductions: { self: sumOf(totals, ScoreItemKind.DEDUCTION, 'self'), counted: sumOf(totals, ScoreItemKind.DEDUCTION, 'counted') },
    };
  });
  protected readonly problem = signal<{ key: string; count?: number } | null>(null);
  private aliases: Record<string, string> = {};

  protected readonly isComputed = isComputed;

  protected row(index: number) {
    return this.form().controls.rows.at(index);
  }

  protected differs(index: number): boolean {
    this.values();
    return differs(this.row(index));
  }

  protected counted(index: number): number {
    return this.totals().items[index]?.counted ?? 0;
  }

  protected errorKey(control: AbstractControl): string | null {
    const errors = control.errors;
    if (!errors) return null;
    return ['server', 'commentRequired', 'number', 'decimals', 'max'].find((key) => key in errors) ?? null;
  }

  protected serverError(control: AbstractControl): string | null {
    return serverErrorOf(control);
  }

  protected submit(): void {
    const form = this.form();
    if (!this.editable() || this.saving()) return;
    if (form.invalid) {
      form.markAllAsTouched();
      const count = form.controls.rows.controls.reduce((n, r) => n + Object.values(r.controls).filter((c) => c.invalid).length, 0);
      this.problem.set({ key: 'yearEnd.grid.invalid', count });
      this.focusFirstError();
      return;
    }
    this.problem.set(null);
    const body = toScoresBody(this.card(), form, { self: this.canSelf(), agreed: this.canAgree() });
    this.aliases = body.aliases;
    this.save.emit(body);
  }

  /** Puts a refused save's field errors on their cells; returns what belongs to no cell. Typed values stay. */
  showServerErrors(error: ApiError): string[] {
    const unplaced = applyServerErrors(this.form(), error, this.aliases);
    if (error.fieldErrors.length > unplaced.length) setTimeout(() => this.focusFirstError());
    return unplaced;
  }

  private focusFirstError(): void {
    this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid')?.focus();
  }
}

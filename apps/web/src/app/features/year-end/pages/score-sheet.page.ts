import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DecimalPipe } from '@angular/common';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ScoreMethod, ScoreSheetStatus, type PledgeCriterionView, type ScoreSheetView } from '@tdkt/shared/contracts';
import { Observable, catchError, filter, map, of, startWith, throwError } from 'rxjs';
import { dataOf, loadOnChange } from '../../../core/data/load-state';
import { VersionedEdit } from '../../../core/forms/versioned-edit';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError, errorMessage, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { confirmStep } from '../../../ui/confirm-dialog.component';
import { StateMessage } from '../../../ui/state-message.component';
import {
  AdjustmentGroup,
  adjustmentGroup,
  buildSheetForm,
  criterionGroup,
  fillSheetForm,
  sheetErrorKey,
  toSheetBody,
  typedMaxTotal,
} from '../data/score-sheet-form';
import { YearEndService } from '../data/year-end.service';
import { YearEndStore } from '../data/year-end.store';

/** `/year-end/sheet`: the chair sets up the year's score sheet, opens it for scoring and closes it. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DecimalPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-score-sheet-page',
  styleUrls: ['./year-end-page.scss', './score-sheet.page.scss'],
  templateUrl: './score-sheet.page.html',
})
export class ScoreSheetPage {
  protected readonly store = inject(YearEndStore);
  private readonly api = inject(YearEndService);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly adjustmentLists = ['bonuses', 'deductions'] as const;
  protected readonly methods = [ScoreMethod.MANUAL, ScoreMethod.PLEDGE_RATE];
  protected readonly statuses = ScoreSheetStatus;
  protected readonly form = buildSheetForm();
  protected readonly busy = signal(false);
  protected readonly conflict = signal(false);
  protected readonly banner = signal<string[]>([]);
  /** What the last step did, for the status line. */
  protected readonly done = signal<string | null>(null);
  protected readonly errorKey = sheetErrorKey;
  protected readonly serverErrorOf = serverErrorOf;
  private readonly attempt = signal(0);

  private readonly params = computed(() => {
    const cluster = this.store.clusterCode();
    return cluster ? { cluster, year: this.store.year(), attempt: this.attempt() } : null;
  });

  /** The sheet, or null while the year has none yet (404 SCORE_SHEET_NOT_FOUND). */
  private readonly loaded = loadOnChange(this.params, ({ cluster, year }) =>
    this.api.sheet(cluster, year).pipe(
      catchError((e: unknown) => {
        const error = toApiError(e);
        return error.code === 'SCORE_SHEET_NOT_FOUND' ? of(null) : throwError(() => error);
      }),
    ),
  );
  protected readonly loadError = computed(() => {
    const state = this.loaded();
    return state?.status === 'error' ? state.error : null;
  });
  protected readonly ready = computed(() => this.loaded()?.status === 'ready');

  /** The criteria of the cluster's pledge of the year, for PLEDGE_RATE criteria. */
  private readonly pledgesState = loadOnChange(this.params, ({ cluster, year }) =>
    this.api.pledges(cluster, year).pipe(map((pledges) => pledges.flatMap((p) => p.criteria))),
  );
  protected readonly pledgeCriteria = computed<PledgeCriterionView[]>(() => dataOf(this.pledgesState()) ?? []);

  private readonly edit = new VersionedEdit<ScoreSheetView>({
    fetch: () => this.api.sheet(this.store.clusterCode() ?? '', this.store.year()),
    fill: (sheet) => fillSheetForm(this.form, sheet),
    busy: this.busy,
    resolved: () => this.conflict.set(false),
    failed: (error) => this.refuse(error),
    destroyRef: this.destroyRef,
  });
  protected readonly sheet = this.edit.record;
  protected readonly overwriting = this.edit.overwriting;

  protected readonly editable = computed(
    () => this.store.isChair() && (this.sheet()?.status ?? ScoreSheetStatus.DRAFT) === ScoreSheetStatus.DRAFT,
  );
  private readonly typed = toSignal(this.form.valueChanges.pipe(startWith(null)));
  protected readonly maxTotal = computed(() => {
    this.typed();
    return typedMaxTotal(this.form);
  });

  constructor() {
    effect(() => {
      const state = this.loaded();
      if (state?.status !== 'ready') return;
      untracked(() => {
        if (state.data) this.edit.load(state.data);
        else {
          this.edit.record.set(null);
          fillSheetForm(this.form, null);
        }
      });
    });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected addCriterion(): void {
    const last = this.form.controls.criteria.controls.at(-1)?.controls.group.value ?? '';
    this.form.controls.criteria.push(criterionGroup({ group: last }));
  }

  protected addAdjustment(list: 'bonuses' | 'deductions'): void {
    const array: FormArray<AdjustmentGroup> = this.form.controls[list];
    array.push(adjustmentGroup());
  }

  protected remove(list: 'criteria' | 'bonuses' | 'deductions', index: number): void {
    this.form.controls[list].removeAt(index);
    this.form.markAsDirty();
    this.form.updateValueAndValidity();
  }

  protected save(): void {
    if (this.busy() || !this.editable()) return;
    this.banner.set([]);
    this.done.set(null);
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const cluster = this.store.clusterCode();
    if (!cluster) return;
    this.run(this.api.saveSheet(cluster, this.store.year(), toSheetBody(this.form, this.sheet()?.version ?? 0)), 'yearEnd.sheet.saved');
  }

  protected copyPrevious(): void {
    const cluster = this.store.clusterCode();
    if (!cluster || this.busy()) return;
    this.run(this.api.copySheet(cluster, this.store.year()), 'yearEnd.sheet.copied', { year: this.store.year() - 1 });
  }

  protected openSheet(): void {
    this.step('open', (cluster, sheet) => this.api.openSheet(cluster, sheet.year, sheet.version), false);
  }

  protected closeSheet(): void {
    this.step('close', (cluster, sheet) => this.api.closeSheet(cluster, sheet.year, sheet.version), true);
  }

  protected reloadLatest(): void {
    this.edit.reloadLatest();
  }

  protected keepMine(): void {
    this.edit.keepMine();
  }

  private step(
    kind: 'open' | 'close',
    call: (cluster: string, sheet: ScoreSheetView) => Observable<ScoreSheetView>,
    danger: boolean,
  ): void {
    const sheet = this.sheet();
    const cluster = this.store.clusterCode();
    if (!sheet || !cluster || this.busy()) return;
    const t = { year: sheet.year };
    confirmStep(this.dialog, {
      title: this.transloco.translate(`yearEnd.sheet.confirm.${kind}.title`, t),
      message: this.transloco.translate(`yearEnd.sheet.confirm.${kind}.message`, t),
      confirm: this.transloco.translate(`yearEnd.sheet.confirm.${kind}.confirm`),
      cancel: this.transloco.translate('yearEnd.cancel'),
      danger,
    })
      .pipe(filter(Boolean), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.run(call(cluster, sheet), `yearEnd.sheet.${kind}ed`, t));
  }

  private run(request: Observable<ScoreSheetView>, doneKey: string, params: Record<string, unknown> = {}): void {
    this.busy.set(true);
    this.conflict.set(false);
    this.banner.set([]);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (sheet) => {
        this.busy.set(false);
        this.edit.load(sheet);
        this.done.set(this.transloco.translate(doneKey, params));
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.refuse(toApiError(e));
      },
    });
  }

  private refuse(error: ApiError): void {
    if (error.code === 'VERSION_CONFLICT') {
      this.conflict.set(true);
      return;
    }
    const unplaced = applyServerErrors(this.form, error);
    this.banner.set(unplaced.length ? unplaced : error.fieldErrors.length ? [] : [errorMessage(error, this.transloco)]);
    this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    queueMicrotask(() => document.querySelector<HTMLElement>('form .ng-invalid[data-field]')?.focus());
  }
}

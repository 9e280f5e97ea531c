import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ReportSectionKey, ReportView } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { confirmStep } from '../../../ui/confirm-dialog.component';
import { StateMessage } from '../../../ui/state-message.component';
import { CommendationBreakdowns } from '../components/commendation-breakdowns.component';
import { CommendationTable } from '../components/commendation-table.component';
import { ExampleTable } from '../components/example-table.component';
import { YearEndTable } from '../components/year-end-table.component';
import { FiguresSummary } from '../components/figures-summary.component';
import { MovementTable } from '../components/movement-table.component';
import { PledgeFigures } from '../components/pledge-figures.component';
import { ReportChart } from '../components/report-chart.component';
import { chartHeight, commendationChartOption, hasPledgeRates, pledgeChartOption } from '../components/report-chart-options';
import { ReportHeader } from '../components/report-header.component';
import { ReportStatusLabel } from '../components/report-status.component';
import { SECTION_MAX_LENGTH, SectionEditor, SectionForm } from '../components/section-editor.component';
import { saveBlob } from '../../../core/http/file-download';
import { ReportStore } from '../data/report.store';
import { type ReportDisplayStatus, defaultFileName } from '../data/report-status';
import { type ReportFileKind, ReportsService } from '../data/reports.service';
import type { LeavesSafely } from '../data/unsaved-sections.guard';

/** Remembers the last result of `fn` and returns it again while its arguments are the same objects. */
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((a, i) => a !== last?.args[i])) last = { args, result: fn(...args) };
    return last.result;
  };
}

/** `/reports/:id`: figures, charts and the narrative of one report; the chair edits, recomputes and finalizes a draft. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    CommendationBreakdowns,
    DatePipe,
    CommendationTable,
    ExampleTable,
    FiguresSummary,
    MatButtonModule,
    MatIconModule,
    MovementTable,
    PledgeFigures,
    ReportChart,
    ReportHeader,
    ReportStatusLabel,
    RouterLink,
    SectionEditor,
    StateMessage,
    TranslocoPipe,
    YearEndTable,
  ],
  selector: 'tdkt-report-page',
  styleUrl: './report.page.scss',
  templateUrl: './report.page.html',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class ReportPage implements LeavesSafely {
  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly store = inject(ReportStore);
  private readonly api = inject(ReportsService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  protected readonly status = computed<ReportDisplayStatus>(() =>
    this.store.report()?.status === 'DRAFT' ? 'DRAFT' : this.store.supersededBy() ? 'SUPERSEDED' : 'FINAL',
  );
  protected readonly busy = signal<'recompute' | 'finalize' | 'supersede' | null>(null);
  protected readonly downloading = signal<ReportFileKind | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly downloadError = signal<ApiError | null>(null);
  /** Polite announcement of the last completed step. */
  protected readonly notice = signal('');

  private forms = new Map<ReportSectionKey, SectionForm>();
  private formsOf: string | null = null;
  /** Bumped on each keystroke and each change of a form's errors, so computed views re-read the forms. */
  protected readonly revision = signal(0);
  protected readonly savingKey = signal<ReportSectionKey | null>(null);
  protected readonly sectionErrors = signal<Partial<Record<ReportSectionKey, string[]>>>({});

  protected readonly unsavedKeys = computed(() => {
    this.revision();
    const report = this.store.report();
    if (!report || !this.store.editable()) return [];
    return report.sections.filter((s) => this.forms.get(s.key)?.controls.text.value !== s.text).map((s) => s.key);
  });

  /** Chart options are rebuilt only when the figures or the (translated) labels change. */
  protected readonly commendationChart = memo((r: ReportView, current: string, previous: string) =>
    commendationChartOption(r.statistics, { current, previous }),
  );
  protected readonly pledgeChart = memo((r: ReportView, rate: string) => pledgeChartOption(r.statistics, { rate }));
  protected readonly hasPledgeRates = hasPledgeRates;
  protected readonly chartHeight = computed(() => chartHeight(this.store.report()?.statistics.provinces.length ?? 0));

  constructor() {
    effect(() => this.store.select(this.id()));
    effect(() => {
      const report = this.store.report();
      if (report) this.syncForms(report);
    });
  }

  protected formFor(key: ReportSectionKey): SectionForm {
    return this.forms.get(key) as SectionForm;
  }

  canLeave(): boolean | Observable<boolean> {
    if (!this.unsavedKeys().length) return true;
    return confirmStep(this.dialog, this.texts('reports.report.unsaved', true));
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.unsavedKeys().length) event.preventDefault();
  }

  protected saveSection(key: ReportSectionKey): void {
    const form = this.formFor(key);
    if (form.invalid || this.savingKey()) return;
    const text = form.controls.text.value;
    this.savingKey.set(key);
    this.sectionErrors.update((e) => ({ ...e, [key]: [] }));
    this.store.saveSection(key, text).subscribe({
      next: (report) => {
        this.savingKey.set(null);
        form.reset({ text: report.sections.find((s) => s.key === key)?.text ?? text });
        this.revision.update((n) => n + 1);
        const title = report.sections.find((s) => s.key === key)?.title ?? '';
        this.notice.set(this.transloco.translate('reports.sections.saved', { title }));
      },
      error: (error: unknown) => {
        this.savingKey.set(null);
        // The API names the field "sections.0.text": one section is sent, so it is always this textarea.
        const unplaced = applyServerErrors(form, toApiError(error), {
          'sections.0.text': 'text',
          'sections.0.key': 'text',
          sections: 'text',
        });
        this.sectionErrors.update((e) => ({ ...e, [key]: unplaced }));
        this.revision.update((n) => n + 1);
      },
    });
  }

  protected undoSection(key: ReportSectionKey): void {
    const saved = this.store.report()?.sections.find((s) => s.key === key)?.text ?? '';
    this.formFor(key).reset({ text: saved });
    this.sectionErrors.update((e) => ({ ...e, [key]: [] }));
    this.revision.update((n) => n + 1);
  }

  protected recompute(): void {
    this.step('recompute', 'reports.report.recomputeConfirm', false, () => this.store.recompute(), 'reports.report.actions.recomputed');
  }

  protected finalize(): void {
    if (this.unsavedKeys().length) {
      this.notice.set(this.transloco.translate('reports.report.actions.unsavedFirst'));
      return;
    }
    this.step('finalize', 'reports.report.finalizeConfirm', true, () => this.store.finalize(), 'reports.report.actions.finalized');
  }

  protected supersede(): void {
    this.step(
      'supersede',
      'reports.report.supersedeConfirm',
      false,
      () => this.store.supersede(),
      null,
      (created) => {
        void this.router.navigate(['/reports', created.id]);
      },
    );
  }

  protected download(kind: ReportFileKind): void {
    const report = this.store.report();
    if (!report || this.downloading()) return;
    this.downloading.set(kind);
    this.downloadError.set(null);
    this.api.download(report.id, kind, defaultFileName(report, kind)).subscribe({
      next: (file) => {
        this.downloading.set(null);
        saveBlob(file.blob, file.fileName);
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadError.set(toApiError(error));
      },
    });
  }

  /** Asks, then runs one change of the whole report, reporting its outcome. */
  private step(
    name: 'recompute' | 'finalize' | 'supersede',
    confirmKey: string,
    danger: boolean,
    run: () => Observable<ReportView>,
    doneKey: string | null,
    then?: (report: ReportView) => void,
  ): void {
    if (this.busy()) return;
    const period = this.periodLabel();
    confirmStep(this.dialog, this.texts(confirmKey, danger, { period })).subscribe((yes) => {
      if (!yes) return;
      this.busy.set(name);
      this.actionError.set(null);
      run().subscribe({
        next: (report) => {
          this.busy.set(null);
          if (doneKey) this.notice.set(this.transloco.translate(doneKey));
          then?.(report);
        },
        error: (error: unknown) => {
          this.busy.set(null);
          this.actionError.set(toApiError(error));
        },
      });
    });
  }

  private periodLabel(): string {
    const r = this.store.report();
    return r ? this.transloco.translate(`reports.period.${r.period}`, { year: r.year }) : '';
  }

  private texts(prefix: string, danger: boolean, params: Record<string, string> = {}) {
    const t = (k: string) => this.transloco.translate(`${prefix}.${k}`, params);
    return { title: t('title'), message: t('message'), confirm: t('confirm'), cancel: t('cancel'), danger };
  }

  /**
   * One form per section. Texts the chair is editing are kept when the server sends a new version (after a
   * recompute or another section's save); untouched ones follow the server.
   */
  private syncForms(report: ReportView): void {
    if (this.formsOf !== report.id) {
      this.forms = new Map();
      this.formsOf = report.id;
      this.sectionErrors.set({});
    }
    for (const section of report.sections) {
      const form = this.forms.get(section.key);
      if (!form) {
        const created: SectionForm = new FormGroup({
          text: new FormControl(section.text, { nonNullable: true, validators: [Validators.maxLength(SECTION_MAX_LENGTH)] }),
        });
        created.controls.text.valueChanges.subscribe(() => this.revision.update((n) => n + 1));
        this.forms.set(section.key, created);
      } else if (!form.dirty) {
        form.reset({ text: section.text }, { emitEvent: false });
      }
    }
    this.revision.update((n) => n + 1);
  }
}

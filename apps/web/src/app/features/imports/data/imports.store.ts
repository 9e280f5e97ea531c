import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import type { PledgeView } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { Subscription } from 'rxjs';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { fileNameFromDisposition, saveBlob } from '../../../core/http/file-download';
import { ExportFilters, exportYears } from './export-filters';
import { FileProblem, checkImportFile } from './file-check';
import { isConflict } from './failure';
import { IDLE, ImportRun, importProgressReducer } from './import-progress';
import { IMPORT_KINDS, ImportKind, ImportTarget, importKind, importTarget } from './import-kinds';
import { AnyImportResult } from './imported-rows';
import { ImportStreamService } from './import-stream.service';
import { ImportsService } from './imports.service';

/** The dry run of the chosen file. */
export type DryRunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly result: AnyImportResult }
  | { readonly status: 'failed'; readonly error: ApiError };

/** A download in progress or failed; the file itself goes straight to the browser. */
export type DownloadState = { readonly status: 'idle' | 'running' } | { readonly status: 'failed'; readonly error: ApiError };

/** A refused file: what it was and why, shown next to the drop zone. */
export interface RefusedFile {
  readonly name: string;
  readonly size: number;
  readonly problem: FileProblem;
}

const IDLE_DOWNLOAD: DownloadState = { status: 'idle' };

/** The first year offered for pledges: the first year of the cluster records. */
const FIRST_PLEDGE_YEAR = 2015;

/** What the address asks for: `?kind=&year=&pledge=` (unknown values fall back to the defaults). */
export interface ImportSelection {
  readonly kind: string | null;
  readonly year: string | null;
  readonly pledge: string | null;
}

/**
 * The import page: the kind (and the pledge, for pledge results), the chosen file (kept through every failure, so the user can fix it and retry),
 * its dry run, the real import's progress, and the template and export downloads.
 */
@Injectable()
export class ImportsStore {
  private readonly api = inject(ImportsService);
  private readonly stream = inject(ImportStreamService);
  private readonly document = inject(DOCUMENT);
  private dryRunCall: Subscription | null = null;
  private importAbort: AbortController | null = null;
  private lastExport: ExportFilters | null = null;
  /** The import path the current dry run belongs to. */
  private checkedPath: string | null = null;
  private readonly pledgeAttempt = signal(0);

  readonly kinds = IMPORT_KINDS;
  readonly kind = signal<ImportKind>(IMPORT_KINDS[0]);
  readonly currentYear = currentYearInVietnam();
  readonly pledgeYears = exportYears(this.currentYear, FIRST_PLEDGE_YEAR);
  readonly pledgeYear = signal(this.currentYear);
  /** The pledge the address names; the list decides whether it is one the user may see. */
  private readonly pledgeId = signal<string | null>(null);

  private readonly pledgesLoaded = loadOnChange(
    computed(() => (this.kind().needsPledge ? { year: this.pledgeYear(), attempt: this.pledgeAttempt() } : null)),
    ({ year }) => this.api.pledges(year),
  );

  /** The pledges of the chosen year, for kinds that need one (null otherwise). */
  readonly pledges = computed<LoadState<PledgeView[]> | null>(() => (this.kind().needsPledge ? (this.pledgesLoaded() ?? LOADING) : null));

  /** The chosen pledge, or the only one of the year (a province belongs to one cluster: usually one pledge a year). */
  readonly pledge = computed<PledgeView | null>(() => {
    const list = dataOf(this.pledges()) ?? [];
    const id = this.pledgeId();
    return list.find((p) => p.id === id) ?? (list.length === 1 ? list[0] : null);
  });

  /** Where the template comes from and the file goes; null while pledge results have no pledge chosen. */
  readonly target = computed<ImportTarget | null>(() => importTarget(this.kind(), this.pledge()?.id ?? null));
  readonly file = signal<File | null>(null);
  readonly refused = signal<RefusedFile | null>(null);
  readonly dryRun = signal<DryRunState>({ status: 'idle' });
  readonly run = signal<ImportRun>(IDLE);
  readonly template = signal<DownloadState>(IDLE_DOWNLOAD);
  readonly exporting = signal<DownloadState>(IDLE_DOWNLOAD);

  readonly checked = computed<AnyImportResult | null>(() => {
    const state = this.dryRun();
    return state.status === 'done' ? state.result : null;
  });

  /** Only a file whose dry run found rows and no error may be imported, once (a retry after a failed request too). */
  readonly canImport = computed(() => {
    const result = this.checked();
    const run = this.run();
    const open = run.status === 'idle' || (run.status === 'failed' && !isConflict(run.error.code));
    return !!this.target() && !!result && result.errors.length === 0 && result.valid.length > 0 && open;
  });

  readonly busy = computed(() => this.dryRun().status === 'running' || this.run().status === 'running');

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.dryRunCall?.unsubscribe();
      this.importAbort?.abort();
    });
    // Another pledge: the dry run was against the previous one's criteria, so the file is checked again.
    effect(() => {
      const path = this.target()?.importPath ?? null;
      untracked(() => this.retarget(path));
    });
  }

  /** The kind, pledge year and pledge the address asks for. A running import keeps its own until it ends. */
  select(selection: ImportSelection): void {
    if (this.run().status === 'running') return;
    const kind = importKind(selection.kind);
    if (kind.id !== this.kind().id) {
      this.kind.set(kind);
      this.file.set(null);
      this.refused.set(null);
      this.reset();
    }
    const year = Number(selection.year);
    this.pledgeYear.set(this.pledgeYears.includes(year) ? year : this.currentYear);
    this.pledgeId.set(selection.pledge || null);
  }

  retryPledges(): void {
    this.pledgeAttempt.update((n) => n + 1);
  }

  /** A file the user picked or dropped: refused here when it cannot be an import, else checked by the server at once. */
  choose(file: File): void {
    if (this.run().status === 'running') return;
    const problem = checkImportFile(file);
    if (problem) {
      // The previous good file, if any, stays chosen: nothing the user did is lost.
      this.refused.set({ name: file.name, size: file.size, problem });
      return;
    }
    this.refused.set(null);
    this.file.set(file);
    this.check();
  }

  /** The dry run of the chosen file (again, after a failure or a refused import). */
  check(): void {
    const file = this.file();
    const target = this.target();
    if (!file || !target || this.run().status === 'running') return;
    this.reset();
    this.checkedPath = target.importPath;
    this.dryRun.set({ status: 'running' });
    this.dryRunCall = this.api.dryRun(target, file).subscribe({
      next: (result) => this.dryRun.set({ status: 'done', result }),
      error: (error: unknown) => this.dryRun.set({ status: 'failed', error: toApiError(error) }),
    });
  }

  async import(): Promise<void> {
    const file = this.file();
    const target = this.target();
    if (!file || !target || !this.canImport()) return;
    this.importAbort = new AbortController();
    await this.stream.run(
      target,
      file,
      (action) => this.run.update((state) => importProgressReducer(state, action)),
      this.importAbort.signal,
    );
    this.importAbort = null;
  }

  downloadTemplate(): void {
    const target = this.target();
    if (target) this.download(this.template, () => this.api.template(target), target.kind.templateFile);
  }

  exportCommendations(filters: ExportFilters): void {
    this.lastExport = filters;
    this.download(this.exporting, () => this.api.exportCommendations(filters), 'khen-thuong.xlsx');
  }

  retryExport(): void {
    if (this.lastExport) this.exportCommendations(this.lastExport);
  }

  private download(state: typeof this.template, request: () => ReturnType<ImportsService['template']>, fallbackName: string): void {
    if (state().status === 'running') return;
    state.set({ status: 'running' });
    request().subscribe({
      next: (response) => {
        saveBlob(response.body ?? new Blob([]), fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName), this.document);
        state.set(IDLE_DOWNLOAD);
      },
      error: (error: unknown) => state.set({ status: 'failed', error: toApiError(error) }),
    });
  }

  private retarget(path: string | null): void {
    if (path === this.checkedPath || this.run().status === 'running') return;
    this.template.set(IDLE_DOWNLOAD);
    if (this.file() && path) {
      this.check();
    } else if (this.dryRun().status !== 'idle' || this.run().status !== 'idle') {
      this.reset();
    }
  }

  private reset(): void {
    this.dryRunCall?.unsubscribe();
    this.dryRunCall = null;
    this.checkedPath = null;
    this.dryRun.set({ status: 'idle' });
    this.run.set(IDLE);
  }
}

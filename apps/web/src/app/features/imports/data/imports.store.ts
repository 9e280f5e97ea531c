import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { ImportResult } from '@tdkt/shared/contracts';
import { Subscription } from 'rxjs';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { saveBlob } from './download';
import { ExportFilters } from './export-filters';
import { FileProblem, checkImportFile } from './file-check';
import { IDLE, ImportRun, importProgressReducer } from './import-progress';
import { IMPORT_KINDS, ImportKind } from './import-kinds';
import { ImportStreamService } from './import-stream.service';
import { ImportsService } from './imports.service';

/** The dry run of the chosen file. */
export type DryRunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly result: ImportResult }
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

/**
 * The import page: the kind, the chosen file (kept through every failure, so the user can fix it and retry),
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

  readonly kinds = IMPORT_KINDS;
  readonly kind = signal<ImportKind>(IMPORT_KINDS[0]);
  readonly file = signal<File | null>(null);
  readonly refused = signal<RefusedFile | null>(null);
  readonly dryRun = signal<DryRunState>({ status: 'idle' });
  readonly run = signal<ImportRun>(IDLE);
  readonly template = signal<DownloadState>(IDLE_DOWNLOAD);
  readonly exporting = signal<DownloadState>(IDLE_DOWNLOAD);

  readonly checked = computed<ImportResult | null>(() => {
    const state = this.dryRun();
    return state.status === 'done' ? state.result : null;
  });

  /** Only a file whose dry run found rows and no error may be imported, once (a retry after a failed request too). */
  readonly canImport = computed(() => {
    const result = this.checked();
    const run = this.run().status;
    return !!result && result.errors.length === 0 && result.valid.length > 0 && (run === 'idle' || run === 'failed');
  });

  readonly busy = computed(() => this.dryRun().status === 'running' || this.run().status === 'running');

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.dryRunCall?.unsubscribe();
      this.importAbort?.abort();
    });
  }

  chooseKind(kind: ImportKind): void {
    if (kind.id === this.kind().id || this.run().status === 'running') return;
    this.kind.set(kind);
    this.file.set(null);
    this.refused.set(null);
    this.reset();
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
    if (!file || this.run().status === 'running') return;
    this.reset();
    this.dryRun.set({ status: 'running' });
    this.dryRunCall = this.api.dryRun(this.kind(), file).subscribe({
      next: (result) => this.dryRun.set({ status: 'done', result }),
      error: (error: unknown) => this.dryRun.set({ status: 'failed', error: toApiError(error) }),
    });
  }

  async import(): Promise<void> {
    const file = this.file();
    if (!file || !this.canImport()) return;
    this.importAbort = new AbortController();
    await this.stream.run(
      this.kind(),
      file,
      (action) => this.run.update((state) => importProgressReducer(state, action)),
      this.importAbort.signal,
    );
    this.importAbort = null;
  }

  downloadTemplate(): void {
    const kind = this.kind();
    this.download(this.template, () => this.api.template(kind), kind.templateFile);
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
        saveBlob(this.document, response, fallbackName);
        state.set(IDLE_DOWNLOAD);
      },
      error: (error: unknown) => state.set({ status: 'failed', error: toApiError(error) }),
    });
  }

  private reset(): void {
    this.dryRunCall?.unsubscribe();
    this.dryRunCall = null;
    this.dryRun.set({ status: 'idle' });
    this.run.set(IDLE);
  }
}

import { DatePipe } from '@angular/common';
import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { TranslocoPipe } from '@jsverse/transloco';
import { DOCUMENT_KINDS, DocumentKind, type CommendationView, type DocumentView, type DossierView } from '@tdkt/shared/contracts';
import { forkJoin } from 'rxjs';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { fileNameFromDisposition, saveBlob } from '../../../core/http/file-download';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { DocumentsService } from '../data/documents.service';
import { ACCEPT, FileProblem, checkFile, formatSize, isViewable } from '../data/dossier-files';

/** Refusals the panel explains in its own words; others fall back to the generic message of their status. */
const EXPLAINED = ['DOCUMENT_NOT_FOUND', 'DOCUMENT_TOO_LARGE', 'DOCUMENT_UNSUPPORTED_TYPE', 'DOSSIER_FROZEN', 'OUT_OF_SCOPE'];

interface Dossier {
  readonly checklist: DossierView;
  readonly documents: readonly DocumentView[];
}

/** A document shown in the page: an object URL of its bytes, fetched with the bearer token. */
interface Viewed {
  readonly document: DocumentView;
  readonly url: string;
  readonly frame: SafeResourceUrl;
}

/**
 * A proposal's dossier (§10): the checklist of required kinds, the documents with download and in-page viewing of
 * PDFs and images, and, for the province's staff while the proposal is DRAFT or RETURNED, upload with progress and
 * removal. Blocks nothing the API allows: the API decides, the panel only explains.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-dossier-panel',
  styleUrl: './dossier-panel.component.scss',
  templateUrl: './dossier-panel.component.html',
})
export class DossierPanel {
  /** Optional only because the loader reads it before the parent sets it. */
  readonly record = input<CommendationView>();
  readonly roles = input<readonly string[]>([]);

  private readonly api = inject(DocumentsService);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly accept = ACCEPT;
  protected readonly kinds = DOCUMENT_KINDS;
  protected readonly size = formatSize;
  protected readonly viewable = isViewable;

  private readonly attempt = signal(0);
  private readonly loaded = loadOnChange(
    computed(() => {
      const record = this.record();
      return record ? { id: record.id, status: record.status, attempt: this.attempt() } : null;
    }),
    ({ id }) => forkJoin({ checklist: this.api.dossier(id), documents: this.api.list(id) }),
  );
  protected readonly state = computed<LoadState<Dossier>>(() => this.loaded() ?? LOADING);
  /** The province's staff add and remove documents while the API allows it (DRAFT or RETURNED). */
  protected readonly canChange = computed(() => {
    const state = this.state();
    return this.roles().includes('PROVINCE_STAFF') && state.status === 'ready' && state.data.checklist.editable;
  });

  protected kind: DocumentKind | null = null;
  protected readonly file = signal<File | null>(null);
  protected readonly problem = signal<FileProblem | null>(null);
  protected readonly progress = signal<number | null>(null);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly viewed = signal<Viewed | null>(null);
  protected readonly viewing = signal<string | null>(null);

  constructor() {
    this.destroyRef.onDestroy(() => this.closeViewer());
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    this.failure.set(null);
    this.file.set(file);
    this.problem.set(file ? checkFile(file) : null);
  }

  protected upload(input: HTMLInputElement): void {
    const file = this.file();
    const record = this.record();
    if (!record || !file || !this.kind || this.problem() || this.progress() !== null) return;
    this.failure.set(null);
    this.progress.set(0);
    this.api
      .upload(record.id, this.kind, file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) this.progress.set(event.total ? Math.round((100 * event.loaded) / event.total) : 0);
          if (event.type === HttpEventType.Response) {
            this.progress.set(null);
            this.file.set(null);
            this.kind = null;
            input.value = '';
            this.reload();
          }
        },
        error: (error: unknown) => {
          this.progress.set(null);
          this.failure.set(toApiError(error));
        },
      });
  }

  protected remove(document: DocumentView): void {
    this.failure.set(null);
    this.api
      .remove(document.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          if (this.viewed()?.document.id === document.id) this.closeViewer();
          this.reload();
        },
        error: (error: unknown) => this.failure.set(toApiError(error)),
      });
  }

  protected download(document: DocumentView): void {
    this.api
      .content(document.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (res) => res.body && saveBlob(res.body, fileNameFromDisposition(res.headers.get('Content-Disposition'), document.fileName)),
        error: (error: unknown) => this.failure.set(toApiError(error)),
      });
  }

  protected downloadZip(): void {
    const record = this.record();
    if (!record) return;
    this.api
      .zip(record.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (res) => res.body && saveBlob(res.body, fileNameFromDisposition(res.headers.get('Content-Disposition'), 'ho-so.zip')),
        error: (error: unknown) => this.failure.set(toApiError(error)),
      });
  }

  /** Shows a PDF or an image beside the checklist. */
  protected view(document: DocumentView): void {
    this.viewing.set(document.id);
    this.api
      .content(document.id, true)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (res) => {
          this.closeViewer();
          this.viewing.set(null);
          if (!res.body) return;
          const url = URL.createObjectURL(new Blob([res.body], { type: document.mediaType }));
          this.viewed.set({ document, url, frame: this.sanitizer.bypassSecurityTrustResourceUrl(url) });
        },
        error: (error: unknown) => {
          this.viewing.set(null);
          this.failure.set(toApiError(error));
        },
      });
  }

  protected closeViewer(): void {
    const viewed = this.viewed();
    if (viewed) URL.revokeObjectURL(viewed.url);
    this.viewed.set(null);
  }

  protected failureKey(failure: ApiError): string {
    return failure.code && EXPLAINED.includes(failure.code) ? `commendations.dossier.errors.${failure.code}` : failure.messageKey;
  }

  protected retry(): void {
    this.reload();
  }

  private reload(): void {
    this.attempt.update((n) => n + 1);
  }
}

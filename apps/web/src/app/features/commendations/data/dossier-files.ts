import { DOCUMENT_MAX_BYTES, DocumentMediaType, type DocumentView } from '@tdkt/shared/contracts';

/** Why the browser refuses a file before sending it (a translation key under `commendations.dossier.errors`). */
export type FileProblem = 'empty' | 'tooLarge' | 'type';

const EXTENSIONS: Record<string, DocumentMediaType> = {
  docx: DocumentMediaType.DOCX,
  jpeg: DocumentMediaType.JPEG,
  jpg: DocumentMediaType.JPEG,
  pdf: DocumentMediaType.PDF,
  png: DocumentMediaType.PNG,
};

/** What the file input offers. */
export const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The browser's early check, for a quick Vietnamese message instead of a wasted upload: the size limit and the type
 * by extension or the browser's type. The server checks the bytes themselves again (415 when they lie).
 */
export function checkFile(file: Pick<File, 'name' | 'size' | 'type'>): FileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > DOCUMENT_MAX_BYTES) return 'tooLarge';
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const known = Object.values(DocumentMediaType) as string[];
  if (!(extension in EXTENSIONS) && !known.includes(file.type)) return 'type';
  return null;
}

/** PDFs and images open in the page; Word documents are downloaded. */
export function isViewable(document: Pick<DocumentView, 'mediaType'>): boolean {
  return document.mediaType !== DocumentMediaType.DOCX;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

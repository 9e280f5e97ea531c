import { DOCUMENT_KIND_LABEL_VI } from '@tdkt/shared/domain';
import { DocumentEntity } from '@tdkt/api/database';
import archiver from 'archiver';
import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { DossierBundle } from './documents.service';

/** The record fields the manifest names the proposal by (what the central e-dossier system files it under). */
export interface ManifestRecord {
  achievementYear: number | null;
  awardTypeCode: string;
  awardTypeName: string;
  citation: string | null;
  id: string;
  kind: string;
  organization: string | null;
  position: string | null;
  provinceCode: string;
  provinceName: string;
  recipientKind: string;
  recipientName: string;
  status: string;
}

export interface DossierManifest {
  createdAt: string;
  documents: {
    fileName: string;
    kind: string;
    kindLabel: string;
    mediaType: string;
    path: string;
    sha256: string;
    size: number;
    uploadedAt: string;
    uploadedBy: string | null;
  }[];
  format: 'tdkt-dossier/1';
  missing: string[];
  record: ManifestRecord;
  required: string[];
}

/** Names inside the .zip: numbered in upload order, so two files of the same name never collide. */
export function entryPath(index: number, d: Pick<DocumentEntity, 'kind' | 'fileName'>): string {
  return `${String(index + 1).padStart(2, '0')}-${d.kind}-${d.fileName}`;
}

export function buildManifest(bundle: DossierBundle, record: ManifestRecord, createdAt: Date): DossierManifest {
  return {
    format: 'tdkt-dossier/1',
    createdAt: createdAt.toISOString(),
    record,
    required: bundle.checklist.required,
    missing: bundle.checklist.missing,
    documents: bundle.documents.map((d, i) => ({
      path: entryPath(i, d),
      kind: d.kind,
      kindLabel: DOCUMENT_KIND_LABEL_VI[d.kind],
      fileName: d.fileName,
      mediaType: d.mediaType,
      size: d.size,
      sha256: d.sha256,
      uploadedBy: d.uploadedByName,
      uploadedAt: d.createdAt.toISOString(),
    })),
  };
}

/**
 * Streams the dossier as one .zip into `out`: `manifest.json` first, then each document, opened one at a time so a
 * large dossier never holds more than one file (or one S3 response) open. Documents are stored, not deflated:
 * PDFs, images and DOCX are compressed already.
 */
export async function writeDossierZip(
  out: Writable,
  manifest: DossierManifest,
  documents: DocumentEntity[],
  open: (d: DocumentEntity) => Promise<Readable>,
): Promise<void> {
  const zip = archiver('zip', { zlib: { level: 6 } });
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  failed.catch(() => undefined);
  zip.pipe(out);
  const date = new Date(manifest.createdAt);
  zip.append(JSON.stringify(manifest, null, 2), { name: 'manifest.json', date });
  await Promise.race([once(zip, 'entry'), failed]);
  for (const [i, d] of documents.entries()) {
    zip.append(await open(d), { name: entryPath(i, d), date: d.createdAt, store: true });
    await Promise.race([once(zip, 'entry'), failed]);
  }
  await Promise.race([zip.finalize(), failed]);
}

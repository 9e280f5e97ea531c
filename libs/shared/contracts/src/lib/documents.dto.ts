import { IsEnum } from 'class-validator';

/** What a document of a proposal's dossier is (spec §10). */
export enum DocumentKind {
  ACHIEVEMENT_REPORT = 'ACHIEVEMENT_REPORT',
  DECISION = 'DECISION',
  INITIATIVE_RECOGNITION = 'INITIATIVE_RECOGNITION',
  MINUTES = 'MINUTES',
  OTHER = 'OTHER',
  SUBMISSION = 'SUBMISSION',
}

/** The order a dossier lists its kinds in: the submission first, as the council reads it. */
export const DOCUMENT_KINDS: DocumentKind[] = [
  DocumentKind.SUBMISSION,
  DocumentKind.ACHIEVEMENT_REPORT,
  DocumentKind.MINUTES,
  DocumentKind.INITIATIVE_RECOGNITION,
  DocumentKind.DECISION,
  DocumentKind.OTHER,
];

/** The only media types a dossier accepts; the bytes must match (magic numbers), whatever the browser says. */
export enum DocumentMediaType {
  DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  JPEG = 'image/jpeg',
  PDF = 'application/pdf',
  PNG = 'image/png',
}

/** Largest document accepted; larger uploads are cut off while streaming and answer 413. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** The multipart body of `POST /commendations/{id}/documents`: the field `kind` beside the field `file`. */
export class UploadDocumentDto {
  @IsEnum(DocumentKind)
  kind!: DocumentKind;
}

export interface DocumentView {
  commendationId: string;
  createdAt: string;
  fileName: string;
  id: string;
  kind: DocumentKind;
  mediaType: DocumentMediaType;
  sha256: string;
  size: number;
  uploadedBy: string | null;
}

/** `GET /commendations/{id}/dossier`: what the award requires, what is attached, what is still missing. */
export interface DossierView {
  /** Documents may be added or removed (the proposal is DRAFT or RETURNED). */
  editable: boolean;
  missing: DocumentKind[];
  present: DocumentKind[];
  required: DocumentKind[];
}

import { DocumentKind, DocumentMediaType } from '@tdkt/shared/contracts';
import { EntityManager } from 'typeorm';
import { Actor } from './actor';

/**
 * Nest injection tokens of the dossiers (libs/api/documents provides them, globally), so that the commendations and
 * votes features use a proposal's dossier without importing another feature library (Nx boundaries). Server-side
 * tokens: they live here, not in the shared contracts the browser loads.
 */
export const DOSSIER_CHECK = 'DossierCheck';
export const DOSSIER_ATTACHER = 'DossierAttacher';

/** What `submit` asks: the proposal's dossier holds every required kind (409 DOSSIER_INCOMPLETE otherwise). */
export interface DossierCheck {
  assertComplete(m: EntityManager, commendationId: string): Promise<void>;
}

/** Attaches a document the app made itself (the year-end vote's minutes to its nominations), in the caller's transaction. */
export interface DossierAttacher {
  attachGenerated(
    commendationId: string,
    kind: DocumentKind,
    fileName: string,
    mediaType: DocumentMediaType,
    bytes: Buffer,
    actor: Actor,
    manager?: EntityManager,
  ): Promise<unknown>;
}

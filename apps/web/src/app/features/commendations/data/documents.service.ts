import { HttpClient, HttpEvent, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DocumentKind, DocumentView, DossierView } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

/** The dossier endpoints (§6): documents of a proposal, its checklist, its .zip, one document's bytes. */
@Injectable({ providedIn: 'root' })
export class DocumentsService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(commendationId: string): Observable<DocumentView[]> {
    return this.http.get<DocumentView[]>(`${this.base}/commendations/${encodeURIComponent(commendationId)}/documents`);
  }

  dossier(commendationId: string): Observable<DossierView> {
    return this.http.get<DossierView>(`${this.base}/commendations/${encodeURIComponent(commendationId)}/dossier`);
  }

  /** Multipart upload with progress events (`reportProgress`), ending with the created document. */
  upload(commendationId: string, kind: DocumentKind, file: File): Observable<HttpEvent<DocumentView>> {
    const body = new FormData();
    body.append('kind', kind);
    body.append('file', file, file.name);
    return this.http.post<DocumentView>(`${this.base}/commendations/${encodeURIComponent(commendationId)}/documents`, body, {
      observe: 'events',
      reportProgress: true,
    });
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/documents/${encodeURIComponent(id)}`);
  }

  /** The bytes, fetched with the bearer token (an `<iframe src>` could not send it); `inline` for the viewer. */
  content(id: string, inline = false): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.base}/documents/${encodeURIComponent(id)}/content`, {
      observe: 'response',
      params: inline ? { inline: '1' } : {},
      responseType: 'blob',
    });
  }

  zip(commendationId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.base}/commendations/${encodeURIComponent(commendationId)}/dossier.zip`, {
      observe: 'response',
      responseType: 'blob',
    });
  }
}

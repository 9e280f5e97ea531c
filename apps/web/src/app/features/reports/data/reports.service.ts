import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BulletinView, CreateReportDto, MeetingView, ReportSectionKey, ReportSummaryView, ReportView } from '@tdkt/shared/contracts';
import { Observable, map } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { fileNameFromDisposition } from '../../../core/http/file-download';

export type ReportFileKind = 'docx' | 'xlsx';

/** A downloaded export and the name to save it under. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/** `/api/v1/reports…` and the one meeting a report names. */
@Injectable({ providedIn: 'root' })
export class ReportsService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(query: { clusterCode?: string | null; year?: number | null }): Observable<ReportSummaryView[]> {
    let params = new HttpParams();
    if (query.clusterCode) params = params.set('clusterCode', query.clusterCode);
    if (query.year) params = params.set('year', query.year);
    return this.http.get<ReportSummaryView[]>(`${this.base}/reports`, { params });
  }

  create(body: CreateReportDto): Observable<ReportView> {
    return this.http.post<ReportView>(`${this.base}/reports`, body);
  }

  get(id: string): Observable<ReportView> {
    return this.http.get<ReportView>(this.url(id));
  }

  updateSections(id: string, version: number, sections: ReadonlyArray<{ key: ReportSectionKey; text: string }>): Observable<ReportView> {
    return this.http.patch<ReportView>(this.url(id), { sections, version });
  }

  recompute(id: string, version: number): Observable<ReportView> {
    return this.http.post<ReportView>(`${this.url(id)}/recompute`, { version });
  }

  finalize(id: string, version: number): Observable<ReportView> {
    return this.http.post<ReportView>(`${this.url(id)}/finalize`, { version });
  }

  bulletin(id: string): Observable<BulletinView> {
    return this.http.get<BulletinView>(`${this.url(id)}/bulletin`);
  }

  meeting(id: string): Observable<MeetingView> {
    return this.http.get<MeetingView>(`${this.base}/meetings/${encodeURIComponent(id)}`);
  }

  /** The export as a blob: the endpoint needs the bearer token, so a plain link would be refused. */
  download(id: string, kind: ReportFileKind, fallbackName: string): Observable<DownloadedFile> {
    return this.http.get(`${this.url(id)}/export.${kind}`, { observe: 'response', responseType: 'blob' }).pipe(
      map((response: HttpResponse<Blob>) => ({
        blob: response.body ?? new Blob([]),
        fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName),
      })),
    );
  }

  private url(id: string): string {
    return `${this.base}/reports/${encodeURIComponent(id)}`;
  }
}

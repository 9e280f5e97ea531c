import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PledgeView } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { ExportFilters, exportQuery } from './export-filters';
import { ImportTarget } from './import-kinds';
import { AnyImportResult } from './imported-rows';

/** The workbook travels as the multipart field `file`, as the API's upload interceptor reads it. */
export function importForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** The Excel calls answered in one piece: template, dry run and export. The streamed real import is ImportStreamService. */
@Injectable({ providedIn: 'root' })
export class ImportsService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  /** `GET <template>`: a blob, since the download needs the bearer token an <a href> would not send. */
  template(target: ImportTarget): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.base}${target.templatePath}`, { observe: 'response', responseType: 'blob' });
  }

  /** `POST <import>?dryRun=true`: every row's errors and the rows that would be created; nothing is written. */
  dryRun(target: ImportTarget, file: File): Observable<AnyImportResult> {
    return this.http.post<AnyImportResult>(`${this.base}${target.importPath}`, importForm(file), { params: { dryRun: 'true' } });
  }

  /** `GET /pledges?year=`: the pledges of that year the caller may read (their own cluster for staff and chairs). */
  pledges(year: number): Observable<PledgeView[]> {
    return this.http.get<PledgeView[]>(`${this.base}/pledges`, { params: { year: String(year) } });
  }

  /** `GET /commendations/export.xlsx` with the list filters. */
  exportCommendations(filters: ExportFilters): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.base}/commendations/export.xlsx`, {
      params: exportQuery(filters),
      observe: 'response',
      responseType: 'blob',
    });
  }
}

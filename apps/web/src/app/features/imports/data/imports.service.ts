import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ImportResult } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { ExportFilters, exportQuery } from './export-filters';
import { ImportKind } from './import-kinds';

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
  template(kind: ImportKind): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.base}${kind.templatePath}`, { observe: 'response', responseType: 'blob' });
  }

  /** `POST <import>?dryRun=true`: every row's errors and the rows that would be created; nothing is written. */
  dryRun(kind: ImportKind, file: File): Observable<ImportResult> {
    return this.http.post<ImportResult>(`${this.base}${kind.importPath}`, importForm(file), { params: { dryRun: 'true' } });
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

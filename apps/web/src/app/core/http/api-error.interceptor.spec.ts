import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ApiError } from './api-error';
import { apiErrorInterceptor } from './api-error.interceptor';

describe('apiErrorInterceptor', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(withInterceptors([apiErrorInterceptor])), provideHttpClientTesting()] });
  });

  it("reads a download's JSON error body out of its Blob: the server's message and code reach the user", async () => {
    const failed = firstValueFrom(TestBed.inject(HttpClient).get('/api/v1/reports/r1/export.docx', { responseType: 'blob' })).catch((e: unknown) => e);
    const body = { statusCode: 404, error: 'Not Found', code: 'REPORT_NOT_FOUND', message: 'Không tìm thấy báo cáo' };
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/reports/r1/export.docx')
      .flush(new Blob([JSON.stringify(body)], { type: 'application/json' }), { status: 404, statusText: 'Not Found' });
    const error = (await failed) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.reason, error.serverMessage, error.code]).toEqual(['notFound', 'Không tìm thấy báo cáo', 'REPORT_NOT_FOUND']);
  });

  it('keeps the status when a Blob error body is not JSON', async () => {
    const failed = firstValueFrom(TestBed.inject(HttpClient).get('/api/v1/x.xlsx', { responseType: 'blob' })).catch((e: unknown) => e);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/x.xlsx')
      .flush(new Blob(['<html>'], { type: 'text/html' }), { status: 502, statusText: 'Bad Gateway' });
    const error = (await failed) as ApiError;
    expect([error.reason, error.status, error.serverMessage]).toEqual(['server', 502, null]);
  });
});

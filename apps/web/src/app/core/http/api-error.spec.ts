import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { resetLanguage } from '../../../testing/test-i18n';
import { provideAppTesting } from '../../../testing/test-providers';
import { ApiError, errorMessage, toApiError } from './api-error';

describe('toApiError', () => {
  const response = (status: number, error: unknown = null): HttpErrorResponse => new HttpErrorResponse({ status, error });

  it.each([
    [0, 'network'],
    [200, 'invalidResponse'],
    [400, 'badRequest'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [409, 'conflict'],
    [413, 'badRequest'],
    [418, 'unknown'],
    [500, 'server'],
    [503, 'server'],
  ])('maps HTTP %i to %s', (status, reason) => {
    expect(toApiError(response(status)).reason).toBe(reason);
  });

  it("keeps the API's own message from its {statusCode, error, message} body", () => {
    const error = toApiError(response(409, { statusCode: 409, error: 'Conflict', message: 'Bản ghi đã bị thay đổi' }));
    expect(error.serverMessage).toBe('Bản ghi đã bị thay đổi');
    expect(error.messageKey).toBe('errors.conflict');
  });

  it('joins a list of messages', () => {
    expect(toApiError(response(400, { statusCode: 400, error: 'Bad Request', message: ['a', 'b'] })).serverMessage).toBe('a; b');
  });

  it('ignores bodies that are not the API error shape (an HTML page from a proxy)', () => {
    expect(toApiError(response(502, '<html>Bad gateway</html>')).serverMessage).toBeNull();
  });

  it('passes an ApiError through and wraps anything else', () => {
    const known = new ApiError('server', 500, null);
    expect(toApiError(known)).toBe(known);
    expect(toApiError(new TypeError('boom')).reason).toBe('unknown');
  });
});

describe('errorMessage', () => {
  let transloco: TranslocoService;

  beforeEach(async () => {
    resetLanguage();
    TestBed.configureTestingModule({ providers: [...provideAppTesting()] });
    transloco = TestBed.inject(TranslocoService);
    await firstValueFrom(transloco.load('vi'));
  });

  it("prefers the server's Vietnamese message", () => {
    const error = new ApiError('conflict', 409, 'Kỳ sơ kết 6 tháng năm 2024 đã khóa', 'PERIOD_LOCKED');
    expect(errorMessage(error, transloco)).toBe('Kỳ sơ kết 6 tháng năm 2024 đã khóa');
  });

  it('falls back to the words for the reason, with the status filled in', () => {
    expect(errorMessage(new ApiError('server', 503, null), transloco)).toBe(
      'Máy chủ đang gặp sự cố (mã lỗi 503). Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo cho quản trị hệ thống.',
    );
    expect(errorMessage(toApiError(new HttpErrorResponse({ status: 0 })), transloco)).toBe(
      'Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi bấm Thử lại.',
    );
  });

  it('speaks the chosen language when the server sent no message', async () => {
    await firstValueFrom(transloco.load('en'));
    transloco.setActiveLang('en');
    expect(errorMessage(new ApiError('badRequest', 413, null), transloco)).toBe('The server refused the request as invalid (error 413).');
  });
});

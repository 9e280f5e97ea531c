import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, toApiError } from './api-error';

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

import { ApiError } from '@tdkt/shared/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Body-parser errors carry `type` and `status`; they must answer 4xx, never 500. */
interface BodyParserError {
  status?: number;
  type?: string;
}

/**
 * Every error leaves as `{statusCode, error, message}` (§6); never a stack trace or SQL.
 * Database constraint violations that bad input can cause become 409/400.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.code === 'DATABASE_UNAVAILABLE') {
      // An outage is not a bug: one line per request, not a stack trace each.
      this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (body.statusCode >= 500 && body.statusCode !== 503) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    // A stream that fails halfway can only be cut short: its status line has gone already.
    if (response.headersSent) {
      response.end();
      return;
    }
    // A download route may have set its file type and name already: an error is always JSON.
    response.removeHeader('Content-Disposition');
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    // The client (and a load balancer) may try again shortly: the database is expected back.
    if (body.code === 'DATABASE_UNAVAILABLE') response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiError & { code?: string } {
    // Before anything else: a pool timeout or a refused connection can surface wrapped in any of the types below.
    if (!(exception instanceof HttpException) && isDatabaseUnavailable(exception)) {
      return { ...this.simple(503, 'Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít giây'), code: 'DATABASE_UNAVAILABLE' };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'string' ? { message: raw } : (raw as Record<string, unknown>);
      return {
        statusCode: status,
        error: REASON[status] ?? HttpStatus[status] ?? 'Error',
        message: (payload['message'] as string | string[]) ?? exception.message,
        ...(payload['errors'] ? { errors: payload['errors'] as ApiError['errors'] } : {}),
        ...(payload['code'] ? { code: payload['code'] as string } : {}),
      };
    }
    const parser = exception as BodyParserError;
    if (parser?.type === 'entity.too.large') return this.simple(413, 'Dữ liệu gửi lên quá lớn');
    if (parser?.type === 'entity.parse.failed') return this.simple(400, 'Dữ liệu JSON không hợp lệ');
    if (parser?.type && parser.status && parser.status < 500) return this.simple(parser.status, 'Yêu cầu không hợp lệ');
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      if (code === '23505') return { ...this.simple(409, 'Bản ghi đã tồn tại (trùng dữ liệu)'), code: 'DUPLICATE' };
      if (code === '23503') return this.simple(409, 'Bản ghi đang được tham chiếu hoặc tham chiếu tới dữ liệu không tồn tại');
      // Safety nets: validation should have refused these inputs already.
      if (['23514', '23502', '22P02', '22007', '22008', '22003', '22021', '22001'].includes(code ?? '')) {
        return this.simple(400, 'Dữ liệu không hợp lệ');
      }
    }
    return this.simple(500, 'Lỗi hệ thống; vui lòng thử lại sau');
  }

  private simple(statusCode: number, message: string): ApiError {
    return { statusCode, error: REASON[statusCode] ?? 'Error', message };
  }
}

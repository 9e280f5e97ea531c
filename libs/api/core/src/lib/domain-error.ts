import { ERROR_STATUS, ErrorCode } from '@tdkt/shared/contracts';
import { HttpException } from '@nestjs/common';

/** A refusal the client can act on: a stable code, its HTTP status, and a Vietnamese message. */
export class DomainError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super({ code, message }, ERROR_STATUS[code]);
  }
}

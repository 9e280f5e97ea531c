import { ERROR_STATUS, ErrorCode, FieldError } from '@tdkt/shared/contracts';
import { BadRequestException, HttpException } from '@nestjs/common';

/** A refusal the client can act on: a stable code, its HTTP status, and a Vietnamese message. */
export class DomainError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super({ code, message }, ERROR_STATUS[code]);
  }
}

/** 400 listing every invalid field (§6 error shape); the one way services report bad input. */
export function fieldErrors(errors: FieldError[]): BadRequestException {
  return new BadRequestException({ message: errors.map((e) => e.message), errors });
}

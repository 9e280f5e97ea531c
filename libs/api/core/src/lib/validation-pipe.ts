import { FieldError, VALIDATION_MESSAGES_VI } from '@tdkt/shared/contracts';
import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Every field's problem, depth first, with dotted paths ("criteria.0.code"). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, english]) => ({
      field,
      code,
      message: VALIDATION_MESSAGES_VI[code]?.replace('{field}', field) ?? english,
    }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new BadRequestException({ message: fieldErrors.map((e) => e.message), errors: fieldErrors });
    },
  });
}

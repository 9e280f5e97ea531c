import { FieldError, VALIDATION_MESSAGES_VI } from '@tdkt/shared/contracts';
import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

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

/** The global pipe, refusing also a list where one record is expected (class-validator would read it as an object). */
class RecordValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && Array.isArray(value) && metadata.metatype && metadata.metatype !== Array && this.toValidate(metadata)) {
      const message = 'Dữ liệu gửi lên phải là một bản ghi, không phải danh sách';
      throw new BadRequestException({ message: [message], errors: [{ field: '', code: 'isObject', message }] });
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RecordValidationPipe({
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

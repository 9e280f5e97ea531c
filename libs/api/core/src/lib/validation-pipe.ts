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

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Problems class-validator cannot see: NUL characters (PostgreSQL cannot store them in text) and keys named like
 * Object.prototype's members (class-transformer skips them silently instead of letting forbidNonWhitelisted refuse them).
 */
export function rawInputProblems(value: unknown, path = ''): FieldError[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [{ field: path, code: 'noNulCharacter', message: `${path || 'Dữ liệu'}: không được chứa ký tự NUL` }] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const field = path ? `${path}.${key}` : key;
    if (!Array.isArray(value) && PROTOTYPE_KEYS.has(key)) {
      return [{ field, code: 'whitelistValidation', message: `${field}: trường này không được phép gửi lên` }];
    }
    return rawInputProblems(child, field);
  });
}

const NOT_NULL = Symbol('tdkt:notNull');

/**
 * For PATCH bodies made with PartialType: these fields may be left out but not set to null
 * (PartialType's @IsOptional lets null through, and the columns are NOT NULL).
 */
export function NotNullWhenGiven(...fields: string[]): ClassDecorator {
  return (target) => Reflect.defineMetadata(NOT_NULL, fields, target);
}

function nullProblems(value: unknown, metatype: unknown): FieldError[] {
  const fields: string[] = (metatype && Reflect.getMetadata(NOT_NULL, metatype as object)) ?? [];
  if (!fields.length || value === null || typeof value !== 'object') return [];
  const body = value as Record<string, unknown>;
  return fields.filter((f) => f in body && body[f] === null).map((field) => ({ field, code: 'isNotNull', message: `${field}: không được để trống` }));
}

/** The global pipe, refusing also a list where one record is expected (class-validator would read it as an object). */
class RecordValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = [...rawInputProblems(value, metadata.data ?? ''), ...nullProblems(value, metadata.metatype)];
      if (problems.length) throw new BadRequestException({ message: problems.map((p) => p.message), errors: problems });
    }
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

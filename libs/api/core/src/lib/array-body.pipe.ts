import { FieldError } from '@tdkt/shared/contracts';
import { BadRequestException, Injectable, PipeTransform, Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fieldErrors } from './domain-error';
import { flattenValidationErrors } from './validation-pipe';

/**
 * Validates a JSON array body item by item with the same rules as the global pipe,
 * reporting every item's problems with its index ("3.provinceCode").
 */
@Injectable()
export class ArrayBodyPipe<T extends object> implements PipeTransform<unknown, Promise<T[]>> {
  constructor(
    private readonly itemType: Type<T>,
    private readonly maxItems = 1000,
  ) {}

  async transform(value: unknown): Promise<T[]> {
    if (!Array.isArray(value)) throw this.fail([{ field: '', code: 'isArray', message: 'Dữ liệu gửi lên phải là một danh sách' }]);
    if (value.length > this.maxItems) {
      throw this.fail([{ field: '', code: 'arrayMaxSize', message: `Danh sách tối đa ${this.maxItems} dòng` }]);
    }
    const items: T[] = [];
    const errors: FieldError[] = [];
    for (const [index, raw] of value.entries()) {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        errors.push({ field: String(index), code: 'isObject', message: `Dòng ${index + 1}: dữ liệu không hợp lệ` });
        continue;
      }
      const item = plainToInstance(this.itemType, raw);
      const problems = await validate(item, { whitelist: true, forbidNonWhitelisted: true });
      errors.push(...flattenValidationErrors(problems, String(index)));
      items.push(item);
    }
    if (errors.length) throw this.fail(errors);
    return items;
  }

  private fail(errors: FieldError[]): BadRequestException {
    return fieldErrors(errors);
  }
}

import { isIsoDate } from '@tdkt/shared/util-text';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateBy, ValidationOptions } from 'class-validator';

/** A real calendar date written YYYY-MM-DD. */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: () => '$property must be a date written YYYY-MM-DD',
      },
    },
    options,
  );
}

/** Two-digit province code of the General Statistics Office list. */
export function IsProvinceCode(options?: ValidationOptions): PropertyDecorator {
  return Matches(/^\d{2}$/, { message: '$property must be a two-digit province code', ...options });
}

/** A year the records system can hold. */
export function IsRecordYear(): PropertyDecorator {
  return (target, key) => {
    IsInt()(target, key);
    Min(1945)(target, key);
    Max(2100)(target, key);
  };
}

/** Required one-line text, trimmed, at most `max` characters. */
export function IsRequiredText(max: number): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))(target, key);
    IsString()(target, key);
    IsNotEmpty()(target, key);
    MaxLength(max)(target, key);
  };
}

/** Optional text, trimmed (empty becomes null), at most `max` characters. */
export function IsOptionalText(max: number): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value))(target, key);
    ValidateBy({
      name: 'isOptionalText',
      validator: {
        validate: (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.length <= max),
        defaultMessage: () => `$property must be text of at most ${max} characters`,
      },
    })(target, key);
  };
}

/** Query-string booleans: "true"/"false" only. */
export const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Vietnamese messages by constraint name, for API answers and the client. `{field}` and `{0}` are filled in. */
export const VALIDATION_MESSAGES_VI: Record<string, string> = {
  arrayMaxSize: '{field}: danh sách quá dài',
  arrayMinSize: '{field}: danh sách không được để trống',
  isArray: '{field}: phải là một danh sách',
  isBoolean: '{field}: phải là đúng hoặc sai',
  isEnum: '{field}: giá trị không thuộc danh mục cho phép',
  isIn: '{field}: giá trị không thuộc danh mục cho phép',
  isInt: '{field}: phải là số nguyên',
  isIsoDate: '{field}: ngày không hợp lệ (định dạng YYYY-MM-DD)',
  isNotEmpty: '{field}: không được để trống',
  isNumber: '{field}: phải là số',
  isOptionalText: '{field}: văn bản quá dài',
  isString: '{field}: phải là văn bản',
  isUuid: '{field}: mã định danh không hợp lệ',
  matches: '{field}: sai định dạng',
  max: '{field}: giá trị quá lớn',
  maxLength: '{field}: quá dài',
  min: '{field}: giá trị quá nhỏ',
  nestedValidation: '{field}: dữ liệu lồng nhau không hợp lệ',
  unknownValue: 'Dữ liệu gửi lên không hợp lệ',
  whitelistValidation: '{field}: trường này không được phép',
};

import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** Route ids must be UUIDs: anything else is a 400, never a database error. */
export const uuidParam = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({
      message: ['id: mã định danh không hợp lệ'],
      errors: [{ field: 'id', code: 'isUuid', message: 'id: mã định danh không hợp lệ' }],
    }),
});

import { IMPORT_MAX_BYTES } from '@tdkt/shared/contracts';
import { DomainError } from '@tdkt/api/core';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Observable } from 'rxjs';

// The app's JSON body limit does not cover multipart bodies: multer's own limits bound the upload.
const Multer = FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, parts: 12 } });

/** Reads the multipart field `file` into memory; 415 for anything but multipart, 413 (Vietnamese message) above 10 MB. */
@Injectable()
export class XlsxUploadInterceptor implements NestInterceptor {
  private readonly multer = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.is('multipart/form-data')) {
      throw new DomainError('IMPORT_UNSUPPORTED_TYPE', 'Hãy gửi tệp Excel .xlsx dạng multipart/form-data, trong trường "file"');
    }
    try {
      return await this.multer.intercept(context, next);
    } catch (e) {
      if (e instanceof PayloadTooLargeException) {
        throw new DomainError('IMPORT_TOO_LARGE', `Tệp vượt quá ${IMPORT_MAX_BYTES / 1024 / 1024} MB; hãy chia thành nhiều tệp nhỏ hơn`);
      }
      throw e;
    }
  }
}

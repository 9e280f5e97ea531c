import { DOCUMENT_MAX_BYTES } from '@tdkt/shared/contracts';
import { DomainError } from '@tdkt/api/core';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Observable } from 'rxjs';

// multer counts the bytes as they stream in and aborts the part at the limit (then drains the rest unread), so an
// oversized upload is refused without its body ever being held whole. UTF-8 names: browsers send them raw.
const Multer = FileInterceptor('file', {
  defParamCharset: 'utf8',
  limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024 },
});

/** Reads the multipart fields `file` and `kind`; 415 for anything but multipart, 413 (Vietnamese message) above 20 MB. */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly multer = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.is('multipart/form-data')) {
      throw new DomainError('DOCUMENT_UNSUPPORTED_TYPE', 'Hãy gửi tài liệu dạng multipart/form-data, trong trường "file" (và loại tài liệu trong trường "kind")');
    }
    try {
      return await this.multer.intercept(context, next);
    } catch (e) {
      if (e instanceof PayloadTooLargeException) {
        throw new DomainError('DOCUMENT_TOO_LARGE', `Tài liệu vượt quá ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB; hãy nén hoặc tách tệp`);
      }
      throw e;
    }
  }
}

import { DocumentView, DossierView, UploadDocumentDto } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { fieldErrors, uuidParam } from '@tdkt/api/core';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DocumentUploadInterceptor } from './document-upload.interceptor';
import { DocumentsService, UploadedDocument } from './documents.service';
import { DossierDownloadService } from './dossier-download.service';

@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly downloads: DossierDownloadService,
  ) {}

  @ApiOperation({ summary: 'Attach a document to a proposal (multipart `file` and `kind`); PDF, DOCX, JPEG, PNG up to 20 MB; only while DRAFT or RETURNED' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: { file: { type: 'string', format: 'binary' }, kind: { type: 'string', enum: ['SUBMISSION', 'ACHIEVEMENT_REPORT', 'MINUTES', 'INITIATIVE_RECOGNITION', 'DECISION', 'OTHER'] } },
    },
  })
  @HttpCode(201)
  @Post('commendations/:id/documents')
  @UseInterceptors(DocumentUploadInterceptor)
  upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<DocumentView> {
    if (!file) throw fieldErrors([{ field: 'file', code: 'isNotEmpty', message: 'Hãy chọn tệp tài liệu (trường "file")' }]);
    return this.documents.upload(actor, id, dto.kind, file);
  }

  @ApiOperation({ summary: 'The documents of a proposal’s dossier (404 outside the caller’s scope)' })
  @Get('commendations/:id/documents')
  list(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<DocumentView[]> {
    return this.documents.list(actor, id);
  }

  @ApiOperation({ summary: 'The dossier checklist: `{required, present, missing}` document kinds' })
  @Get('commendations/:id/dossier')
  dossier(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<DossierView> {
    return this.documents.dossier(actor, id);
  }

  @ApiOperation({ summary: 'The whole dossier as one .zip with manifest.json (record, documents, SHA-256)' })
  @ApiProduces('application/zip')
  @Get('commendations/:id/dossier.zip')
  async zip(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    await this.downloads.sendZip(actor, id, res);
  }

  @ApiOperation({ summary: 'A document’s bytes (`?inline=1` shows PDFs and images in the page); 404 outside the record’s scope' })
  @ApiQuery({ name: 'inline', required: false, enum: ['0', '1'] })
  @Get('documents/:id/content')
  async content(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Query('inline') inline: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (inline !== undefined && !['0', '1', 'true', 'false'].includes(inline)) {
      throw fieldErrors([{ field: 'inline', code: 'isIn', message: 'Tham số inline chỉ nhận 0 hoặc 1' }]);
    }
    const { document, stream } = await this.documents.content(actor, id);
    await this.downloads.sendContent(res, document, stream, inline === '1' || inline === 'true');
  }

  @ApiOperation({ summary: 'Remove a document while the proposal is DRAFT or RETURNED' })
  @Delete('documents/:id')
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<void> {
    return this.documents.remove(actor, id);
  }
}

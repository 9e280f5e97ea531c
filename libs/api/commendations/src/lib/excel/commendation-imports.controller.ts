import { CommendationQueryDto, IMPORT_MAX_BYTES, ImportQueryDto } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { Controller, Get, Header, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UploadedXlsx, XLSX_TYPE, XlsxUploadInterceptor, respondImport } from '@tdkt/api/imports';
import { CommendationExportService } from './commendation-export.service';
import { CommendationImportService } from './commendation-import.service';

/** Excel round trip of commendations; registered before CommendationsModule so these paths win over /commendations/:id. */
@ApiTags('commendations')
@ApiBearerAuth()
@Controller('commendations')
export class CommendationImportsController {
  constructor(
    private readonly exports: CommendationExportService,
    private readonly imports: CommendationImportService,
  ) {}

  @ApiOperation({ summary: 'Excel template for importing commendations (Vietnamese headers, dropdowns, instructions)' })
  @ApiProduces(XLSX_TYPE)
  @Get('import-template.xlsx')
  @Header('Content-Type', XLSX_TYPE)
  @Header('Content-Disposition', 'attachment; filename="mau-nhap-khen-thuong.xlsx"')
  async template(@CurrentActor() actor: Actor): Promise<StreamableFile> {
    return new StreamableFile(await this.exports.template(actor));
  }

  @ApiOperation({ summary: 'The commendation list (same filters and scope) as a streamed .xlsx' })
  @ApiProduces(XLSX_TYPE)
  @Get('export.xlsx')
  export(@CurrentActor() actor: Actor, @Query() query: CommendationQueryDto, @Res() res: Response): Promise<void> {
    return this.exports.export(actor, query, res);
  }

  @ApiOperation({
    summary: `Import commendations from the template (.xlsx, at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB): all rows or none; ?dryRun=true only checks; ?progress=true answers NDJSON`,
  })
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiConsumes('multipart/form-data')
  @Post('import')
  @UseInterceptors(XlsxUploadInterceptor)
  import(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedXlsx | undefined,
    @Query() query: ImportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const dryRun = query.dryRun ?? false;
    return respondImport(res, { dryRun, progress: query.progress ?? false }, (progress) =>
      this.imports.import(actor, file, dryRun, progress),
    );
  }
}

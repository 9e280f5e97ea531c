import { IMPORT_MAX_BYTES, ImportQueryDto } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { uuidParam } from '@tdkt/api/core';
import { Controller, Get, Header, Param, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UploadedXlsx, XLSX_TYPE, XlsxUploadInterceptor, respondImport } from '@tdkt/api/imports';
import { PledgeResultImportService } from './pledge-result-import.service';

/** Excel import of a pledge's results, shaped like the commendation import. */
@ApiTags('pledges')
@ApiBearerAuth()
@Controller('pledges')
export class PledgeResultImportsController {
  constructor(private readonly imports: PledgeResultImportService) {}

  @ApiOperation({ summary: "Excel template for importing a pledge's results (its criteria and your member provinces in dropdowns)" })
  @ApiProduces(XLSX_TYPE)
  @Get(':id/results/import-template.xlsx')
  @Header('Content-Type', XLSX_TYPE)
  @Header('Content-Disposition', 'attachment; filename="mau-nhap-ket-qua-giao-uoc.xlsx"')
  async template(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.imports.template(actor, id));
  }

  @ApiOperation({
    summary: `Import a pledge's results (.xlsx, at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB): insert or replace, all rows or none; ?dryRun=true only checks; ?progress=true answers NDJSON`,
  })
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiConsumes('multipart/form-data')
  @Post(':id/results/import')
  @UseInterceptors(XlsxUploadInterceptor)
  import(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @UploadedFile() file: UploadedXlsx | undefined,
    @Query() query: ImportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const dryRun = query.dryRun ?? false;
    return respondImport(res, { dryRun, progress: query.progress ?? false }, (progress) =>
      this.imports.import(actor, id, file, dryRun, progress),
    );
  }
}

import { IMPORT_MAX_BYTES, ImportQueryDto } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { Controller, Get, Header, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UploadedXlsx, XLSX_TYPE, XlsxUploadInterceptor, respondImport } from '@tdkt/api/imports';
import { TypicalExampleImportService } from './typical-example-import.service';

/** Excel import of typical examples; registered before TypicalExamplesModule so these paths win over /typical-examples/:id. */
@ApiTags('typical-examples')
@ApiBearerAuth()
@Controller('typical-examples')
export class TypicalExampleImportsController {
  constructor(private readonly imports: TypicalExampleImportService) {}

  @ApiOperation({ summary: 'Excel template for importing typical examples (Vietnamese headers, dropdowns, instructions)' })
  @ApiProduces(XLSX_TYPE)
  @Get('import-template.xlsx')
  @Header('Content-Type', XLSX_TYPE)
  @Header('Content-Disposition', 'attachment; filename="mau-nhap-dien-hinh-tien-tien.xlsx"')
  async template(@CurrentActor() actor: Actor): Promise<StreamableFile> {
    return new StreamableFile(await this.imports.template(actor));
  }

  @ApiOperation({
    summary: `Import typical examples from the template (.xlsx, at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB): all rows or none; ?dryRun=true only checks; ?progress=true answers NDJSON`,
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

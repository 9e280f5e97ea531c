import {
  BulletinView,
  CreateReportDto,
  ReportQueryDto,
  ReportSummaryView,
  ReportVersionDto,
  ReportView,
  UpdateReportDto,
} from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReportDocumentsService } from './report-documents.service';
import { ReportsService } from './reports.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly documents: ReportDocumentsService,
  ) {}

  @ApiOperation({ summary: 'Reports of a cluster and year' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: ReportQueryDto): Promise<ReportSummaryView[]> {
    return this.reports.list(actor, query);
  }

  @ApiOperation({ summary: 'Draft and compute the report of a cluster period (its chair)' })
  @HttpCode(201)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateReportDto): Promise<ReportView> {
    return this.reports.create(actor, dto);
  }

  @ApiOperation({ summary: 'One report' })
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<ReportView> {
    return this.reports.get(actor, id);
  }

  @ApiOperation({ summary: 'Edit section texts (version required)' })
  @Patch(':id')
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: UpdateReportDto): Promise<ReportView> {
    return this.reports.update(actor, id, dto);
  }

  @ApiOperation({ summary: 'Recompute figures, redraft unedited sections' })
  @HttpCode(200)
  @Post(':id/recompute')
  recompute(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: ReportVersionDto): Promise<ReportView> {
    return this.reports.recompute(actor, id, dto);
  }

  @ApiOperation({ summary: 'Freeze the report and lock its period' })
  @HttpCode(200)
  @Post(':id/finalize')
  finalize(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: ReportVersionDto): Promise<ReportView> {
    return this.reports.finalize(actor, id, dto);
  }

  @ApiOperation({ summary: 'The report as .docx (Decree 30/2020/NĐ-CP layout)' })
  @Get(':id/export.docx')
  @Header('Content-Type', DOCX)
  async docx(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<StreamableFile> {
    const { file, name } = await this.documents.docx(actor, id);
    return new StreamableFile(file, { disposition: `attachment; filename="${name}"` });
  }

  @ApiOperation({ summary: 'Statistics tables and forms 0601–0603 as .xlsx' })
  @Get(':id/export.xlsx')
  @Header('Content-Type', XLSX)
  async xlsx(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<StreamableFile> {
    const { file, name } = await this.documents.xlsx(actor, id);
    return new StreamableFile(file, { disposition: `attachment; filename="${name}"` });
  }

  @ApiOperation({ summary: 'News bulletin draft about the meeting' })
  @Get(':id/bulletin')
  bulletin(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<BulletinView> {
    return this.documents.bulletin(actor, id);
  }
}

import { ScoringReader, VoteReader } from '@tdkt/api/year-end';
import { Module } from '@nestjs/common';
import { ClusterFiguresController } from './cluster-figures.controller';
import { ReportFiguresService } from './report-figures.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ReportDocumentsService } from './report-documents.service';

@Module({
  controllers: [ClusterFiguresController, ReportsController],
  providers: [ReportsService, ReportFiguresService, ReportDocumentsService, ScoringReader, VoteReader],
  exports: [ReportFiguresService],
})
export class ReportsModule {}

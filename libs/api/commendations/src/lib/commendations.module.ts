import { ScoringReader, VoteReader } from '@tdkt/api/year-end';
import { Module } from '@nestjs/common';
import { CommendationsController } from './commendations.controller';
import { CommendationsService } from './commendations.service';
import { CommendationExportService } from './excel/commendation-export.service';
import { CommendationImportService } from './excel/commendation-import.service';
import { CommendationImportsController } from './excel/commendation-imports.controller';

/** The Excel controller comes first: its fixed paths (import, export.xlsx) must win over /commendations/:id. */
@Module({
  controllers: [CommendationImportsController, CommendationsController],
  providers: [CommendationExportService, CommendationImportService, CommendationsService, ScoringReader, VoteReader],
  exports: [CommendationsService],
})
export class CommendationsModule {}

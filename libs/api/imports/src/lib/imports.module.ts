import { Module } from '@nestjs/common';
import { CommendationExportService } from './commendation-export.service';
import { CommendationImportService } from './commendation-import.service';
import { CommendationImportsController } from './commendation-imports.controller';

/** Excel import, export and templates; imported before CommendationsModule (see AppModule). */
@Module({ controllers: [CommendationImportsController], providers: [CommendationExportService, CommendationImportService] })
export class ImportsModule {}

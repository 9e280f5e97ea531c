import { Module } from '@nestjs/common';
import { CommendationExportService } from './commendation-export.service';
import { CommendationImportService } from './commendation-import.service';
import { CommendationImportsController } from './commendation-imports.controller';
import { PledgeResultImportService } from './pledge-result-import.service';
import { PledgeResultImportsController } from './pledge-result-imports.controller';
import { TypicalExampleImportService } from './typical-example-import.service';
import { TypicalExampleImportsController } from './typical-example-imports.controller';

/**
 * Excel import, export and templates of commendations, pledge results and typical examples; imported before
 * CommendationsModule and TypicalExamplesModule (see AppModule), whose /:id routes would otherwise catch these paths.
 */
@Module({
  controllers: [CommendationImportsController, PledgeResultImportsController, TypicalExampleImportsController],
  providers: [CommendationExportService, CommendationImportService, PledgeResultImportService, TypicalExampleImportService],
})
export class ImportsModule {}

import { Module } from '@nestjs/common';
import { TypicalExampleImportService } from './excel/typical-example-import.service';
import { TypicalExampleImportsController } from './excel/typical-example-imports.controller';
import { TypicalExamplesController } from './typical-examples.controller';
import { TypicalExamplesService } from './typical-examples.service';

/** The Excel controller comes first: its fixed paths (import, import-template.xlsx) must win over /typical-examples/:id. */
@Module({
  controllers: [TypicalExampleImportsController, TypicalExamplesController],
  providers: [TypicalExampleImportService, TypicalExamplesService],
})
export class TypicalExamplesModule {}

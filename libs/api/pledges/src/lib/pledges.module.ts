import { Module } from '@nestjs/common';
import { PledgeResultImportService } from './excel/pledge-result-import.service';
import { PledgeResultImportsController } from './excel/pledge-result-imports.controller';
import { PledgesController } from './pledges.controller';
import { PledgesService } from './pledges.service';

@Module({ controllers: [PledgeResultImportsController, PledgesController], providers: [PledgeResultImportService, PledgesService] })
export class PledgesModule {}

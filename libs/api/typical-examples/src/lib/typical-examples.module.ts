import { Module } from '@nestjs/common';
import { TypicalExamplesController } from './typical-examples.controller';
import { TypicalExamplesService } from './typical-examples.service';

@Module({ controllers: [TypicalExamplesController], providers: [TypicalExamplesService] })
export class TypicalExamplesModule {}

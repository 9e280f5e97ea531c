import { ScoringReader } from '@tdkt/api/year-end';
import { Module } from '@nestjs/common';
import { ScoreSheetsController } from './score-sheets.controller';
import { ScoreSheetsService } from './score-sheets.service';

@Module({ controllers: [ScoreSheetsController], providers: [ScoreSheetsService, ScoringReader] })
export class ScoreSheetsModule {}

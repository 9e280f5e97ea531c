import { ScoringReader, VoteReader } from '@tdkt/api/year-end';
import { Module } from '@nestjs/common';
import { CommendationsController } from './commendations.controller';
import { CommendationsService } from './commendations.service';

@Module({
  controllers: [CommendationsController],
  providers: [CommendationsService, ScoringReader, VoteReader],
  exports: [CommendationsService],
})
export class CommendationsModule {}

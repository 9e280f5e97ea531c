import { ScoringReader, VoteReader } from '@tdkt/api/year-end';
import { Module } from '@nestjs/common';
import { VotesController } from './votes.controller';
import { VotesService } from './votes.service';

@Module({ controllers: [VotesController], providers: [VotesService, ScoringReader, VoteReader], exports: [VotesService] })
export class VotesModule {}

import {
  ClusterYearPathDto,
  ClusterYearProvincePathDto,
  PutScoreSheetDto,
  PutScoresDto,
  RankingRow,
  ScoreCardView,
  ScoreSheetStatus,
  ScoreSheetVersionDto,
  ScoreSheetView,
} from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ScoreSheetsService } from './score-sheets.service';

@ApiTags('year-end')
@ApiBearerAuth()
@Controller('clusters')
export class ScoreSheetsController {
  constructor(private readonly sheets: ScoreSheetsService) {}

  @ApiOperation({ summary: "A cluster year's score sheet (404 when none yet)" })
  @Get(':code/years/:year/score-sheet')
  get(@CurrentActor() actor: Actor, @Param() at: ClusterYearPathDto): Promise<ScoreSheetView> {
    return this.sheets.get(actor, at.code, at.year);
  }

  @ApiOperation({ summary: 'Create (version 0) or replace the DRAFT score sheet (chair); 409 once open or when `version` is stale' })
  @Put(':code/years/:year/score-sheet')
  put(@CurrentActor() actor: Actor, @Param() at: ClusterYearPathDto, @Body() dto: PutScoreSheetDto): Promise<ScoreSheetView> {
    return this.sheets.put(actor, at.code, at.year, dto);
  }

  @ApiOperation({ summary: "Start the year's sheet as a DRAFT copy of last year's (chair); 409 when the year has one" })
  @HttpCode(201)
  @Post(':code/years/:year/score-sheet/copy-from-previous')
  copy(@CurrentActor() actor: Actor, @Param() at: ClusterYearPathDto): Promise<ScoreSheetView> {
    return this.sheets.copyFromPrevious(actor, at.code, at.year);
  }

  @ApiOperation({ summary: 'Open scoring (chair): the items are frozen, members enter their scores' })
  @HttpCode(200)
  @Post(':code/years/:year/score-sheet/open')
  open(@CurrentActor() actor: Actor, @Param() at: ClusterYearPathDto, @Body() dto: ScoreSheetVersionDto): Promise<ScoreSheetView> {
    return this.sheets.transition(actor, at.code, at.year, ScoreSheetStatus.OPEN, dto.version);
  }

  @ApiOperation({ summary: 'Close scoring (chair): scores no longer change' })
  @HttpCode(200)
  @Post(':code/years/:year/score-sheet/close')
  close(@CurrentActor() actor: Actor, @Param() at: ClusterYearPathDto, @Body() dto: ScoreSheetVersionDto): Promise<ScoreSheetView> {
    return this.sheets.transition(actor, at.code, at.year, ScoreSheetStatus.CLOSED, dto.version);
  }

  @ApiOperation({ summary: "A member province's scores: self, agreed, computed, and its totals" })
  @Get(':code/years/:year/scores/:provinceCode')
  scores(@CurrentActor() actor: Actor, @Param() at: ClusterYearProvincePathDto): Promise<ScoreCardView> {
    return this.sheets.scores(actor, at.code, at.year, at.provinceCode);
  }

  @ApiOperation({ summary: "Enter a province's scores: its staff the self scores and evidence, the chair the agreed scores and comments" })
  @Put(':code/years/:year/scores/:provinceCode')
  putScores(@CurrentActor() actor: Actor, @Param() at: ClusterYearProvincePathDto, @Body() dto: PutScoresDto): Promise<ScoreCardView> {
    return this.sheets.putScores(actor, at.code, at.year, at.provinceCode, dto);
  }

  @ApiOperation({ summary: "The year's ranking: totals, equal totals share a rank, and who has not scored yet" })
  @Get(':code/years/:year/ranking')
  ranking(@CurrentActor() actor: Actor, @Param() at: ClusterYearPathDto): Promise<RankingRow[]> {
    return this.sheets.ranking(actor, at.code, at.year);
  }
}

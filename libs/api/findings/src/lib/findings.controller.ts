import {
  CommendationFindingsView,
  DecideMatchDto,
  FindingQueryDto,
  FindingSummaryQueryDto,
  FindingSummaryView,
  FindingView,
  Page,
  ReviewFindingDto,
  RuleView,
  RunFindingsDto,
  RunFindingsResult,
} from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FindingsService } from './findings.service';

@ApiTags('findings')
@ApiBearerAuth()
@Controller('findings')
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @ApiOperation({ summary: 'Findings in the caller’s scope, filtered and paginated' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: FindingQueryDto): Promise<Page<FindingView>> {
    return this.findings.list(actor, query);
  }

  @ApiOperation({ summary: 'Finding counts per cluster and per province, in the caller’s scope' })
  @Get('summary')
  summary(@CurrentActor() actor: Actor, @Query() query: FindingSummaryQueryDto): Promise<FindingSummaryView> {
    return this.findings.summary(actor, query);
  }

  @ApiOperation({ summary: 'Run every rule over a cluster-year or a province-year (idempotent; clears findings that no longer hold)' })
  @HttpCode(200)
  @Post('run')
  run(@CurrentActor() actor: Actor, @Body() dto: RunFindingsDto): Promise<RunFindingsResult> {
    return this.findings.run(actor, dto);
  }

  @ApiOperation({ summary: 'Confirm or clear a finding with a comment (council reviewers; 409 when `version` is stale)' })
  @Patch(':id')
  review(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: ReviewFindingDto): Promise<FindingView> {
    return this.findings.review(actor, id, dto);
  }
}

@ApiTags('findings')
@ApiBearerAuth()
@Controller('commendations')
export class CommendationFindingsController {
  constructor(private readonly findings: FindingsService) {}

  @ApiOperation({ summary: 'The findings of one commendation and the records matched as the same recipient' })
  @Get(':id/findings')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<CommendationFindingsView> {
    return this.findings.forCommendation(actor, id);
  }

  @ApiOperation({ summary: 'Confirm or reject that another record is the same recipient (council reviewers); the rules re-run' })
  @Put(':id/matches/:matchedId')
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Param('matchedId', uuidParam) matchedId: string,
    @Body() dto: DecideMatchDto,
  ): Promise<CommendationFindingsView> {
    return this.findings.decideMatch(actor, id, matchedId, dto);
  }
}

@ApiTags('findings')
@ApiBearerAuth()
@Controller('rules')
export class RulesController {
  constructor(private readonly findings: FindingsService) {}

  @ApiOperation({ summary: 'Every eligibility rule with its legal basis, severity and dates' })
  @Get()
  list(): RuleView[] {
    return this.findings.rules();
  }
}

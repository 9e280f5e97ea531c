import {
  ApproveCommendationDto,
  CommendationQueryDto,
  CommendationView,
  CreateCommendationDto,
  Page,
  WorkflowReasonDto,
  WorkflowVersionDto,
} from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommendationsService } from './commendations.service';
import { UpdateCommendationDto } from './update-commendation.dto';

@ApiTags('commendations')
@ApiBearerAuth()
@Controller('commendations')
export class CommendationsController {
  constructor(private readonly commendations: CommendationsService) {}

  @ApiOperation({ summary: 'Commendations in the caller’s scope, filtered and paginated' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: CommendationQueryDto): Promise<Page<CommendationView>> {
    return this.commendations.list(actor, query);
  }

  @ApiOperation({ summary: 'Record a commendation: a decided provincial award (APPROVED) or a draft proposal' })
  @HttpCode(201)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCommendationDto): Promise<CommendationView> {
    return this.commendations.create(actor, dto);
  }

  @ApiOperation({ summary: 'One commendation (404 outside the caller’s scope)' })
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<CommendationView> {
    return this.commendations.get(actor, id);
  }

  @ApiOperation({ summary: 'Correct a commendation; 409 when `version` is stale or the period is locked' })
  @Patch(':id')
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: UpdateCommendationDto): Promise<CommendationView> {
    return this.commendations.update(actor, id, dto);
  }

  @ApiOperation({ summary: 'Delete a draft (`?version=` guards against deleting a draft someone just changed)' })
  @Delete(':id')
  @HttpCode(204)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Query('version', new ParseIntPipe({ optional: true })) version?: number,
  ): Promise<void> {
    return this.commendations.remove(actor, id, version);
  }

  @ApiOperation({ summary: 'Submit a central-level proposal to the council (DRAFT or RETURNED → SUBMITTED)' })
  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: WorkflowVersionDto): Promise<CommendationView> {
    return this.commendations.transition(actor, id, 'submit', dto);
  }

  @ApiOperation({ summary: 'Approve with the decision: the council for central awards, the province for its own drafts' })
  @Post(':id/approve')
  @HttpCode(200)
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() dto: ApproveCommendationDto,
  ): Promise<CommendationView> {
    return this.commendations.transition(actor, id, 'approve', dto);
  }

  @ApiOperation({ summary: 'Return a proposal to the province with a reason (council)' })
  @Post(':id/return')
  @HttpCode(200)
  returnToProvince(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() dto: WorkflowReasonDto,
  ): Promise<CommendationView> {
    return this.commendations.transition(actor, id, 'return', dto);
  }

  @ApiOperation({ summary: 'Revoke an approved award with a reason' })
  @Post(':id/revoke')
  @HttpCode(200)
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: WorkflowReasonDto): Promise<CommendationView> {
    return this.commendations.transition(actor, id, 'revoke', dto);
  }
}

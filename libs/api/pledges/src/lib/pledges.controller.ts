import { CreatePledgeDto, PledgeQueryDto, PledgeResultDto, PledgeResultView, PledgeView } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { ArrayBodyPipe, uuidParam } from '@tdkt/api/core';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PledgesService } from './pledges.service';

@ApiTags('pledges')
@ApiBearerAuth()
@Controller('pledges')
export class PledgesController {
  constructor(private readonly pledges: PledgesService) {}

  @ApiOperation({ summary: 'Emulation pledges with their criteria' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: PledgeQueryDto): Promise<PledgeView[]> {
    return this.pledges.list(actor, query);
  }

  @ApiOperation({ summary: "Record a cluster's pledge for a year" })
  @HttpCode(201)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePledgeDto): Promise<PledgeView> {
    return this.pledges.create(actor, dto);
  }

  @ApiOperation({ summary: 'One pledge' })
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<PledgeView> {
    return this.pledges.get(actor, id);
  }

  @ApiOperation({ summary: 'Targets and results of every province' })
  @Get(':id/results')
  results(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<PledgeResultView[]> {
    return this.pledges.results(actor, id);
  }

  @ApiBody({ type: [PledgeResultDto] })
  @ApiOperation({ summary: 'Write targets and results (insert or replace)' })
  @Put(':id/results')
  putResults(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body(new ArrayBodyPipe(PledgeResultDto, 5000)) items: PledgeResultDto[],
  ): Promise<PledgeResultView[]> {
    return this.pledges.putResults(actor, id, items);
  }
}

import { CreatePledgeDto, PledgeQueryDto, PledgeResultDto, PledgeResultView, PledgeView } from '@tdkt/shared/contracts';
import { ArrayBodyPipe, uuidParam } from '@tdkt/api/core';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PledgesService } from './pledges.service';

@ApiTags('pledges')
@Controller('pledges')
export class PledgesController {
  constructor(private readonly pledges: PledgesService) {}

  @ApiOperation({ summary: 'Emulation pledges with their criteria' })
  @Get()
  list(@Query() query: PledgeQueryDto): Promise<PledgeView[]> {
    return this.pledges.list(query);
  }

  @ApiOperation({ summary: "Record a cluster's pledge for a year" })
  @HttpCode(201)
  @Post()
  create(@Body() dto: CreatePledgeDto): Promise<PledgeView> {
    return this.pledges.create(dto);
  }

  @ApiOperation({ summary: 'One pledge' })
  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<PledgeView> {
    return this.pledges.get(id);
  }

  @ApiOperation({ summary: 'Targets and results of every province' })
  @Get(':id/results')
  results(@Param('id', uuidParam) id: string): Promise<PledgeResultView[]> {
    return this.pledges.results(id);
  }

  @ApiBody({ type: [PledgeResultDto] })
  @ApiOperation({ summary: 'Write targets and results (insert or replace)' })
  @Put(':id/results')
  putResults(@Param('id', uuidParam) id: string, @Body(new ArrayBodyPipe(PledgeResultDto, 5000)) items: PledgeResultDto[]): Promise<PledgeResultView[]> {
    return this.pledges.putResults(id, items);
  }
}

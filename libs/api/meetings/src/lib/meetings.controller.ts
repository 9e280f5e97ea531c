import { CreateMeetingDto, MeetingQueryDto, MeetingView } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @ApiOperation({ summary: 'Cluster review meetings' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: MeetingQueryDto): Promise<MeetingView[]> {
    return this.meetings.list(actor, query);
  }

  @ApiOperation({ summary: 'Record a meeting' })
  @HttpCode(201)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMeetingDto): Promise<MeetingView> {
    return this.meetings.create(actor, dto);
  }

  @ApiOperation({ summary: 'One meeting' })
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<MeetingView> {
    return this.meetings.get(actor, id);
  }
}

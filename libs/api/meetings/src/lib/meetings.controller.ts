import { CreateMeetingDto, MeetingQueryDto, MeetingView } from '@tdkt/shared/contracts';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @ApiOperation({ summary: 'Cluster review meetings' })
  @Get()
  list(@Query() query: MeetingQueryDto): Promise<MeetingView[]> {
    return this.meetings.list(query);
  }

  @ApiOperation({ summary: 'Record a meeting' })
  @HttpCode(201)
  @Post()
  create(@Body() dto: CreateMeetingDto): Promise<MeetingView> {
    return this.meetings.create(dto);
  }

  @ApiOperation({ summary: 'One meeting' })
  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<MeetingView> {
    return this.meetings.get(id);
  }
}

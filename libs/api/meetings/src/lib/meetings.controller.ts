import { CreateMeetingDto, MeetingQueryDto, MeetingView } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MeetingsService } from './meetings.service';
import { UpdateMeetingDto } from './update-meeting.dto';

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

  @ApiOperation({ summary: 'Correct a meeting; 409 when `version` is stale or the period is locked' })
  @Patch(':id')
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: UpdateMeetingDto): Promise<MeetingView> {
    return this.meetings.update(actor, id, dto);
  }

  @ApiOperation({ summary: 'Delete a meeting no report or typical example refers to (`?version=` guards against deleting a changed one)' })
  @Delete(':id')
  @HttpCode(204)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Query('version', new ParseIntPipe({ optional: true })) version?: number,
  ): Promise<void> {
    return this.meetings.remove(actor, id, version);
  }
}

import { CommendationQueryDto, CommendationView, CreateCommendationDto, Page } from '@tdkt/shared/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { uuidParam } from '@tdkt/api/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommendationsService } from './commendations.service';
import { UpdateCommendationDto } from './update-commendation.dto';

@ApiTags('commendations')
@Controller('commendations')
export class CommendationsController {
  constructor(private readonly commendations: CommendationsService) {}

  @ApiOperation({ summary: 'Commendations, filtered and paginated' })
  @Get()
  list(@Query() query: CommendationQueryDto): Promise<Page<CommendationView>> {
    return this.commendations.list(query);
  }

  @ApiOperation({ summary: 'Record a commendation: a decided provincial award (APPROVED) or a draft proposal' })
  @HttpCode(201)
  @Post()
  create(@Body() dto: CreateCommendationDto): Promise<CommendationView> {
    return this.commendations.create(dto);
  }

  @ApiOperation({ summary: 'One commendation' })
  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<CommendationView> {
    return this.commendations.get(id);
  }

  @ApiOperation({ summary: 'Correct a commendation; 409 when `version` is stale' })
  @Patch(':id')
  update(@Param('id', uuidParam) id: string, @Body() dto: UpdateCommendationDto): Promise<CommendationView> {
    return this.commendations.update(id, dto);
  }

  @ApiOperation({ summary: 'Delete a draft' })
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', uuidParam) id: string): Promise<void> {
    return this.commendations.remove(id);
  }
}

import { CreateTypicalExampleDto, Page, TypicalExampleQueryDto, TypicalExampleView } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TypicalExamplesService } from './typical-examples.service';
import { UpdateTypicalExampleDto } from './update-typical-example.dto';

@ApiTags('typical-examples')
@ApiBearerAuth()
@Controller('typical-examples')
export class TypicalExamplesController {
  constructor(private readonly examples: TypicalExamplesService) {}

  @ApiOperation({ summary: 'Typical advanced examples' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: TypicalExampleQueryDto): Promise<Page<TypicalExampleView>> {
    return this.examples.list(actor, query);
  }

  @ApiOperation({ summary: 'Record a typical advanced example' })
  @HttpCode(201)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateTypicalExampleDto): Promise<TypicalExampleView> {
    return this.examples.create(actor, dto);
  }

  @ApiOperation({ summary: 'One typical example' })
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<TypicalExampleView> {
    return this.examples.get(actor, id);
  }

  @ApiOperation({ summary: 'Correct a typical example; 409 when `version` is stale or the period is locked' })
  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() dto: UpdateTypicalExampleDto,
  ): Promise<TypicalExampleView> {
    return this.examples.update(actor, id, dto);
  }

  @ApiOperation({ summary: 'Delete a typical example (`?version=` guards against deleting one someone just changed)' })
  @Delete(':id')
  @HttpCode(204)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Query('version', new ParseIntPipe({ optional: true })) version?: number,
  ): Promise<void> {
    return this.examples.remove(actor, id, version);
  }
}

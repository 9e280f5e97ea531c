import { CreateTypicalExampleDto, Page, TypicalExampleQueryDto, TypicalExampleView } from '@tdkt/shared/contracts';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TypicalExamplesService } from './typical-examples.service';

@ApiTags('typical-examples')
@Controller('typical-examples')
export class TypicalExamplesController {
  constructor(private readonly examples: TypicalExamplesService) {}

  @ApiOperation({ summary: 'Typical advanced examples' })
  @Get()
  list(@Query() query: TypicalExampleQueryDto): Promise<Page<TypicalExampleView>> {
    return this.examples.list(query);
  }

  @ApiOperation({ summary: 'Record a typical advanced example' })
  @HttpCode(201)
  @Post()
  create(@Body() dto: CreateTypicalExampleDto): Promise<TypicalExampleView> {
    return this.examples.create(dto);
  }

  @ApiOperation({ summary: 'One typical example' })
  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<TypicalExampleView> {
    return this.examples.get(id);
  }
}

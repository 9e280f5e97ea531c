import { CreateMovementDto, MovementQueryDto, MovementResultDto, MovementResultView, MovementView, Page } from '@tdkt/shared/contracts';
import { ArrayBodyPipe, uuidParam } from '@tdkt/api/core';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MovementsService } from './movements.service';
import { UpdateMovementDto } from './update-movement.dto';

@ApiTags('movements')
@Controller('movements')
export class MovementsController {
  constructor(private readonly movements: MovementsService) {}

  @ApiOperation({ summary: 'Emulation movements; `year` keeps those active in that year' })
  @Get()
  list(@Query() query: MovementQueryDto): Promise<Page<MovementView>> {
    return this.movements.list(query);
  }

  @ApiOperation({ summary: 'Record a movement' })
  @HttpCode(201)
  @Post()
  create(@Body() dto: CreateMovementDto): Promise<MovementView> {
    return this.movements.create(dto);
  }

  @ApiOperation({ summary: 'One movement' })
  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<MovementView> {
    return this.movements.get(id);
  }

  @ApiOperation({ summary: 'Correct a movement; 409 when `version` is stale' })
  @Patch(':id')
  update(@Param('id', uuidParam) id: string, @Body() dto: UpdateMovementDto): Promise<MovementView> {
    return this.movements.update(id, dto);
  }

  @ApiOperation({ summary: 'Delete a movement no record refers to' })
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', uuidParam) id: string): Promise<void> {
    return this.movements.remove(id);
  }

  @ApiOperation({ summary: "Provinces' results in the movement" })
  @Get(':id/results')
  results(@Param('id', uuidParam) id: string): Promise<MovementResultView[]> {
    return this.movements.results(id);
  }

  @ApiBody({ type: [MovementResultDto] })
  @ApiOperation({ summary: "Write provinces' results per period (insert or replace)" })
  @Put(':id/results')
  putResults(@Param('id', uuidParam) id: string, @Body(new ArrayBodyPipe(MovementResultDto)) items: MovementResultDto[]): Promise<MovementResultView[]> {
    return this.movements.putResults(id, items);
  }
}

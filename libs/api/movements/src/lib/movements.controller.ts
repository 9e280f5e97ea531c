import { CreateMovementDto, MovementQueryDto, MovementResultDto, MovementResultView, MovementView, Page } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { ArrayBodyPipe, uuidParam } from '@tdkt/api/core';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MovementsService } from './movements.service';
import { UpdateMovementDto } from './update-movement.dto';

@ApiTags('movements')
@ApiBearerAuth()
@Controller('movements')
export class MovementsController {
  constructor(private readonly movements: MovementsService) {}

  @ApiOperation({ summary: 'Emulation movements; `year` keeps those active in that year' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: MovementQueryDto): Promise<Page<MovementView>> {
    return this.movements.list(actor, query);
  }

  @ApiOperation({ summary: 'Record a movement' })
  @HttpCode(201)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMovementDto): Promise<MovementView> {
    return this.movements.create(actor, dto);
  }

  @ApiOperation({ summary: 'One movement' })
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<MovementView> {
    return this.movements.get(actor, id);
  }

  @ApiOperation({ summary: 'Correct a movement; 409 when `version` is stale' })
  @Patch(':id')
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: UpdateMovementDto): Promise<MovementView> {
    return this.movements.update(actor, id, dto);
  }

  @ApiOperation({ summary: 'Delete a movement no record refers to' })
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<void> {
    return this.movements.remove(actor, id);
  }

  @ApiOperation({ summary: "Provinces' results in the movement" })
  @Get(':id/results')
  results(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<MovementResultView[]> {
    return this.movements.results(actor, id);
  }

  @ApiBody({ type: [MovementResultDto] })
  @ApiOperation({ summary: "Write provinces' results per period (insert or replace)" })
  @Put(':id/results')
  putResults(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body(new ArrayBodyPipe(MovementResultDto)) items: MovementResultDto[],
  ): Promise<MovementResultView[]> {
    return this.movements.putResults(actor, id, items);
  }
}

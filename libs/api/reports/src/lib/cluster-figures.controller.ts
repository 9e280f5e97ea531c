import { ClusterFiguresPathDto, ClusterFiguresQueryDto, ClusterFiguresView } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('clusters')
export class ClusterFiguresController {
  constructor(private readonly reports: ReportsService) {}

  @ApiOperation({ summary: "A cluster period's report figures, computed without creating a report (its chair, the council)" })
  @Get(':code/years/:year/figures')
  figures(
    @CurrentActor() actor: Actor,
    @Param() at: ClusterFiguresPathDto,
    @Query() query: ClusterFiguresQueryDto,
  ): Promise<ClusterFiguresView> {
    return this.reports.clusterFigures(actor, at.code, at.year, query.period);
  }
}

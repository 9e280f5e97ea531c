import { Period, PeriodLockDto, PeriodStatusView, PeriodSubmitDto } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PeriodsService } from './periods.service';

const year = new ParseIntPipe({ errorHttpStatusCode: 400 });
const period = new ParseEnumPipe(Period, { errorHttpStatusCode: 400 });

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods/:clusterCode/:year/:period')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @ApiOperation({ summary: 'Which member provinces have submitted, and whether the period is locked' })
  @Get()
  status(
    @CurrentActor() actor: Actor,
    @Param('clusterCode') clusterCode: string,
    @Param('year', year) y: number,
    @Param('period', period) p: Period,
  ): Promise<PeriodStatusView> {
    return this.periods.status(actor, clusterCode, y, p);
  }

  @ApiOperation({ summary: "Submit the caller's province's records for the period (staff)" })
  @Post('submit')
  @HttpCode(200)
  submit(
    @CurrentActor() actor: Actor,
    @Param('clusterCode') clusterCode: string,
    @Param('year', year) y: number,
    @Param('period', period) p: Period,
    @Body() dto: PeriodSubmitDto,
  ): Promise<PeriodStatusView> {
    return this.periods.submit(actor, clusterCode, y, p, dto.note ?? null);
  }

  @ApiOperation({ summary: 'Lock the period: records in it can no longer change (chair)' })
  @Post('lock')
  @HttpCode(200)
  lock(
    @CurrentActor() actor: Actor,
    @Param('clusterCode') clusterCode: string,
    @Param('year', year) y: number,
    @Param('period', period) p: Period,
    @Body() dto: PeriodLockDto,
  ): Promise<PeriodStatusView> {
    return this.periods.setLock(actor, clusterCode, y, p, true, dto.reason);
  }

  @ApiOperation({ summary: 'Unlock the period (chair)' })
  @Post('unlock')
  @HttpCode(200)
  unlock(
    @CurrentActor() actor: Actor,
    @Param('clusterCode') clusterCode: string,
    @Param('year', year) y: number,
    @Param('period', period) p: Period,
    @Body() dto: PeriodLockDto,
  ): Promise<PeriodStatusView> {
    return this.periods.setLock(actor, clusterCode, y, p, false, dto.reason);
  }
}

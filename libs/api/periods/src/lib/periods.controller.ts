import { PeriodLockDto, PeriodPathDto, PeriodStatusView, PeriodSubmitDto } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PeriodsService } from './periods.service';

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods/:clusterCode/:year/:period')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @ApiOperation({ summary: 'Which member provinces have submitted, and whether the period is locked' })
  @Get()
  status(@CurrentActor() actor: Actor, @Param() at: PeriodPathDto): Promise<PeriodStatusView> {
    return this.periods.status(actor, at);
  }

  @ApiOperation({ summary: "Submit the caller's province's records for the period (staff)" })
  @Post('submit')
  @HttpCode(200)
  submit(@CurrentActor() actor: Actor, @Param() at: PeriodPathDto, @Body() dto: PeriodSubmitDto): Promise<PeriodStatusView> {
    return this.periods.submit(actor, at, dto.note ?? null);
  }

  @ApiOperation({ summary: 'Lock the period: records in it can no longer change (chair)' })
  @Post('lock')
  @HttpCode(200)
  lock(@CurrentActor() actor: Actor, @Param() at: PeriodPathDto, @Body() dto: PeriodLockDto): Promise<PeriodStatusView> {
    return this.periods.setLock(actor, at, true, dto.reason);
  }

  @ApiOperation({ summary: 'Unlock the period (chair)' })
  @Post('unlock')
  @HttpCode(200)
  unlock(@CurrentActor() actor: Actor, @Param() at: PeriodPathDto, @Body() dto: PeriodLockDto): Promise<PeriodStatusView> {
    return this.periods.setLock(actor, at, false, dto.reason);
  }
}

import { FINDINGS_RUNNER } from '@tdkt/api/access';
import { Global, Module } from '@nestjs/common';
import { CommendationFindingsController, FindingsController, RulesController } from './findings.controller';
import { DemoFindingsSeed } from './demo-findings.seed';
import { FindingsRunnerService } from './findings-runner.service';
import { FindingsService } from './findings.service';

/** Global so that the commendations feature can inject FINDINGS_RUNNER without importing this library. */
@Global()
@Module({
  controllers: [CommendationFindingsController, FindingsController, RulesController],
  providers: [DemoFindingsSeed, FindingsRunnerService, FindingsService, { provide: FINDINGS_RUNNER, useExisting: FindingsRunnerService }],
  exports: [FINDINGS_RUNNER],
})
export class FindingsModule {}

import { todayInVietnam } from '@tdkt/shared/util-text';
import { CommendationEntity, DEMO_SEED, SeedRunEntity } from '@tdkt/api/database';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FindingsRunnerService } from './findings-runner.service';

export const DEMO_FINDINGS_SEED = 'demo-findings';

/**
 * The demo dataset is written straight into the tables, past the services that run the rules; its
 * findings are computed once, on the first start after it loads, so a reviewer's queue shows them.
 */
@Injectable()
export class DemoFindingsSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seeds');

  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: FindingsRunnerService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const runs = this.dataSource.getRepository(SeedRunEntity);
    if (!(await runs.findOneBy({ name: DEMO_SEED })) || (await runs.findOneBy({ name: DEMO_FINDINGS_SEED }))) return;
    await this.dataSource.transaction(async (m) => {
      const demo = await m.getRepository(CommendationEntity).find({ select: { id: true }, where: { isDemo: true } });
      const result = await this.runner.runForCommendations(
        m,
        demo.map((c) => c.id),
        todayInVietnam(),
      );
      await m.getRepository(SeedRunEntity).insert({ name: DEMO_FINDINGS_SEED });
      this.logger.log(`Demo findings: ${result.checked} commendations checked, ${result.open} findings open`);
    });
  }
}

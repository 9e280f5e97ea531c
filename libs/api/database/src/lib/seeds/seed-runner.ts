import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SeedRunEntity } from '../entities';
import { seedDemoData } from './demo/demo.seed';
import { seedReferenceData } from './reference.seed';

export const DEMO_SEED = 'demo-tdmnpb-2023-2024';

export interface SeedOptions {
  /** Load the demo dataset once (tracked in seed_runs). */
  demo: boolean;
}

/** Reference data on every start (idempotent); the demo dataset only once. */
export async function runSeeds(dataSource: DataSource, options: SeedOptions, logger = new Logger('Seeds')): Promise<void> {
  const reference = await seedReferenceData(dataSource);
  if (reference.provinces + reference.clusters + reference.memberships + reference.awardTypes + reference.organizationRenames > 0) {
    logger.log(
      `Reference data: ${reference.provinces} provinces, ${reference.clusters} clusters, ${reference.memberships} memberships, ${reference.awardTypes} award types, ${reference.organizationRenames} organisation renames written`,
    );
  }
  if (!options.demo) return;
  const runs = dataSource.getRepository(SeedRunEntity);
  if (await runs.findOneBy({ name: DEMO_SEED })) return;
  await dataSource.transaction(async (m) => {
    const summary = await seedDemoData(m);
    // Recorded only when something was loaded, so a data folder picks the dataset up once it exists.
    if (!summary) return;
    await m.getRepository(SeedRunEntity).insert({ name: DEMO_SEED });
    logger.log(`Demo dataset loaded: ${summary}`);
  });
}

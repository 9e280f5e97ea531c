import { AppSettings } from '@tdkt/api/core';
import { AwardTypesModule } from '@tdkt/api/award-types';
import { ClustersModule } from '@tdkt/api/clusters';
import { CommendationsModule } from '@tdkt/api/commendations';
import { DatabaseModule, DatabaseSettings } from '@tdkt/api/database';
import { HealthModule } from '@tdkt/api/health';
import { MeetingsModule } from '@tdkt/api/meetings';
import { MovementsModule } from '@tdkt/api/movements';
import { PledgesModule } from '@tdkt/api/pledges';
import { ProvincesModule } from '@tdkt/api/provinces';
import { TypicalExamplesModule } from '@tdkt/api/typical-examples';
import { DynamicModule, Module } from '@nestjs/common';
import { resolve } from 'node:path';

export function databaseSettings(settings: AppSettings): DatabaseSettings {
  return { url: settings.databaseUrl, pgliteDir: resolve(settings.dataDir, 'pglite'), poolSize: settings.poolSize };
}

@Module({})
export class AppModule {
  /** The whole API; `database` lets tests point it at their own database. */
  static register(settings: AppSettings, database: DatabaseSettings = databaseSettings(settings)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(database, { demo: settings.demoData }),
        AwardTypesModule,
        ClustersModule,
        CommendationsModule,
        HealthModule,
        MeetingsModule,
        MovementsModule,
        PledgesModule,
        ProvincesModule,
        TypicalExamplesModule,
      ],
    };
  }
}

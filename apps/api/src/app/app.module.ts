import { AccessModule } from '@tdkt/api/access';
import { AuditModule } from '@tdkt/api/audit';
import { AuthModule } from '@tdkt/api/auth';
import { AppSettings } from '@tdkt/api/core';
import { AwardTypesModule } from '@tdkt/api/award-types';
import { ClustersModule } from '@tdkt/api/clusters';
import { CommendationsModule } from '@tdkt/api/commendations';
import { FindingsModule } from '@tdkt/api/findings';
import { ImportsModule } from '@tdkt/api/imports';
import { DatabaseModule, DatabaseSettings } from '@tdkt/api/database';
import { HealthModule } from '@tdkt/api/health';
import { MeetingsModule } from '@tdkt/api/meetings';
import { MovementsModule } from '@tdkt/api/movements';
import { PeriodsModule } from '@tdkt/api/periods';
import { PledgesModule } from '@tdkt/api/pledges';
import { ProvincesModule } from '@tdkt/api/provinces';
import { ReportsModule } from '@tdkt/api/reports';
import { ScoreSheetsModule } from '@tdkt/api/score-sheets';
import { TypicalExamplesModule } from '@tdkt/api/typical-examples';
import { VotesModule } from '@tdkt/api/votes';
import { DynamicModule, Module } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
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
        AccessModule,
        AuthModule.register(
          {
            // Without JWT_SECRET each process signs with its own key: fine for one process, not behind a load balancer.
            jwtSecret: settings.jwtSecret ?? randomBytes(48).toString('base64url'),
            adminPassword: settings.adminPassword,
            demoPassword: settings.demoPassword,
            demoAccounts: settings.demoData,
            loginRateLimit: settings.loginRateLimit ?? 10,
          },
          settings.rateLimit ?? 1200,
        ),
        AuditModule,
        AwardTypesModule,
        ClustersModule,
        // Before CommendationsModule: its /commendations/:id would otherwise catch /commendations/export.xlsx.
        ImportsModule,
        CommendationsModule,
        FindingsModule,
        HealthModule,
        MeetingsModule,
        MovementsModule,
        PeriodsModule,
        PledgesModule,
        ProvincesModule,
        ReportsModule,
        TypicalExamplesModule,
        ScoreSheetsModule,
        VotesModule,
      ],
    };
  }
}

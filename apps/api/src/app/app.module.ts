import { AccessModule, AuditSettings } from '@tdkt/api/access';
import { AuditModule } from '@tdkt/api/audit';
import { AuthModule } from '@tdkt/api/auth';
import { AppSettings } from '@tdkt/api/core';
import { AwardTypesModule } from '@tdkt/api/award-types';
import { BackupsModule } from '@tdkt/api/backups';
import { ClustersModule } from '@tdkt/api/clusters';
import { CommendationsModule } from '@tdkt/api/commendations';
import { DocumentsModule } from '@tdkt/api/documents';
import { FindingsModule } from '@tdkt/api/findings';
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
  return {
    url: settings.databaseUrl,
    ownerUrl: settings.databaseOwnerUrl,
    pgliteDir: resolve(settings.dataDir, 'pglite'),
    poolSize: settings.poolSize,
  };
}

/** The audit trail's key, and where its head is copied outside the database: AUDIT_CHECKPOINT_FILE, or beside the embedded database. */
export function auditSettings(settings: AppSettings, database: DatabaseSettings): AuditSettings {
  const embeddedFolder = !database.url && !database.openPglite && database.pgliteDir;
  return {
    key: settings.auditKey,
    checkpointFile: settings.auditCheckpointFile ?? (embeddedFolder ? resolve(settings.dataDir, 'audit-checkpoint.json') : undefined),
  };
}

@Module({})
export class AppModule {
  /** The whole API; `database` lets tests point it at their own database. */
  static register(settings: AppSettings, database: DatabaseSettings = databaseSettings(settings)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(database, { demo: settings.demoData }),
        AccessModule.register(auditSettings(settings, database)),
        AuthModule.register(
          {
            // Without JWT_SECRET each process signs with its own key: fine for one process, not behind a load balancer.
            jwtSecret: settings.jwtSecret ?? randomBytes(48).toString('base64url'),
            adminPassword: settings.adminPassword,
            demoPassword: settings.demoPassword,
            demoAccounts: settings.demoData,
            loginRateLimit: settings.loginRateLimit ?? 10,
            redis: settings.redisUrl ? { url: settings.redisUrl, keyPrefix: settings.redisKeyPrefix } : undefined,
          },
          settings.rateLimit ?? 1200,
        ),
        AuditModule,
        AwardTypesModule,
        BackupsModule.register({ dataDir: settings.dataDir, daily: settings.backupDaily ?? false, keep: settings.backupKeep ?? 7 }),
        ClustersModule,
        CommendationsModule,
        DocumentsModule.register({
          dataDir: settings.dataDir,
          demoData: settings.demoData,
          fileStore: settings.fileStore,
          s3Endpoint: settings.s3Endpoint,
          s3ForcePathStyle: settings.s3ForcePathStyle,
          s3Region: settings.s3Region,
        }),
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

import { DynamicModule, Module } from '@nestjs/common';
import { BackupsController } from './backups.controller';
import { BACKUP_OPTIONS, BackupOptions, BackupsService } from './backups.service';
import { DailyBackupsService } from './daily-backups.service';

@Module({})
export class BackupsModule {
  static register(options: BackupOptions): DynamicModule {
    return {
      module: BackupsModule,
      controllers: [BackupsController],
      providers: [{ provide: BACKUP_OPTIONS, useValue: options }, BackupsService, DailyBackupsService],
      exports: [BackupsService],
    };
  }
}

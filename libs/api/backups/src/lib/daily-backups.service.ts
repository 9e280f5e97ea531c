import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BACKUP_OPTIONS, BackupOptions, BackupsService } from './backups.service';

/** How often the server looks whether the daily backup is due. */
const CHECK_EVERY_MS = 10 * 60 * 1000;

/** The embedded server's daily backup into DATA_DIR/backups (the newest `keep` are kept). */
@Injectable()
export class DailyBackupsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backups');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly backups: BackupsService,
    @Inject(BACKUP_OPTIONS) private readonly options: BackupOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.daily) return;
    // A first look a minute after start, so a server restarted every night still gets its backup.
    this.timer = setTimeout(() => this.tick(), 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private tick(): void {
    this.backups
      .runDailyIfDue()
      .catch((e: unknown) => this.logger.error(`Daily backup failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        if (!this.options.daily || this.timer === null) return;
        this.timer = setTimeout(() => this.tick(), CHECK_EVERY_MS);
        this.timer.unref();
      });
  }
}

import { Actor, AuditService, ScopeService } from '@tdkt/api/access';
import { DomainError } from '@tdkt/api/core';
import { dataDirLayout, listBackupFiles } from '@tdkt/api/database';
import { Role } from '@tdkt/shared/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { backupRunningDatabase } from './backup';
import { BackupKind, backupFileName, backupsToRotate, isDailyBackupDue, parseBackupFileName } from './backup-manifest';

export const BACKUP_OPTIONS = Symbol('BACKUP_OPTIONS');

export interface BackupOptions {
  dataDir: string;
  /** Backups of each kind kept in DATA_DIR/backups (older ones are deleted). */
  keep: number;
  /** Whether the server writes a daily backup (on by default with the embedded database). */
  daily: boolean;
}

export interface BackupView {
  fileName: string;
  kind: BackupKind;
  createdAt: string;
  size: number;
  sha256: string | null;
}

/** Backups of the running database into DATA_DIR/backups: started by an admin, or daily by the server. */
@Injectable()
export class BackupsService {
  private readonly logger = new Logger('Backups');
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scope: ScopeService,
    @Inject(BACKUP_OPTIONS) readonly options: BackupOptions,
  ) {}

  get dir(): string {
    return dataDirLayout(this.options.dataDir).backups;
  }

  /** An admin's backup, now; audited. One at a time: a second request while one runs gets 409. */
  async create(actor: Actor): Promise<BackupView> {
    this.scope.assertRole(actor, [Role.ADMIN], 'Chỉ quản trị viên được sao lưu dữ liệu');
    return this.run(actor, 'manual', new Date());
  }

  async list(actor: Actor): Promise<BackupView[]> {
    this.scope.assertRole(actor, [Role.ADMIN], 'Chỉ quản trị viên được xem các bản sao lưu');
    return listBackupFiles(this.dir)
      .reverse()
      .map((name) => this.view(name));
  }

  /** The daily backup when the newest is a day old (checked by the scheduler); `now` names the file. */
  async runDailyIfDue(now: Date = new Date()): Promise<BackupView | null> {
    if (!isDailyBackupDue(listBackupFiles(this.dir), now)) return null;
    return this.run(null, 'daily', now);
  }

  private async run(actor: Actor | null, kind: BackupKind, now: Date): Promise<BackupView> {
    if (this.running) throw new DomainError('BACKUP_RUNNING', 'Đang có một bản sao lưu được tạo; vui lòng thử lại sau ít phút');
    const task = this.write(actor, kind, now);
    this.running = task;
    try {
      return await task;
    } finally {
      this.running = null;
    }
  }

  private async write(actor: Actor | null, kind: BackupKind, now: Date): Promise<BackupView> {
    let written;
    try {
      written = await backupRunningDatabase(this.dataSource, this.options.dataDir, join(this.dir, backupFileName(now, kind)), kind, now);
    } catch (e) {
      this.logger.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
      if (e instanceof Error && /not found \(install postgresql-client/.test(e.message)) {
        throw new DomainError('BACKUP_UNAVAILABLE', 'Máy chủ không có pg_dump: cài postgresql-client hoặc đặt PG_BIN');
      }
      throw e;
    }
    // After the snapshot, not inside it: the embedded snapshot holds the one connection a transaction needs.
    await this.dataSource.transaction((m) =>
      this.audit.record(m, actor, {
        entity: 'backup',
        entityId: written.fileName,
        action: 'CREATE',
        after: { fileName: written.fileName, kind, size: written.size, sha256: written.sha256, counts: written.manifest.counts },
      }),
    );
    for (const old of backupsToRotate(listBackupFiles(this.dir), kind, this.options.keep)) {
      rmSync(join(this.dir, old), { force: true });
      rmSync(join(this.dir, `${old}.sha256`), { force: true });
    }
    this.logger.log(`Backup written: ${written.file} (${written.size} bytes, sha256 ${written.sha256})`);
    return this.view(written.fileName);
  }

  private view(fileName: string): BackupView {
    const parsed = parseBackupFileName(fileName);
    const path = join(this.dir, fileName);
    const sidecar = `${path}.sha256`;
    return {
      fileName,
      kind: parsed?.kind ?? 'manual',
      createdAt: (parsed?.at ?? new Date(0)).toISOString(),
      size: statSync(path).size,
      sha256: existsSync(sidecar) ? readFileSync(sidecar, 'utf8').split(/\s+/)[0] : null,
    };
  }
}

import { DocumentEntity } from '@tdkt/api/database';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FILE_STORE, FileStore } from './file-store';

/** Long enough for any upload to commit its row after its bytes are stored. */
export const SWEEP_GRACE_MS = 24 * 60 * 60 * 1000;

export interface SweepResult {
  checked: number;
  deleted: number;
  kept: number;
}

/**
 * Deletes bytes no document row points to (removed documents, uploads whose transaction rolled back, writes cut
 * short), once older than the grace period, so an upload between its bytes and its row is never swept.
 */
@Injectable()
export class OrphanSweepService {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  async sweep(now = new Date(), graceMs = SWEEP_GRACE_MS): Promise<SweepResult> {
    const result: SweepResult = { checked: 0, deleted: 0, kept: 0 };
    const cutoff = now.getTime() - graceMs;
    for await (const object of this.store.list()) {
      result.checked++;
      if (object.modifiedAt.getTime() > cutoff) {
        result.kept++;
        continue;
      }
      // Looked up one by one, at delete time: a row written since the listing keeps its bytes.
      if (!object.partial && (await this.dataSource.getRepository(DocumentEntity).existsBy({ storageKey: object.key }))) {
        result.kept++;
        continue;
      }
      await this.store.delete(object.key);
      result.deleted++;
    }
    this.logger.log(`File sweep of ${this.store.location}: ${result.checked} checked, ${result.deleted} deleted, ${result.kept} kept`);
    return result;
  }
}

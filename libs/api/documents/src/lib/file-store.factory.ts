import { S3Client } from '@aws-sdk/client-s3';
import { resolve } from 'node:path';
import { DiskFileStore } from './disk-file-store';
import { FileStore } from './file-store';
import { S3FileStore, parseS3Url } from './s3-file-store';

export interface FileStoreSettings {
  dataDir: string;
  /** `disk` (default) or `s3://bucket/prefix`. */
  fileStore?: string;
  s3Endpoint?: string;
  s3ForcePathStyle?: boolean;
  s3Region?: string;
}

/** The folder of the embedded store; backups include it, so it is exactly `DATA_DIR/files`. */
export function diskStoreDir(dataDir: string): string {
  return resolve(dataDir, 'files');
}

/** The store the settings name; S3 credentials come from the environment through the SDK's default chain. */
export function createFileStore(settings: FileStoreSettings): FileStore {
  if (!settings.fileStore || settings.fileStore === 'disk') return new DiskFileStore(diskStoreDir(settings.dataDir));
  const client = new S3Client({
    endpoint: settings.s3Endpoint,
    forcePathStyle: settings.s3ForcePathStyle ?? Boolean(settings.s3Endpoint),
    region: settings.s3Region ?? 'us-east-1',
    // Checksums only where S3 requires them: MinIO, Ceph and older gateways reject the SDK's default trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return new S3FileStore(client, parseS3Url(settings.fileStore));
}

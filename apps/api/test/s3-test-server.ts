import { AppSettings } from '@tdkt/api/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// s3rver ships no types; it is a real S3-compatible server (koa, on a local port), not a mock of the SDK.
const S3rver = require('s3rver');

export const TEST_BUCKET = 'tdkt-ho-so';

export interface S3TestServer {
  endpoint: string;
  /** The app settings that point the file store at this server. */
  settings: Partial<AppSettings>;
  close(): Promise<void>;
}

/** s3rver on a free port with one empty bucket; credentials through the environment, as in production. */
export async function startS3TestServer(prefix = 'dossiers'): Promise<S3TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'tdkt-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: TEST_BUCKET }] });
  const { port } = await server.run();
  // s3rver's fixed development key pair.
  process.env['AWS_ACCESS_KEY_ID'] = 'S3RVER';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'S3RVER';
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    settings: { fileStore: `s3://${TEST_BUCKET}/${prefix}`, s3Endpoint: endpoint, s3ForcePathStyle: true, s3Region: 'us-east-1' },
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

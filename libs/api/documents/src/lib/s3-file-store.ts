import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createHash, randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { FileStore, StoredFile, StoredObject, isContentKey } from './file-store';

const TEMP_FOLDER = 'partial/';

export interface S3Location {
  bucket: string;
  /** Key prefix without leading or trailing slash; empty for the bucket's root. */
  prefix: string;
}

/** `s3://bucket/some/prefix` → its bucket and prefix. */
export function parseS3Url(url: string): S3Location {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!match) throw new Error(`not an s3:// URL: ${url}`);
  return { bucket: match[1], prefix: match[2].replace(/^\/+|\/+$/g, '') };
}

/**
 * S3-compatible object storage (AWS, MinIO, Ceph) through the AWS SDK v3. Objects are named `prefix/<sha256>`. A
 * buffer is hashed first and put once; a stream is uploaded as it comes (multipart, lib-storage) under a
 * temporary key while it is hashed, then copied to its content key and the temporary object deleted: an
 * interrupted upload leaves only a `partial/` object, which the sweep removes.
 */
export class S3FileStore implements FileStore {
  readonly location: string;
  private readonly root: string;

  constructor(
    private readonly client: S3Client,
    private readonly target: S3Location,
  ) {
    this.root = target.prefix ? `${target.prefix}/` : '';
    this.location = `s3://${target.bucket}/${target.prefix}`;
  }

  async put(source: Buffer | Readable): Promise<StoredFile> {
    if (Buffer.isBuffer(source)) {
      const sha256 = createHash('sha256').update(source).digest('hex');
      await this.client.send(
        new PutObjectCommand({ Bucket: this.target.bucket, Key: this.objectKey(sha256), Body: source, ContentLength: source.length }),
      );
      return { key: sha256, sha256, size: source.length };
    }
    const hash = createHash('sha256');
    let size = 0;
    const body = new PassThrough();
    source.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    source.on('error', (e) => body.destroy(e));
    source.pipe(body);
    const temp = `${this.root}${TEMP_FOLDER}${randomUUID()}`;
    await new Upload({ client: this.client, params: { Bucket: this.target.bucket, Key: temp, Body: body } }).done();
    const sha256 = hash.digest('hex');
    try {
      await this.client.send(
        new CopyObjectCommand({
          Bucket: this.target.bucket,
          Key: this.objectKey(sha256),
          CopySource: `${this.target.bucket}/${encodeURIComponent(temp).replace(/%2F/g, '/')}`,
        }),
      );
    } finally {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.target.bucket, Key: temp }));
    }
    return { key: sha256, sha256, size };
  }

  async get(key: string): Promise<Readable> {
    const answer = await this.client.send(new GetObjectCommand({ Bucket: this.target.bucket, Key: this.objectKey(key) }));
    return answer.Body as Readable;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.target.bucket, Key: this.fullKey(key) }));
  }

  /** Whether the bytes are there (a HEAD request). */
  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.target.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (e) {
      if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw e;
    }
  }

  async *list(): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.target.bucket, Prefix: this.root, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        const name = (o.Key ?? '').slice(this.root.length);
        const partial = name.startsWith(TEMP_FOLDER);
        if (!partial && !isContentKey(name)) continue;
        yield { key: name, modifiedAt: o.LastModified ?? new Date(0), partial };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private objectKey(key: string): string {
    if (!isContentKey(key)) throw new Error(`not a file-store key: ${key}`);
    return `${this.root}${key}`;
  }

  /** Content keys, and the temporary objects the sweep deletes. */
  private fullKey(key: string): string {
    return key.startsWith(TEMP_FOLDER) ? `${this.root}${key}` : this.objectKey(key);
  }
}

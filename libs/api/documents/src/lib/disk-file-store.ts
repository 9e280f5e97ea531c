import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStore, StoredFile, StoredObject, isContentKey } from './file-store';

const TEMP_PREFIX = '.partial-';

/**
 * The embedded store: one file per content under one folder (`DATA_DIR/files`), named by its SHA-256. A write goes
 * to a temporary file in the same folder, is fsync'd, renamed to its final name and the folder fsync'd, so a crash
 * leaves either the whole file under its name or a temporary file the sweep removes, never half a file.
 */
export class DiskFileStore implements FileStore {
  readonly location: string;

  constructor(private readonly root: string) {
    this.location = `disk:${root}`;
  }

  async put(source: Buffer | Readable): Promise<StoredFile> {
    // Created on first use: a server that never stores a document leaves no folder behind.
    await mkdir(this.root, { recursive: true });
    const temp = join(this.root, `${TEMP_PREFIX}${randomUUID()}`);
    const hash = createHash('sha256');
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      // `flush`: the stream fsyncs the file before it closes, so the rename below only ever names complete bytes.
      await pipeline(
        Buffer.isBuffer(source) ? Readable.from([source]) : source,
        counter,
        createWriteStream(temp, { flags: 'wx', mode: 0o640, flush: true }),
      );
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
    const sha256 = hash.digest('hex');
    const target = join(this.root, sha256);
    if (await exists(target)) {
      // The same bytes are stored once; touching the file keeps the sweep's grace period from the latest upload.
      await unlink(temp);
      const now = new Date();
      await utimes(target, now, now);
    } else {
      await rename(temp, target);
      await syncDirectory(this.root);
    }
    return { key: sha256, sha256, size };
  }

  async get(key: string): Promise<Readable> {
    const path = this.path(key);
    // Opened before answering, so a missing file rejects here rather than in the middle of a response.
    const handle = await open(path, 'r');
    return createReadStream('', { fd: handle });
  }

  async delete(key: string): Promise<void> {
    await unlink(this.path(key)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }

  async *list(): AsyncIterable<StoredObject> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const name of names) {
      const partial = name.startsWith(TEMP_PREFIX);
      if (!partial && !isContentKey(name)) continue;
      const info = await stat(join(this.root, name)).catch(() => null);
      if (info?.isFile()) yield { key: name, modifiedAt: info.mtime, partial };
    }
  }

  private path(key: string): string {
    if (!isContentKey(key) && !key.startsWith(TEMP_PREFIX)) throw new Error(`not a file-store key: ${key}`);
    return join(this.root, key);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Makes the rename itself durable: without it a power cut may forget the new directory entry. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

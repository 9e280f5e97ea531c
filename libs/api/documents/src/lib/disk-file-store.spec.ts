import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DiskFileStore } from './disk-file-store';

const read = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};
const listAll = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('DiskFileStore', () => {
  let root: string;
  beforeEach(() => (root = join(mkdtempSync(join(tmpdir(), 'tdkt-disk-store-')), 'files')));
  afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

  it('stores a buffer or a stream under its SHA-256 and reads it back byte for byte', async () => {
    const store = new DiskFileStore(root);
    const bytes = Buffer.from('%PDF-1.4 Tờ trình');
    const put = await store.put(bytes);
    expect(put).toEqual({ key: sha256(bytes), sha256: sha256(bytes), size: bytes.length });
    expect(Buffer.compare(await read(await store.get(put.key)), bytes)).toBe(0);
    const streamed = await store.put(Readable.from([Buffer.from('%PDF-'), Buffer.from('1.4 Tờ trình')]));
    expect(streamed.key).toBe(put.key);
    expect(readdirSync(root)).toEqual([put.key]);
  });

  it('keeps the same bytes once and refreshes their age, so the sweep never takes bytes just uploaded again', async () => {
    const store = new DiskFileStore(root);
    const { key } = await store.put(Buffer.from('same'));
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(root, key), old, old);
    await store.put(Buffer.from('same'));
    const [listed] = await listAll(store.list());
    expect(listed.key).toBe(key);
    expect(listed.modifiedAt.getTime()).toBeGreaterThan(old.getTime());
  });

  it('rejects unknown and malformed keys, and deleting twice is harmless', async () => {
    const store = new DiskFileStore(root);
    await expect(store.get('0'.repeat(64))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(store.get('../../etc/passwd')).rejects.toThrow('not a file-store key');
    const { key } = await store.put(Buffer.from('x'));
    await store.delete(key);
    await store.delete(key);
    expect(await listAll(store.list())).toEqual([]);
  });

  it('leaves no temporary file when the source stream fails', async () => {
    const store = new DiskFileStore(root);
    const failing = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow('client went away');
    expect(readdirSync(root)).toEqual([]);
  });

  it('a write killed halfway (SIGKILL) leaves no file under its final name, only a partial one the sweep can find', async () => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'testing', 'crash-writer.ts'), root], {
      env: { ...process.env, TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs', moduleResolution: 'node10' }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('halfway') && resolve());
      child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    });
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const names = readdirSync(root);
    // The whole content would have been 4 MB of 'A': neither it nor any other content key exists.
    expect(names.filter((n) => /^[0-9a-f]{64}$/.test(n))).toEqual([]);
    expect(existsSync(join(root, sha256(Buffer.alloc(4 * 1024 * 1024, 0x41))))).toBe(false);
    expect(names).toHaveLength(1);
    const listed = await listAll(new DiskFileStore(root).list());
    expect(listed).toEqual([expect.objectContaining({ key: names[0], partial: true })]);
    // The sweep deletes it (once old enough).
    await new DiskFileStore(root).delete(names[0]);
    expect(readdirSync(root)).toEqual([]);
  }, 60_000);
});

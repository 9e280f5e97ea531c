import { Readable } from 'node:stream';

/** What a store answers for bytes it now holds: their key (content-addressed), SHA-256 (hex) and size. */
export interface StoredFile {
  key: string;
  sha256: string;
  size: number;
}

/** One object the store holds, for the orphan sweep. */
export interface StoredObject {
  key: string;
  modifiedAt: Date;
  /** A write that never finished (a temporary file or object); swept once old enough, never read. */
  partial: boolean;
}

/**
 * Where the bytes of the dossiers' documents live; the database keeps their metadata. Keys are the SHA-256 of the
 * content, so the same bytes are stored once and a key never changes meaning.
 */
export interface FileStore {
  /** Human-readable location, for the logs (`disk:/srv/data/files`, `s3://bucket/prefix`). */
  readonly location: string;
  put(source: Buffer | Readable): Promise<StoredFile>;
  /** The bytes of `key`; rejects when they are missing. */
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  list(): AsyncIterable<StoredObject>;
}

export const FILE_STORE = Symbol('FileStore');

/** Keys are lowercase hex SHA-256: anything else never names a stored file (no path tricks). */
export function isContentKey(key: string): boolean {
  return /^[0-9a-f]{64}$/.test(key);
}

import type { ImportProgressEvent } from '@tdkt/shared/contracts';
import type { ImportedRow } from './imported-rows';

/** An event of any kind's import. */
export type ImportEvent = ImportProgressEvent<ImportedRow>;

/** Complete lines found in a chunk, and the unfinished tail kept for the next chunk. */
export interface NdjsonSplit {
  readonly lines: string[];
  readonly rest: string;
}

/**
 * Adds a chunk of text to the unfinished tail of the previous one and cuts out every complete line.
 * A network chunk may end anywhere, even inside a line (or between \r and \n), so the tail waits.
 */
export function splitNdjson(rest: string, chunk: string): NdjsonSplit {
  const parts = (rest + chunk).split('\n');
  const tail = parts.pop() ?? '';
  return { lines: parts.map((line) => line.replace(/\r$/, '')).filter((line) => line.trim() !== ''), rest: tail };
}

/** The last line, which the server may end without a newline. */
export function flushNdjson(rest: string): string[] {
  const line = rest.replace(/\r$/, '');
  return line.trim() ? [line] : [];
}

/** A line that is not a progress event: reported, never thrown, so one bad line does not hide the result. */
export interface BadLine {
  readonly type: 'bad';
  readonly line: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One NDJSON line as an import event, checked just enough to be read safely. */
export function parseImportEvent(line: string): ImportEvent | BadLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { type: 'bad', line };
  }
  if (!isRecord(value)) return { type: 'bad', line };
  switch (value['type']) {
    case 'progress':
      return typeof value['done'] === 'number' && typeof value['total'] === 'number' && typeof value['phase'] === 'string'
        ? (value as ImportEvent)
        : { type: 'bad', line };
    case 'result':
      return isRecord(value['result']) && typeof value['result']['created'] === 'number' ? (value as ImportEvent) : { type: 'bad', line };
    case 'error':
      return typeof value['statusCode'] === 'number' ? (value as ImportEvent) : { type: 'bad', line };
    default:
      return { type: 'bad', line };
  }
}

/** Minimal view of a ReadableStream reader, so the loop can be fed by a test as well as by fetch. */
export interface ChunkReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
}

/** Reads a streamed NDJSON body to its end, handing over each event as soon as its line is complete. */
export async function readNdjson(
  reader: ChunkReader,
  decode: (chunk: Uint8Array | undefined, final: boolean) => string,
  onEvent: (event: ImportEvent | BadLine) => void,
): Promise<void> {
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    const split = splitNdjson(rest, decode(value, done));
    rest = split.rest;
    for (const line of split.lines) onEvent(parseImportEvent(line));
    if (done) break;
  }
  for (const line of flushNdjson(rest)) onEvent(parseImportEvent(line));
}

import { BadLine, ChunkReader, ImportEvent, flushNdjson, parseImportEvent, readNdjson, splitNdjson } from './ndjson';

const RESULT = { type: 'result', result: { dryRun: false, rows: 2, created: 2, valid: [], errors: [] } };

/** Feeds text chunks the way a ReadableStream reader hands over bytes. */
function readerOf(chunks: string[]): ChunkReader {
  const queue = chunks.map((c) => new TextEncoder().encode(c));
  return { read: async () => (queue.length ? { done: false, value: queue.shift() } : { done: true }) };
}

async function readAll(chunks: string[]): Promise<Array<ImportEvent | BadLine>> {
  const decoder = new TextDecoder();
  const events: Array<ImportEvent | BadLine> = [];
  await readNdjson(
    readerOf(chunks),
    (chunk, final) => decoder.decode(chunk, { stream: !final }),
    (e) => events.push(e),
  );
  return events;
}

describe('splitNdjson', () => {
  it('cuts complete lines and keeps the unfinished tail for the next chunk', () => {
    const first = splitNdjson('', '{"a":1}\n{"b":');
    expect(first).toEqual({ lines: ['{"a":1}'], rest: '{"b":' });
    const second = splitNdjson(first.rest, '2}\n');
    expect(second).toEqual({ lines: ['{"b":2}'], rest: '' });
  });

  it('joins a line split over several chunks, \\r\\n endings and blank lines included', () => {
    let rest = '';
    const lines: string[] = [];
    for (const chunk of ['{"ty', 'pe":"x"', '}\r', '\n\n{"y":', '1}\r\n']) {
      const split = splitNdjson(rest, chunk);
      lines.push(...split.lines);
      rest = split.rest;
    }
    expect(lines).toEqual(['{"type":"x"}', '{"y":1}']);
    expect(rest).toBe('');
  });

  it('gives the trailing line without a newline only when flushed', () => {
    const split = splitNdjson('', '{"a":1}\n{"b":2}');
    expect(split.lines).toEqual(['{"a":1}']);
    expect(flushNdjson(split.rest)).toEqual(['{"b":2}']);
    expect(flushNdjson('  ')).toEqual([]);
  });
});

describe('parseImportEvent', () => {
  it('reads progress, result and error lines', () => {
    expect(parseImportEvent('{"type":"progress","phase":"check","done":1000,"total":2500}')).toEqual({
      type: 'progress',
      phase: 'check',
      done: 1000,
      total: 2500,
    });
    expect(parseImportEvent(JSON.stringify(RESULT))).toEqual(RESULT);
    expect(parseImportEvent('{"type":"error","statusCode":409,"code":"PERIOD_LOCKED","message":"Kỳ đã khóa","errors":[]}')).toMatchObject({
      type: 'error',
      statusCode: 409,
      code: 'PERIOD_LOCKED',
    });
  });

  it('reports a bad line instead of throwing: broken JSON, unknown type, missing fields, not an object', () => {
    for (const line of [
      '{"type":"progress",',
      '{"type":"hello"}',
      '{"type":"progress","phase":"check"}',
      '[1,2]',
      'null',
      '{"type":"error"}',
    ]) {
      expect(parseImportEvent(line)).toEqual({ type: 'bad', line });
    }
  });
});

describe('readNdjson', () => {
  it('hands over each event as its line completes, across chunk boundaries and multi-byte characters', async () => {
    const body = `{"type":"progress","phase":"parse","done":2,"total":2}\n{"type":"error","statusCode":400,"message":"Tệp có lỗi"}\n`;
    // Cut inside a line and inside the two bytes of "ệ".
    const bytes = new TextEncoder().encode(body);
    const cut = body.indexOf('ệ');
    const at = new TextEncoder().encode(body.slice(0, cut)).length + 1;
    const decoder = new TextDecoder();
    const chunks = [bytes.slice(0, 20), bytes.slice(20, at), bytes.slice(at)];
    const events: Array<ImportEvent | BadLine> = [];
    const reader: ChunkReader = { read: async () => (chunks.length ? { done: false, value: chunks.shift() } : { done: true }) };
    await readNdjson(
      reader,
      (chunk, final) => decoder.decode(chunk, { stream: !final }),
      (e) => events.push(e),
    );
    expect(events).toEqual([
      { type: 'progress', phase: 'parse', done: 2, total: 2 },
      { type: 'error', statusCode: 400, message: 'Tệp có lỗi' },
    ]);
  });

  it('reads a last line that has no newline, and keeps going after a bad line', async () => {
    const events = await readAll(['{"type":"progress","phase":"write","done":1,"total":2}\nnot json\n', JSON.stringify(RESULT)]);
    expect(events.map((e) => e.type)).toEqual(['progress', 'bad', 'result']);
    expect(events[1]).toEqual({ type: 'bad', line: 'not json' });
  });
});

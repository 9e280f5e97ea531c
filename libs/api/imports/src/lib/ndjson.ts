import { ImportProgressEvent, ImportResult, ImportRowError } from '@tdkt/shared/contracts';
import { HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ProgressSink } from './import-run';

const logger = new Logger('ImportProgress');

/**
 * Answers an import as plain JSON (201, or 200 for a dry run), or with `progress` as NDJSON: one progress
 * event per line while the import runs, then the result or the error, since the 200 has gone out first.
 */
export async function respondImport<T>(
  res: Response,
  options: { dryRun: boolean; progress: boolean },
  run: (progress?: ProgressSink) => Promise<ImportResult<T>>,
): Promise<void> {
  if (!options.progress) {
    const result = await run();
    res.status(options.dryRun ? 200 : 201).json(result);
    return;
  }
  res.status(200).setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  const send = (event: ImportProgressEvent<T>) => res.write(`${JSON.stringify(event)}\n`);
  try {
    send({ type: 'result', result: await run(send) });
  } catch (e) {
    send(errorEvent(e));
  }
  res.end();
}

function errorEvent<T>(e: unknown): ImportProgressEvent<T> {
  if (e instanceof HttpException) {
    const raw = e.getResponse();
    const body = (typeof raw === 'string' ? { message: raw } : raw) as {
      code?: string;
      message?: string | string[];
      errors?: ImportRowError[];
    };
    return { type: 'error', statusCode: e.getStatus(), code: body.code, message: body.message ?? e.message, errors: body.errors };
  }
  logger.error(e instanceof Error ? e.stack : String(e));
  return { type: 'error', statusCode: 500, message: 'Lỗi hệ thống; vui lòng thử lại sau' };
}

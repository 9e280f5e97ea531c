import type { ImportResult } from '@tdkt/shared/contracts';
import { ApiError } from '../../../core/http/api-error';
import { IDLE, ImportAction, ImportRun, importProgressReducer } from './import-progress';

const RESULT: ImportResult = { dryRun: false, rows: 3000, created: 3000, valid: [], errors: [] };

function fold(actions: ImportAction[], from: ImportRun = IDLE): ImportRun {
  return actions.reduce(importProgressReducer, from);
}

describe('importProgressReducer', () => {
  it('starts at 0 % while the file is sent', () => {
    expect(fold([{ type: 'start' }])).toEqual({ status: 'running', phase: 'upload', done: 0, total: 0, percent: 0 });
  });

  it('moves through reading, checking and writing with the rows processed', () => {
    const start: ImportAction = { type: 'start' };
    expect(fold([start, { type: 'progress', phase: 'parse', done: 3000, total: 3000 }])).toMatchObject({ phase: 'parse', percent: 5 });
    expect(fold([start, { type: 'progress', phase: 'check', done: 1000, total: 3000 }])).toEqual({
      status: 'running',
      phase: 'check',
      done: 1000,
      total: 3000,
      percent: 20,
    });
    expect(fold([start, { type: 'progress', phase: 'check', done: 3000, total: 3000 }])).toMatchObject({ percent: 50 });
    expect(fold([start, { type: 'progress', phase: 'write', done: 2500, total: 3000 }])).toMatchObject({
      phase: 'write',
      done: 2500,
      percent: 92,
    });
    expect(fold([start, { type: 'progress', phase: 'write', done: 3000, total: 3000 }])).toMatchObject({ percent: 100 });
  });

  it('never moves the bar back, and ignores progress outside a run', () => {
    const state = fold([
      { type: 'start' },
      { type: 'progress', phase: 'check', done: 3000, total: 3000 },
      { type: 'progress', phase: 'check', done: 1000, total: 3000 },
    ]);
    expect(state).toMatchObject({ done: 1000, percent: 50 });
    expect(importProgressReducer(IDLE, { type: 'progress', phase: 'check', done: 1, total: 2 })).toBe(IDLE);
  });

  it('ends with the result', () => {
    expect(fold([{ type: 'start' }, { type: 'result', result: RESULT }])).toEqual({ status: 'done', result: RESULT });
  });

  it('ends with the refusal and its row errors (nothing written)', () => {
    const errors = [{ row: 4, column: 'Ngày quyết định', code: 'PERIOD_LOCKED', message: 'Kỳ 6 tháng đầu năm 2024 đã khóa' }];
    expect(fold([{ type: 'start' }, { type: 'error', statusCode: 409, code: 'PERIOD_LOCKED', message: 'Tệp có 1 lỗi', errors }])).toEqual({
      status: 'refused',
      statusCode: 409,
      code: 'PERIOD_LOCKED',
      message: 'Tệp có 1 lỗi',
      errors,
    });
    expect(fold([{ type: 'start' }, { type: 'error', statusCode: 400, message: ['a', 'b'] }])).toEqual({
      status: 'refused',
      statusCode: 400,
      code: null,
      message: 'a; b',
      errors: [],
    });
  });

  it('turns a failed request, or a body that stops before its last line, into a failure', () => {
    const network = new ApiError('network', 0, null);
    expect(fold([{ type: 'start' }, { type: 'failed', error: network }])).toEqual({ status: 'failed', error: network });
    const cut = new ApiError('invalidResponse', 200, null);
    expect(fold([{ type: 'start' }, { type: 'progress', phase: 'check', done: 5, total: 10 }, { type: 'ended', error: cut }])).toEqual({
      status: 'failed',
      error: cut,
    });
    // After the result, the end of the body changes nothing.
    expect(fold([{ type: 'start' }, { type: 'result', result: RESULT }, { type: 'ended', error: cut }])).toEqual({
      status: 'done',
      result: RESULT,
    });
  });

  it('skips bad lines', () => {
    const running = fold([{ type: 'start' }]);
    expect(importProgressReducer(running, { type: 'bad', line: '<html>' })).toBe(running);
  });
});

import { exportQuery, exportYears } from './export-filters';
import { MAX_UPLOAD_BYTES, checkImportFile, formatFileSize } from './file-check';
import { failureKey, isConflict, refusalKey } from './failure';
import { importKind, importTarget } from './import-kinds';
import { pledgeCounts, replacingRows } from './imported-rows';

describe('checkImportFile', () => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  it.each([
    [{ name: 'danh-sach.xlsx', size: 20_000, type: XLSX }, null],
    [{ name: 'DANH SACH.XLSX', size: 20_000, type: '' }, null],
    [{ name: 'a.xlsx', size: 1, type: 'application/octet-stream' }, null],
    [{ name: 'a.xlsx', size: MAX_UPLOAD_BYTES, type: XLSX }, null],
    [{ name: 'a.xlsx', size: MAX_UPLOAD_BYTES + 1, type: XLSX }, 'tooLarge'],
    [{ name: 'a.xlsx', size: 0, type: XLSX }, 'empty'],
    [{ name: 'a.csv', size: 10, type: 'text/csv' }, 'notXlsx'],
    [{ name: 'a.xlsx', size: 10, type: 'text/csv' }, 'notXlsx'],
    [{ name: 'bao-cao.xls', size: 10, type: 'application/vnd.ms-excel' }, 'oldExcel'],
    [{ name: 'xlsx', size: 10, type: '' }, 'notXlsx'],
  ])('%o → %s', (file, problem) => {
    expect(checkImportFile(file)).toBe(problem);
  });

  it('prints sizes the way the limit is written', () => {
    expect(formatFileSize(12 * 1024 * 1024)).toEqual({ value: 12, unit: 'MB' });
    expect(formatFileSize(1.55 * 1024 * 1024)).toEqual({ value: 1.6, unit: 'MB' });
    expect(formatFileSize(300)).toEqual({ value: 1, unit: 'KB' });
  });
});

describe('exportQuery', () => {
  it('sends a year, the first half as decision dates, and a status', () => {
    expect(exportQuery({ year: 2024, period: 'FY', status: null })).toEqual({ year: '2024' });
    expect(exportQuery({ year: 2024, period: 'H1', status: 'APPROVED' })).toEqual({
      year: '2024',
      from: '2024-01-01',
      to: '2024-06-30',
      status: 'APPROVED',
    });
  });

  it('leaves the period out when every year is asked for', () => {
    expect(exportQuery({ year: null, period: 'H1', status: 'DRAFT' })).toEqual({ status: 'DRAFT' });
  });

  it('offers this year first, back to the first year', () => {
    expect(exportYears(2026, 2023)).toEqual([2026, 2025, 2024, 2023]);
  });
});

describe('failureKey and refusalKey', () => {
  it('explains the Excel error codes, then the network and permission cases, then falls back to the common message', () => {
    expect(failureKey({ code: 'IMPORT_BAD_HEADER', reason: 'badRequest', messageKey: 'errors.badRequest' })).toBe(
      'imports.failure.IMPORT_BAD_HEADER',
    );
    expect(failureKey({ code: null, reason: 'network', messageKey: 'errors.network' })).toBe('imports.failure.network');
    expect(failureKey({ code: 'OTHER', reason: 'forbidden', messageKey: 'errors.forbidden' })).toBe('imports.failure.forbidden');
    expect(failureKey({ code: null, reason: 'server', messageKey: 'errors.server' })).toBe('errors.server');
    expect(refusalKey('PERIOD_LOCKED', 409)).toBe('imports.failure.PERIOD_LOCKED');
    expect(refusalKey(null, 403)).toBe('imports.failure.OUT_OF_SCOPE');
    expect(refusalKey(null, 500)).toBeNull();
  });

  it('explains the upload limits: too many rows, and another import of the same user still running', () => {
    expect(failureKey({ code: 'IMPORT_TOO_MANY_ROWS', reason: 'server', messageKey: 'errors.server' })).toBe(
      'imports.failure.IMPORT_TOO_MANY_ROWS',
    );
    expect(failureKey({ code: 'IMPORT_IN_PROGRESS', reason: 'conflict', messageKey: 'errors.conflict' })).toBe(
      'imports.failure.IMPORT_IN_PROGRESS',
    );
    expect(refusalKey('IMPORT_TOO_MANY_ROWS', 413)).toBe('imports.failure.IMPORT_TOO_MANY_ROWS');
  });
});

describe('importTarget', () => {
  it('resolves each kind’s paths, with the pledge id in the pledge result paths', () => {
    expect(importTarget(importKind('commendations'), null)).toMatchObject({
      templatePath: '/commendations/import-template.xlsx',
      importPath: '/commendations/import',
      pledgeId: null,
    });
    expect(importTarget(importKind('typicalExamples'), 'ignored')).toMatchObject({
      templatePath: '/typical-examples/import-template.xlsx',
      importPath: '/typical-examples/import',
      listUrl: '/typical-examples',
      pledgeId: null,
    });
    expect(importTarget(importKind('pledgeResults'), 'p-1')).toMatchObject({
      templatePath: '/pledges/p-1/results/import-template.xlsx',
      importPath: '/pledges/p-1/results/import',
      listUrl: '/pledges/p-1',
      pledgeId: 'p-1',
    });
  });

  it('has no target for pledge results without a pledge, and falls back to commendations for an unknown kind', () => {
    expect(importTarget(importKind('pledgeResults'), null)).toBeNull();
    expect(importKind('khac').id).toBe('commendations');
    expect(importKind(null).id).toBe('commendations');
  });
});

describe('pledgeCounts', () => {
  const row = { row: 2, provinceCode: '08', criterionCode: 'TC1', period: 'FY', targetValue: 1, actualValue: 1, note: null };
  const valid = [
    { ...row, replaces: false },
    { ...row, row: 3, replaces: true },
    { ...row, row: 4, replaces: true },
  ];

  it('counts new and replaced values from the rows on a dry run, and from the server after the import', () => {
    expect(replacingRows(valid)).toBe(2);
    expect(pledgeCounts({ dryRun: true, rows: 3, created: 0, valid, errors: [] })).toEqual({ created: 1, updated: 2, total: 3 });
    expect(pledgeCounts({ dryRun: false, rows: 3, created: 1, updated: 2, valid, errors: [] })).toEqual({
      created: 1,
      updated: 2,
      total: 3,
    });
    expect(pledgeCounts({ dryRun: false, rows: 3, created: 3, valid: [], errors: [] })).toEqual({ created: 3, updated: 0, total: 3 });
  });

  it('knows a conflict from the other refusals', () => {
    expect(isConflict('IMPORT_CONFLICT')).toBe(true);
    expect(isConflict('PERIOD_LOCKED')).toBe(false);
    expect(refusalKey('IMPORT_CONFLICT', 409)).toBe('imports.failure.IMPORT_CONFLICT');
  });
});

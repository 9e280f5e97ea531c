// The sheet kit every record's Excel import and export is built from; the imports themselves live with their records.
export * from './lib/import-gate';
export * from './lib/import-run';
export * from './lib/ndjson';
export * from './lib/sheet';
export * from './lib/template';
export * from './lib/workbook-reader';
export * from './lib/xlsx-archive';
export * from './lib/xlsx-upload.interceptor';

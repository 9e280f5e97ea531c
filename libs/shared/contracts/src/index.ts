// class-transformer's @Type reads design-time metadata; the polyfill makes the DTOs load in the browser too.
import 'reflect-metadata';

export * from './lib/auth.dto';
export * from './lib/clusters.dto';
export * from './lib/commendations.dto';
export * from './lib/documents.dto';
export * from './lib/enums';
export * from './lib/errors';
export * from './lib/findings.dto';
export * from './lib/imports.dto';
export * from './lib/meetings.dto';
export * from './lib/movements.dto';
export * from './lib/page';
export * from './lib/periods.dto';
export * from './lib/pledges.dto';
export * from './lib/provinces.dto';
export * from './lib/reference';
export * from './lib/reports.dto';
export * from './lib/typical-examples.dto';
export * from './lib/validation';
export * from './lib/views';
export * from './lib/year-end.dto';

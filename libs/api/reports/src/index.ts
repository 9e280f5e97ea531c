export * from './lib/reports.module';
export * from './lib/report-figures.service';
export * from './lib/report-docx.builder';
export * from './lib/report-xlsx.builder';

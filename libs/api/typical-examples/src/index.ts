export * from './lib/excel/typical-example-sheet';
export * from './lib/typical-examples.module';

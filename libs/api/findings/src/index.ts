export * from './lib/findings.module';
export * from './lib/findings-runner.service';

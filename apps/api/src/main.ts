import { loadSettings } from '@tdkt/api/core';
import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

async function bootstrap(): Promise<void> {
  const settings = loadSettings();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(settings), {
    bodyParser: false,
    logger: LEVELS.slice(0, LEVELS.indexOf(settings.logLevel as LogLevel) + 1),
  });
  configureApp(app, settings);
  app.enableShutdownHooks();
  await app.listen(settings.port);
  const url = `http://localhost:${settings.port}`;
  const database = settings.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${settings.dataDir}/pglite`;
  Logger.log(`Thi đua – Khen thưởng is running at ${url}  (API ${url}/api/v1, docs ${url}/api/docs; database: ${database})`, 'Bootstrap');
}

bootstrap().catch((err) => {
  Logger.error(err instanceof Error ? err.message : String(err), 'Bootstrap');
  process.exit(1);
});

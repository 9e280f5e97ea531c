import { loadSettings } from '@tdkt/api/core';
import { DatabaseFolderError, FolderLockedError, openLockedPglite } from '@tdkt/api/database';
import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, databaseSettings } from './app/app.module';
import { configureApp } from './app/configure-app';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

async function bootstrap(): Promise<void> {
  const settings = loadSettings();
  const database = databaseSettings(settings);
  if (!database.url && database.pgliteDir) {
    // The folder lock and the open come first, so a second server or a damaged folder is refused before Nest starts.
    const db = await openLockedPglite(database.pgliteDir, (m) => Logger.warn(m, 'Bootstrap'));
    database.openPglite = async () => db;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(settings, database), {
    bodyParser: false,
    logger: LEVELS.slice(0, LEVELS.indexOf(settings.logLevel as LogLevel) + 1),
  });
  configureApp(app, settings);
  app.enableShutdownHooks();
  await app.listen(settings.port);
  // PORT=0 picks a free port: print the one the server got.
  const address = app.getHttpServer().address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : settings.port}`;
  const engine = settings.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${settings.dataDir}/pglite`;
  Logger.log(`Thi đua – Khen thưởng is running at ${url}  (API ${url}/api/v1, docs ${url}/api/docs; database: ${engine})`, 'Bootstrap');
}

bootstrap().catch((err) => {
  // These two carry their own explanation (Vietnamese and English); a stack trace would only hide it.
  if (err instanceof FolderLockedError || err instanceof DatabaseFolderError) {
    console.error(err.message);
    process.exit(1);
  }
  Logger.error(err instanceof Error ? err.message : String(err), 'Bootstrap');
  process.exit(1);
});

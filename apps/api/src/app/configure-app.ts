import { AppSettings, DEFAULT_TRUST_PROXY, HttpErrorFilter, createValidationPipe } from '@tdkt/api/core';
import { VersioningType } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const API_PREFIX = 'api';

/** Everything the HTTP layer needs, shared by main.ts and the HTTP tests so they test what runs. */
export function configureApp(app: NestExpressApplication, settings: AppSettings): void {
  app.disable('x-powered-by');
  app.set('trust proxy', settings.trustProxy ?? DEFAULT_TRUST_PROXY);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // blob: the dossier viewer shows PDFs and images from object URLs of bytes fetched with the bearer token;
          // a blob document inherits this policy, so Chrome's PDF viewer also needs object-src to allow it.
          frameSrc: ["'self'", 'blob:'],
          imgSrc: ["'self'", 'data:', 'blob:'],
          objectSrc: ["'self'", 'blob:'],
          fontSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
        },
      },
    }),
  );
  // CORS stays off unless origins are named: the client is served from the API's own origin.
  if (settings.corsOrigins?.length) app.enableCors({ origin: settings.corsOrigins, credentials: false });
  app.useBodyParser('json', { limit: settings.bodyLimit });
  app.useBodyParser('urlencoded', { limit: settings.bodyLimit, extended: false });
  app.setGlobalPrefix(API_PREFIX);
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Thi đua – Khen thưởng API')
      .setDescription('Records of emulation movements, pledges, commendations and typical examples (API v1)')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  serveWebClient(app, settings);
}

/** The built Angular client on the same port; unknown non-API paths fall back to index.html (client routes). */
function serveWebClient(app: NestExpressApplication, settings: AppSettings): void {
  const dir = [settings.webDist, join(__dirname, '..', 'web', 'browser'), join(process.cwd(), 'dist', 'apps', 'web', 'browser')].find(
    (d): d is string => Boolean(d) && existsSync(join(d as string, 'index.html')),
  );
  if (!dir) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith(`/${API_PREFIX}`) || !req.accepts('html')) return next();
    res.sendFile(join(dir, 'index.html'));
  });
}

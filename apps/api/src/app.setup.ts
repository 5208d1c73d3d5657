import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { listRoutes } from './common/auth/route-access.auditor';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { DatabaseOutageMonitor } from './common/errors/database-unavailable';
import { requireJsonBody } from './common/http/content-type.middleware';
import { describeErrors } from './common/http/openapi-errors';
import { createValidationPipe } from './common/http/validation.pipe';
import { createPinoLogger, PinoLoggerService, requestLogger } from './common/logging/pino-logger';

/**
 * Everything about the HTTP surface that is not a route: used by main.ts and by the tests, so the
 * tests exercise exactly what production runs.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  const logger = createPinoLogger(config.logLevel);
  express.useLogger(new PinoLoggerService(logger));
  app.use(requestLogger(logger));
  if (config.trustProxy) express.set('trust proxy', 1);
  express.set('query parser', 'extended');
  app.use(cookieParser());
  // Helmet's defaults; over plain http (localhost) HSTS and upgrade-insecure-requests would break the app.
  const https = config.publicUrl.startsWith('https:');
  app.useSecurityHeaders({
    strictTransportSecurity: https,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'upgrade-insecure-requests': https ? [] : null },
    },
  });
  // Browsers report where a state-changing request comes from; cross-site ones are refused (403).
  app.enableCsrfProtection();
  app.use(requireJsonBody);
  app.setGlobalPrefix('api', { exclude: [] });
  app.useGlobalPipes(createValidationPipe());
  const dataSource = app.get(DataSource);
  app.useGlobalFilters(
    new AllExceptionsFilter(new DatabaseOutageMonitor(() => dataSource.query('SELECT 1'))),
  );

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Regiokracht API')
      .setDescription(
        'CRM for regional coalitions. Errors answer { statusCode, error, message, details?: [{ field, message }] }: ' +
          '400 invalid input (unknown fields rejected), 401 not signed in, 403 role may not, 404 not found or not your coalition, ' +
          '409 stale version or conflicting state, 415 body is not JSON, 429 rate-limited.',
      )
      .setVersion('1.0')
      .addCookieAuth('rk_session')
      .build(),
  );
  const routes = listRoutes(
    app.get(DiscoveryService),
    app.get(MetadataScanner),
    app.get(Reflector),
  );
  describeErrors(document, routes);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config.js';
import { HttpExceptionFilter } from './http-exception.filter.js';
import { bodyParserErrors, guardInputText, requireUtf8Body } from './input-guard.js';
import { createValidationPipe } from './validation.pipe.js';
import { BodylessWriteInterceptor } from './bodyless-write.interceptor.js';
import { serveWebApp } from './web-app.js';

/**
 * Security headers, CORS (closed unless CORS_ORIGINS lists origins), body limits, the global
 * prefix, validation, the error format, the OpenAPI document at /api/docs and the web app at /.
 */
export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // Every api answer is `no-store` (below), so no client revalidates it: hashing each answer for an ETag is wasted work
  // (the web app's static files keep theirs: the static middleware makes its own).
  app.set('etag', false);
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (none by default): otherwise any
  // client could pick the IP the login rate limit counts and the audit trail records.
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  // API answers may carry personal data: never cache them anywhere.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  const origins = (config.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length) app.enableCors({ origin: origins, credentials: false, maxAge: 600 });
  app.use(requireUtf8Body);
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: false });
  app.use(bodyParserErrors);
  app.use(guardInputText);
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new BodylessWriteInterceptor());
  app.useGlobalFilters(new HttpExceptionFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('徐泾镇动迁安置案件管理系统 API')
      .setDescription('Relocation and resettlement case management for Xujing town. 所有错误返回 { statusCode, message, details? }。')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  serveWebApp(app, config.WEB_DIR);
}

/** Express's `trust proxy` value for TRUST_PROXY: false when unset, else the listed addresses, subnets or presets. */
export function trustProxySetting(value: string | undefined): false | string[] {
  const list = (value ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  return list.length ? list : false;
}

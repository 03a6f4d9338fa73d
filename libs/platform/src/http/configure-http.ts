import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { HttpExceptionFilter } from './http-exception.filter.js';
import { createValidationPipe } from './validation.pipe.js';

/** Global prefix, validation, error format and the OpenAPI document at /api/docs. */
export function configureHttpApp(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
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
}

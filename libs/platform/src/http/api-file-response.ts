import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** Declares a route that answers a file download (200, binary body of `contentType`, as an attachment). */
export const ApiFileResponse = (contentType: string, description: string): MethodDecorator =>
  applyDecorators(
    ApiProduces(contentType),
    ApiOkResponse({ description, content: { [contentType]: { schema: { type: 'string', format: 'binary' } } } }),
  );

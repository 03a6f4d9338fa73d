import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { inputProblemMessage, inspectInput, normalizeInput } from '../domain/input-text.js';
import { toFieldErrors } from './validation-messages.js';

// class-transformer silently drops these keys (its prototype-pollution guard), so the whitelist
// never sees them; refuse them here like any other undeclared field.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Only what JSON and query parsing produce; never walk a Buffer or other class instance byte by byte. */
function isParsedContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The path of the first forbidden key anywhere in a parsed body or query, if any. */
function forbiddenKeyPath(value: unknown, path = '', depth = 0): string | undefined {
  if (!isParsedContainer(value) || depth > 32) return undefined;
  for (const key of Object.keys(value)) {
    const field = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return field;
    const nested = forbiddenKeyPath((value as Record<string, unknown>)[key], field, depth + 1);
    if (nested) return nested;
  }
  return undefined;
}

class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const field = metadata.type === 'body' || metadata.type === 'query' ? forbiddenKeyPath(value) : undefined;
    if (field) {
      const message = `不允许提交字段 ${field}`;
      throw new BadRequestException({ message, details: [{ field, message }] });
    }
    if (metadata.type === 'custom') return super.transform(value, metadata);
    // The boundary middleware has checked JSON bodies, paths and queries; multipart fields arrive only
    // here. Query and route parameters are normalised here too (express re-parses req.query on each read).
    const problem = inspectInput(value, undefined, metadata.type === 'body' ? 'text' : 'url');
    if (problem) throw new BadRequestException({ message: inputProblemMessage(problem) });
    return super.transform(normalizeInput(value, metadata.type === 'param' ? (metadata.data ?? '') : ''), metadata);
  }
}

/**
 * The global pipe: an undeclared field is a 400 (never silently dropped), and every
 * field's problem comes back in Chinese in `details`.
 */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const details = toFieldErrors(errors);
      return new BadRequestException({ message: details.map((d) => d.message).join('；') || '请求参数不正确', details });
    },
  });
}

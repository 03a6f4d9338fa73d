import { BadRequestException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

/** Whether a handler takes a body (an `@Body()` parameter). */
export function takesBody(controller: object, handler: string): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => key.startsWith(`${RouteParamtypes.BODY}:`));
}

/**
 * A write route that declares no body (publish, apply, start a recalculation, …) refuses one that carries
 * fields, as a route with a body DTO refuses undeclared fields: 400 naming each, nothing done. An empty
 * object or no body at all is what such a route expects.
 */
export class BodylessWriteInterceptor implements NestInterceptor {
  private readonly cache = new WeakMap<object, boolean>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return next.handle();
    const handler = context.getHandler();
    let bodied = this.cache.get(handler);
    if (bodied === undefined) {
      bodied = takesBody(context.getClass(), handler.name);
      this.cache.set(handler, bodied);
    }
    if (bodied) return next.handle();
    const body: unknown = request.body;
    const fields = body !== null && typeof body === 'object' && !Buffer.isBuffer(body) ? Object.keys(body) : [];
    if (Array.isArray(body) && body.length > 0) throw new BadRequestException({ message: '该操作不接受请求内容' });
    if (fields.length > 0) {
      const details = fields.map((field) => ({ field, message: `不允许提交字段 ${field}` }));
      throw new BadRequestException({ message: details.map((d) => d.message).join('；'), details });
    }
    return next.handle();
  }
}

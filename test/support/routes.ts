import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { AUDIT_ACTION_KEY, POLICY_KEY, type AccessPolicy } from '@app/platform';

export interface RouteInfo {
  /** e.g. `POST /api/cases/:id/transitions`. */
  key: string;
  method: string;
  path: string;
  controller: string;
  handler: string;
  policy: AccessPolicy | undefined;
  /** The `@AuditAction` it declares, if any (writes are audited without one; reads only with one). */
  auditAction: string | undefined;
}

const join = (...parts: string[]) => `/${parts.flatMap((p) => p.split('/')).filter(Boolean).join('/')}`;

/** Every HTTP route of the app, read from the controllers' metadata (what the router serves). */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
    if (!instance || !type) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (sub === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const path = base === 'health' ? join(base, sub) : join('api', base, sub);
      const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(POLICY_KEY, [handler, type]);
      const auditAction = reflector.getAllAndOverride<string | undefined>(AUDIT_ACTION_KEY, [handler, type]);
      routes.push({ key: `${method} ${path}`, method, path, controller: type.name, handler: name, policy, auditAction });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The properties each route's body DTO declares, by `Controller.handler` (from the OpenAPI metadata
 * every DTO carries); routes without a body DTO are absent.
 */
export function bodyDtoFields(app: INestApplication): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const wrapper of app.get(DiscoveryService).getControllers()) {
    const type = wrapper.metatype as { name: string; prototype: object } | undefined;
    if (!type) continue;
    for (const name of Object.getOwnPropertyNames(type.prototype)) {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name) ?? {}) as Record<string, { index: number }>;
      const body = Object.entries(args).find(([k]) => k.startsWith(`${RouteParamtypes.BODY}:`));
      if (!body) continue;
      const dto = (Reflect.getMetadata('design:paramtypes', type.prototype, name) as Array<{ prototype: object }>)[body[1].index]!;
      fields.set(`${type.name}.${name}`, ((Reflect.getMetadata('swagger/apiModelPropertiesArray', dto.prototype) ?? []) as string[]).map((p) => p.replace(/^:/, '')));
    }
  }
  return fields;
}

import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
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

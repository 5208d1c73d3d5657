import { Injectable, type OnApplicationBootstrap, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from './roles';

export interface RouteAccess {
  method: string;
  path: string;
  roles: string[] | undefined;
  isPublic: boolean;
}

/** Every route with its access metadata; the basis of the startup check and of a test. */
export function listRoutes(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): RouteAccess[] {
  const routes: RouteAccess[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const base = normalise(reflector.get<string | string[]>(PATH_METADATA, wrapper.metatype));
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const path = reflector.get<string | string[] | undefined>(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)];
      routes.push({
        method,
        path: `/${[base, normalise(path)].filter(Boolean).join('/')}`,
        roles: reflector.get<string[]>(ROLES_KEY, handler),
        isPublic: Boolean(
          reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, wrapper.metatype]),
        ),
      });
    }
  }
  return routes;
}

function normalise(path: string | string[] | undefined): string {
  const p = Array.isArray(path) ? path[0] : path;
  return (p ?? '').replace(/^\/+|\/+$/g, '');
}

/**
 * Refuses to start when a coalition-scoped route (`:cid`) lacks @Roles, so tenancy and role
 * checks cannot be forgotten on a new route.
 */
@Injectable()
export class RouteAccessAuditor implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const unguarded = listRoutes(this.discovery, this.scanner, this.reflector).filter(
      (r) => r.path.includes(':cid') && (!r.roles || r.roles.length === 0),
    );
    if (unguarded.length > 0) {
      throw new Error(
        `Coalition routes without @Roles: ${unguarded.map((r) => `${r.method} ${r.path}`).join(', ')}`,
      );
    }
  }
}

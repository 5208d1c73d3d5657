import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ROLES, type Role } from '@regiokracht/shared';
import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import {
  listRoutes,
  RouteAccess,
  RouteAccessAuditor,
} from '../../src/common/auth/route-access.auditor';
import { sqlOne } from '../../src/database/sql';
import {
  buildCoalition,
  buildCoalitionWithStaff,
  buildMembership,
  buildUser,
} from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = InstanceType<typeof request.agent>;

/**
 * Tenancy and roles over every route the running app has, including the ones added after this test
 * was written: the route list comes from the app itself, never from this file.
 */
describe('tenancy and roles on every route', () => {
  let t: TestApp;
  let routes: RouteAccess[];
  let coalitionRoutes: RouteAccess[];
  let a: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let b: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  const agents = {} as Record<Role, Agent>;

  beforeAll(async () => {
    t = await createTestApp();
    routes = listRoutes(
      t.app.get(DiscoveryService),
      t.app.get(MetadataScanner),
      t.app.get(Reflector),
    );
    coalitionRoutes = routes.filter((r) => r.path.includes(':cid'));

    a = await buildCoalitionWithStaff(t.db, 'Coalition A');
    b = await buildCoalitionWithStaff(t.db, 'Coalition B');
    const organisation = await sqlOne<{ id: string }>(
      t.db.manager,
      `INSERT INTO organisation (coalition_id, name, kind, size_class) VALUES ($1, 'Partner BV', 'company', 'small') RETURNING id`,
      [a.coalition.id],
    );
    const partner = await buildUser(t.db);
    await buildMembership(t.db, a.coalition.id, partner.id, 'partner', organisation!.id);
    agents.coordinator = await t.login(a.coordinator.email);
    agents.member = await t.login(a.member.email);
    agents.viewer = await t.login(a.viewer.email);
    agents.partner = await t.login(partner.email);
  });
  afterAll(() => t.close());

  /** `/api/…` with `:cid` set and every other parameter a random UUID (routes answer 404 for unknown ids). */
  function urlFor(route: RouteAccess, cid: string): string {
    return `/api${route.path}`.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) =>
      name === 'cid' ? cid : randomUUID(),
    );
  }

  function call(agent: Agent, route: RouteAccess, cid: string) {
    const url = urlFor(route, cid);
    switch (route.method) {
      case 'GET':
        return agent.get(url);
      case 'POST':
        return agent.post(url).send({});
      case 'PUT':
        return agent.put(url).send({});
      case 'PATCH':
        return agent.patch(url).send({});
      case 'DELETE':
        return agent.delete(url).send({});
      default:
        throw new Error(`No test support for ${route.method} ${route.path}`);
    }
  }

  /** Runs one request per route and returns the ones whose answer fails `ok`, for a readable diff. */
  async function sweep(
    list: RouteAccess[],
    send: (route: RouteAccess) => ReturnType<typeof call>,
    ok: (res: request.Response, route: RouteAccess) => boolean,
  ): Promise<string[]> {
    const failures: string[] = [];
    for (const route of list) {
      const res = await send(route);
      if (!ok(res, route))
        failures.push(`${route.method} ${route.path} → ${res.status} ${JSON.stringify(res.body)}`);
    }
    return failures;
  }

  const coalitionNotFound = (res: request.Response) =>
    res.status === 404 && res.body.statusCode === 404 && res.body.message === 'Coalition not found';

  async function footprintOfB() {
    return sqlOne<{ audit: string; members: string; version: number }>(
      t.db.manager,
      `SELECT (SELECT count(*) FROM audit_event WHERE coalition_id = $1) AS audit,
              (SELECT count(*) FROM membership WHERE coalition_id = $1 AND deleted_at IS NULL) AS members,
              (SELECT version FROM coalition WHERE id = $1) AS version`,
      [b.coalition.id],
    );
  }

  it('finds the routes (the enumeration is not vacuous)', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /auth/login',
        'GET /auth/me',
        'GET /coalitions/:cid',
        'PATCH /coalitions/:cid',
        'GET /coalitions/:cid/members',
        'DELETE /coalitions/:cid/members/:id',
        'GET /coalitions/:cid/audit-events',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  describe('route metadata', () => {
    it('gives every coalition route @Roles naming only known roles', () => {
      const bad = coalitionRoutes.filter(
        (r) =>
          !r.roles?.length || r.roles.some((role) => !(ROLES as readonly string[]).includes(role)),
      );
      expect(bad).toEqual([]);
    });

    it('names the coalition parameter :cid everywhere, so the guard sees it', () => {
      const misnamed = routes.filter(
        (r) =>
          /\/coalitions\/:(?!cid(\/|$))/.test(r.path) ||
          (r.path.includes(':cid') && !r.path.startsWith('/coalitions/:cid')),
      );
      expect(misnamed).toEqual([]);
    });

    it('lets no viewer change anything', () => {
      const mutations = coalitionRoutes.filter(
        (r) => r.method !== 'GET' && r.roles?.includes('viewer'),
      );
      expect(mutations).toEqual([]);
    });

    it('makes only the reviewed routes public, none of them coalition-scoped', () => {
      const publicRoutes = routes.filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`);
      // A new public route needs a security review: add it here only after one.
      expect(publicRoutes.sort()).toEqual([
        'GET /auth/session', // reviewed: the caller's own session (as /auth/me) or { user: null }
        'GET /health',
        'POST /auth/invitations/:token',
        'POST /auth/login',
        'POST /auth/logout',
        'POST /auth/password-resets',
        'POST /auth/password-resets/:token',
      ]);
    });

    it('keeps coalition data under /coalitions/:cid: signed-in routes outside a coalition are a reviewed list', () => {
      const outside = routes
        .filter((r) => !r.isPublic && !r.path.includes(':cid'))
        .map((r) => `${r.method} ${r.path}`);
      // Anything else would bypass the tenancy guard; add a route here only if it holds no coalition data.
      // Notifications and preferences are the caller's own rows (bound to the user id; digests only
      // of coalitions the caller is still a member of): notifications.int-spec.ts checks that.
      expect(outside.sort()).toEqual([
        'GET /auth/me',
        'GET /coalitions',
        'GET /me/preferences',
        'GET /notifications',
        'PATCH /me/preferences',
        'POST /coalitions',
        'POST /notifications/:id/read',
        'POST /notifications/read-all',
      ]);
    });
  });

  describe('a caller from outside the coalition gets 404 on every route', () => {
    it('for each role of coalition A, on every route of coalition B, changing nothing there', async () => {
      const before = await footprintOfB();
      for (const role of ROLES) {
        const failures = await sweep(
          coalitionRoutes,
          (r) => call(agents[role], r, b.coalition.id),
          coalitionNotFound,
        );
        expect({ role, failures }).toEqual({ role, failures: [] });
      }
      expect(await footprintOfB()).toEqual(before);
    });

    it('with the same answer for a coalition that does not exist', async () => {
      const failures = await sweep(
        coalitionRoutes,
        (r) => call(agents.coordinator, r, randomUUID()),
        coalitionNotFound,
      );
      expect(failures).toEqual([]);
    });

    it('for a malformed coalition id', async () => {
      const failures = await sweep(
        coalitionRoutes,
        (r) => call(agents.coordinator, r, 'not-a-uuid'),
        (res) => res.status === 404,
      );
      expect(failures).toEqual([]);
    });

    it('for a former member (membership ended)', async () => {
      const former = await buildUser(t.db);
      const membership = await buildMembership(t.db, a.coalition.id, former.id, 'coordinator');
      const agent = await t.login(former.email);
      await agent.get(`/api/coalitions/${a.coalition.id}`).expect(200);
      await t.db.query('UPDATE membership SET deleted_at = now() WHERE id = $1', [membership.id]);
      const failures = await sweep(
        coalitionRoutes,
        (r) => call(agent, r, a.coalition.id),
        coalitionNotFound,
      );
      expect(failures).toEqual([]);
    });

    it('for a member of a deleted coalition', async () => {
      const gone = await buildCoalition(t.db);
      const user = await buildUser(t.db);
      await buildMembership(t.db, gone.id, user.id, 'coordinator');
      const agent = await t.login(user.email);
      await t.db.query('UPDATE coalition SET deleted_at = now() WHERE id = $1', [gone.id]);
      const failures = await sweep(
        coalitionRoutes,
        (r) => call(agent, r, gone.id),
        coalitionNotFound,
      );
      expect(failures).toEqual([]);
    });

    it('for an installation admin without membership, except where the route allows admins', async () => {
      const admin = await buildUser(t.db, { isAdmin: true });
      const agent = await t.login(admin.email);
      // Admins appoint coordinators: they may read and edit a coalition and list and add its members,
      // nothing else. A new admin-allowed route belongs in this reviewed list.
      const adminAllowed = [
        'GET /coalitions/:cid',
        'PATCH /coalitions/:cid',
        'GET /coalitions/:cid/members',
        'POST /coalitions/:cid/members',
      ];
      const failures = await sweep(
        coalitionRoutes.filter((r) => !adminAllowed.includes(`${r.method} ${r.path}`)),
        (r) => call(agent, r, b.coalition.id),
        coalitionNotFound,
      );
      expect(failures).toEqual([]);
    });
  });

  describe('a member without the right role gets 403, before any validation', () => {
    it('a viewer, on every mutation', async () => {
      const mutations = coalitionRoutes.filter((r) => r.method !== 'GET');
      expect(mutations.length).toBeGreaterThan(0);
      const failures = await sweep(
        mutations,
        (r) => call(agents.viewer, r, a.coalition.id),
        (res) => res.status === 403,
      );
      expect(failures).toEqual([]);
    });

    it('every role, on every route its @Roles leaves out; and is let through where they allow it', async () => {
      for (const role of ROLES) {
        const failures = await sweep(
          coalitionRoutes,
          (r) => call(agents[role], r, a.coalition.id),
          (res, r) =>
            r.roles!.includes(role)
              ? res.status !== 403 && !coalitionNotFound(res) && res.status < 500
              : res.status === 403 && res.body.message === `Your role (${role}) may not do this`,
        );
        expect({ role, failures }).toEqual({ role, failures: [] });
      }
    });
  });

  it('answers 401 on every non-public route without a session', async () => {
    const failures = await sweep(
      routes.filter((r) => !r.isPublic),
      (r) => call(t.http(), r, a.coalition.id),
      (res) => res.status === 401 && res.body.statusCode === 401,
    );
    expect(failures).toEqual([]);
  });
});

describe('a coalition route without @Roles', () => {
  @Controller('coalitions/:cid/forgotten')
  class ForgottenController {
    @Get()
    list(): string[] {
      return [];
    }
  }

  @Module({
    imports: [DiscoveryModule],
    controllers: [ForgottenController],
    providers: [RouteAccessAuditor],
  })
  class ForgottenModule {}

  it('stops the application from starting', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ForgottenModule] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await expect(app.init()).rejects.toThrow(
      'Coalition routes without @Roles: GET /coalitions/:cid/forgotten',
    );
    await app.close();
  });
});

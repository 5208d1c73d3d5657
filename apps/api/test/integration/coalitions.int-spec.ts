import { sqlOne } from '../../src/database/sql';
import { buildCoalitionWithStaff, buildUser } from '../builders/platform.builder';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../utils/test-app';

const DEFAULTS = {
  halfLifeDays: 60,
  coolingDays: 60,
  dormantDays: 120,
  coolingRatio: 0.35,
  dormantRatio: 0.1,
};

const fields = (res: { body: { details?: { field: string }[] } }) =>
  (res.body.details ?? []).map((d) => d.field);

describe('coalitions', () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let admin: { id: string; email: string };
  let coordinator: Awaited<ReturnType<TestApp['login']>>;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await buildCoalitionWithStaff(t.db, 'Techniek College Rotterdam');
    admin = await buildUser(t.db, { isAdmin: true });
    coordinator = await t.login(staff.coordinator.email);
  });
  afterAll(() => t.close());

  const current = async () =>
    (await coordinator.get(`/api/coalitions/${staff.coalition.id}`).expect(200)).body;

  describe('POST /api/coalitions', () => {
    it('is for installation admins only', async () => {
      const res = await coordinator.post('/api/coalitions').send({ name: 'Rogue' }).expect(403);
      expect(res.body).toEqual({
        statusCode: 403,
        code: 'FORBIDDEN',
        error: 'Forbidden',
        message: 'Only installation admins create coalitions',
      });
      await t.http().post('/api/coalitions').send({ name: 'Anonymous' }).expect(401);
    });

    it('creates a coalition with default settings and its first coordinator, who can sign in', async () => {
      const agent = await t.login(admin.email);
      const res = await agent
        .post('/api/coalitions')
        .send({
          name: 'Zwolse Koers',
          region: 'Regio Zwolle',
          themes: ['lifelong learning'],
          coordinator: {
            email: 'anna@zwolle.example',
            name: 'Anna de Boer',
            password: 'a-long-password',
          },
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: 'Zwolse Koers',
        region: 'Regio Zwolle',
        description: null,
        themes: ['lifelong learning'],
        settings: DEFAULTS,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(res.body.invitationUrl).toBeUndefined();

      const anna = await t.login('anna@zwolle.example', 'a-long-password');
      const me = await anna.get('/api/auth/me').expect(200);
      expect(me.body.memberships).toEqual([
        {
          coalitionId: res.body.id,
          coalitionName: 'Zwolse Koers',
          role: 'coordinator',
          organisationId: null,
        },
      ]);
      await anna.get(`/api/coalitions/${res.body.id}/members`).expect(200);
    });

    it('answers a one-time invitation link for a first coordinator without a password', async () => {
      const agent = await t.login(admin.email);
      const res = await agent
        .post('/api/coalitions')
        .send({ name: 'DNA', coordinator: { email: 'bram@dna.example', name: 'Bram Smit' } })
        .expect(201);
      expect(res.body.invitationUrl).toMatch(
        /^http:\/\/localhost:3000\/invitation\/[A-Za-z0-9_-]{40,}$/,
      );
      const token = res.body.invitationUrl.split('/').pop();
      await t
        .http()
        .post(`/api/auth/invitations/${token}`)
        .send({ password: 'bram-his-password' })
        .expect(200);
      await t.login('bram@dna.example', 'bram-his-password');
    });

    it('links an existing account as first coordinator without touching its password', async () => {
      const agent = await t.login(admin.email);
      const res = await agent
        .post('/api/coalitions')
        .send({
          name: 'CIV Bio Sciences',
          coordinator: { email: staff.member.email, name: 'ignored', password: 'another-password' },
        })
        .expect(201);
      expect(res.body.invitationUrl).toBeUndefined();
      const member = await t.login(staff.member.email, TEST_PASSWORD);
      const me = await member.get('/api/auth/me').expect(200);
      expect(me.body.memberships).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ coalitionId: res.body.id, role: 'coordinator' }),
        ]),
      );
    });

    it('validates name, settings and the coordinator', async () => {
      const agent = await t.login(admin.email);
      const res = await agent
        .post('/api/coalitions')
        .send({
          name: '',
          settings: { halfLifeDays: 6 },
          coordinator: { email: 'nope', name: 'X' },
        })
        .expect(400);
      expect(fields(res)).toEqual(
        expect.arrayContaining(['name', 'settings.halfLifeDays', 'coordinator.email']),
      );
      const cross = await agent
        .post('/api/coalitions')
        .send({ name: 'Crossed', settings: { coolingDays: 200 } })
        .expect(400);
      expect(fields(cross)).toEqual(['settings.coolingDays']);
    });
  });

  describe('GET /api/coalitions', () => {
    it('lists the caller’s coalitions with their role', async () => {
      const viewer = await t.login(staff.viewer.email);
      const res = await viewer.get('/api/coalitions').expect(200);
      expect(res.body).toEqual([
        expect.objectContaining({
          id: staff.coalition.id,
          name: 'Techniek College Rotterdam',
          myRole: 'viewer',
        }),
      ]);
    });

    it('lists every coalition for an installation admin', async () => {
      const res = await (await t.login(admin.email)).get('/api/coalitions').expect(200);
      const names = res.body.map((c: { name: string }) => c.name);
      expect(names).toEqual(
        expect.arrayContaining(['Techniek College Rotterdam', 'Zwolse Koers', 'DNA']),
      );
      expect(names).toEqual([...names].sort());
    });

    it('is empty for a user without memberships', async () => {
      const loner = await buildUser(t.db);
      expect((await (await t.login(loner.email)).get('/api/coalitions').expect(200)).body).toEqual(
        [],
      );
    });
  });

  describe('GET /api/coalitions/:cid', () => {
    it('answers the coalition with effective settings and the caller’s role', async () => {
      const res = await (
        await t.login(staff.member.email)
      )
        .get(`/api/coalitions/${staff.coalition.id}`)
        .expect(200);
      expect(res.body).toMatchObject({
        id: staff.coalition.id,
        settings: DEFAULTS,
        myRole: 'member',
        version: expect.any(Number),
      });
    });
  });

  describe('PATCH /api/coalitions/:cid', () => {
    it('updates fields and settings (merged into the current ones) and bumps the version', async () => {
      const agent = coordinator;
      const before = await current();
      const res = await agent
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .send({
          version: before.version,
          description: 'Technical talent for the port',
          settings: { halfLifeDays: 30 },
        })
        .expect(200);
      expect(res.body).toMatchObject({
        description: 'Technical talent for the port',
        settings: { ...DEFAULTS, halfLifeDays: 30 },
        version: before.version + 1,
        myRole: 'coordinator',
      });
      const again = await agent
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .send({ version: res.body.version, settings: { coolingRatio: 0.5 } })
        .expect(200);
      expect(again.body.settings).toEqual({ ...DEFAULTS, halfLifeDays: 30, coolingRatio: 0.5 });
    });

    it('accepts the boundaries of the settings', async () => {
      const agent = coordinator;
      for (const settings of [
        { halfLifeDays: 7 },
        { halfLifeDays: 365 },
        { coolingRatio: 1, dormantRatio: 0 },
        { coolingDays: 119 },
      ]) {
        const { version } = await current();
        await agent
          .patch(`/api/coalitions/${staff.coalition.id}`)
          .send({ version, settings })
          .expect(200);
      }
    });

    it.each([
      [{ halfLifeDays: 6 }, 'settings.halfLifeDays'],
      [{ halfLifeDays: 366 }, 'settings.halfLifeDays'],
      [{ halfLifeDays: 30.5 }, 'settings.halfLifeDays'],
      [{ coolingRatio: 1.5 }, 'settings.coolingRatio'],
      [{ dormantRatio: -0.1 }, 'settings.dormantRatio'],
      [{ coolingDays: 120, dormantDays: 120 }, 'settings.coolingDays'],
      [{ coolingDays: 200 }, 'settings.coolingDays'],
      [{ coolingRatio: 0.5, dormantRatio: 0.9 }, 'settings.dormantRatio'],
      [{ halfLifeDays: '60' }, 'settings.halfLifeDays'],
      [{ decayFactor: 2 }, 'settings.decayFactor'],
    ])('rejects settings %j naming %s, changing nothing', async (settings, field) => {
      const agent = coordinator;
      const before = await current();
      const res = await agent
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .send({ version: before.version, settings })
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(fields(res)).toContain(field);
      expect(await current()).toEqual(before);
    });

    it('answers 409 with the current version for a stale version, changing nothing', async () => {
      const agent = coordinator;
      const before = await current();
      const res = await agent
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .send({ version: before.version - 1, name: 'Overwritten' })
        .expect(409);
      expect(res.body).toEqual({
        statusCode: 409,
        code: 'COALITION_VERSION_CONFLICT',
        error: 'Conflict',
        message: expect.stringContaining(`version ${before.version}`),
        currentVersion: before.version,
      });
      expect(await current()).toEqual(before);
    });

    it('requires the version', async () => {
      const res = await coordinator
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .send({ name: 'No version' })
        .expect(400);
      expect(fields(res)).toContain('version');
    });

    it('is for coordinators (and admins) only', async () => {
      const { version } = await current();
      await (
        await t.login(staff.member.email)
      )
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .send({ version, name: 'X' })
        .expect(403);
      await (
        await t.login(staff.viewer.email)
      )
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .send({ version, name: 'X' })
        .expect(403);
      const res = await (
        await t.login(admin.email)
      )
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .send({ version, region: 'Rijnmond' })
        .expect(200);
      expect(res.body.region).toBe('Rijnmond');
    });

    it('stores only the settings that were given, so defaults still apply to the rest', async () => {
      const row = await sqlOne<{ settings: Record<string, unknown> }>(
        t.db.manager,
        'SELECT settings FROM coalition WHERE id = $1',
        [staff.coalition.id],
      );
      expect(Object.keys(row!.settings).sort()).toEqual([
        'coolingDays',
        'coolingRatio',
        'dormantRatio',
        'halfLifeDays',
      ]);
    });
  });
});

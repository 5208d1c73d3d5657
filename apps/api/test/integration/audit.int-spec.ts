import { sqlOne, sqlRows } from '../../src/database/sql';
import { buildCoalitionWithStaff, buildUser } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

interface AuditRow {
  entity_type: string;
  entity_id: string;
  action: string;
  actor_user_id: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

describe('audit log', () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let coordinator: Agent;
  let cid: string;

  beforeAll(async () => {
    // TypeORM prints the queries that the forced failures below make fail.
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    t = await createTestApp();
    staff = await buildCoalitionWithStaff(t.db, 'Techniek College Rotterdam');
    cid = staff.coalition.id;
    coordinator = await t.login(staff.coordinator.email);
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  const count = async (coalitionId = cid) =>
    Number(
      (await sqlOne<{ n: string }>(
        t.db.manager,
        'SELECT count(*) AS n FROM audit_event WHERE coalition_id = $1',
        [coalitionId],
      ))!.n,
    );

  /** Runs a request and returns the audit rows it wrote. */
  async function auditedBy(run: () => Promise<unknown>, coalitionId = cid): Promise<AuditRow[]> {
    const before = await sqlRows<{ id: string }>(
      t.db.manager,
      'SELECT id FROM audit_event WHERE coalition_id = $1',
      [coalitionId],
    );
    await run();
    const known = before.map((r) => r.id);
    return sqlRows<AuditRow>(
      t.db.manager,
      `SELECT entity_type, entity_id, action, actor_user_id, changes FROM audit_event
        WHERE coalition_id = $1 AND NOT (id = ANY($2::uuid[])) ORDER BY at`,
      [coalitionId, known],
    );
  }

  const coalitionVersion = async () =>
    (await sqlOne<{ version: number }>(
      t.db.manager,
      'SELECT version FROM coalition WHERE id = $1',
      [cid],
    ))!.version;

  describe('every mutation writes exactly one event with before/after of the changed fields', () => {
    it('coalition update', async () => {
      const rows = await auditedBy(async () =>
        coordinator
          .patch(`/api/coalitions/${cid}`)
          .send({
            version: await coalitionVersion(),
            name: 'TCR',
            region: 'Test region',
            settings: { halfLifeDays: 45 },
          })
          .expect(200),
      );
      expect(rows).toEqual([
        {
          entity_type: 'coalition',
          entity_id: cid,
          action: 'update',
          actor_user_id: staff.coordinator.id,
          changes: {
            name: { before: 'Techniek College Rotterdam', after: 'TCR' },
            settings: {
              before: {
                halfLifeDays: 60,
                coolingDays: 60,
                dormantDays: 120,
                coolingRatio: 0.35,
                dormantRatio: 0.1,
              },
              after: {
                halfLifeDays: 45,
                coolingDays: 60,
                dormantDays: 120,
                coolingRatio: 0.35,
                dormantRatio: 0.1,
              },
            },
          },
        },
      ]);
    });

    let memberId: string;

    it('member added', async () => {
      let body: { id: string; userId: string } = { id: '', userId: '' };
      const rows = await auditedBy(async () => {
        body = (
          await coordinator
            .post(`/api/coalitions/${cid}/members`)
            .send({ email: 'new@test.example', name: 'New', role: 'member' })
            .expect(201)
        ).body;
      });
      memberId = body.id;
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        entity_type: 'membership',
        entity_id: body.id,
        action: 'create',
        actor_user_id: staff.coordinator.id,
      });
      expect(rows[0].changes).toMatchObject({
        email: { before: null, after: 'new@test.example' },
        role: { before: null, after: 'member' },
        userId: { before: null, after: body.userId },
      });
      // The one-time link is a secret: it never reaches the log.
      expect(JSON.stringify(rows[0].changes)).not.toContain('invitation');
    });

    it('member role changed', async () => {
      const rows = await auditedBy(() =>
        coordinator
          .patch(`/api/coalitions/${cid}/members/${memberId}`)
          .send({ version: 1, role: 'viewer' })
          .expect(200),
      );
      expect(rows).toEqual([
        {
          entity_type: 'membership',
          entity_id: memberId,
          action: 'update',
          actor_user_id: staff.coordinator.id,
          changes: { role: { before: 'member', after: 'viewer' } },
        },
      ]);
    });

    it('member removed', async () => {
      const rows = await auditedBy(() =>
        coordinator.delete(`/api/coalitions/${cid}/members/${memberId}`).expect(204),
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        entity_type: 'membership',
        entity_id: memberId,
        action: 'delete',
      });
      expect(rows[0].changes).toMatchObject({
        role: { before: 'viewer', after: null },
        email: { before: 'new@test.example', after: null },
      });
    });

    it('coalition created with its first coordinator: one event each', async () => {
      const admin = await buildUser(t.db, { isAdmin: true });
      const agent = await t.login(admin.email);
      const created = await agent
        .post('/api/coalitions')
        .send({
          name: 'Zwolse Koers',
          coordinator: { email: 'first@zwolle.example', name: 'First' },
        })
        .expect(201);
      const rows = await sqlRows<AuditRow>(
        t.db.manager,
        'SELECT entity_type, action, actor_user_id, changes FROM audit_event WHERE coalition_id = $1',
        [created.body.id],
      );
      expect(rows.map((r) => `${r.entity_type}:${r.action}:${r.actor_user_id}`).sort()).toEqual([
        `coalition:create:${admin.id}`,
        `membership:create:${admin.id}`,
      ]);
      expect(rows.find((r) => r.entity_type === 'coalition')!.changes.name).toEqual({
        before: null,
        after: 'Zwolse Koers',
      });
    });
  });

  describe('a refused mutation leaves no event', () => {
    it.each([
      [
        'stale version (409)',
        () =>
          coordinator
            .patch(`/api/coalitions/${cid}`)
            .send({ version: 1, name: 'Stale' })
            .expect(409),
      ],
      [
        'invalid settings (400)',
        async () =>
          coordinator
            .patch(`/api/coalitions/${cid}`)
            .send({ version: await coalitionVersion(), settings: { coolingDays: 500 } })
            .expect(400),
      ],
      [
        'duplicate member (409)',
        () =>
          coordinator
            .post(`/api/coalitions/${cid}/members`)
            .send({ email: staff.viewer.email, name: 'V', role: 'viewer' })
            .expect(409),
      ],
      [
        'partner without organisation (400)',
        () =>
          coordinator
            .post(`/api/coalitions/${cid}/members`)
            .send({ email: 'p@x.example', name: 'P', role: 'partner' })
            .expect(400),
      ],
      [
        'removing the last coordinator (409)',
        async () => {
          const self = (
            await coordinator.get(`/api/coalitions/${cid}/members`).query({ role: 'coordinator' })
          ).body.items[0];
          return coordinator.delete(`/api/coalitions/${cid}/members/${self.id}`).expect(409);
        },
      ],
      [
        'a viewer (403)',
        async () =>
          (await t.login(staff.viewer.email))
            .patch(`/api/coalitions/${cid}`)
            .send({ version: await coalitionVersion(), name: 'V' })
            .expect(403),
      ],
    ])('%s', async (_name, run) => {
      const before = await count();
      await run();
      expect(await count()).toBe(before);
    });
  });

  describe('the event is written in the same transaction as the change', () => {
    afterEach(async () => {
      await t.db.query('DROP TRIGGER IF EXISTS test_fail_audit ON audit_event');
      await t.db.query('DROP TRIGGER IF EXISTS test_fail_membership ON membership');
      await t.db.query('DROP FUNCTION IF EXISTS test_fail()');
    });

    const failingTrigger = async (table: string, name: string, when: string) => {
      await t.db.query(`CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'forced failure for the test'; END; $$`);
      await t.db.query(
        `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION test_fail()`,
      );
    };

    it('a failing audit insert undoes the change (member, and the account created for it)', async () => {
      await failingTrigger('audit_event', 'test_fail_audit', `NEW.entity_type = 'membership'`);
      const before = await count();
      const res = await coordinator
        .post(`/api/coalitions/${cid}/members`)
        .send({ email: 'rollback@test.example', name: 'Rollback', role: 'member' });
      expect(res.status).toBe(500);
      expect(await count()).toBe(before);
      expect(
        await sqlOne(t.db.manager, `SELECT 1 FROM app_user WHERE email = 'rollback@test.example'`),
      ).toBeUndefined();
      expect(
        await sqlOne(
          t.db.manager,
          `SELECT 1 FROM invitation i JOIN app_user u ON u.id = i.user_id WHERE u.email = 'rollback@test.example'`,
        ),
      ).toBeUndefined();
    });

    it('a change failing after its event was written leaves no event (coalition creation)', async () => {
      // The coalition and its audit event are written first; the coordinator's membership then fails.
      await failingTrigger('membership', 'test_fail_membership', 'true');
      const admin = await buildUser(t.db, { isAdmin: true });
      const agent = await t.login(admin.email);
      const eventsBefore = Number(
        (await sqlOne<{ n: string }>(t.db.manager, 'SELECT count(*) AS n FROM audit_event'))!.n,
      );
      const res = await agent
        .post('/api/coalitions')
        .send({ name: 'Never Was', coordinator: { email: 'never@test.example', name: 'Never' } });
      expect(res.status).toBe(500);
      expect(
        Number(
          (await sqlOne<{ n: string }>(t.db.manager, 'SELECT count(*) AS n FROM audit_event'))!.n,
        ),
      ).toBe(eventsBefore);
      expect(
        await sqlOne(t.db.manager, `SELECT 1 FROM coalition WHERE name = 'Never Was'`),
      ).toBeUndefined();
    });

    it('a failing role change leaves neither the change nor its event', async () => {
      const m = (
        await coordinator
          .post(`/api/coalitions/${cid}/members`)
          .send({ email: 'stays@test.example', name: 'Stays', role: 'member' })
          .expect(201)
      ).body;
      await failingTrigger('audit_event', 'test_fail_audit', `NEW.entity_type = 'membership'`);
      const before = await count();
      expect(
        (
          await coordinator
            .patch(`/api/coalitions/${cid}/members/${m.id}`)
            .send({ version: m.version, role: 'viewer' })
        ).status,
      ).toBe(500);
      await t.db.query('DROP TRIGGER test_fail_audit ON audit_event');
      expect(await count()).toBe(before);
      expect(
        (await coordinator.get(`/api/coalitions/${cid}/members/${m.id}`).expect(200)).body,
      ).toMatchObject({ role: 'member', version: m.version });
    });
  });

  it('is append-only: the database refuses UPDATE and DELETE of audit rows', async () => {
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(
      t.db.query(`UPDATE audit_event SET action = 'delete' WHERE coalition_id = $1`, [cid]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.query('DELETE FROM audit_event WHERE coalition_id = $1', [cid]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.transaction((manager) =>
        manager.query(`UPDATE audit_event SET changes = '{}'::jsonb WHERE coalition_id = $1`, [
          cid,
        ]),
      ),
    ).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
  });

  describe('GET /api/coalitions/:cid/audit-events', () => {
    const url = () => `/api/coalitions/${cid}/audit-events`;

    it('lists the newest first with actor names', async () => {
      const res = await coordinator.get(url()).expect(200);
      expect(res.body.total).toBe(await count());
      expect(res.body.items[0]).toEqual({
        id: expect.any(String),
        coalitionId: cid,
        actorUserId: staff.coordinator.id,
        actorName: expect.any(String),
        entityType: 'membership',
        entityId: expect.any(String),
        action: 'create',
        changes: expect.any(Object),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
      const times = res.body.items.map((e: { at: string }) => e.at);
      expect(times).toEqual([...times].sort().reverse());
    });

    it('pages', async () => {
      const all = (await coordinator.get(url()).expect(200)).body;
      const second = (await coordinator.get(url()).query({ page: 2, pageSize: 2 }).expect(200))
        .body;
      expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
      expect(second.items.map((e: { id: string }) => e.id)).toEqual(
        all.items.slice(2, 4).map((e: { id: string }) => e.id),
      );
    });

    it('filters by entity type, entity, action, actor and time', async () => {
      const coalitionEvents = (
        await coordinator.get(url()).query({ entityType: 'coalition' }).expect(200)
      ).body;
      expect(coalitionEvents.total).toBeGreaterThan(0);
      expect(
        coalitionEvents.items.every((e: { entityType: string }) => e.entityType === 'coalition'),
      ).toBe(true);

      const one = (
        await coordinator
          .get(url())
          .query({ entityType: 'membership', action: 'delete' })
          .expect(200)
      ).body;
      expect(one.total).toBe(1);
      const history = (
        await coordinator
          .get(url())
          .query({ entityId: one.items[0].entityId, sort: 'at' })
          .expect(200)
      ).body;
      expect(history.items.map((e: { action: string }) => e.action)).toEqual([
        'create',
        'update',
        'delete',
      ]);

      const mine = (
        await coordinator.get(url()).query({ actorUserId: staff.coordinator.id }).expect(200)
      ).body;
      expect(mine.total).toBe((await coordinator.get(url())).body.total);
      const future = (
        await coordinator.get(url()).query({ from: '2999-01-01T00:00:00Z' }).expect(200)
      ).body;
      expect(future).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
    });

    it('rejects invalid filters', async () => {
      const res = await coordinator
        .get(url())
        .query({ entityId: 'nope', action: 'smash', from: 'yesterday', colour: 'red' })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'action',
        'colour',
        'entityId',
        'from',
      ]);
    });

    it('is for coordinators only', async () => {
      await (await t.login(staff.member.email)).get(url()).expect(403);
      await (await t.login(staff.viewer.email)).get(url()).expect(403);
    });
  });
});

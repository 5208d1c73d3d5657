import { randomUUID } from 'node:crypto';
import { sqlOne } from '../../src/database/sql';
import { MAILER, type Mailer, type MailMessage } from '../../src/modules/notifications/mailer';
import { buildCoalitionWithStaff, buildUser } from '../builders/platform.builder';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

const fields = (res: { body: { details?: { field: string }[] } }) =>
  (res.body.details ?? []).map((d) => d.field);
const tokenOf = (invitationUrl: string) => invitationUrl.split('/').pop()!;

describe('coalition members', () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let other: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let coordinator: Agent;
  let base: string;
  let organisationId: string;
  let foreignOrganisationId: string;

  const addOrganisation = async (cid: string, name: string) =>
    (await sqlOne<{ id: string }>(
      t.db.manager,
      `INSERT INTO organisation (coalition_id, name, kind) VALUES ($1, $2, 'company') RETURNING id`,
      [cid, name],
    ))!.id;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await buildCoalitionWithStaff(t.db, 'Zwolse Koers');
    other = await buildCoalitionWithStaff(t.db, 'Other');
    coordinator = await t.login(staff.coordinator.email);
    base = `/api/coalitions/${staff.coalition.id}/members`;
    organisationId = await addOrganisation(staff.coalition.id, 'Installatiebedrijf Zwolle');
    foreignOrganisationId = await addOrganisation(other.coalition.id, 'Elsewhere BV');
  });
  afterAll(() => t.close());

  describe('adding', () => {
    it('with a password creates an account that can sign in', async () => {
      const res = await coordinator
        .post(base)
        .send({
          email: 'Karin@Deltion.example',
          name: ' Karin Mulder ',
          role: 'member',
          password: 'karins-password',
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        userId: expect.any(String),
        email: 'Karin@Deltion.example',
        name: 'Karin Mulder',
        role: 'member',
        organisationId: null,
        version: 1,
        createdAt: expect.any(String),
      });
      const karin = await t.login('karin@deltion.example', 'karins-password');
      const me = await karin.get('/api/auth/me').expect(200);
      expect(me.body.memberships).toEqual([
        {
          coalitionId: staff.coalition.id,
          coalitionName: 'Zwolse Koers',
          role: 'member',
          organisationId: null,
        },
      ]);
      const hash = await sqlOne<{ password_hash: string }>(
        t.db.manager,
        'SELECT password_hash FROM app_user WHERE id = $1',
        [res.body.userId],
      );
      expect(hash!.password_hash).toMatch(/^\$argon2id\$/);
    });

    it('links an existing account without an invitation and without touching its password', async () => {
      const res = await coordinator
        .post(base)
        .send({
          email: other.member.email,
          name: 'Other Name',
          role: 'viewer',
          password: 'would-reset-it',
        })
        .expect(201);
      expect(res.body).toMatchObject({ userId: other.member.id, role: 'viewer' });
      expect(res.body.invitationUrl).toBeUndefined();
      await t.login(other.member.email, TEST_PASSWORD);
    });

    it('refuses a second membership of the same person (409 naming email), whatever the case of the e-mail', async () => {
      const res = await coordinator
        .post(base)
        .send({ email: staff.viewer.email.toUpperCase(), name: 'Again', role: 'member' })
        .expect(409);
      expect(res.body).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        details: [{ field: 'email', message: 'is already a member' }],
      });
    });

    it('validates the body and names unknown fields', async () => {
      const res = await coordinator
        .post(base)
        .send({ email: 'x', name: '', role: 'boss', isAdmin: true })
        .expect(400);
      expect(fields(res)).toEqual(expect.arrayContaining(['email', 'name', 'role', 'isAdmin']));
      expect(res.body.details).toContainEqual({
        field: 'isAdmin',
        message: 'is not a known field',
      });
      const short = await coordinator
        .post(base)
        .send({ email: 'short@x.example', name: 'Short', role: 'member', password: 'short' })
        .expect(400);
      expect(fields(short)).toEqual(['password']);
    });

    describe('a partner', () => {
      it('requires an organisation', async () => {
        const res = await coordinator
          .post(base)
          .send({ email: 'p1@partner.example', name: 'P1', role: 'partner' })
          .expect(400);
        expect(res.body.details).toEqual([
          { field: 'organisationId', message: 'is required for a partner' },
        ]);
      });

      it('requires an organisation of this coalition', async () => {
        for (const id of [foreignOrganisationId, randomUUID()]) {
          const res = await coordinator
            .post(base)
            .send({ email: 'p2@partner.example', name: 'P2', role: 'partner', organisationId: id })
            .expect(400);
          expect(res.body.details).toEqual([
            { field: 'organisationId', message: 'is not an organisation of this coalition' },
          ]);
        }
      });

      it('is bound to the organisation', async () => {
        const res = await coordinator
          .post(base)
          .send({
            email: 'p3@partner.example',
            name: 'P3',
            role: 'partner',
            organisationId,
            password: 'partner-password',
          })
          .expect(201);
        expect(res.body).toMatchObject({ role: 'partner', organisationId });
        const me = await (
          await t.login('p3@partner.example', 'partner-password')
        ).get('/api/auth/me');
        expect(me.body.memberships).toEqual([
          expect.objectContaining({ role: 'partner', organisationId }),
        ]);
      });

      it('is the only role with an organisation', async () => {
        const res = await coordinator
          .post(base)
          .send({ email: 'p4@x.example', name: 'P4', role: 'member', organisationId })
          .expect(400);
        expect(fields(res)).toEqual(['organisationId']);
      });

      it('leaves no account behind when it is refused', async () => {
        const row = await sqlOne<{ n: string }>(
          t.db.manager,
          `SELECT count(*) AS n FROM app_user WHERE email LIKE 'p_@%'`,
        );
        expect(Number(row!.n)).toBe(1);
      });
    });
  });

  describe('invitations', () => {
    const invite = async (email: string) => {
      const res = await coordinator
        .post(base)
        .send({ email, name: email.split('@')[0], role: 'member' })
        .expect(201);
      expect(res.body.invitationUrl).toMatch(
        /^http:\/\/localhost:3000\/invitation\/[A-Za-z0-9_-]{40,}$/,
      );
      return tokenOf(res.body.invitationUrl);
    };

    it('lets the invited user set a password once, which signs them in', async () => {
      const token = await invite('invited@test.example');
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'invited@test.example', password: 'anything-goes' })
        .expect(401);

      const accepted = await t
        .http()
        .post(`/api/auth/invitations/${token}`)
        .send({ password: 'my-new-password' })
        .expect(200);
      expect(accepted.body.user.email).toBe('invited@test.example');
      expect(accepted.body.memberships).toEqual([
        expect.objectContaining({ coalitionId: staff.coalition.id, role: 'member' }),
      ]);
      const cookie = (accepted.headers['set-cookie'] as unknown as string[]).find((c) =>
        c.startsWith('rk_session='),
      )!;
      expect(cookie).toMatch(/HttpOnly/);
      await t.http().get('/api/auth/me').set('Cookie', cookie.split(';')[0]).expect(200);
      await t.login('invited@test.example', 'my-new-password');

      const again = await t
        .http()
        .post(`/api/auth/invitations/${token}`)
        .send({ password: 'hijacked-password' })
        .expect(404);
      expect(again.body).toEqual({
        statusCode: 404,
        code: 'AUTH_INVITATION_INVALID',
        error: 'Not Found',
        message: 'This invitation link is invalid, used or expired',
      });
      await t.login('invited@test.example', 'my-new-password');
    });

    it('stores only the hash of the token, valid for 7 days', async () => {
      const token = await invite('hashed@test.example');
      const row = await sqlOne<{ token_hash: string; days: number }>(
        t.db.manager,
        `SELECT i.token_hash, extract(epoch FROM i.expires_at - i.created_at)::float8 / 86400 AS days
           FROM invitation i JOIN app_user u ON u.id = i.user_id WHERE u.email = 'hashed@test.example'`,
      );
      expect(row!.token_hash).not.toContain(token);
      expect(Number(row!.days)).toBeCloseTo(7, 5);
    });

    it('refuses an expired link', async () => {
      const token = await invite('late@test.example');
      await t.db.query(
        `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM app_user WHERE email = 'late@test.example')`,
      );
      await t
        .http()
        .post(`/api/auth/invitations/${token}`)
        .send({ password: 'too-late-password' })
        .expect(404);
    });

    it('e-mails a new link (not the coordinator) when an invited user who never set a password is added elsewhere', async () => {
      await invite('twice@test.example');
      await t.db.query(
        `UPDATE invitation SET expires_at = now() - interval '1 day' WHERE user_id = (SELECT id FROM app_user WHERE email = 'twice@test.example')`,
      );
      const sent: MailMessage[] = [];
      const send = jest.spyOn(t.app.get<Mailer>(MAILER), 'send').mockImplementation((message) => {
        sent.push(message);
        return Promise.resolve();
      });
      try {
        const otherCoordinator = await t.login(other.coordinator.email);
        const res = await otherCoordinator
          .post(`/api/coalitions/${other.coalition.id}/members`)
          .send({ email: 'twice@test.example', name: 'Twice', role: 'viewer' })
          .expect(201);
        expect(res.body.invitationUrl).toBeUndefined();
        expect(res.body.invitation).toBe('notified');
        expect(sent).toHaveLength(1);
        expect(sent[0].to).toBe('twice@test.example');
        const link = /\/invitation\/([A-Za-z0-9_-]{40,})/.exec(sent[0].text)!;
        await t
          .http()
          .post(`/api/auth/invitations/${link[1]}`)
          .send({ password: 'finally-a-password' })
          .expect(200);
      } finally {
        send.mockRestore();
      }
      const me = await (
        await t.login('twice@test.example', 'finally-a-password')
      ).get('/api/auth/me');
      expect(me.body.memberships).toHaveLength(2);
    });

    it('refuses a made-up link and a short password', async () => {
      await t
        .http()
        .post('/api/auth/invitations/made-up-token')
        .send({ password: 'whatever-password' })
        .expect(404);
      const token = await invite('short@test.example');
      const res = await t
        .http()
        .post(`/api/auth/invitations/${token}`)
        .send({ password: 'short' })
        .expect(400);
      expect(fields(res)).toEqual(['password']);
      // The link is still good after a refused attempt.
      await t
        .http()
        .post(`/api/auth/invitations/${token}`)
        .send({ password: 'long-enough-now' })
        .expect(200);
    });
  });

  describe('listing and reading', () => {
    it('pages, filters by role and searches name or e-mail', async () => {
      const all = await coordinator.get(base).expect(200);
      expect(all.body).toMatchObject({ page: 1, pageSize: 50 });
      expect(all.body.total).toBe(all.body.items.length);
      expect(all.body.items.map((m: { name: string }) => m.name)).toEqual(
        all.body.items.map((m: { name: string }) => m.name).sort(),
      );

      const page = await coordinator
        .get(base)
        .query({ pageSize: 2, page: 2, sort: 'email' })
        .expect(200);
      expect(page.body).toMatchObject({ total: all.body.total, page: 2, pageSize: 2 });
      const byEmail = [...all.body.items].sort((x: { email: string }, y: { email: string }) =>
        x.email < y.email ? -1 : 1,
      );
      expect(page.body.items.map((m: { id: string }) => m.id)).toEqual(
        byEmail.slice(2, 4).map((m: { id: string }) => m.id),
      );

      const viewers = await coordinator.get(base).query({ role: 'viewer' }).expect(200);
      expect(viewers.body.items.every((m: { role: string }) => m.role === 'viewer')).toBe(true);
      expect(viewers.body.total).toBeGreaterThanOrEqual(2);

      const karin = await coordinator.get(base).query({ q: 'karin' }).expect(200);
      expect(karin.body.items.map((m: { email: string }) => m.email)).toEqual([
        'Karin@Deltion.example',
      ]);
    });

    it('rejects an unknown sort field and an oversize page', async () => {
      expect(fields(await coordinator.get(base).query({ sort: 'password' }).expect(400))).toEqual([
        'sort',
      ]);
      expect(fields(await coordinator.get(base).query({ pageSize: 201 }).expect(400))).toEqual([
        'pageSize',
      ]);
      expect(fields(await coordinator.get(base).query({ colour: 'red' }).expect(400))).toEqual([
        'colour',
      ]);
    });

    it('reads one member; unknown and malformed ids are 404', async () => {
      const list = await coordinator.get(base).query({ q: 'karin' });
      const karin = list.body.items[0];
      expect((await coordinator.get(`${base}/${karin.id}`).expect(200)).body).toEqual(karin);
      await coordinator.get(`${base}/${randomUUID()}`).expect(404);
      await coordinator.get(`${base}/not-a-uuid`).expect(404);
      // A member of another coalition is not found through this one.
      const foreign = await sqlOne<{ id: string }>(
        t.db.manager,
        'SELECT id FROM membership WHERE coalition_id = $1 LIMIT 1',
        [other.coalition.id],
      );
      await coordinator.get(`${base}/${foreign!.id}`).expect(404);
      await coordinator
        .patch(`${base}/${foreign!.id}`)
        .send({ version: 1, role: 'viewer' })
        .expect(404);
      await coordinator.delete(`${base}/${foreign!.id}`).expect(404);
    });
  });

  describe('changing roles and removing', () => {
    const addMember = async (role: 'member' | 'coordinator' | 'viewer' = 'member') =>
      (
        await coordinator
          .post(base)
          .send({ email: `m${randomUUID().slice(0, 8)}@test.example`, name: 'Changeable', role })
          .expect(201)
      ).body;

    it('changes a role, bumping the version; a stale version is 409 with the current one', async () => {
      const m = await addMember();
      const res = await coordinator
        .patch(`${base}/${m.id}`)
        .send({ version: m.version, role: 'viewer' })
        .expect(200);
      expect(res.body).toMatchObject({ id: m.id, role: 'viewer', version: m.version + 1 });
      const stale = await coordinator
        .patch(`${base}/${m.id}`)
        .send({ version: m.version, role: 'coordinator' })
        .expect(409);
      expect(stale.body).toMatchObject({ statusCode: 409, currentVersion: m.version + 1 });
      expect((await coordinator.get(`${base}/${m.id}`)).body.role).toBe('viewer');
    });

    it('makes a member a partner only with an organisation, and drops it when they stop being one', async () => {
      const m = await addMember();
      const missing = await coordinator
        .patch(`${base}/${m.id}`)
        .send({ version: m.version, role: 'partner' })
        .expect(400);
      expect(fields(missing)).toEqual(['organisationId']);
      const partner = await coordinator
        .patch(`${base}/${m.id}`)
        .send({ version: m.version, role: 'partner', organisationId })
        .expect(200);
      expect(partner.body).toMatchObject({ role: 'partner', organisationId });
      const back = await coordinator
        .patch(`${base}/${m.id}`)
        .send({ version: partner.body.version, role: 'member' })
        .expect(200);
      expect(back.body).toMatchObject({ role: 'member', organisationId: null });
    });

    it('removes a member (204): they lose access, and can be added again later', async () => {
      const email = `leaver${randomUUID().slice(0, 8)}@test.example`;
      const m = (
        await coordinator
          .post(base)
          .send({ email, name: 'Leaver', role: 'member', password: 'leavers-password' })
          .expect(201)
      ).body;
      const leaver = await t.login(email, 'leavers-password');
      await leaver.get(`/api/coalitions/${staff.coalition.id}`).expect(200);

      await coordinator.delete(`${base}/${m.id}`).expect(204);
      await coordinator.get(`${base}/${m.id}`).expect(404);
      // Optimistic locking tells a row that is gone (404) from a stale version (409).
      await coordinator
        .patch(`${base}/${m.id}`)
        .send({ version: m.version, role: 'viewer' })
        .expect(404);
      await coordinator.delete(`${base}/${m.id}`).expect(404);
      await leaver.get(`/api/coalitions/${staff.coalition.id}`).expect(404);
      expect((await leaver.get('/api/auth/me')).body.memberships).toEqual([]);

      await coordinator.post(base).send({ email, name: 'Leaver', role: 'viewer' }).expect(201);
      await leaver.get(`/api/coalitions/${staff.coalition.id}`).expect(200);
    });

    it('keeps at least one coordinator: the last one cannot be demoted or removed (409)', async () => {
      const solo = await buildCoalitionWithStaff(t.db, 'Solo');
      const soloCoordinator = await t.login(solo.coordinator.email);
      const soloBase = `/api/coalitions/${solo.coalition.id}/members`;
      const self = (await soloCoordinator.get(soloBase).query({ role: 'coordinator' })).body
        .items[0];

      const demote = await soloCoordinator
        .patch(`${soloBase}/${self.id}`)
        .send({ version: self.version, role: 'member' })
        .expect(409);
      expect(demote.body).toMatchObject({
        statusCode: 409,
        message: 'A coalition needs at least one coordinator',
      });
      await soloCoordinator.delete(`${soloBase}/${self.id}`).expect(409);
      expect((await soloCoordinator.get(`${soloBase}/${self.id}`)).body).toEqual(self);

      // With a second coordinator, the first may step down.
      await soloCoordinator
        .post(soloBase)
        .send({ email: 'second@solo.example', name: 'Second', role: 'coordinator' })
        .expect(201);
      await soloCoordinator
        .patch(`${soloBase}/${self.id}`)
        .send({ version: self.version, role: 'member' })
        .expect(200);
      await soloCoordinator.get(soloBase).expect(403);
    });
  });

  describe('access', () => {
    it('is for coordinators: members and viewers get 403 on every members route', async () => {
      const m = (await coordinator.get(base).query({ role: 'viewer' })).body.items[0];
      for (const email of [staff.member.email, staff.viewer.email]) {
        const agent = await t.login(email);
        await agent.get(base).expect(403);
        await agent
          .post(base)
          .send({ email: 'x@y.example', name: 'X', role: 'coordinator' })
          .expect(403);
        await agent.get(`${base}/${m.id}`).expect(403);
        await agent
          .patch(`${base}/${m.id}`)
          .send({ version: m.version, role: 'coordinator' })
          .expect(403);
        await agent.delete(`${base}/${m.id}`).expect(403);
      }
    });

    it('lets an installation admin appoint a coordinator without being a member', async () => {
      const admin = await buildUser(t.db, { isAdmin: true });
      const agent = await t.login(admin.email);
      const res = await agent
        .post(base)
        .send({ email: 'appointed@test.example', name: 'Appointed', role: 'coordinator' })
        .expect(201);
      expect(res.body.invitationUrl).toBeDefined();
      await agent.get(base).expect(200);
      const audit = await sqlOne<{ actor_user_id: string }>(
        t.db.manager,
        `SELECT actor_user_id FROM audit_event WHERE entity_id = $1 AND action = 'create'`,
        [res.body.id],
      );
      expect(audit!.actor_user_id).toBe(admin.id);
    });
  });
});

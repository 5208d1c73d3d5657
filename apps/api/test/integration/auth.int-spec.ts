import { createHash } from 'node:crypto';
import { sqlOne, sqlRows } from '../../src/database/sql';
import { buildCoalitionWithStaff, buildUser } from '../builders/platform.builder';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../utils/test-app';

/** The `rk_session` cookie of a response, with its attributes. */
function sessionCookie(res: { headers: Record<string, unknown> }): {
  value: string;
  attributes: string[];
} {
  const raw = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  const cookie = raw.find((c) => c.startsWith('rk_session='));
  if (!cookie) throw new Error(`no rk_session cookie in ${JSON.stringify(raw)}`);
  const [pair, ...attributes] = cookie.split(';').map((p) => p.trim());
  return { value: decodeURIComponent(pair.slice('rk_session='.length)), attributes };
}

describe('accounts and sessions', () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await buildCoalitionWithStaff(t.db, 'Zwolse Koers');
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('answers the user and memberships and sets the session cookie', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: staff.member.email, password: TEST_PASSWORD })
        .expect(200);
      expect(res.body).toEqual({
        user: {
          id: staff.member.id,
          email: staff.member.email,
          name: expect.any(String),
          isAdmin: false,
          personId: null,
        },
        memberships: [
          {
            coalitionId: staff.coalition.id,
            coalitionName: 'Zwolse Koers',
            role: 'member',
            organisationId: null,
          },
        ],
      });
      expect(JSON.stringify(res.body)).not.toMatch(/password|hash/i);
      expect(sessionCookie(res).value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    });

    it('matches the e-mail case-insensitively', async () => {
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: staff.member.email.toUpperCase(), password: TEST_PASSWORD })
        .expect(200);
    });

    it('gives an unknown user and a wrong password the identical 401', async () => {
      const wrong = await t
        .http()
        .post('/api/auth/login')
        .send({ email: staff.member.email, password: 'not-the-password' });
      const unknown = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'nobody@test.example', password: 'not-the-password' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(unknown.body).toEqual(wrong.body);
      expect(wrong.body).toEqual({
        statusCode: 401,
        code: 'AUTH_INVALID_CREDENTIALS',
        error: 'Unauthorized',
        message: 'Invalid email or password',
      });
      expect(unknown.headers['content-length']).toBe(wrong.headers['content-length']);
      expect(wrong.headers['set-cookie']).toBeUndefined();
      expect(unknown.headers['set-cookie']).toBeUndefined();
    });

    it('gives an account without a password (invited, not yet accepted) the same 401', async () => {
      await sqlOne(
        t.db.manager,
        `INSERT INTO app_user (email, name) VALUES ('invited@test.example', 'Invited')`,
      );
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'invited@test.example', password: 'anything-at-all' })
        .expect(401);
      expect(res.body.message).toBe('Invalid email or password');
    });

    it('validates the body', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'not-an-email', password: '' })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'email',
        'password',
      ]);
    });
  });

  describe('the session cookie', () => {
    it('is httpOnly, SameSite=Lax, Path=/ and not Secure on plain http', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: staff.viewer.email, password: TEST_PASSWORD })
        .expect(200);
      const { attributes } = sessionCookie(res);
      const lower = attributes.map((a) => a.toLowerCase());
      expect(lower).toContain('httponly');
      expect(lower).toContain('samesite=lax');
      expect(lower).toContain('path=/');
      expect(lower).not.toContain('secure');
    });

    it('is stored only as a hash', async () => {
      const user = await buildUser(t.db);
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
      const token = sessionCookie(res).value;
      const rows = await sqlRows<{ token_hash: string }>(
        t.db.manager,
        'SELECT token_hash FROM session WHERE user_id = $1',
        [user.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).not.toBe(token);
      expect(rows[0].token_hash).not.toContain(token);
      expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    });

    it('is a fresh random token per login', async () => {
      const a = await t
        .http()
        .post('/api/auth/login')
        .send({ email: staff.viewer.email, password: TEST_PASSWORD });
      const b = await t
        .http()
        .post('/api/auth/login')
        .send({ email: staff.viewer.email, password: TEST_PASSWORD });
      expect(sessionCookie(a).value).not.toBe(sessionCookie(b).value);
    });
  });

  it('stores passwords as argon2id hashes', async () => {
    const row = await sqlOne<{ password_hash: string }>(
      t.db.manager,
      'SELECT password_hash FROM app_user WHERE id = $1',
      [staff.member.id],
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
  });

  describe('me', () => {
    it('answers the signed-in user with memberships', async () => {
      const agent = await t.login(staff.coordinator.email);
      const res = await agent.get('/api/auth/me').expect(200);
      expect(res.body.user).toMatchObject({
        id: staff.coordinator.id,
        email: staff.coordinator.email,
        isAdmin: false,
      });
      expect(res.body.memberships).toEqual([
        {
          coalitionId: staff.coalition.id,
          coalitionName: 'Zwolse Koers',
          role: 'coordinator',
          organisationId: null,
        },
      ]);
    });

    it('answers 401 without a cookie or with a made-up one', async () => {
      const none = await t.http().get('/api/auth/me').expect(401);
      expect(none.body).toEqual({
        statusCode: 401,
        code: 'UNAUTHENTICATED',
        error: 'Unauthorized',
        message: expect.any(String),
      });
      await t.http().get('/api/auth/me').set('Cookie', 'rk_session=made-up-token').expect(401);
    });
  });

  describe('session (the probe)', () => {
    it('answers signed out with 200 and no user, so a browser logs no failed request', async () => {
      const none = await t.http().get('/api/auth/session').expect(200);
      expect(none.body).toEqual({ user: null, memberships: [] });
      const madeUp = await t
        .http()
        .get('/api/auth/session')
        .set('Cookie', 'rk_session=made-up-token')
        .expect(200);
      expect(madeUp.body).toEqual({ user: null, memberships: [] });
    });

    it('answers signed in exactly as /me', async () => {
      const agent = await t.login(staff.member.email);
      const session = await agent.get('/api/auth/session').expect(200);
      const me = await agent.get('/api/auth/me').expect(200);
      expect(session.body).toEqual(me.body);
      expect(session.body.user.id).toBe(staff.member.id);
    });

    it('answers no user once signed out', async () => {
      const agent = await t.login(staff.viewer.email);
      await agent.post('/api/auth/logout').expect(204);
      expect((await agent.get('/api/auth/session').expect(200)).body.user).toBeNull();
    });
  });

  describe('logout', () => {
    it('revokes the session: the old cookie no longer works', async () => {
      const login = await t
        .http()
        .post('/api/auth/login')
        .send({ email: staff.member.email, password: TEST_PASSWORD })
        .expect(200);
      const cookie = `rk_session=${sessionCookie(login).value}`;
      await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);

      const out = await t.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
      const cleared = sessionCookie(out);
      expect(cleared.value).toBe('');
      expect(cleared.attributes.join(';')).toMatch(/Expires=Thu, 01 Jan 1970/);

      await t.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
      const revoked = await sqlOne<{ revoked_at: Date | null }>(
        t.db.manager,
        'SELECT revoked_at FROM session WHERE token_hash = $1',
        [createHash('sha256').update(sessionCookie(login).value).digest('hex')],
      );
      expect(revoked!.revoked_at).not.toBeNull();
    });

    it('answers 204 without a session too', async () => {
      await t.http().post('/api/auth/logout').expect(204);
    });

    it('ends only the session it is called with', async () => {
      const first = await t.login(staff.viewer.email);
      const second = await t.login(staff.viewer.email);
      await first.post('/api/auth/logout').expect(204);
      await first.get('/api/auth/me').expect(401);
      await second.get('/api/auth/me').expect(200);
    });
  });

  describe('idle expiry (12 h)', () => {
    async function loginAndAge(hours: number) {
      const user = await buildUser(t.db);
      const agent = await t.login(user.email);
      await t.db.query(
        `UPDATE session SET last_seen_at = now() - make_interval(hours => $2) WHERE user_id = $1`,
        [user.id, hours],
      );
      return { agent, user };
    }

    it('keeps a session used 11 h ago alive and refreshes it', async () => {
      const { agent, user } = await loginAndAge(11);
      await agent.get('/api/auth/me').expect(200);
      const row = await sqlOne<{ idle: number }>(
        t.db.manager,
        `SELECT extract(epoch FROM now() - last_seen_at)::float8 AS idle FROM session WHERE user_id = $1`,
        [user.id],
      );
      expect(Number(row!.idle)).toBeLessThan(60);
    });

    it('ends a session idle for 13 h', async () => {
      const { agent } = await loginAndAge(13);
      await agent.get('/api/auth/me').expect(401);
    });
  });
});

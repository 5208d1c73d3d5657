import { sqlOne } from '../../src/database/sql';
import { buildCoalitionWithStaff, buildUser } from '../builders/platform.builder';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../utils/test-app';

describe('CSRF protection and security headers', () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  // Supertest listens on a new port per request, so Host is set explicitly where it matters.
  const host = 'localhost:3000';

  beforeAll(async () => {
    t = await createTestApp();
    staff = await buildCoalitionWithStaff(t.db);
  });
  afterAll(() => t.close());

  const version = async () =>
    (await sqlOne<{ version: number }>(
      t.db.manager,
      'SELECT version FROM coalition WHERE id = $1',
      [staff.coalition.id],
    ))!.version;

  describe('a cross-site state-changing request', () => {
    it('is refused by Sec-Fetch-Site: cross-site, with the contract error shape', async () => {
      const agent = await t.login(staff.coordinator.email);
      const before = await version();
      const res = await agent
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .set('Sec-Fetch-Site', 'cross-site')
        .send({ version: before, name: 'Hijacked' })
        .expect(403);
      expect(res.body).toEqual({
        statusCode: 403,
        code: 'FORBIDDEN',
        error: 'Forbidden',
        message: expect.stringMatching(/cross-origin/i),
      });
      expect(await version()).toBe(before);
    });

    it('is refused for same-site (another subdomain) too', async () => {
      const agent = await t.login(staff.coordinator.email);
      await agent.post('/api/auth/logout').set('Sec-Fetch-Site', 'same-site').expect(403);
      await agent.get('/api/auth/me').expect(200);
    });

    it('is refused by an Origin that does not match Host (older browsers)', async () => {
      const agent = await t.login(staff.coordinator.email);
      await agent
        .post('/api/auth/logout')
        .set('Host', host)
        .set('Origin', 'https://evil.example')
        .expect(403);
      // The session survived the forged logout.
      await agent.get('/api/auth/me').expect(200);
      const before = await version();
      await agent
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .set('Host', host)
        .set('Origin', 'https://evil.example')
        .send({ version: before, name: 'X' })
        .expect(403);
      // Same host name on another port is another origin.
      await agent
        .post('/api/auth/logout')
        .set('Host', host)
        .set('Origin', 'http://localhost:4000')
        .expect(403);
      expect(await version()).toBe(before);
    });

    it('refuses a cross-site login (login CSRF)', async () => {
      await t
        .http()
        .post('/api/auth/login')
        .set('Sec-Fetch-Site', 'cross-site')
        .send({ email: staff.member.email, password: TEST_PASSWORD })
        .expect(403);
    });

    it('still lets cross-site GETs through (they change nothing)', async () => {
      const agent = await t.login(staff.viewer.email);
      await agent
        .get('/api/auth/me')
        .set('Sec-Fetch-Site', 'cross-site')
        .set('Origin', 'https://evil.example')
        .expect(200);
    });
  });

  describe('a same-origin state-changing request', () => {
    it('is allowed with Sec-Fetch-Site: same-origin', async () => {
      const agent = await t.login(staff.coordinator.email);
      await agent
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .set('Sec-Fetch-Site', 'same-origin')
        .send({ version: await version(), description: 'same-origin edit' })
        .expect(200);
    });

    it('is allowed with an Origin matching Host', async () => {
      const agent = await t.login(staff.coordinator.email);
      await agent
        .patch(`/api/coalitions/${staff.coalition.id}`)
        .set('Host', host)
        .set('Origin', `http://${host}`)
        .send({ version: await version(), description: 'origin edit' })
        .expect(200);
      await agent
        .post('/api/auth/logout')
        .set('Host', host)
        .set('Origin', `http://${host}`)
        .expect(204);
    });

    it('is allowed from a non-browser client (neither header)', async () => {
      const agent = await t.login(staff.member.email);
      await agent.post('/api/auth/logout').expect(204);
    });
  });

  describe('security headers', () => {
    const expectHeaders = (res: { headers: Record<string, string | undefined> }) => {
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    };

    it('are set on a normal answer, without HSTS or upgrade-insecure-requests over plain http', async () => {
      const res = await t.http().get('/api/health').expect(200);
      expectHeaders(res);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    });

    it('are set on errors: 401, unknown route, 415 and CSRF refusals', async () => {
      expectHeaders(await t.http().get('/api/auth/me').expect(401));
      expectHeaders(await t.http().get('/api/does-not-exist').expect(404));
      expectHeaders(
        await t
          .http()
          .post('/api/auth/login')
          .set('Content-Type', 'text/plain')
          .send('x')
          .expect(415),
      );
      expectHeaders(
        await t.http().post('/api/auth/logout').set('Sec-Fetch-Site', 'cross-site').expect(403),
      );
    });
  });
});

describe('behind https', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await createTestApp({
        config: { secureCookies: true, publicUrl: 'https://regiokracht.example' },
      })),
  );
  afterAll(() => t.close());

  it('marks the session cookie Secure', async () => {
    const user = await buildUser(t.db);
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    const cookie = ((res.headers['set-cookie'] as unknown as string[]) ?? []).find((c) =>
      c.startsWith('rk_session='),
    );
    const attributes = cookie!.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(
      expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']),
    );
  });

  it('sends HSTS and upgrade-insecure-requests', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

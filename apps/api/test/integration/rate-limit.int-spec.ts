import { buildUser } from '../builders/platform.builder';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../utils/test-app';

/**
 * Login is limited to 10 attempts a minute per client address and per account. Supertest always
 * connects from 127.0.0.1, so this app trusts one proxy hop and each test sets X-Forwarded-For to
 * choose the client address: per-address is proven with one address and many accounts, per-account
 * with one account from many addresses. Each test uses its own addresses and accounts, since the
 * counters live for a minute.
 */
describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(
    async () => (t = await createTestApp({ loginRateLimit: 10, config: { trustProxy: true } })),
  );
  afterAll(() => t.close());

  const attempt = (ip: string, email: string, password = 'wrong-password') =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('answers 401 to ten wrong attempts and 429 to the eleventh, in the contract shape', async () => {
    const user = await buildUser(t.db);
    for (let i = 0; i < 10; i++)
      expect((await attempt('198.51.100.1', user.email)).status).toBe(401);
    const limited = await attempt('198.51.100.1', user.email);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      code: 'RATE_LIMITED',
      error: 'Too Many Requests',
      message: 'Too many attempts; wait a minute and try again',
    });
    // Once limited, even the right password is refused.
    expect((await attempt('198.51.100.1', user.email, TEST_PASSWORD)).status).toBe(429);
  });

  it('limits one client address trying many accounts', async () => {
    for (let i = 0; i < 10; i++)
      expect((await attempt('198.51.100.2', `probe${i}@test.example`)).status).toBe(401);
    expect((await attempt('198.51.100.2', 'probe10@test.example')).status).toBe(429);
    // Another address is not affected.
    expect((await attempt('198.51.100.3', 'probe10@test.example')).status).toBe(401);
  });

  it('limits one account tried from many client addresses', async () => {
    const user = await buildUser(t.db);
    for (let i = 0; i < 10; i++)
      expect((await attempt(`203.0.113.${i + 1}`, user.email)).status).toBe(401);
    expect((await attempt('203.0.113.50', user.email)).status).toBe(429);
    // The account key ignores case and surrounding spaces, so they cannot be used to get around it.
    expect((await attempt('203.0.113.51', ` ${user.email.toUpperCase()} `)).status).toBe(429);
    // Another account from a fresh address is not affected.
    const other = await buildUser(t.db);
    expect((await attempt('203.0.113.52', other.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('limits invitation links per client address, not in one bucket shared by every link', async () => {
    const accept = (ip: string, token: string) =>
      t
        .http()
        .post(`/api/auth/invitations/${token}`)
        .set('X-Forwarded-For', ip)
        .send({ password: 'a-long-password' });
    for (let i = 0; i < 10; i++)
      expect((await accept('192.0.2.1', `guessed-token-${i}`)).status).toBe(404);
    expect((await accept('192.0.2.1', 'guessed-token-10')).status).toBe(429);
    // Other people accepting their own links meanwhile are not affected.
    for (let i = 0; i < 11; i++)
      expect((await accept(`192.0.2.${i + 10}`, `other-token-${i}`)).status).toBe(404);
  });

  it('limits "forgot password" like login: per client address and per account, with 429', async () => {
    const forgot = (ip: string, email: string) =>
      t.http().post('/api/auth/password-resets').set('X-Forwarded-For', ip).send({ email });
    for (let i = 0; i < 10; i++)
      expect((await forgot('198.51.100.20', `forgot${i}@test.example`)).status).toBe(202);
    const limited = await forgot('198.51.100.20', 'forgot10@test.example');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });

    const user = await buildUser(t.db);
    for (let i = 0; i < 10; i++)
      expect((await forgot(`203.0.113.${i + 100}`, user.email)).status).toBe(202);
    expect((await forgot('203.0.113.150', user.email.toUpperCase())).status).toBe(429);
    // Its counters are its own: signing in to that account still works.
    expect((await attempt('203.0.113.151', user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('limits reset links per client address', async () => {
    const reset = (ip: string, token: string) =>
      t
        .http()
        .post(`/api/auth/password-resets/${token}`)
        .set('X-Forwarded-For', ip)
        .send({ password: 'a-long-password' });
    for (let i = 0; i < 10; i++)
      expect((await reset('192.0.2.100', `guessed-reset-${i}`)).status).toBe(404);
    expect((await reset('192.0.2.100', 'guessed-reset-10')).status).toBe(429);
  });

  it('does not limit other routes', async () => {
    for (let i = 0; i < 12; i++)
      expect(
        (await t.http().get('/api/health').set('X-Forwarded-For', '198.51.100.9')).status,
      ).toBe(200);
  });
});

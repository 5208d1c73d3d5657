import { Client } from 'pg';
import { buildCoalitionWithStaff } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';
import { onRealPostgres } from '../utils/test-database';

/**
 * The database goes away (a failover, an operator's restart) and comes back: every request in
 * between answers 503 with Retry-After in the contract's shape — never a 500 — and the service
 * recovers by itself. On the real server the test database stops accepting connections and its
 * open ones are terminated; embedded PGlite has no server to stop, so it runs there only.
 */
const onServer = onRealPostgres ? describe : describe.skip;

onServer('database outage', () => {
  let t: TestApp;
  let coalitionUrl: string;
  let coordinator: Awaited<ReturnType<TestApp['login']>>;
  let admin: Client;
  let name: string;

  beforeAll(async () => {
    t = await createTestApp();
    const staff = await buildCoalitionWithStaff(t.db);
    coalitionUrl = `/api/coalitions/${staff.coalition.id}`;
    coordinator = await t.login(staff.coordinator.email);
    if (t.database.config.kind !== 'postgres') throw new Error('needs PostgreSQL');
    name = new URL(t.database.config.url).pathname.slice(1);
    admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    await admin.end();
    await t.close();
  });

  async function stopDatabase(): Promise<void> {
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    );
    // The pool learns of its terminated idle connections asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const unavailable = {
    statusCode: 503,
    error: 'Service Unavailable',
    code: 'SERVICE_UNAVAILABLE',
    message: 'The database is unavailable right now; try again in a moment',
  };

  it('answers 503 with Retry-After while it is away, and recovers when it is back', async () => {
    await coordinator.get(`${coalitionUrl}/organisations`).expect(200);
    await stopDatabase();

    for (let i = 0; i < 3; i++) {
      const read = await coordinator.get(`${coalitionUrl}/organisations`);
      expect(read.status).toBe(503);
      expect(read.headers['retry-after']).toBe('5');
      expect(read.body).toEqual(unavailable);
    }
    const write = await coordinator
      .post(`${coalitionUrl}/organisations`)
      .send({ name: 'Written during the outage', kind: 'company' });
    expect(write.status).toBe(503);
    expect(write.body).toEqual(unavailable);

    // Health says so in its own shape, with or without a session cookie.
    for (const client of [coordinator, t.http()]) {
      const health = await client.get('/api/health');
      expect(health.status).toBe(503);
      expect(health.headers['retry-after']).toBe('5');
      expect(health.body).toMatchObject({
        statusCode: 503,
        db: 'down',
        code: 'SERVICE_UNAVAILABLE',
      });
    }
    // Signing in needs the database too: 503, not a 401 or 500.
    expect(
      (await t.http().post('/api/auth/login').send({ email: 'a@b.example', password: 'x' })).status,
    ).toBe(503);

    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    // The same session works again, and nothing was half-written in between.
    const list = await coordinator.get(`${coalitionUrl}/organisations?pageSize=200`).expect(200);
    expect(list.body.items.map((o: { name: string }) => o.name)).not.toContain(
      'Written during the outage',
    );
    await t.http().get('/api/health').expect(200, { status: 'ok', db: 'up' });
  });
});

import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../src/database/migrations';
import { DEMO_LOGINS } from '../../src/database/seed/seed';
import { prepareDatabase, startBanner } from '../../src/database/start-up';
import { LoginRateLimitRepository } from '../../src/modules/auth/login-rate-limit.repository';
import { buildUser } from '../builders/platform.builder';
import {
  bootInstance,
  createTestApp,
  secondInstance,
  TEST_PASSWORD,
  type TestApp,
} from '../utils/test-app';
import { createTestDatabase, onRealPostgres, type TestDatabase } from '../utils/test-database';

/**
 * Several API instances on one PostgreSQL database, as behind a load balancer: what they share
 * must be shared through the database, not through one process's memory. Two instances need two
 * connections, so these run on the real server only (PGlite is one process on one session).
 */
const onServer = onRealPostgres ? describe : describe.skip;

onServer('two instances started at once on an empty database', () => {
  let database: TestDatabase;
  let apps: INestApplication[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    apps = await Promise.all([bootInstance(database), bootInstance(database)]);
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await database.drop();
  });

  it('both come up, apply every migration once and seed the demo world once', async () => {
    const prepared = await Promise.all(
      apps.map((app) => prepareDatabase(app.get(DataSource), database.config, { seed: true })),
    );
    // One of them did the work, the other found it done; both may print the demo logins.
    expect(prepared.map((p) => p.applied.length).sort()).toEqual([0, MIGRATIONS.length]);
    expect(prepared.filter((p) => p.seeded)).toHaveLength(1);
    expect(prepared.every((p) => p.demoPresent)).toBe(true);

    const db = apps[0].get(DataSource);
    const migrations = await db.query<{ name: string; n: string }[]>(
      'SELECT name, count(*) AS n FROM migrations GROUP BY name',
    );
    expect(migrations).toHaveLength(MIGRATIONS.length);
    expect(migrations.every((m) => Number(m.n) === 1)).toBe(true);
    const coalitions = await db.query<{ name: string; n: string }[]>(
      'SELECT name, count(*) AS n FROM coalition GROUP BY name',
    );
    expect(coalitions.length).toBeGreaterThan(0);
    expect(coalitions.every((c) => Number(c.n) === 1)).toBe(true);
    const accounts = await db.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM app_user WHERE lower(email) = ANY($1::text[])',
      [DEMO_LOGINS.users.map((u) => u.email.toLowerCase())],
    );
    expect(Number(accounts[0].n)).toBe(DEMO_LOGINS.users.length);

    // Both serve.
    for (const app of apps)
      await request(app.getHttpServer()).get('/api/health').expect(200, { status: 'ok', db: 'up' });
  });
});

describe('the start banner', () => {
  const base = { port: 3000, where: 'PostgreSQL at DATABASE_URL' };

  it('prints the demo logins only where the demo world exists', () => {
    const demo = startBanner({
      ...base,
      prepared: { applied: [], seeded: true, demoPresent: true },
    });
    expect(demo.join('\n')).toContain(DEMO_LOGINS.password);
    expect(demo.join('\n')).toContain(DEMO_LOGINS.users[0].email);

    const real = startBanner({
      ...base,
      prepared: { applied: ['x'], seeded: false, demoPresent: false },
    }).join('\n');
    expect(real).not.toContain(DEMO_LOGINS.password);
    for (const u of DEMO_LOGINS.users) expect(real).not.toContain(u.email);
    expect(real).toContain('npm run admin -- create');
  });

  it('finds no demo world in a database started with SEED=false', async () => {
    const t = await createTestApp();
    try {
      const prepared = await prepareDatabase(t.db, t.database.config, { seed: false });
      expect(prepared).toEqual({ applied: [], seeded: false, demoPresent: false });
    } finally {
      await t.close();
    }
  });
});

onServer('login limits shared by two instances', () => {
  const LIMIT = 5;
  let t: TestApp;
  let other: INestApplication;
  beforeAll(async () => {
    const options = { loginRateLimit: LIMIT };
    t = await createTestApp(options);
    other = await secondInstance(t, undefined, options);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  const endWindows = () =>
    t.db.query(
      "UPDATE login_rate_limit SET window_ends_at = clock_timestamp() - interval '1 second'",
    );
  const servers = () => [t.app.getHttpServer(), other.getHttpServer()];
  const attempt = (i: number, email: string, password = 'wrong-password') =>
    request(servers()[i % 2])
      .post('/api/auth/login')
      .send({ email, password });

  it('refuses attempt limit + 1 on, alternating between the instances, until the window ends', async () => {
    const user = await buildUser(t.db);
    const statuses: number[] = [];
    for (let i = 0; i < 2 * LIMIT; i++) statuses.push((await attempt(i, user.email)).status);
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(401));
    expect(statuses.slice(LIMIT)).toEqual(Array(LIMIT).fill(429));
    // Even the right password, on either instance.
    expect((await attempt(0, user.email, TEST_PASSWORD)).status).toBe(429);
    expect((await attempt(1, user.email, TEST_PASSWORD)).status).toBe(429);

    // The minute passes (on the database's clock, which every instance reads): a new window.
    await endWindows();
    expect((await attempt(1, user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('cleans up windows that ended', async () => {
    const user = await buildUser(t.db);
    await attempt(0, user.email);
    await endWindows();
    await new LoginRateLimitRepository(t.db).sweep();
    const left = await t.db.query<{ n: string }[]>('SELECT count(*) AS n FROM login_rate_limit');
    expect(Number(left[0].n)).toBe(0);
  });
});

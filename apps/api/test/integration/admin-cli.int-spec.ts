import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { runAdminCli } from '../../src/cli/admin';
import { type AppConfig, insightsCacheConfigFromEnv } from '../../src/config';
import { openDatabase } from '../../src/database/migrate';
import { sqlOne } from '../../src/database/sql';
import { verifyPassword } from '../../src/modules/users/passwords';
import { createTestDatabase, onRealPostgres, type TestDatabase } from '../utils/test-database';

/**
 * `npm run admin -- create …` in-process, against a database the CLI opens itself (like main.ts): a
 * fresh PostgreSQL database when TEST_DATABASE_URL is set, else a PGlite folder on disk.
 */
describe('admin CLI', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let tmp: string | undefined;

  beforeAll(async () => {
    if (onRealPostgres) {
      database = await createTestDatabase();
    } else {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-admin-cli-'));
      database = {
        kind: 'pglite',
        config: { kind: 'pglite', dataDir: path.join(tmp, 'data') },
        drop: async () => undefined,
      };
    }
    config = {
      port: 0,
      database: database.config,
      webDist: null,
      publicUrl: 'http://localhost:3000',
      secureCookies: false,
      logLevel: 'silent',
      trustProxy: false,
      loginRateLimit: 10,
      insightsCache: insightsCacheConfigFromEnv({}),
    };
  });
  afterAll(async () => {
    await database.drop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function run(...argv: string[]) {
    let out = '';
    let err = '';
    const code = await runAdminCli(argv, {
      config,
      out: (s) => (out += s),
      err: (s) => (err += s),
    });
    return { code, out, err };
  }

  async function withDb<T>(fn: (db: DataSource) => Promise<T>): Promise<T> {
    const db = await openDatabase(config.database);
    try {
      return await fn(db);
    } finally {
      await db.destroy();
    }
  }

  const userByEmail = (db: DataSource, email: string) =>
    sqlOne<{ id: string; email: string; name: string; is_admin: boolean; password_hash: string }>(
      db.manager,
      'SELECT id, email, name, is_admin, password_hash FROM app_user WHERE lower(email) = lower($1)',
      [email],
    );

  it('creates an installation admin with an argon2id hash (migrating a new database first)', async () => {
    const res = await run(
      'create',
      '--email',
      'root@regiokracht.example',
      '--password',
      'a-strong-password',
      '--name',
      'Root',
    );
    expect(res).toEqual({
      code: 0,
      out: expect.stringMatching(
        /^Created installation admin root@regiokracht\.example \(user [0-9a-f-]{36}\)\.\n$/,
      ),
      err: '',
    });

    await withDb(async (db) => {
      const user = await userByEmail(db, 'root@regiokracht.example');
      expect(user).toMatchObject({
        email: 'root@regiokracht.example',
        name: 'Root',
        is_admin: true,
      });
      expect(user!.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user!.password_hash, 'a-strong-password')).toBe(true);
    });
  });

  it('promotes an existing account (any case of the e-mail), resets its password and ends its sessions', async () => {
    await withDb(async (db) => {
      const row = await sqlOne<{ id: string }>(
        db.manager,
        `INSERT INTO app_user (email, name) VALUES ('Coordinator@Zwolle.example', 'Anna') RETURNING id`,
      );
      await db.query(`INSERT INTO session (token_hash, user_id) VALUES ('some-hash', $1)`, [
        row!.id,
      ]);
    });

    const res = await run(
      'create',
      '--email',
      'coordinator@zwolle.example',
      '--password',
      'new-admin-password',
    );
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^Coordinator@Zwolle\.example is now an installation admin/);

    await withDb(async (db) => {
      const user = await userByEmail(db, 'coordinator@zwolle.example');
      expect(user).toMatchObject({
        email: 'Coordinator@Zwolle.example',
        name: 'Anna',
        is_admin: true,
      });
      expect(await verifyPassword(user!.password_hash, 'new-admin-password')).toBe(true);
      const live = await sqlOne<{ n: string }>(
        db.manager,
        'SELECT count(*) AS n FROM session WHERE user_id = $1 AND revoked_at IS NULL',
        [user!.id],
      );
      expect(Number(live!.n)).toBe(0);
      const count = await sqlOne<{ n: string }>(
        db.manager,
        `SELECT count(*) AS n FROM app_user WHERE lower(email) = 'coordinator@zwolle.example'`,
      );
      expect(Number(count!.n)).toBe(1);
    });
  });

  it('run again for an admin, resets the password', async () => {
    const res = await run(
      'create',
      '--email',
      'root@regiokracht.example',
      '--password',
      'rotated-password',
    );
    expect(res.code).toBe(0);
    expect(res.out).toContain('is already an installation admin; its password was reset');
    await withDb(async (db) => {
      const user = await userByEmail(db, 'root@regiokracht.example');
      expect(await verifyPassword(user!.password_hash, 'rotated-password')).toBe(true);
      expect(user!.name).toBe('Root');
    });
  });

  it.each([
    [[], /Manages installation admins/],
    [['promote'], /Unknown command "promote"/],
    [['create', '--password', 'a-strong-password'], /--email is required/],
    [
      ['create', '--email', 'not-an-email', '--password', 'a-strong-password'],
      /--email is not an e-mail address/,
    ],
    [['create', '--email', 'a@b.example'], /--password is required/],
    [
      ['create', '--email', 'a@b.example', '--password', 'short'],
      /--password must be at least 10 characters/,
    ],
    [
      ['create', '--email', 'a@b.example', '--password', 'password1234'],
      /--password is one of the most common passwords/,
    ],
    [
      ['create', '--email', 'a@b.example', '--password', 'a-strong-password', '--name', ' '],
      /--name must not be empty/,
    ],
    [
      ['create', '--email', 'a@b.example', '--password', 'a-strong-password', '--admin'],
      /Unknown option '--admin'/,
    ],
    [['create', '--email'], /Option '--email <value>' argument missing/],
  ])('refuses %j with exit code 2 and a clear message', async (argv, message) => {
    const res = await run(...argv);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(message);
    expect(res.err).toContain('npm run admin -- create --email');
    expect(res.out).toBe('');
  });

  it('prints the usage for --help with exit code 0', async () => {
    const res = await run('--help');
    expect(res).toEqual({
      code: 0,
      out: expect.stringContaining('npm run admin -- create'),
      err: '',
    });
  });

  it('creates nothing for wrong usage', async () => {
    await withDb(async (db) => expect(await userByEmail(db, 'a@b.example')).toBeUndefined());
  });

  it('fails with exit code 1 and says why when the database cannot be opened', async () => {
    const broken: AppConfig = {
      ...config,
      database: { kind: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' },
    };
    let err = '';
    const code = await runAdminCli(
      ['create', '--email', 'x@y.example', '--password', 'a-strong-password'],
      {
        config: broken,
        out: () => undefined,
        err: (s) => (err += s),
      },
    );
    expect(code).toBe(1);
    expect(err).toMatch(
      /^Could not create the admin in PostgreSQL at DATABASE_URL: .*ECONNREFUSED/,
    );
  });

  (onRealPostgres ? it.skip : it)(
    'fails with exit code 1 while a running Regiokracht holds the PGlite folder',
    async () => {
      const dataDir = (config.database as { dataDir: string }).dataDir;
      const lockFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock.pid`);
      fs.writeFileSync(lockFile, String(process.pid));
      try {
        const res = await run(
          'create',
          '--email',
          'locked@x.example',
          '--password',
          'a-strong-password',
        );
        expect(res.code).toBe(1);
        expect(res.err).toContain(`is in use by process ${process.pid}`);
      } finally {
        fs.rmSync(lockFile, { force: true });
      }
      // The CLI releases its own lock: the folder is usable afterwards.
      expect(fs.existsSync(lockFile)).toBe(false);
    },
  );
});

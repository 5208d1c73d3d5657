import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../src/config';

export interface TestDatabase {
  config: DatabaseConfig;
  kind: 'postgres' | 'pglite';
  drop(): Promise<void>;
}

/**
 * A clean database for one test file: a fresh database on the server at TEST_DATABASE_URL, or an
 * in-memory PGlite when it is not set.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl)
    return {
      config: { kind: 'pglite', dataDir: null },
      kind: 'pglite',
      drop: async () => undefined,
    };
  // The creating process's id lets global-setup.ts tell a left-over database from a running one.
  const name = `rk_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    kind: 'postgres',
    drop: async () => {
      await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const onRealPostgres = Boolean(process.env.TEST_DATABASE_URL);

import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { runMigrations } from './migrate';
import { DEMO_LOGINS, seedDemoIfEmpty } from './seed/seed';
import { sqlOne } from './sql';
import { withStartupLock } from './startup-lock';

export interface PreparedDatabase {
  /** Names of the migrations this instance applied (empty when another instance had). */
  applied: string[];
  /** Whether this instance seeded the demo world. */
  seeded: boolean;
  /** Whether the demo accounts exist, so the banner may print them. */
  demoPresent: boolean;
}

/**
 * What an instance does before it serves: migrate, seed the demo world into an empty database
 * (unless `seed` is off), all under the start-up lock so instances started together do it once.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  db: DatabaseConfig,
  options: { seed: boolean },
): Promise<PreparedDatabase> {
  return withStartupLock(dataSource, db, async () => {
    const applied = await runMigrations(dataSource);
    const seeded = options.seed ? await seedDemoIfEmpty(dataSource) : false;
    return { applied, seeded, demoPresent: await demoWorldPresent(dataSource) };
  });
}

/** The demo accounts are there (seeded now or earlier), not just any data. */
async function demoWorldPresent(dataSource: DataSource): Promise<boolean> {
  const row = await sqlOne(
    dataSource.manager,
    'SELECT 1 FROM app_user WHERE lower(email) = ANY($1::text[]) AND password_hash IS NOT NULL LIMIT 1',
    [DEMO_LOGINS.users.map((u) => u.email.toLowerCase())],
  );
  return Boolean(row);
}

/**
 * The lines printed once the server listens. Demo logins only where the demo world exists: a real
 * installation (SEED=false) is told how to create its first installation admin instead.
 */
export function startBanner(input: {
  port: number;
  where: string;
  prepared: PreparedDatabase;
}): string[] {
  const { port, where, prepared } = input;
  const database = `${where}${prepared.applied.length ? ` (applied ${prepared.applied.length} migrations)` : ''}${prepared.seeded ? ', demo world seeded' : ''}`;
  const access = prepared.demoPresent
    ? [
        `  demo logins (password for all: ${DEMO_LOGINS.password}):`,
        ...DEMO_LOGINS.users.map(
          (u) =>
            `    ${u.role.padEnd(12)} ${u.email.padEnd(30)} ${u.coalitions.join(', ') || 'all coalitions (installation admin)'}`,
        ),
      ]
    : [
        '  no demo world in this database. Create the first installation admin with:',
        "    npm run admin -- create --email you@example.org --password '<at least 10 characters>'",
        '  then sign in and create a coalition and its coordinator.',
      ];
  return [
    '',
    `Regiokracht is running at http://localhost:${port}`,
    `  database: ${database}`,
    `  API docs: http://localhost:${port}/api/docs`,
    ...access,
    '  Press Ctrl-C to stop.',
    '',
  ];
}

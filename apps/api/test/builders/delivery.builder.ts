import type { DataSource } from 'typeorm';
import { sqlOne } from '../../src/database/sql';
import { buildMembership, buildUser } from './platform.builder';

/**
 * Rows the delivery tests (commitments, benefits, action items, initiatives) stand on, inserted
 * with SQL so these tests do not depend on the organisation/people endpoints.
 */
let counter = 0;

export async function insertOrganisation(
  db: DataSource,
  coalitionId: string,
  over: { name?: string; kind?: string; sizeClass?: string | null } = {},
): Promise<{ id: string; name: string }> {
  counter += 1;
  const name = over.name ?? `Organisation ${counter}`;
  const row = await sqlOne<{ id: string }>(
    db.manager,
    'INSERT INTO organisation (coalition_id, name, kind, size_class) VALUES ($1, $2, $3, $4) RETURNING id',
    [
      coalitionId,
      name,
      over.kind ?? 'company',
      over.sizeClass === undefined ? 'small' : over.sizeClass,
    ],
  );
  return { id: row!.id, name };
}

export async function insertPerson(
  db: DataSource,
  coalitionId: string,
  over: {
    name?: string;
    organisationId?: string | null;
    status?: 'active' | 'leaving' | 'left';
  } = {},
): Promise<{ id: string; name: string }> {
  counter += 1;
  const name = over.name ?? `Person ${counter}`;
  const status = over.status ?? 'active';
  const row = await sqlOne<{ id: string }>(
    db.manager,
    `INSERT INTO person (coalition_id, name, organisation_id, status, leaving_on, left_on)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      coalitionId,
      name,
      over.organisationId ?? null,
      status,
      status === 'leaving' ? '2030-01-01' : null,
      status === 'left' ? '2024-01-01' : null,
    ],
  );
  return { id: row!.id, name };
}

export async function insertInitiative(
  db: DataSource,
  coalitionId: string,
  over: { name?: string } = {},
): Promise<{ id: string }> {
  counter += 1;
  const row = await sqlOne<{ id: string }>(
    db.manager,
    'INSERT INTO initiative (coalition_id, name) VALUES ($1, $2) RETURNING id',
    [coalitionId, over.name ?? `Initiative ${counter}`],
  );
  return { id: row!.id };
}

/** A user with the partner role, bound to one organisation. */
export async function buildPartner(db: DataSource, coalitionId: string, organisationId: string) {
  const user = await buildUser(db);
  await buildMembership(db, coalitionId, user.id, 'partner', organisationId);
  return user;
}

/**
 * Counts the SQL statements the app sends, so a test can prove a list costs the same number of
 * queries for 10 rows as for 100 (no N+1). Session bookkeeping is left out: it is throttled, so it
 * would make two requests differ for reasons that have nothing to do with the list.
 */
export function countQueries(db: DataSource): {
  reset(): void;
  readonly count: number;
  stop(): void;
} {
  const driver = db.driver as unknown as {
    createQueryRunner: (mode: string) => { query: (...args: unknown[]) => unknown };
  };
  const original = driver.createQueryRunner.bind(driver);
  let count = 0;
  driver.createQueryRunner = (mode: string) => {
    const runner = original(mode);
    const query = runner.query.bind(runner);
    runner.query = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && !/\bsession\b/i.test(args[0])) count += 1;
      return query(...args);
    };
    return runner;
  };
  return {
    reset: () => (count = 0),
    get count() {
      return count;
    },
    stop: () => {
      driver.createQueryRunner = original;
    },
  };
}

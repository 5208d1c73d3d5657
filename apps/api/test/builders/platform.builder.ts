import type { Role } from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import { sqlOne } from '../../src/database/sql';
import { hashPassword } from '../../src/modules/users/passwords';
import { TEST_PASSWORD } from '../utils/test-app';

let passwordHash: Promise<string> | undefined;
let counter = 0;

/** A user with the test password; deterministic defaults, override what the test is about. */
export async function buildUser(
  db: DataSource,
  over: { email?: string; name?: string; isAdmin?: boolean } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  counter += 1;
  const email = over.email ?? `user${counter}@test.example`;
  const row = await sqlOne<{ id: string }>(
    db.manager,
    'INSERT INTO app_user (email, name, password_hash, is_admin) VALUES ($1, $2, $3, $4) RETURNING id',
    [email, over.name ?? `Test User ${counter}`, await passwordHash, over.isAdmin ?? false],
  );
  return { id: row!.id, email };
}

export async function buildCoalition(
  db: DataSource,
  over: { name?: string; settings?: object } = {},
) {
  counter += 1;
  const row = await sqlOne<{ id: string }>(
    db.manager,
    'INSERT INTO coalition (name, region, settings) VALUES ($1, $2, $3) RETURNING id',
    [over.name ?? `Coalition ${counter}`, 'Test region', JSON.stringify(over.settings ?? {})],
  );
  return { id: row!.id };
}

export async function buildMembership(
  db: DataSource,
  coalitionId: string,
  userId: string,
  role: Role,
  organisationId: string | null = null,
) {
  const row = await sqlOne<{ id: string }>(
    db.manager,
    'INSERT INTO membership (coalition_id, user_id, role, organisation_id) VALUES ($1, $2, $3, $4) RETURNING id',
    [coalitionId, userId, role, organisationId],
  );
  return { id: row!.id };
}

/** A coalition with one user per staff role: the usual cast of a test. */
export async function buildCoalitionWithStaff(db: DataSource, name?: string) {
  const coalition = await buildCoalition(db, { name });
  const staff = {} as Record<'coordinator' | 'member' | 'viewer', { id: string; email: string }>;
  for (const role of ['coordinator', 'member', 'viewer'] as const) {
    staff[role] = await buildUser(db);
    await buildMembership(db, coalition.id, staff[role].id, role);
  }
  return { coalition, ...staff };
}

import type { EntityManager } from 'typeorm';

/**
 * Runs SQL and returns its rows on both drivers: TypeORM answers UPDATE/DELETE on `pg` as
 * `[rows, rowCount]` but as plain rows on PGlite.
 */
export async function sqlRows<T = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const raw: unknown = await manager.query(sql, params);
  if (
    Array.isArray(raw) &&
    raw.length === 2 &&
    Array.isArray(raw[0]) &&
    typeof raw[1] === 'number'
  ) {
    return raw[0] as T[];
  }
  return raw as T[];
}

export async function sqlOne<T = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T | undefined> {
  const rows = await sqlRows<T>(manager, sql, params);
  return rows[0];
}

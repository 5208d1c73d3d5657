import { Pool, type QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

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

/**
 * Runs a fixed, hot query as a named prepared statement when the server is PostgreSQL: each pool
 * connection plans it once instead of on every call. The session lookup of every request plans in
 * ~1 ms and executes in ~0.1 ms, so planning was most of its cost. Embedded PGlite (one session,
 * no pg.Pool) runs it as a plain query. `name` must be unique per SQL text.
 */
export async function preparedRows<T = Record<string, unknown>>(
  dataSource: DataSource,
  name: string,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const pool: unknown = (dataSource.driver as { master?: unknown }).master;
  if (pool instanceof Pool) {
    const result = await pool.query<T & QueryResultRow>({ name, text: sql, values: params });
    return result.rows;
  }
  return sqlRows<T>(dataSource.manager, sql, params);
}

import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';

/**
 * A fixed key for PostgreSQL's session-level advisory lock that serialises start-up work
 * (migrations, demo seed) and the command-line tools across every process on one database.
 * Any 64-bit number works as long as nothing else uses it; this one spells "rk-start".
 */
export const STARTUP_LOCK_KEY = 0x726b2d7374617274n;

/**
 * Runs `work` while holding the start-up lock. Several API instances started at once on one
 * PostgreSQL database would otherwise all run the migrations (the second dies with `relation
 * "migrations" already exists`) and could seed the demo world twice (a check-then-insert). The
 * lock lives on one dedicated connection; the work itself may use any of the pool's.
 *
 * Embedded PGlite needs none: one process owns the data folder (the lock file of data-dir-lock.ts)
 * and that process hands its single connection out exclusively — holding it for the lock would
 * even leave the work without a connection.
 */
export async function withStartupLock<T>(
  dataSource: DataSource,
  db: DatabaseConfig,
  work: () => Promise<T>,
): Promise<T> {
  if (db.kind !== 'postgres') return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY.toString()]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY.toString()]);
    }
  } finally {
    await runner.release();
  }
}

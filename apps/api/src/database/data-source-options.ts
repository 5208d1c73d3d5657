import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { exclusivePGliteDriver } from './pglite/exclusive-pglite-pool';

/** TypeORM options for either PostgreSQL server or embedded PGlite. Migrations only, never synchronize. */
export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: process.env.LOG_SQL === 'true' ? ('all' as const) : ['error' as const],
  };
  if (db.kind === 'postgres') {
    return { ...common, url: db.url, poolSize: Number(process.env.DB_POOL_SIZE ?? 10) };
  }
  return {
    ...common,
    driver: exclusivePGliteDriver(db.dataDir ? { dataDir: db.dataDir } : {}),
    // PGlite has no extensions to install; TypeORM would otherwise look for uuid-ossp.
    installExtensions: false,
  };
}

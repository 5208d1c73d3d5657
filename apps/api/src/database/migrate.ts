import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { dataSourceOptions } from './data-source-options';
import { withStartupLock } from './startup-lock';

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** Opens a connection for tools and tests, migrated under the start-up lock. */
export async function openDatabase(db: DatabaseConfig): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(db));
  await dataSource.initialize();
  await withStartupLock(dataSource, db, () => runMigrations(dataSource));
  return dataSource;
}

/**
 * Opens a short-lived connection for command-line tools (admin, seed), migrated, and runs `work`
 * under the start-up lock, so a tool never races an API instance that is migrating or seeding.
 */
export async function withDatabase<T>(
  db: DatabaseConfig,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions(db));
  await dataSource.initialize();
  try {
    return await withStartupLock(dataSource, db, async () => {
      await runMigrations(dataSource);
      return work(dataSource);
    });
  } finally {
    await dataSource.destroy();
  }
}

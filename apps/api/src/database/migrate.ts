import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { dataSourceOptions } from './data-source-options';

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** Opens a short-lived connection for command-line tools (admin, seed), migrated. */
export async function openDatabase(db: DatabaseConfig): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(db));
  await dataSource.initialize();
  await runMigrations(dataSource);
  return dataSource;
}

import type { EntityManager } from 'typeorm';
import { sqlOne } from '../../database/sql';
import { quoteIdent } from './versioned-update';

/**
 * `INSERT INTO <table> (<columns>) VALUES (…) RETURNING id` for one row of column → value; the
 * columns the caller leaves out take their defaults. Only repositories call it, with their own
 * table (the table-ownership test checks that).
 */
export async function insertRow(
  manager: EntityManager,
  table: string,
  values: Record<string, unknown>,
): Promise<string> {
  const columns = Object.keys(values);
  const row = await sqlOne<{ id: string }>(
    manager,
    `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    columns.map((c) => values[c]),
  );
  if (!row) throw new Error(`INSERT INTO ${table} returned no id`);
  return row.id;
}

import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../../database/sql';

export type { ColumnDef } from '../../../common/db/bulk-writes';

/** Fresh ids from the database (gen_random_uuid, like every other row), one per new record. */
export async function newIds(manager: EntityManager, count: number): Promise<string[]> {
  if (count === 0) return [];
  const rows = await sqlRows<{ id: string }>(
    manager,
    `SELECT gen_random_uuid()::text AS id FROM generate_series(1, $1::int)`,
    [count],
  );
  return rows.map((r) => r.id);
}

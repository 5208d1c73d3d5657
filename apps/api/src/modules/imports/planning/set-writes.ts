import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../../database/sql';

export interface ColumnDef {
  column: string;
  type: 'text' | 'date' | 'boolean' | 'timestamptz' | 'uuid';
  /** SQL for a value the row leaves out (a NOT NULL column's default). */
  fallback?: string;
}

/**
 * Set-based writes: every row of a statement travels as one JSON parameter, unpacked by
 * json_to_recordset, so 10,000 rows are one round trip instead of 10,000 (and no array literal
 * escaping differs between the two drivers).
 */
export async function insertRecords(
  manager: EntityManager,
  table: string,
  coalitionId: string,
  columns: readonly ColumnDef[],
  records: readonly Record<string, unknown>[],
): Promise<void> {
  if (records.length === 0) return;
  const names = columns.map((c) => c.column);
  const values = columns.map((c) =>
    c.fallback ? `coalesce(v.${c.column}, ${c.fallback})` : `v.${c.column}`,
  );
  await manager.query(
    `INSERT INTO ${table} (coalition_id, ${names.join(', ')})
     SELECT $1, ${values.join(', ')} FROM json_to_recordset($2::json) AS v(${recordType(columns)})`,
    [coalitionId, JSON.stringify(records)],
  );
}

/**
 * Updates rows by id. A column a record leaves null keeps its value: an empty cell in an import
 * never erases what is there.
 */
export async function updateRecords(
  manager: EntityManager,
  table: string,
  coalitionId: string,
  columns: readonly ColumnDef[],
  records: readonly Record<string, unknown>[],
): Promise<void> {
  if (records.length === 0) return;
  const set = columns
    .filter((c) => c.column !== 'id')
    .map((c) => `${c.column} = coalesce(v.${c.column}, t.${c.column})`);
  await manager.query(
    `UPDATE ${table} t
        SET ${set.join(', ')}, version = t.version + 1, updated_at = now()
       FROM json_to_recordset($2::json) AS v(${recordType(columns)})
      WHERE t.coalition_id = $1 AND t.id = v.id`,
    [coalitionId, JSON.stringify(records)],
  );
}

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

function recordType(columns: readonly ColumnDef[]): string {
  return columns.map((c) => `${c.column} ${c.type}`).join(', ');
}

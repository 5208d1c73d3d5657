import type { EntityManager } from 'typeorm';
import { quoteIdent } from './versioned-update';

/**
 * Bulk writes for the importer and the seed: thousands of rows in a few statements. Only
 * repositories call them, each for its own tables (`TableBulkWrites`); the table-ownership test
 * checks that.
 */

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

/** PostgreSQL allows 65 535 parameters per statement; stay well below it. */
const MAX_PARAMETERS = 30_000;

/**
 * Multi-row INSERTs in chunks: one statement per few thousand rows instead of one per row keeps
 * the whole demo world within seconds on embedded PGlite.
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const perChunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      if (row.length !== columns.length) {
        throw new RangeError(
          `${table}: row has ${row.length} values for ${columns.length} columns`,
        );
      }
      const placeholders = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      params,
    );
  }
}

/**
 * Sets one uuid column for many rows of a coalition in one statement per chunk: for references that
 * can only be filled in once both sides exist (relationship owners, successors).
 */
export async function updateReferences(
  manager: EntityManager,
  table: string,
  column: string,
  coalitionId: string,
  pairs: readonly (readonly [id: string, value: string])[],
): Promise<void> {
  const perChunk = Math.floor(MAX_PARAMETERS / 2);
  for (let start = 0; start < pairs.length; start += perChunk) {
    const chunk = pairs.slice(start, start + perChunk);
    const params: unknown[] = [coalitionId];
    const tuples = chunk.map(([id, value]) => {
      params.push(id, value);
      return `($${params.length - 1}::uuid, $${params.length}::uuid)`;
    });
    await manager.query(
      `UPDATE ${table} t SET ${column} = v.value FROM (VALUES ${tuples.join(', ')}) AS v(id, value)
       WHERE t.coalition_id = $1 AND t.id = v.id`,
      params,
    );
  }
}

function recordType(columns: readonly ColumnDef[]): string {
  return columns.map((c) => `${c.column} ${c.type}`).join(', ');
}

/** The bulk writes of one table, as a repository exposes them. */
export class TableBulkWrites {
  constructor(readonly table: string) {
    quoteIdent(table);
  }

  insertRecords(
    manager: EntityManager,
    coalitionId: string,
    columns: readonly ColumnDef[],
    records: readonly Record<string, unknown>[],
  ): Promise<void> {
    return insertRecords(manager, this.table, coalitionId, columns, records);
  }

  updateRecords(
    manager: EntityManager,
    coalitionId: string,
    columns: readonly ColumnDef[],
    records: readonly Record<string, unknown>[],
  ): Promise<void> {
    return updateRecords(manager, this.table, coalitionId, columns, records);
  }

  insertRows(
    manager: EntityManager,
    columns: readonly string[],
    rows: readonly (readonly unknown[])[],
  ): Promise<void> {
    return insertRows(manager, this.table, columns, rows);
  }

  updateReferences(
    manager: EntityManager,
    column: string,
    coalitionId: string,
    pairs: readonly (readonly [id: string, value: string])[],
  ): Promise<void> {
    return updateReferences(manager, this.table, column, coalitionId, pairs);
  }
}

import type { EntityManager } from 'typeorm';

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

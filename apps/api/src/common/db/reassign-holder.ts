import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';
import { quoteIdent } from './versioned-update';

/** One row to hand from the departing holder to a successor. */
export interface HolderMove {
  itemId: string;
  successorId: string;
}

/**
 * Hands rows from one person to their successors in one UPDATE, for the repositories whose table
 * has a person column (owner, contact, lead). `… AND column = from` re-checks under the row lock:
 * a row someone else took over meanwhile is left alone, and is missing from the ids returned.
 */
export async function reassignHolder(
  manager: EntityManager,
  target: { table: string; column: string },
  coalitionId: string,
  fromPersonId: string,
  moves: readonly HolderMove[],
): Promise<Set<string>> {
  if (moves.length === 0) return new Set();
  const table = quoteIdent(target.table);
  const column = quoteIdent(target.column);
  const rows = await sqlRows<{ id: string }>(
    manager,
    `UPDATE ${table} t SET ${column} = m.successor_id, version = t.version + 1, updated_at = now()
       FROM jsonb_to_recordset($3::jsonb) AS m(item_id uuid, successor_id uuid)
      WHERE t.coalition_id = $1 AND t.id = m.item_id AND t.${column} = $2 AND t.deleted_at IS NULL
      RETURNING t.id::text AS id`,
    [
      coalitionId,
      fromPersonId,
      JSON.stringify(moves.map((m) => ({ item_id: m.itemId, successor_id: m.successorId }))),
    ],
  );
  return new Set(rows.map((r) => r.id));
}

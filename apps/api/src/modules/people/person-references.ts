import type { EntityManager } from 'typeorm';
import { invalidField } from '../../common/errors/conflict';
import { sqlRows } from '../../database/sql';

/**
 * 400 naming `field` unless every id is a live person of the coalition. An id of another
 * coalition is indistinguishable from an unknown one, so nothing leaks across tenants.
 */
export async function assertPeopleExist(
  manager: EntityManager,
  coalitionId: string,
  field: string,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await sqlRows<{ id: string }>(
    manager,
    `SELECT id::text AS id FROM person WHERE coalition_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
    [coalitionId, unique],
  );
  if (found.length === unique.length) return;
  const known = new Set(found.map((r) => r.id.toLowerCase()));
  const missing = unique.filter((id) => !known.has(id.toLowerCase()));
  throw invalidField(
    field,
    unique.length === 1
      ? 'is not a person of this coalition'
      : `not people of this coalition: ${missing.join(', ')}`,
  );
}

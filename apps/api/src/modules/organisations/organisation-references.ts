import type { EntityManager } from 'typeorm';
import { invalidField } from '../../common/errors/conflict';
import { sqlRows } from '../../database/sql';

/**
 * 400 naming `field` unless every id is a live organisation of the coalition. An id of another
 * coalition is indistinguishable from an unknown one, so nothing leaks across tenants.
 */
export async function assertOrganisationsExist(
  manager: EntityManager,
  coalitionId: string,
  field: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const found = await sqlRows<{ id: string }>(
    manager,
    `SELECT id::text AS id FROM organisation WHERE coalition_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
    [coalitionId, [...new Set(ids)]],
  );
  if (found.length === new Set(ids).size) return;
  const known = new Set(found.map((r) => r.id.toLowerCase()));
  const missing = ids.filter((id) => !known.has(id.toLowerCase()));
  throw invalidField(
    field,
    ids.length === 1
      ? 'is not an organisation of this coalition'
      : `not organisations of this coalition: ${missing.join(', ')}`,
  );
}

import type { ErrorCode } from '@regiokracht/shared';
import { CommonErrorCode } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { invalidField } from '../errors/conflict';
import { sqlRows } from '../../database/sql';
import { quoteIdent } from './versioned-update';

/** A soft-deletable tenant table that body ids may point at, and how to name it in a message. */
export interface ReferencedTable {
  table: string;
  /** `an organisation`, for "is not an organisation of this coalition". */
  singular: string;
  /** `organisations`, for "not organisations of this coalition: …". */
  plural: string;
}

/**
 * The one reference check: 400 naming `field` unless every id is a live row of the coalition.
 * An id of another coalition is indistinguishable from an unknown one, so nothing leaks across
 * tenants; a body id of another coalition is invalid input, not a missing resource. Ids compare
 * case-insensitively (the uuid column does; `ArrayUnique` on the DTO compares text).
 */
export async function assertLiveReferences(
  manager: EntityManager,
  target: ReferencedTable,
  coalitionId: string,
  field: string,
  ids: readonly (string | null | undefined)[],
  code: ErrorCode = CommonErrorCode.REFERENCE_NOT_FOUND,
): Promise<void> {
  const unique = [...new Set(ids.filter((id): id is string => !!id).map((id) => id.toLowerCase()))];
  if (unique.length === 0) return;
  const found = await sqlRows<{ id: string }>(
    manager,
    `SELECT id::text AS id FROM ${quoteIdent(target.table)}
      WHERE coalition_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
    [coalitionId, unique],
  );
  if (found.length === unique.length) return;
  const known = new Set(found.map((r) => r.id.toLowerCase()));
  const missing = unique.filter((id) => !known.has(id));
  throw invalidField(
    field,
    unique.length === 1
      ? `is not ${target.singular} of this coalition`
      : `not ${target.plural} of this coalition: ${missing.join(', ')}`,
    code,
  );
}

import type { ErrorCode } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { notFound, staleVersion } from '../errors/conflict';
import { sqlOne, sqlRows } from '../../database/sql';

export interface VersionedUpdate {
  table: string;
  /** Column holding the tenant: `coalition_id`, or `id` for the coalition table itself. */
  tenantColumn?: string;
  coalitionId: string;
  id: string;
  version: number;
  /** Column name → new value. */
  set: Record<string, unknown>;
  /** Human name for the 404 message. */
  label: string;
  /** Whether the table has `deleted_at` (soft-deleted rows cannot be edited). */
  softDelete?: boolean;
  /** The module's codes for the 404 and the 409 (e.g. `OrganisationErrorCode`). */
  codes?: RecordErrorCodes;
}

/** What a versioned aggregate's error codes give: see `recordCodes` in the shared error codes. */
export interface RecordErrorCodes {
  NOT_FOUND: ErrorCode;
  VERSION_CONFLICT: ErrorCode;
}

/**
 * Optimistic locking that TypeORM's save() does not do (typeorm#2848):
 * `UPDATE … WHERE id AND tenant AND version RETURNING id`. No row → 404 when gone, else 409
 * carrying the current version.
 */
export async function updateVersioned(manager: EntityManager, u: VersionedUpdate): Promise<void> {
  const tenant = u.tenantColumn ?? 'coalition_id';
  const columns = Object.keys(u.set);
  const assignments = columns.map((c, i) => `${quoteIdent(c)} = $${i + 4}`);
  assignments.push('version = version + 1', 'updated_at = now()');
  const live = u.softDelete === false ? '' : ' AND deleted_at IS NULL';
  const updated = await sqlRows(
    manager,
    `UPDATE ${quoteIdent(u.table)} SET ${assignments.join(', ')}
      WHERE id = $1 AND ${quoteIdent(tenant)} = $2 AND version = $3${live} RETURNING id`,
    [u.id, u.coalitionId, u.version, ...columns.map((c) => serialize(u.set[c]))],
  );
  if (updated.length === 1) return;
  const current = await sqlOne<{ version: number }>(
    manager,
    `SELECT version FROM ${quoteIdent(u.table)} WHERE id = $1 AND ${quoteIdent(tenant)} = $2${live}`,
    [u.id, u.coalitionId],
  );
  if (!current) throw notFound(u.label, u.codes?.NOT_FOUND);
  throw staleVersion(current.version, u.codes?.VERSION_CONFLICT);
}

function serialize(value: unknown): unknown {
  // jsonb columns take JSON text; arrays and plain objects are always meant as jsonb here.
  if (value !== null && typeof value === 'object' && !(value instanceof Date))
    return JSON.stringify(value);
  return value;
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe identifier: ${name}`);
  return `"${name}"`;
}

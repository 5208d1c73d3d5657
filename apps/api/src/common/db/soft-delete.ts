import type { ErrorCode } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { notFound } from '../errors/conflict';
import { sqlOne } from '../../database/sql';
import { quoteIdent } from './versioned-update';

/**
 * Marks a row deleted and bumps its version. `liveOnly` leaves an already deleted row (and its
 * original deleted_at) alone when a concurrent delete got there first.
 */
export async function softDeleteRow(
  manager: EntityManager,
  table: string,
  coalitionId: string,
  id: string,
  options: { liveOnly?: boolean } = {},
): Promise<void> {
  await manager.query(
    `UPDATE ${quoteIdent(table)} SET deleted_at = now(), updated_at = now(), version = version + 1
      WHERE coalition_id = $1 AND id = $2${options.liveOnly ? ' AND deleted_at IS NULL' : ''}`,
    [coalitionId, id],
  );
}

export async function restoreRow(
  manager: EntityManager,
  table: string,
  coalitionId: string,
  id: string,
): Promise<void> {
  await manager.query(
    `UPDATE ${quoteIdent(table)} SET deleted_at = NULL, updated_at = now(), version = version + 1
      WHERE coalition_id = $1 AND id = $2`,
    [coalitionId, id],
  );
}

/** One row, or 404 naming `label`. */
export async function sqlOneOrNotFound<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
  label: string,
  code?: ErrorCode,
): Promise<T> {
  const row = await sqlOne<T>(manager, sql, params);
  if (!row) throw notFound(label, code);
  return row;
}

import type { EntityManager } from 'typeorm';
import type { CoalitionContext } from '../../../common/auth/request-context';
import { invalidField } from '../../../common/errors/conflict';
import { sqlOne, sqlRows } from '../../../database/sql';

const LABELS = {
  organisation: 'an organisation',
  person: 'a person',
  initiative: 'an initiative',
} as const;

export type ReferencedTable = keyof typeof LABELS;

/**
 * A body id must name a live row of the caller's coalition: an id from another coalition is
 * invalid input (400 naming the field), not a missing resource.
 */
export async function assertReference(
  manager: EntityManager,
  coalitionId: string,
  table: ReferencedTable,
  id: string | null | undefined,
  field: string,
): Promise<void> {
  if (id === null || id === undefined) return;
  const row = await sqlOne(
    manager,
    `SELECT 1 FROM ${table} WHERE coalition_id = $1 AND id = $2 AND deleted_at IS NULL`,
    [coalitionId, id],
  );
  if (!row) throw invalidField(field, `is not ${LABELS[table]} of this coalition`);
}

/** All ids at once; names the first one that is not a live row of the coalition. */
export async function assertReferences(
  manager: EntityManager,
  coalitionId: string,
  table: ReferencedTable,
  ids: readonly string[],
  field: string,
): Promise<void> {
  if (ids.length === 0) return;
  const found = await sqlRows<{ id: string }>(
    manager,
    `SELECT id FROM ${table} WHERE coalition_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
    [coalitionId, [...ids]],
  );
  const known = new Set(found.map((r) => r.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw invalidField(field, `${missing} is not ${LABELS[table]} of this coalition`);
}

/**
 * The organisation a partner is bound to, or undefined for coalition staff. Partners only ever
 * see rows of their own organisation; every other id answers 404 as if it did not exist.
 */
export function partnerOrganisation(ctx: CoalitionContext): string | null | undefined {
  return ctx.role === 'partner' ? ctx.organisationId : undefined;
}

/** ` AND <column> = $n` keeping a partner to their own organisation ('' for staff); adds the parameter. */
export function partnerScope(ctx: CoalitionContext, column: string, params: unknown[]): string {
  const partnerOrg = partnerOrganisation(ctx);
  if (partnerOrg === undefined) return '';
  params.push(partnerOrg);
  return ` AND ${column} = $${params.length}`;
}

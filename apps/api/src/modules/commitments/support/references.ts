import type { EntityManager } from 'typeorm';
import type { CoalitionContext } from '../../../common/auth/request-context';
import { assertLiveReferences } from '../../../common/db/live-references';
import { ORGANISATION_REFERENCE } from '../../organisations/organisations.repository';
import { PERSON_REFERENCE } from '../../people/people.repository';

const TARGETS = {
  organisation: ORGANISATION_REFERENCE,
  person: PERSON_REFERENCE,
  initiative: { table: 'initiative', singular: 'an initiative', plural: 'initiatives' },
} as const;

export type ReferencedTable = keyof typeof TARGETS;

/**
 * A body id must name a live row of the caller's coalition: an id from another coalition is
 * invalid input (400 naming the field), not a missing resource. The check itself is the one in
 * common/db/live-references.ts.
 */
export function assertReference(
  manager: EntityManager,
  coalitionId: string,
  table: ReferencedTable,
  id: string | null | undefined,
  field: string,
): Promise<void> {
  return assertLiveReferences(manager, TARGETS[table], coalitionId, field, [id]);
}

/** All ids at once; names the ones that are not live rows of the coalition. */
export function assertReferences(
  manager: EntityManager,
  coalitionId: string,
  table: ReferencedTable,
  ids: readonly string[],
  field: string,
): Promise<void> {
  return assertLiveReferences(manager, TARGETS[table], coalitionId, field, ids);
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

import type {
  InteractionInitiator,
  InteractionKind,
  OrganisationKind,
  OrganisationStatus,
  PersonLayer,
  PersonStatus,
  SizeClass,
} from '@regiokracht/shared';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { interactionsRepository } from '../../src/modules/interactions/interactions.repository';
import { organisationsRepository } from '../../src/modules/organisations/organisations.repository';
import { peopleRepository } from '../../src/modules/people/people.repository';

/**
 * Domain rows written through the aggregates' repositories (no audit event, no rule checks), with
 * deterministic defaults: override only what the
 * test is about, e.g. `buildOrganisation(db, coalitionId, { sizeClass: 'large' })`.
 */

let counter = 0;

export interface OrganisationOverrides {
  name?: string;
  kind?: OrganisationKind;
  sizeClass?: SizeClass | null;
  sector?: string | null;
  city?: string | null;
  status?: OrganisationStatus;
  joinedOn?: string | null;
  leftOn?: string | null;
  relationshipOwnerId?: string | null;
  externalId?: string | null;
  deletedAt?: string | null;
}

/** Default: an active small company in Rotterdam, joined 2024-01-01. */
export async function buildOrganisation(
  db: DataSource,
  coalitionId: string,
  over: OrganisationOverrides = {},
) {
  counter += 1;
  const name = over.name ?? `Organisation ${counter}`;
  const id = await organisationsRepository.insert(db.manager, coalitionId, {
    name,
    kind: over.kind ?? 'company',
    size_class: over.sizeClass !== undefined ? over.sizeClass : 'small',
    sector: over.sector !== undefined ? over.sector : 'Techniek',
    city: over.city !== undefined ? over.city : 'Rotterdam',
    status: over.status ?? 'active',
    joined_on: over.joinedOn !== undefined ? over.joinedOn : '2024-01-01',
    left_on: over.leftOn ?? null,
    relationship_owner_id: over.relationshipOwnerId ?? null,
    external_id: over.externalId ?? null,
    deleted_at: over.deletedAt ?? null,
  });
  return { id, name };
}

export interface PersonOverrides {
  name?: string;
  email?: string | null;
  organisationId?: string | null;
  role?: string | null;
  layer?: PersonLayer | null;
  isKeyContact?: boolean;
  status?: PersonStatus;
  leavingOn?: string | null;
  leftOn?: string | null;
  successorId?: string | null;
  notes?: string | null;
  deletedAt?: string | null;
  /** Start of the current affiliation (written when organisationId is set). */
  affiliatedSince?: string;
}

/** Default: an active operational contact without organisation (staff) unless organisationId is given. */
export async function buildPerson(db: DataSource, coalitionId: string, over: PersonOverrides = {}) {
  counter += 1;
  const name = over.name ?? `Person ${counter}`;
  const organisationId = over.organisationId ?? null;
  const role = over.role !== undefined ? over.role : 'Adviseur';
  const id = await peopleRepository.insert(db.manager, coalitionId, {
    name,
    email: over.email !== undefined ? over.email : `person${counter}@test.example`,
    organisation_id: organisationId,
    role,
    layer: over.layer !== undefined ? over.layer : 'operational',
    is_key_contact: over.isKeyContact ?? false,
    status: over.status ?? 'active',
    leaving_on: over.leavingOn ?? null,
    left_on: over.leftOn ?? null,
    successor_id: over.successorId ?? null,
    notes: over.notes ?? null,
    deleted_at: over.deletedAt ?? null,
  });
  if (organisationId) {
    await peopleRepository.startAffiliation(db.manager, coalitionId, {
      personId: id,
      organisationId,
      role,
      startedOn: over.affiliatedSince ?? '2024-01-01',
    });
  }
  return { id, name };
}

export interface InteractionOverrides {
  occurredAt?: string;
  kind?: InteractionKind;
  initiatedBy?: InteractionInitiator;
  summary?: string | null;
  participantIds?: string[];
  loggedById?: string | null;
  deletedAt?: string | null;
}

/** Default: a meeting initiated by the coalition on 2025-01-15 10:00 UTC. */
export async function buildInteraction(
  db: DataSource,
  coalitionId: string,
  organisationIds: string[],
  over: InteractionOverrides = {},
) {
  counter += 1;
  const id = await interactionsRepository.insert(db.manager, coalitionId, {
    occurred_at: over.occurredAt ?? '2025-01-15T10:00:00Z',
    kind: over.kind ?? 'meeting',
    initiated_by: over.initiatedBy ?? 'coalition',
    summary: over.summary !== undefined ? over.summary : `Interaction ${counter}`,
    logged_by_id: over.loggedById ?? null,
    deleted_at: over.deletedAt ?? null,
  });
  await linkAll(db, coalitionId, [id], organisationIds, over.participantIds ?? []);
  return { id };
}

/** Every interaction to every organisation and participant given. */
async function linkAll(
  db: DataSource,
  coalitionId: string,
  interactionIds: readonly string[],
  organisationIds: readonly string[],
  participantIds: readonly string[],
): Promise<void> {
  const pairs = (targets: readonly string[]) =>
    interactionIds.flatMap((i) => targets.map((t) => [coalitionId, i, t]));
  await interactionsRepository.organisationLinkBulk.insertRows(
    db.manager,
    ['coalition_id', 'interaction_id', 'organisation_id'],
    pairs(organisationIds),
  );
  await interactionsRepository.participantLinkBulk.insertRows(
    db.manager,
    ['coalition_id', 'interaction_id', 'person_id'],
    pairs(participantIds),
  );
}

/** Many organisations in one statement (list and query-count tests), named `${prefix} 001` … */
export async function buildManyOrganisations(
  db: DataSource,
  coalitionId: string,
  count: number,
  prefix = 'Bulk organisation',
) {
  const sizes = ['micro', 'small', 'medium', 'large'];
  await organisationsRepository.bulk.insertRows(
    db.manager,
    ['coalition_id', 'name', 'kind', 'size_class', 'city', 'status', 'joined_on'],
    Array.from({ length: count }, (_, i) => {
      const n = i + 1;
      const name = `${prefix} ${String(n).padStart(3, '0')}`;
      return [coalitionId, name, 'company', sizes[n % 4], 'Zwolle', 'active', '2024-01-01'];
    }),
  );
}

/**
 * Many interactions in a few statements, one day apart going back from `latest`, each listing all
 * `organisationIds` and `participantIds`.
 */
export async function buildManyInteractions(
  db: DataSource,
  coalitionId: string,
  count: number,
  organisationIds: string[],
  participantIds: string[] = [],
  latest = '2025-06-01T10:00:00Z',
) {
  const kinds = ['meeting', 'call', 'email', 'workshop'];
  const start = Date.parse(latest);
  const ids = Array.from({ length: count }, () => randomUUID());
  await interactionsRepository.bulk.insertRows(
    db.manager,
    ['coalition_id', 'id', 'occurred_at', 'kind', 'summary'],
    ids.map((id, n) => [
      coalitionId,
      id,
      new Date(start - n * 86_400_000).toISOString(),
      kinds[n % 4],
      `Bulk interaction ${n}`,
    ]),
  );
  await linkAll(db, coalitionId, ids, organisationIds, participantIds);
  return ids;
}

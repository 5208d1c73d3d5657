import type {
  InteractionInitiator,
  InteractionKind,
  OrganisationKind,
  OrganisationStatus,
  PersonLayer,
  PersonStatus,
  SizeClass,
} from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import { sqlOne, sqlRows } from '../../src/database/sql';

/**
 * Domain rows inserted straight through SQL, with deterministic defaults: override only what the
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
  const row = await sqlOne<{ id: string }>(
    db.manager,
    `INSERT INTO organisation (coalition_id, name, kind, size_class, sector, city, status, joined_on, left_on,
                               relationship_owner_id, external_id, deleted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      coalitionId,
      name,
      over.kind ?? 'company',
      over.sizeClass !== undefined ? over.sizeClass : 'small',
      over.sector !== undefined ? over.sector : 'Techniek',
      over.city !== undefined ? over.city : 'Rotterdam',
      over.status ?? 'active',
      over.joinedOn !== undefined ? over.joinedOn : '2024-01-01',
      over.leftOn ?? null,
      over.relationshipOwnerId ?? null,
      over.externalId ?? null,
      over.deletedAt ?? null,
    ],
  );
  return { id: row!.id, name };
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
  const row = await sqlOne<{ id: string }>(
    db.manager,
    `INSERT INTO person (coalition_id, name, email, organisation_id, role, layer, is_key_contact, status, leaving_on,
                         left_on, successor_id, notes, deleted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      coalitionId,
      name,
      over.email !== undefined ? over.email : `person${counter}@test.example`,
      organisationId,
      role,
      over.layer !== undefined ? over.layer : 'operational',
      over.isKeyContact ?? false,
      over.status ?? 'active',
      over.leavingOn ?? null,
      over.leftOn ?? null,
      over.successorId ?? null,
      over.notes ?? null,
      over.deletedAt ?? null,
    ],
  );
  if (organisationId) {
    await db.query(
      `INSERT INTO affiliation (coalition_id, person_id, organisation_id, role, started_on) VALUES ($1, $2, $3, $4, $5)`,
      [coalitionId, row!.id, organisationId, role, over.affiliatedSince ?? '2024-01-01'],
    );
  }
  return { id: row!.id, name };
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
  const row = await sqlOne<{ id: string }>(
    db.manager,
    `INSERT INTO interaction (coalition_id, occurred_at, kind, initiated_by, summary, logged_by_id, deleted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      coalitionId,
      over.occurredAt ?? '2025-01-15T10:00:00Z',
      over.kind ?? 'meeting',
      over.initiatedBy ?? 'coalition',
      over.summary !== undefined ? over.summary : `Interaction ${counter}`,
      over.loggedById ?? null,
      over.deletedAt ?? null,
    ],
  );
  const id = row!.id;
  for (const organisationId of organisationIds) {
    await db.query(
      `INSERT INTO interaction_organisation (coalition_id, interaction_id, organisation_id) VALUES ($1, $2, $3)`,
      [coalitionId, id, organisationId],
    );
  }
  for (const personId of over.participantIds ?? []) {
    await db.query(
      `INSERT INTO interaction_participant (coalition_id, interaction_id, person_id) VALUES ($1, $2, $3)`,
      [coalitionId, id, personId],
    );
  }
  return { id };
}

/** Many organisations in one statement (list and query-count tests), named `${prefix} 001` … */
export async function buildManyOrganisations(
  db: DataSource,
  coalitionId: string,
  count: number,
  prefix = 'Bulk organisation',
) {
  await db.query(
    `INSERT INTO organisation (coalition_id, name, kind, size_class, city, status, joined_on)
     SELECT $1, $2 || ' ' || lpad(n::text, 3, '0'), 'company', (ARRAY['micro', 'small', 'medium', 'large'])[1 + n % 4],
            'Zwolle', 'active', '2024-01-01'
       FROM generate_series(1, $3::int) AS n`,
    [coalitionId, prefix, count],
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
  const rows = await sqlRows<{ id: string }>(
    db.manager,
    `INSERT INTO interaction (coalition_id, occurred_at, kind, summary)
     SELECT $1, $2::timestamptz - make_interval(days => n), (ARRAY['meeting', 'call', 'email', 'workshop'])[1 + n % 4],
            'Bulk interaction ' || n
       FROM generate_series(0, $3::int - 1) AS n
     RETURNING id`,
    [coalitionId, latest, count],
  );
  const ids = rows.map((r) => r.id);
  await db.query(
    `INSERT INTO interaction_organisation (coalition_id, interaction_id, organisation_id)
     SELECT $1, i, o FROM unnest($2::uuid[]) AS i CROSS JOIN unnest($3::uuid[]) AS o`,
    [coalitionId, ids, organisationIds],
  );
  if (participantIds.length > 0) {
    await db.query(
      `INSERT INTO interaction_participant (coalition_id, interaction_id, person_id)
       SELECT $1, i, p FROM unnest($2::uuid[]) AS i CROSS JOIN unnest($3::uuid[]) AS p`,
      [coalitionId, ids, participantIds],
    );
  }
  return ids;
}

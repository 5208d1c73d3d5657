import {
  type CommitmentKind,
  CommitmentErrorCode,
  type CommitmentStatus,
  type CommitmentUnit,
} from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { type HolderMove, reassignHolder } from '../../common/db/reassign-holder';
import { softDeleteRow, sqlOneOrNotFound } from '../../common/db/soft-delete';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { updateVersioned } from '../../common/db/versioned-update';
import { likePattern, orderBy } from '../../common/pagination/page';
import { sqlOne, sqlRows } from '../../database/sql';
import { COMMITMENT_SORTS, type ListCommitmentsQuery } from './dto/list-commitments.query';
import { dateText } from './support/sql-values';

export interface CommitmentRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  contact_id: string | null;
  contact_name: string | null;
  kind: CommitmentKind;
  description: string | null;
  quantity: string;
  unit: CommitmentUnit;
  unit_value_eur: string;
  pledged_value_eur: string;
  starts_on: string | null;
  ends_on: string | null;
  status: CommitmentStatus;
  initiative_id: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

/** Delivered totals of one commitment, from the contributions (one query for a whole page). */
export interface DeliveryRow {
  commitment_id: string;
  delivered_quantity: string;
  delivered_value_eur: string;
}

/** A new commitment's columns; the defaults are the table's. */
export interface NewCommitment {
  organisationId: string;
  contactId?: string | null;
  kind: CommitmentKind;
  description?: string | null;
  quantity: number;
  unit: CommitmentUnit;
  unitValueEur?: number;
  startsOn?: string | null;
  endsOn?: string | null;
  status?: CommitmentStatus;
  initiativeId?: string | null;
}

/** API field → column, for the fields a PATCH may set. */
export const COMMITMENT_COLUMNS = {
  organisationId: 'organisation_id',
  contactId: 'contact_id',
  kind: 'kind',
  description: 'description',
  quantity: 'quantity',
  unit: 'unit',
  unitValueEur: 'unit_value_eur',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  status: 'status',
  initiativeId: 'initiative_id',
} as const;

const SELECT = `
  SELECT c.id, c.organisation_id, o.name AS organisation_name, c.contact_id, p.name AS contact_name,
         c.kind, c.description, c.quantity, c.unit, c.unit_value_eur,
         round(c.quantity * c.unit_value_eur, 2) AS pledged_value_eur,
         ${dateText('c.starts_on', 'starts_on')}, ${dateText('c.ends_on', 'ends_on')},
         c.status, c.initiative_id, c.version, c.created_at, c.updated_at
    FROM commitment c
    JOIN organisation o ON o.coalition_id = c.coalition_id AND o.id = c.organisation_id
    LEFT JOIN person p ON p.coalition_id = c.coalition_id AND p.id = c.contact_id`;

const DELIVERY_SQL = `
  SELECT k.commitment_id, sum(k.quantity) AS delivered_quantity,
         round(sum(k.quantity) * c.unit_value_eur, 2) AS delivered_value_eur
    FROM contribution k
    JOIN commitment c ON c.coalition_id = k.coalition_id AND c.id = k.commitment_id
   WHERE k.coalition_id = $1 AND k.commitment_id = ANY($2::uuid[])
   GROUP BY k.commitment_id, c.unit_value_eur`;

/**
 * The commitment table's SQL. `partnerOrganisationId` (undefined for staff) keeps a partner to
 * their own organisation's rows: any other id reads as missing.
 */
export class CommitmentsRepository {
  async list(
    manager: EntityManager,
    coalitionId: string,
    query: ListCommitmentsQuery,
    partnerOrganisationId: string | null | undefined,
  ): Promise<{ rows: CommitmentRow[]; total: number }> {
    const where = new SqlFilter(['c.coalition_id = $1', 'c.deleted_at IS NULL'], [coalitionId]);
    const add = where.add.bind(where);
    if (partnerOrganisationId !== undefined)
      add((n) => `c.organisation_id = ${n}`, partnerOrganisationId);
    if (query.organisationId) add((n) => `c.organisation_id = ${n}`, query.organisationId);
    if (query.contactId) add((n) => `c.contact_id = ${n}`, query.contactId);
    if (query.initiativeId) add((n) => `c.initiative_id = ${n}`, query.initiativeId);
    if (query.kind?.length) add((n) => `c.kind = ANY(${n}::text[])`, query.kind);
    if (query.status?.length) add((n) => `c.status = ANY(${n}::text[])`, query.status);
    if (query.from) add((n) => `c.starts_on >= ${n}::date`, query.from);
    if (query.to) add((n) => `c.starts_on <= ${n}::date`, query.to);
    if (query.q) add((n) => `c.description ILIKE ${n}`, likePattern(query.q));
    // The one list builder: the real total even on a page past the end.
    const page = await listPage(manager, {
      select: SELECT,
      where,
      orderBy: orderBy(query.sort, COMMITMENT_SORTS, '-startsOn', 'c.id'),
      map: (row: CommitmentRow) => row,
      ...query,
    });
    return { rows: page.items, total: page.total };
  }

  /** The live commitment, else 404. */
  findLive(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    partnerOrganisationId: string | null | undefined,
  ): Promise<CommitmentRow> {
    const where = new SqlFilter(
      ['c.coalition_id = $1', 'c.id = $2', 'c.deleted_at IS NULL'],
      [coalitionId, id],
    );
    if (partnerOrganisationId !== undefined)
      where.add((n) => `c.organisation_id = ${n}`, partnerOrganisationId);
    return sqlOneOrNotFound<CommitmentRow>(
      manager,
      `${SELECT} WHERE ${where.sql()}`,
      where.params,
      'Commitment',
      CommitmentErrorCode.NOT_FOUND,
    );
  }

  /**
   * The live commitment's status for a delivery on it, else 404. `lock` takes FOR SHARE, so a
   * concurrent withdrawal cannot slip in between the status check and the insert.
   */
  async statusForDelivery(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    partnerOrganisationId: string | null | undefined,
    lock: boolean,
  ): Promise<CommitmentStatus> {
    const where = new SqlFilter(
      ['coalition_id = $1', 'id = $2', 'deleted_at IS NULL'],
      [coalitionId, id],
    );
    if (partnerOrganisationId !== undefined)
      where.add((n) => `organisation_id = ${n}`, partnerOrganisationId);
    const row = await sqlOneOrNotFound<{ status: CommitmentStatus }>(
      manager,
      `SELECT status FROM commitment WHERE ${where.sql()}${lock ? ' FOR SHARE' : ''}`,
      where.params,
      'Commitment',
      CommitmentErrorCode.NOT_FOUND,
    );
    return row.status;
  }

  /** Delivered totals of the given commitments (those without deliveries are left out). */
  deliveries(manager: EntityManager, coalitionId: string, ids: string[]): Promise<DeliveryRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return sqlRows<DeliveryRow>(manager, DELIVERY_SQL, [coalitionId, ids]);
  }

  async insert(manager: EntityManager, coalitionId: string, c: NewCommitment): Promise<string> {
    const row = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO commitment (coalition_id, organisation_id, contact_id, kind, description, quantity, unit,
                               unit_value_eur, starts_on, ends_on, status, initiative_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        coalitionId,
        c.organisationId,
        c.contactId ?? null,
        c.kind,
        c.description ?? null,
        c.quantity,
        c.unit,
        c.unitValueEur ?? 0,
        c.startsOn ?? null,
        c.endsOn ?? null,
        c.status ?? 'pledged',
        c.initiativeId ?? null,
      ],
    );
    return row!.id;
  }

  /** 404 when gone, 409 when `version` is stale. */
  update(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    version: number,
    set: Record<string, unknown>,
  ): Promise<void> {
    return updateVersioned(manager, {
      table: 'commitment',
      coalitionId,
      id,
      version,
      set,
      label: 'Commitment',
      codes: CommitmentErrorCode,
    });
  }

  softDelete(manager: EntityManager, coalitionId: string, id: string): Promise<void> {
    return softDeleteRow(manager, 'commitment', coalitionId, id);
  }

  /** A handover moves the contact role of the live commitments the departing person still holds. */
  transferContact(
    manager: EntityManager,
    coalitionId: string,
    fromPersonId: string,
    moves: readonly HolderMove[],
  ): Promise<Set<string>> {
    return reassignHolder(
      manager,
      { table: 'commitment', column: 'contact_id' },
      coalitionId,
      fromPersonId,
      moves,
    );
  }

  /** An organisation's live commitments for its partner portal, delivered up to `asOfDay`. */
  ofOrganisationForPortal(
    manager: EntityManager,
    coalitionId: string,
    organisationId: string,
    asOfDay: string,
  ): Promise<PortalCommitmentRow[]> {
    return sqlRows<PortalCommitmentRow>(
      manager,
      `SELECT c.id::text AS id, c.kind, c.description, c.status, c.unit, c.quantity,
              coalesce(d.quantity, 0) AS delivered_quantity,
              round(c.quantity * c.unit_value_eur, 2) AS pledged_value,
              round(coalesce(d.quantity, 0) * c.unit_value_eur, 2) AS delivered_value,
              to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on
         FROM commitment c
         LEFT JOIN LATERAL (
           SELECT sum(ct.quantity) AS quantity
             FROM contribution ct
            WHERE ct.coalition_id = c.coalition_id AND ct.commitment_id = c.id AND ct.delivered_on <= $3::date
         ) d ON true
        WHERE c.coalition_id = $1 AND c.organisation_id = $2 AND c.deleted_at IS NULL
        ORDER BY c.starts_on DESC NULLS LAST, c.created_at, c.id`,
      [coalitionId, organisationId, asOfDay],
    );
  }
}

/** A commitment as the partner portal shows it (numerics as the driver hands them). */
export interface PortalCommitmentRow {
  id: string;
  kind: CommitmentKind;
  description: string | null;
  status: CommitmentStatus;
  unit: CommitmentUnit;
  quantity: string | number;
  delivered_quantity: string | number;
  pledged_value: string | number;
  delivered_value: string | number;
  starts_on: string | null;
  ends_on: string | null;
}

/** Stateless (callers hand in their transaction's manager): services, seed and builders share it. */
export const commitmentsRepository = new CommitmentsRepository();

import { BenefitErrorCode, type BenefitKind } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { softDeleteRow, sqlOneOrNotFound } from '../../common/db/soft-delete';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { updateVersioned } from '../../common/db/versioned-update';
import { likePattern, orderBy } from '../../common/pagination/page';
import { sqlOne, sqlRows } from '../../database/sql';
import { dateText } from '../commitments/support/sql-values';
import { BENEFIT_SORTS, type ListBenefitsQuery } from './dto/list-benefits.query';

export interface BenefitRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  kind: BenefitKind;
  quantity: string;
  received_on: string;
  note: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface NewBenefit {
  organisationId: string;
  kind: BenefitKind;
  quantity?: number;
  receivedOn: string;
  note?: string | null;
}

/** API field → column, for the fields a PATCH may set. */
export const BENEFIT_COLUMNS = {
  organisationId: 'organisation_id',
  kind: 'kind',
  quantity: 'quantity',
  receivedOn: 'received_on',
  note: 'note',
} as const;

const SELECT = `
  SELECT b.id, b.organisation_id, o.name AS organisation_name, b.kind, b.quantity,
         ${dateText('b.received_on', 'received_on')}, b.note, b.version, b.created_at, b.updated_at
    FROM benefit b
    JOIN organisation o ON o.coalition_id = b.coalition_id AND o.id = b.organisation_id`;

/** A benefit as the partner portal shows it. */
export interface PortalBenefitRow {
  id: string;
  kind: BenefitKind;
  quantity: string | number;
  received_on: string;
  note: string | null;
}

/** The benefit table's SQL; `partnerOrganisationId` (undefined for staff) as in CommitmentsRepository. */
export class BenefitsRepository {
  async list(
    manager: EntityManager,
    coalitionId: string,
    query: ListBenefitsQuery,
    partnerOrganisationId: string | null | undefined,
  ): Promise<{ rows: BenefitRow[]; total: number }> {
    const where = new SqlFilter(['b.coalition_id = $1', 'b.deleted_at IS NULL'], [coalitionId]);
    const add = where.add.bind(where);
    if (partnerOrganisationId !== undefined)
      add((n) => `b.organisation_id = ${n}`, partnerOrganisationId);
    if (query.organisationId) add((n) => `b.organisation_id = ${n}`, query.organisationId);
    if (query.kind?.length) add((n) => `b.kind = ANY(${n}::text[])`, query.kind);
    if (query.from) add((n) => `b.received_on >= ${n}::date`, query.from);
    if (query.to) add((n) => `b.received_on <= ${n}::date`, query.to);
    if (query.q) add((n) => `b.note ILIKE ${n}`, likePattern(query.q));
    // The one list builder: the real total even on a page past the end.
    const page = await listPage(manager, {
      select: SELECT,
      where,
      orderBy: orderBy(query.sort, BENEFIT_SORTS, '-receivedOn', 'b.id'),
      map: (row: BenefitRow) => row,
      ...query,
    });
    return { rows: page.items, total: page.total };
  }

  /** The live benefit, else 404. */
  findLive(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    partnerOrganisationId: string | null | undefined,
  ): Promise<BenefitRow> {
    const where = new SqlFilter(
      ['b.coalition_id = $1', 'b.id = $2', 'b.deleted_at IS NULL'],
      [coalitionId, id],
    );
    if (partnerOrganisationId !== undefined)
      where.add((n) => `b.organisation_id = ${n}`, partnerOrganisationId);
    return sqlOneOrNotFound<BenefitRow>(
      manager,
      `${SELECT} WHERE ${where.sql()}`,
      where.params,
      'Benefit',
      BenefitErrorCode.NOT_FOUND,
    );
  }

  async insert(manager: EntityManager, coalitionId: string, b: NewBenefit): Promise<string> {
    const row = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO benefit (coalition_id, organisation_id, kind, quantity, received_on, note)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [coalitionId, b.organisationId, b.kind, b.quantity ?? 1, b.receivedOn, b.note ?? null],
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
      table: 'benefit',
      coalitionId,
      id,
      version,
      set,
      label: 'Benefit',
      codes: BenefitErrorCode,
    });
  }

  softDelete(manager: EntityManager, coalitionId: string, id: string): Promise<void> {
    return softDeleteRow(manager, 'benefit', coalitionId, id);
  }

  /** An organisation's live benefits for its partner portal, newest first. */
  ofOrganisationForPortal(
    manager: EntityManager,
    coalitionId: string,
    organisationId: string,
  ): Promise<PortalBenefitRow[]> {
    return sqlRows<PortalBenefitRow>(
      manager,
      `SELECT id::text AS id, kind, quantity, to_char(received_on, 'YYYY-MM-DD') AS received_on, note
         FROM benefit
        WHERE coalition_id = $1 AND organisation_id = $2 AND deleted_at IS NULL
        ORDER BY received_on DESC, id`,
      [coalitionId, organisationId],
    );
  }
}

/** Stateless (callers hand in their transaction's manager): services, seed and builders share it. */
export const benefitsRepository = new BenefitsRepository();

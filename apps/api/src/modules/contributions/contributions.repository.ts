import { ContributionErrorCode } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlOneOrNotFound } from '../../common/db/soft-delete';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { updateVersioned } from '../../common/db/versioned-update';
import { likePattern, orderBy } from '../../common/pagination/page';
import { sqlOne } from '../../database/sql';
import { dateText } from '../commitments/support/sql-values';
import { CONTRIBUTION_SORTS, type ListContributionsQuery } from './dto/list-contributions.query';

export interface ContributionRow {
  id: string;
  commitment_id: string;
  delivered_on: string;
  quantity: string;
  value_eur: string;
  note: string | null;
  reported_by_user_id: string | null;
  reported_by_name: string | null;
  reported_by_partner: boolean;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface NewContribution {
  deliveredOn: string;
  quantity: number;
  note?: string | null;
  reportedByUserId: string | null;
  reportedByPartner: boolean;
}

/** API field → column, for the fields a PATCH may set. */
export const CONTRIBUTION_COLUMNS = {
  deliveredOn: 'delivered_on',
  quantity: 'quantity',
  note: 'note',
} as const;

const SELECT = `
  SELECT k.id, k.commitment_id, ${dateText('k.delivered_on', 'delivered_on')}, k.quantity,
         round(k.quantity * c.unit_value_eur, 2) AS value_eur, k.note, k.reported_by_user_id,
         u.name AS reported_by_name, k.reported_by_partner, k.version, k.created_at, k.updated_at
    FROM contribution k
    JOIN commitment c ON c.coalition_id = k.coalition_id AND c.id = k.commitment_id
    LEFT JOIN app_user u ON u.id = k.reported_by_user_id`;

/** The contribution table's SQL: deliveries on one commitment, hard-deleted (no deleted_at). */
export class ContributionsRepository {
  async list(
    manager: EntityManager,
    coalitionId: string,
    commitmentId: string,
    query: ListContributionsQuery,
  ): Promise<{ rows: ContributionRow[]; total: number }> {
    const where = new SqlFilter(
      ['k.coalition_id = $1', 'k.commitment_id = $2'],
      [coalitionId, commitmentId],
    );
    if (query.q) where.add((n) => `k.note ILIKE ${n}`, likePattern(query.q));
    // The one list builder: the real total even on a page past the end.
    const page = await listPage(manager, {
      select: SELECT,
      where,
      orderBy: orderBy(query.sort, CONTRIBUTION_SORTS, '-deliveredOn', 'k.id'),
      map: (row: ContributionRow) => row,
      ...query,
    });
    return { rows: page.items, total: page.total };
  }

  /** The contribution on that commitment, else 404. */
  find(
    manager: EntityManager,
    coalitionId: string,
    commitmentId: string,
    id: string,
  ): Promise<ContributionRow> {
    return sqlOneOrNotFound<ContributionRow>(
      manager,
      `${SELECT} WHERE k.coalition_id = $1 AND k.commitment_id = $2 AND k.id = $3`,
      [coalitionId, commitmentId, id],
      'Contribution',
      ContributionErrorCode.NOT_FOUND,
    );
  }

  async insert(
    manager: EntityManager,
    coalitionId: string,
    commitmentId: string,
    k: NewContribution,
  ): Promise<string> {
    const row = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO contribution (coalition_id, commitment_id, delivered_on, quantity, note,
                                 reported_by_user_id, reported_by_partner)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        coalitionId,
        commitmentId,
        k.deliveredOn,
        k.quantity,
        k.note ?? null,
        k.reportedByUserId,
        k.reportedByPartner,
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
      table: 'contribution',
      coalitionId,
      id,
      version,
      set,
      label: 'Contribution',
      softDelete: false,
      codes: ContributionErrorCode,
    });
  }

  async delete(manager: EntityManager, coalitionId: string, id: string): Promise<void> {
    await manager.query('DELETE FROM contribution WHERE coalition_id = $1 AND id = $2', [
      coalitionId,
      id,
    ]);
  }
}

/** Stateless (callers hand in their transaction's manager): services, seed and builders share it. */
export const contributionsRepository = new ContributionsRepository();

import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  type CommitmentStatusSummaryDto,
  type DashboardDto,
  type DepartureDto,
} from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlOne, sqlRows } from '../../database/sql';
import {
  ACTION_ITEM_COUNTS_SQL,
  COMMITMENT_SUMMARY_SQL,
  type CommitmentSummaryRow,
  DEPARTING_CONDITION,
  OVERDUE_BY_ORGANISATION_SQL,
} from './dashboard.sql';
import {
  daysUntil,
  emptyHoldings,
  type HeldRow,
  type HolderRow,
  holdingsByHolder,
  toHolderDto,
} from './holdings.mapper';
import { holderSql, holdingsSql } from './responsibilities.sql';

/** What the dashboard shows besides the organisations' insights, at one instant. */
export interface DashboardParts {
  asOf: string;
  actionItems: DashboardDto['actionItems'];
  commitments: DashboardDto['commitments'];
  departures: DepartureDto[];
  /** Overdue action items per organisation id (only those with some). */
  overdue: Record<string, number>;
}

export async function computeDashboardParts(
  manager: EntityManager,
  coalitionId: string,
  asOf: string,
): Promise<DashboardParts> {
  // One after another: the queries share the caller's connection (one transaction, one snapshot).
  const actionItems = await sqlOne<DashboardDto['actionItems']>(manager, ACTION_ITEM_COUNTS_SQL, [
    coalitionId,
    asOf,
  ]);
  const commitments = await loadCommitments(manager, coalitionId, asOf);
  const departures = await loadDepartures(manager, coalitionId, asOf);
  const overdue = await sqlRows<{ organisation_id: string; overdue: number }>(
    manager,
    OVERDUE_BY_ORGANISATION_SQL,
    [coalitionId, asOf],
  );
  return {
    asOf,
    actionItems: actionItems!,
    commitments,
    departures,
    overdue: Object.fromEntries(overdue.map((r) => [r.organisation_id, r.overdue])),
  };
}

async function loadCommitments(
  manager: EntityManager,
  coalitionId: string,
  asOf: string,
): Promise<DashboardDto['commitments']> {
  const rows = await sqlRows<CommitmentSummaryRow>(manager, COMMITMENT_SUMMARY_SQL, [
    coalitionId,
    asOf,
  ]);
  const byStatus = new Map<CommitmentStatus, CommitmentStatusSummaryDto>(
    COMMITMENT_STATUSES.map((status) => [
      status,
      { status, count: 0, pledgedValueEur: 0, deliveredValueEur: 0, quantities: [] },
    ]),
  );
  const total = { pledgedValueEur: 0, deliveredValueEur: 0 };
  for (const row of rows) {
    const values = {
      pledgedValueEur: Number(row.pledged_value ?? 0),
      deliveredValueEur: Number(row.delivered_value),
    };
    if (row.status === null) {
      Object.assign(total, values);
    } else if (row.unit === null) {
      Object.assign(byStatus.get(row.status)!, { count: row.count, ...values });
    } else {
      byStatus.get(row.status)!.quantities.push({
        unit: row.unit,
        pledged: Number(row.pledged_quantity),
        delivered: Number(row.delivered_quantity),
      });
    }
  }
  return { byStatus: [...byStatus.values()], ...total };
}

async function loadDepartures(
  manager: EntityManager,
  coalitionId: string,
  asOf: string,
): Promise<DepartureDto[]> {
  const people = await sqlRows<HolderRow>(
    manager,
    holderSql(DEPARTING_CONDITION, 'p.leaving_on, lower(p.name), p.id'),
    [coalitionId, asOf],
  );
  if (people.length === 0) return [];
  const held = await sqlRows<HeldRow>(
    manager,
    holdingsSql('held.holder_id = ANY($3::text[])', '$3::uuid[]'),
    [coalitionId, asOf, people.map((p) => p.id)],
  );
  const byHolder = holdingsByHolder(held);
  return people.map((person) => ({
    person: toHolderDto(person),
    daysUntilLeaving: daysUntil(person.leaving_on!, asOf),
    holds: byHolder.get(person.id) ?? emptyHoldings(),
  }));
}

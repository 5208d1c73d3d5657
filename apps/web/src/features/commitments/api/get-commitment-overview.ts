import {
  MAX_PAGE_SIZE,
  type CommitmentDto,
  type CommitmentKind,
  type CommitmentUnit,
} from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { commitmentKeys, type CommitmentFilters } from './commitment-keys';
import { getCommitments } from './get-commitments';

export interface UnitTotals {
  unit: CommitmentUnit;
  pledged: number;
  delivered: number;
}

export interface KindTotals {
  kind: CommitmentKind;
  count: number;
  pledgedValueEur: number;
  deliveredValueEur: number;
  /** Quantities only add up within one unit (places and hours do not). */
  quantities: UnitTotals[];
}

export interface CommitmentOverview {
  byKind: KindTotals[];
  count: number;
  pledgedValueEur: number;
  deliveredValueEur: number;
}

const roundCents = (value: number) => Math.round(value * 100) / 100;

/** Sums commitments by kind, largest pledged value first. */
export function summariseByKind(commitments: readonly CommitmentDto[]): CommitmentOverview {
  const kinds = new Map<CommitmentKind, KindTotals>();
  for (const commitment of commitments) {
    let totals = kinds.get(commitment.kind);
    if (!totals) {
      totals = {
        kind: commitment.kind,
        count: 0,
        pledgedValueEur: 0,
        deliveredValueEur: 0,
        quantities: [],
      };
      kinds.set(commitment.kind, totals);
    }
    totals.count += 1;
    totals.pledgedValueEur = roundCents(totals.pledgedValueEur + commitment.pledgedValueEur);
    totals.deliveredValueEur = roundCents(totals.deliveredValueEur + commitment.deliveredValueEur);
    let unit = totals.quantities.find((q) => q.unit === commitment.unit);
    if (!unit) {
      unit = { unit: commitment.unit, pledged: 0, delivered: 0 };
      totals.quantities.push(unit);
    }
    unit.pledged = roundCents(unit.pledged + commitment.quantity);
    unit.delivered = roundCents(unit.delivered + commitment.deliveredQuantity);
  }
  const byKind = [...kinds.values()].sort((a, b) => b.pledgedValueEur - a.pledgedValueEur);
  return {
    byKind,
    count: commitments.length,
    pledgedValueEur: roundCents(byKind.reduce((sum, k) => sum + k.pledgedValueEur, 0)),
    deliveredValueEur: roundCents(byKind.reduce((sum, k) => sum + k.deliveredValueEur, 0)),
  };
}

/**
 * Every commitment matching the filters, page by page, summed by kind. The API has no summary by
 * kind, and a coalition holds hundreds of commitments at most, so the browser adds them up.
 */
export async function getCommitmentOverview(
  coalitionId: string,
  filters: Omit<CommitmentFilters, 'page' | 'pageSize' | 'sort'>,
  signal?: AbortSignal,
): Promise<CommitmentOverview> {
  const all: CommitmentDto[] = [];
  for (let page = 1; ; page++) {
    const result = await getCommitments(
      coalitionId,
      { ...filters, page, pageSize: MAX_PAGE_SIZE },
      signal,
    );
    all.push(...result.items);
    if (result.items.length === 0 || all.length >= result.total) break;
  }
  return summariseByKind(all);
}

export function commitmentOverviewQueryOptions(
  coalitionId: string,
  filters: Omit<CommitmentFilters, 'page' | 'pageSize' | 'sort'>,
) {
  return queryOptions({
    queryKey: commitmentKeys.overview(coalitionId, filters),
    queryFn: ({ signal }) => getCommitmentOverview(coalitionId, filters, signal),
  });
}

export function useCommitmentOverview(
  coalitionId: string,
  filters: Omit<CommitmentFilters, 'page' | 'pageSize' | 'sort'>,
) {
  return useQuery({
    ...commitmentOverviewQueryOptions(coalitionId, filters),
    placeholderData: keepPreviousData,
  });
}

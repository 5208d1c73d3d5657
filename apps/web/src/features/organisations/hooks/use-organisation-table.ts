import {
  riskRank,
  type Health,
  type OrganisationDto,
  type OrganisationInsightDto,
  type RiskLevel,
} from '@regiokracht/shared';
import { useMemo } from 'react';
import { useAllOrganisations, useOrganisations } from '../api/get-organisations';
import { useOrganisationInsights } from '../api/get-organisation-insights';
import {
  needsClientSide,
  PAGE_SIZE,
  type OrganisationSort,
  type OrganisationTableState,
} from './organisation-table-state';

export interface OrganisationRow {
  organisation: OrganisationDto;
  /** Null for organisations the insights leave out (left or deleted) or while they load. */
  insight: OrganisationInsightDto | null;
}

// The insights endpoint's orders: the most worrying first (risk: the shared rule).
const HEALTH_ORDER: Record<Health, number> = { dormant: 0, cooling: 1, no_contact: 2, engaged: 3 };

type Comparable = number | string | null;

function sortValue(row: OrganisationRow, key: OrganisationSort['key']): Comparable {
  const { organisation, insight } = row;
  switch (key) {
    case 'name':
      return organisation.name.toLocaleLowerCase();
    case 'kind':
      return organisation.kind;
    case 'status':
      return organisation.status;
    case 'city':
      return organisation.city?.toLocaleLowerCase() ?? null;
    case 'health':
      return insight ? HEALTH_ORDER[insight.engagement.health] : null;
    case 'engagement':
      return insight ? insight.engagement.index : null;
    case 'lastContact':
      return insight?.engagement.daysSinceLastInteraction ?? null;
    case 'risk':
      // Higher risk first when ascending; a higher score breaks ties.
      return insight ? riskRank(insight.succession.level) * 1000 - insight.succession.score : null;
  }
}

/** Sorts like the API: missing values last in both directions, then by name. */
export function sortRows(rows: OrganisationRow[], sort: OrganisationSort): OrganisationRow[] {
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null && va !== vb) {
      const order = va < vb ? -1 : 1;
      return sort.descending ? -order : order;
    }
    return a.organisation.name.localeCompare(b.organisation.name);
  });
}

export function filterByInsight(
  rows: OrganisationRow[],
  health: Health | null,
  risk: RiskLevel | null,
): OrganisationRow[] {
  return rows.filter(
    ({ insight }) =>
      (health === null || insight?.engagement.health === health) &&
      (risk === null || insight?.succession.level === risk),
  );
}

export interface OrganisationTableResult {
  rows: OrganisationRow[];
  total: number;
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  /** The insights failed: health and risk cannot be shown or filtered on. */
  insightsError: unknown;
  insightsPending: boolean;
}

/**
 * The organisations list joined to the coalition's insights by organisationId. Kind, status,
 * search, sort and paging go to the server; a health or risk filter, or a sort on an insight
 * column, switches to every organisation being filtered, sorted and paged here (see
 * `needsClientSide`).
 */
export function useOrganisationTable(
  coalitionId: string,
  state: OrganisationTableState,
): OrganisationTableResult {
  const clientSide = needsClientSide(state);
  const serverFilters = {
    q: state.q || undefined,
    kind: state.kind ?? undefined,
    status: state.status ?? undefined,
    includeDeleted: state.includeDeleted || undefined,
  };
  const insightsQuery = useOrganisationInsights(coalitionId);
  const pageQuery = useOrganisations(
    coalitionId,
    {
      ...serverFilters,
      sort: `${state.sort.descending ? '-' : ''}${state.sort.key}`,
      page: state.page,
      pageSize: PAGE_SIZE,
    },
    !clientSide,
  );
  const allQuery = useAllOrganisations(coalitionId, serverFilters, clientSide);
  const insights = insightsQuery.data;

  const { rows, total } = useMemo(() => {
    const join = (organisation: OrganisationDto): OrganisationRow => ({
      organisation,
      insight: insights?.get(organisation.id) ?? null,
    });
    if (!clientSide) {
      return {
        rows: (pageQuery.data?.items ?? []).map(join),
        total: pageQuery.data?.total ?? 0,
      };
    }
    if (!allQuery.data || (!insights && !insightsQuery.isError)) return { rows: [], total: 0 };
    const matching = sortRows(
      filterByInsight(allQuery.data.map(join), state.health, state.risk),
      state.sort,
    );
    const start = (state.page - 1) * PAGE_SIZE;
    return { rows: matching.slice(start, start + PAGE_SIZE), total: matching.length };
  }, [
    clientSide,
    insights,
    insightsQuery.isError,
    pageQuery.data,
    allQuery.data,
    state.health,
    state.risk,
    state.sort,
    state.page,
  ]);

  const listQuery = clientSide ? allQuery : pageQuery;
  return {
    rows,
    total,
    isPending: listQuery.isPending || (clientSide && insightsQuery.isPending),
    isFetching: listQuery.isFetching,
    error: listQuery.error,
    insightsError: insightsQuery.error,
    insightsPending: insightsQuery.isPending,
  };
}

import {
  HEALTHS,
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  RISK_LEVELS,
  type Health,
  type OrganisationKind,
  type OrganisationStatus,
  type RiskLevel,
} from '@regiokracht/shared';
import { oneOf, parseSortParam, readPage, sortParam } from '../../../lib/url-state';

/** Columns the organisations endpoint sorts on. */
export const SERVER_SORTS = ['name', 'kind', 'status', 'city'] as const;
/** Columns only the insights know: sorted on the client. */
export const INSIGHT_SORTS = ['health', 'engagement', 'lastContact', 'risk'] as const;
export type OrganisationSortKey = (typeof SERVER_SORTS)[number] | (typeof INSIGHT_SORTS)[number];

export interface OrganisationSort {
  key: OrganisationSortKey;
  descending: boolean;
}

/** The list's filters, sort and page, as kept in the URL (`?health=cooling&sort=-risk`). */
export interface OrganisationTableState {
  q: string;
  kind: OrganisationKind | null;
  status: OrganisationStatus | null;
  health: Health | null;
  risk: RiskLevel | null;
  sort: OrganisationSort;
  page: number;
  includeDeleted: boolean;
}

export const PAGE_SIZE = 25;
const DEFAULT_SORT: OrganisationSort = { key: 'name', descending: false };

const SORT_KEYS: readonly OrganisationSortKey[] = [...SERVER_SORTS, ...INSIGHT_SORTS];

export function parseSort(value: string | null): OrganisationSort {
  return parseSortParam(value, SORT_KEYS) ?? DEFAULT_SORT;
}

export function formatSort(sort: OrganisationSort): string {
  return sortParam(sort.key, sort.descending);
}

export function readTableState(params: URLSearchParams): OrganisationTableState {
  return {
    q: params.get('q') ?? '',
    kind: oneOf(ORGANISATION_KINDS, params.get('kind')),
    status: oneOf(ORGANISATION_STATUSES, params.get('status')),
    health: oneOf(HEALTHS, params.get('health')),
    risk: oneOf(RISK_LEVELS, params.get('risk')),
    sort: parseSort(params.get('sort')),
    page: readPage(params),
    includeDeleted: params.get('deleted') === 'true',
  };
}

/** Only what differs from the defaults, so a plain list has a plain URL. */
export function writeTableState(state: OrganisationTableState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kind) params.set('kind', state.kind);
  if (state.status) params.set('status', state.status);
  if (state.health) params.set('health', state.health);
  if (state.risk) params.set('risk', state.risk);
  const sort = formatSort(state.sort);
  if (sort !== formatSort(DEFAULT_SORT)) params.set('sort', sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.includeDeleted) params.set('deleted', 'true');
  return params;
}

/**
 * Filtering or sorting on health or risk needs every organisation joined to its insight, so the
 * list is then filtered, sorted and paged on the client; otherwise the server does it.
 */
export function needsClientSide(state: OrganisationTableState): boolean {
  return (
    state.health !== null ||
    state.risk !== null ||
    (INSIGHT_SORTS as readonly string[]).includes(state.sort.key)
  );
}

/** Every change but paging replaces the history entry: back leaves the list, not one filter. */
function replacesEntry(changes: Partial<OrganisationTableState>): boolean {
  return !('page' in changes);
}

export const organisationTableUrl = {
  read: readTableState,
  write: writeTableState,
  replace: replacesEntry,
};

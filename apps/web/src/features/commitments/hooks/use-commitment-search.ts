import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type CommitmentKind,
  type CommitmentStatus,
} from '@regiokracht/shared';
import {
  oneOf,
  parseSortParam,
  readPage,
  setParam,
  sortParam,
  useUrlState,
} from '../../../lib/url-state';
import type { CommitmentFilters } from '../api/commitment-keys';

export const COMMITMENT_SORTS = [
  'organisationName',
  'kind',
  'status',
  'startsOn',
  'endsOn',
] as const;
export type CommitmentSort = (typeof COMMITMENT_SORTS)[number];

export const COMMITMENTS_PAGE_SIZE = 25;

export interface CommitmentSearch {
  kind: CommitmentKind | null;
  status: CommitmentStatus | null;
  organisationId: string | null;
  sort: { column: CommitmentSort; descending: boolean };
  page: number;
}

export function parseCommitmentSearch(params: URLSearchParams): CommitmentSearch {
  const sort = parseSortParam(params.get('sort'), COMMITMENT_SORTS);
  return {
    kind: oneOf(COMMITMENT_KINDS, params.get('kind')),
    status: oneOf(COMMITMENT_STATUSES, params.get('status')),
    organisationId: params.get('organisationId') || null,
    sort: sort
      ? { column: sort.key, descending: sort.descending }
      : { column: 'organisationName', descending: false },
    page: readPage(params),
  };
}

export function writeCommitmentSearch(search: CommitmentSearch): URLSearchParams {
  const params = new URLSearchParams();
  setParam(params, 'kind', search.kind);
  setParam(params, 'status', search.status);
  setParam(params, 'organisationId', search.organisationId);
  setParam(
    params,
    'sort',
    sortParam(search.sort.column, search.sort.descending),
    'organisationName',
  );
  setParam(params, 'page', String(search.page), '1');
  return params;
}

const commitmentSearchUrl = { read: parseCommitmentSearch, write: writeCommitmentSearch };

/** Filters that shape both the overview and the table. */
export function overviewFilters(search: CommitmentSearch): CommitmentFilters {
  return {
    kind: search.kind ?? undefined,
    status: search.status ?? undefined,
    organisationId: search.organisationId ?? undefined,
  };
}

export function tableFilters(search: CommitmentSearch): CommitmentFilters {
  const { column, descending } = search.sort;
  return {
    ...overviewFilters(search),
    sort: `${descending ? '-' : ''}${column}`,
    page: search.page,
    pageSize: COMMITMENTS_PAGE_SIZE,
  };
}

export type CommitmentSearchUpdate = Partial<CommitmentSearch>;

export function useCommitmentSearch() {
  const { state, update } = useUrlState(commitmentSearchUrl);
  return { search: state, update };
}

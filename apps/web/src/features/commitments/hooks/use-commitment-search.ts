import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type CommitmentKind,
  type CommitmentStatus,
} from '@regiokracht/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CommitmentFilters } from '../api/get-commitments';

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

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.includes(value as T) ? (value as T) : null;
}

export function parseCommitmentSearch(params: URLSearchParams): CommitmentSearch {
  const rawSort = params.get('sort') ?? '';
  const descending = rawSort.startsWith('-');
  const column = oneOf(COMMITMENT_SORTS, descending ? rawSort.slice(1) : rawSort);
  const page = Number(params.get('page'));
  return {
    kind: oneOf(COMMITMENT_KINDS, params.get('kind')),
    status: oneOf(COMMITMENT_STATUSES, params.get('status')),
    organisationId: params.get('organisationId') || null,
    sort: column ? { column, descending } : { column: 'organisationName', descending: false },
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

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
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseCommitmentSearch(params), [params]);
  const update = useCallback(
    (changes: CommitmentSearchUpdate) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        const set = (key: string, value: string | null, fallback?: string) => {
          if (value === null || value === '' || value === fallback) next.delete(key);
          else next.set(key, value);
        };
        if (changes.kind !== undefined) set('kind', changes.kind);
        if (changes.status !== undefined) set('status', changes.status);
        if (changes.organisationId !== undefined) set('organisationId', changes.organisationId);
        if (changes.sort !== undefined) {
          const { column, descending } = changes.sort;
          set('sort', `${descending ? '-' : ''}${column}`, 'organisationName');
        }
        set('page', changes.page !== undefined ? String(changes.page) : null, '1');
        return next;
      });
    },
    [setParams],
  );
  return { search, update };
}

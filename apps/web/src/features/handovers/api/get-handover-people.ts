import type { Page, PersonDto } from '@regiokracht/shared';
import { MAX_PAGE_SIZE } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { handoverKeys } from './handover-keys';

/**
 * The coalition's people (one page of the maximum size: a coalition has hundreds at most), to
 * choose who leaves and who succeeds.
 */
export function getHandoverPeople(
  coalitionId: string,
  signal?: AbortSignal,
): Promise<Page<PersonDto>> {
  return api.get<Page<PersonDto>>(`/coalitions/${coalitionId}/people`, {
    signal,
    query: { sort: 'name', pageSize: MAX_PAGE_SIZE },
  });
}

export function handoverPeopleQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: handoverKeys.people(coalitionId),
    queryFn: ({ signal }) => getHandoverPeople(coalitionId, signal),
    staleTime: 60_000,
  });
}

export function useHandoverPeople(coalitionId: string) {
  return useQuery(handoverPeopleQueryOptions(coalitionId));
}

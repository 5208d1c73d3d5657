import type { Page, PersonDto } from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { actionItemKeys } from './action-item-keys';

const OPTIONS_SHOWN = 8;

/** Active people matching `q` (name or e-mail): the candidates to own an action item. */
export function getPeopleOptions(
  coalitionId: string,
  q: string,
  signal?: AbortSignal,
): Promise<Page<PersonDto>> {
  return api.get<Page<PersonDto>>(`/coalitions/${coalitionId}/people`, {
    signal,
    // Only active people: giving an item to someone who is leaving makes it orphaned again.
    query: { q: q.trim(), status: 'active', sort: 'name', pageSize: OPTIONS_SHOWN },
  });
}

export function peopleOptionsQueryOptions(coalitionId: string, q: string) {
  return queryOptions({
    queryKey: actionItemKeys.people(coalitionId, q.trim()),
    queryFn: ({ signal }) => getPeopleOptions(coalitionId, q, signal),
  });
}

export function usePeopleOptions(coalitionId: string, q: string, enabled: boolean) {
  return useQuery({
    ...peopleOptionsQueryOptions(coalitionId, q),
    enabled,
    placeholderData: keepPreviousData,
  });
}

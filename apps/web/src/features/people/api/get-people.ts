import type { Page, PersonDto, PersonListQuery } from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

export function getPeople(
  coalitionId: string,
  filters: PersonListQuery,
  signal?: AbortSignal,
): Promise<Page<PersonDto>> {
  return api.get<Page<PersonDto>>(`/coalitions/${coalitionId}/people`, {
    query: { ...filters },
    signal,
  });
}

export function peopleQueryOptions(coalitionId: string, filters: PersonListQuery) {
  return queryOptions({
    queryKey: peopleKeys.list(coalitionId, filters),
    queryFn: ({ signal }) => getPeople(coalitionId, filters, signal),
  });
}

export function usePeople(coalitionId: string, filters: PersonListQuery) {
  return useQuery({
    ...peopleQueryOptions(coalitionId, filters),
    placeholderData: keepPreviousData,
  });
}

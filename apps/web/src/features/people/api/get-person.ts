import type { PersonDetailDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

export function getPerson(
  coalitionId: string,
  id: string,
  signal?: AbortSignal,
): Promise<PersonDetailDto> {
  return api.get<PersonDetailDto>(`/coalitions/${coalitionId}/people/${id}`, { signal });
}

export function personQueryOptions(coalitionId: string, id: string) {
  return queryOptions({
    queryKey: peopleKeys.detail(coalitionId, id),
    queryFn: ({ signal }) => getPerson(coalitionId, id, signal),
  });
}

export function usePerson(coalitionId: string, id: string) {
  return useQuery(personQueryOptions(coalitionId, id));
}

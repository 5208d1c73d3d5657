import type { PersonDetailDto } from '@regiokracht/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { portalKeys } from './portal-keys';

export function getPerson(
  coalitionId: string,
  id: string,
  signal?: AbortSignal,
): Promise<PersonDetailDto> {
  return api.get<PersonDetailDto>(`/coalitions/${coalitionId}/people/${id}`, { signal });
}

/** Fetched fresh (staleTime 0) to retry an edit on top of the current version after a 409. */
export function personQueryOptions(coalitionId: string, id: string) {
  return queryOptions({
    queryKey: portalKeys.person(coalitionId, id),
    queryFn: ({ signal }) => getPerson(coalitionId, id, signal),
    staleTime: 0,
  });
}

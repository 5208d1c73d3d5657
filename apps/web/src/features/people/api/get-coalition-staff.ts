import type { Page, PersonDto } from '@regiokracht/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { peopleKeys } from './people-keys';

/**
 * The coalition's own staff: active people without an organisation. The people endpoint has no
 * filter for "no organisation", so this reads the active people and keeps those.
 */
export async function getCoalitionStaff(
  coalitionId: string,
  signal?: AbortSignal,
): Promise<PersonDto[]> {
  const people = await fetchAllPages((page, pageSize) =>
    api.get<Page<PersonDto>>(`/coalitions/${coalitionId}/people`, {
      query: { status: 'active', page, pageSize, sort: 'name' },
      signal,
    }),
  );
  return people.filter((person) => person.organisationId === null);
}

export function useCoalitionStaff(coalitionId: string, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.staff(coalitionId),
    queryFn: ({ signal }) => getCoalitionStaff(coalitionId, signal),
    // Staff changes rarely; the pick-lists open often.
    staleTime: 5 * 60_000,
    enabled,
  });
}

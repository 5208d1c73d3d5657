import type { Page, PersonDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { actionItemKeys } from './action-item-keys';

/**
 * The person record of the signed-in user in this coalition: the person whose e-mail equals the
 * account's. Null when the coalition has no such person (e.g. a viewer who is not staff).
 */
export async function getMyPerson(
  coalitionId: string,
  email: string,
  signal?: AbortSignal,
): Promise<PersonDto | null> {
  const page = await api.get<Page<PersonDto>>(`/coalitions/${coalitionId}/people`, {
    signal,
    query: { q: email, pageSize: 20 },
  });
  const wanted = email.trim().toLowerCase();
  // `q` also matches parts of names and other addresses; only an exact e-mail counts.
  return page.items.find((person) => person.email?.trim().toLowerCase() === wanted) ?? null;
}

export function myPersonQueryOptions(coalitionId: string, email: string) {
  return queryOptions({
    queryKey: actionItemKeys.myPerson(coalitionId, email),
    queryFn: ({ signal }) => getMyPerson(coalitionId, email, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMyPerson(coalitionId: string, email: string) {
  return useQuery(myPersonQueryOptions(coalitionId, email));
}

import type { Page, PersonDto } from '@regiokracht/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { peopleKeys } from './people-keys';

/** The organisation's people, key contacts first would need a sort the API lacks: by name. */
export function getOrganisationPeople(
  coalitionId: string,
  organisationId: string,
  signal?: AbortSignal,
): Promise<PersonDto[]> {
  return fetchAllPages((page, pageSize) =>
    api.get<Page<PersonDto>>(`/coalitions/${coalitionId}/people`, {
      query: { organisationId, page, pageSize, sort: 'name' },
      signal,
    }),
  );
}

export function useOrganisationPeople(coalitionId: string, organisationId: string) {
  return useQuery({
    queryKey: peopleKeys.everything(coalitionId, { organisationId }),
    queryFn: ({ signal }) => getOrganisationPeople(coalitionId, organisationId, signal),
  });
}

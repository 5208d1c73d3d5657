import { MAX_PAGE_SIZE, type OrganisationDto, type Page } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { memberKeys } from './member-keys';

export interface OrganisationOption {
  id: string;
  name: string;
}

/** Organisations a partner can act for, by name. */
export async function getOrganisationOptions(
  coalitionId: string,
  signal?: AbortSignal,
): Promise<OrganisationOption[]> {
  const page = await api.get<Page<OrganisationDto>>(`/coalitions/${coalitionId}/organisations`, {
    signal,
    query: { sort: 'name', pageSize: MAX_PAGE_SIZE },
  });
  return page.items.map(({ id, name }) => ({ id, name }));
}

export function useOrganisationOptions(coalitionId: string) {
  return useQuery(
    queryOptions({
      queryKey: memberKeys.organisations(coalitionId),
      queryFn: ({ signal }) => getOrganisationOptions(coalitionId, signal),
      staleTime: 5 * 60_000,
    }),
  );
}

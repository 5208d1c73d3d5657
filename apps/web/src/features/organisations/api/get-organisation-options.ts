import type { OrganisationDto, Page } from '@regiokracht/shared';
import { MAX_PAGE_SIZE } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { organisationKeys } from './organisation-keys';

export interface OrganisationOption {
  id: string;
  name: string;
}

/** The coalition's organisations by name, for filters and pickers (a coalition has hundreds at most). */
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

export function organisationOptionsQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: organisationKeys.options(coalitionId),
    queryFn: ({ signal }) => getOrganisationOptions(coalitionId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useOrganisationOptions(coalitionId: string) {
  return useQuery(organisationOptionsQueryOptions(coalitionId));
}

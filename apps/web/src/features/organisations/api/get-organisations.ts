import type { OrganisationDto, Page } from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { organisationKeys, type OrganisationListFilters } from './organisation-keys';

export function getOrganisations(
  coalitionId: string,
  filters: OrganisationListFilters,
  signal?: AbortSignal,
): Promise<Page<OrganisationDto>> {
  return api.get<Page<OrganisationDto>>(`/coalitions/${coalitionId}/organisations`, {
    query: { ...filters },
    signal,
  });
}

export function organisationsQueryOptions(coalitionId: string, filters: OrganisationListFilters) {
  return queryOptions({
    queryKey: organisationKeys.list(coalitionId, filters),
    queryFn: ({ signal }) => getOrganisations(coalitionId, filters, signal),
  });
}

/** One page, as the server filters, sorts and pages it; the previous page stays while the next loads. */
export function useOrganisations(
  coalitionId: string,
  filters: OrganisationListFilters,
  enabled = true,
) {
  return useQuery({
    ...organisationsQueryOptions(coalitionId, filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every organisation matching the server-side filters (page and sort are ignored). */
export function useAllOrganisations(
  coalitionId: string,
  filters: Omit<OrganisationListFilters, 'page' | 'pageSize' | 'sort'> = {},
  enabled = true,
) {
  return useQuery({
    queryKey: organisationKeys.everything(coalitionId, filters),
    queryFn: ({ signal }) =>
      fetchAllPages((page, pageSize) =>
        getOrganisations(coalitionId, { ...filters, page, pageSize, sort: 'name' }, signal),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

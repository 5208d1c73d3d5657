import type { OrganisationInsightDto, OrganisationInsightsPage } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { dashboardKeys } from './dashboard-keys';

/** Every current organisation's engagement, series and succession factors. */
export function getOrganisationInsights(
  coalitionId: string,
  signal?: AbortSignal,
): Promise<OrganisationInsightDto[]> {
  return fetchAllPages((page, pageSize) =>
    api.get<OrganisationInsightsPage>(`/coalitions/${coalitionId}/insights/organisations`, {
      query: { page, pageSize, sort: 'name' },
      signal,
    }),
  );
}

export function organisationInsightsQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: dashboardKeys.organisations(coalitionId),
    queryFn: ({ signal }) => getOrganisationInsights(coalitionId, signal),
  });
}

export function useOrganisationInsights(coalitionId: string) {
  return useQuery(organisationInsightsQueryOptions(coalitionId));
}

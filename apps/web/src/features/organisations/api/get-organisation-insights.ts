import type { OrganisationInsightDto, OrganisationInsightsPage } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { organisationKeys } from './organisation-keys';

export function getOrganisationInsightsPage(
  coalitionId: string,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<OrganisationInsightsPage> {
  return api.get<OrganisationInsightsPage>(`/coalitions/${coalitionId}/insights/organisations`, {
    query: { page, pageSize, sort: 'name' },
    signal,
  });
}

/**
 * Engagement and succession of every current organisation, by id. Fetched once per coalition and
 * joined to lists and pages on the client: the organisations endpoint knows nothing of health.
 */
export function organisationInsightsQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: organisationKeys.insights(coalitionId),
    queryFn: async ({ signal }) => {
      const items = await fetchAllPages((page, pageSize) =>
        getOrganisationInsightsPage(coalitionId, page, pageSize, signal),
      );
      return new Map<string, OrganisationInsightDto>(items.map((i) => [i.organisationId, i]));
    },
  });
}

export function useOrganisationInsights(coalitionId: string) {
  return useQuery(organisationInsightsQueryOptions(coalitionId));
}

import type { OrganisationInsightDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getOrganisationInsights } from '../../dashboard/api/get-organisation-insights';
import { organisationKeys } from './organisation-keys';

/**
 * Engagement and succession of every current organisation, by id. Fetched once per coalition and
 * joined to lists and pages on the client: the organisations endpoint knows nothing of health.
 */
export function organisationInsightsQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: organisationKeys.insights(coalitionId),
    queryFn: async ({ signal }) => {
      const items = await getOrganisationInsights(coalitionId, signal);
      return new Map<string, OrganisationInsightDto>(items.map((i) => [i.organisationId, i]));
    },
  });
}

export function useOrganisationInsights(coalitionId: string) {
  return useQuery(organisationInsightsQueryOptions(coalitionId));
}

import type { OrganisationInsightDto } from '@regiokracht/shared';
import { useQuery } from '@tanstack/react-query';
import { organisationInsightsQueryOptions } from '../../dashboard/api/get-organisation-insights';

function byOrganisation(items: OrganisationInsightDto[]): Map<string, OrganisationInsightDto> {
  return new Map(items.map((insight) => [insight.organisationId, insight]));
}

/**
 * Engagement and succession of every current organisation, by id: the dashboard's query (one
 * request and one cache entry for both), joined to lists and pages on the client, as the
 * organisations endpoint knows nothing of health.
 */
export function useOrganisationInsights(coalitionId: string) {
  return useQuery({ ...organisationInsightsQueryOptions(coalitionId), select: byOrganisation });
}

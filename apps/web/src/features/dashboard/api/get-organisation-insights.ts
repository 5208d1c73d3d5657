import {
  MAX_PAGE_SIZE,
  type OrganisationInsightDto,
  type OrganisationInsightsPage,
} from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './dashboard-keys';

const MAX_PAGES = 25;

/** Every current organisation's engagement, series and succession factors. */
export async function getOrganisationInsights(
  coalitionId: string,
  signal?: AbortSignal,
): Promise<OrganisationInsightDto[]> {
  const items: OrganisationInsightDto[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const answer = await api.get<OrganisationInsightsPage>(
      `/coalitions/${coalitionId}/insights/organisations`,
      { query: { page, pageSize: MAX_PAGE_SIZE, sort: 'name' }, signal },
    );
    items.push(...answer.items);
    if (items.length >= answer.total || answer.items.length === 0) break;
  }
  return items;
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

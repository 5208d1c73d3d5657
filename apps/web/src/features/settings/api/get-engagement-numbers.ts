import {
  MAX_PAGE_SIZE,
  type CoalitionSettings,
  type OrganisationInsightsPage,
} from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys } from './settings-keys';

/** What the preview needs of one organisation: the inputs of `engagementHealth`. */
export interface EngagementNumbers {
  organisationId: string;
  name: string;
  score: number;
  peak: number;
  daysSinceLastInteraction: number | null;
}

export interface EngagementSnapshot {
  asOf: string;
  /** The settings the API computed the scores with. */
  settings: CoalitionSettings;
  organisations: EngagementNumbers[];
}

/** Every organisation's current engagement, page by page (hundreds at most). */
export async function getEngagementNumbers(
  coalitionId: string,
  signal?: AbortSignal,
): Promise<EngagementSnapshot> {
  const organisations: EngagementNumbers[] = [];
  let first: OrganisationInsightsPage | null = null;
  for (let page = 1; ; page++) {
    const asOf: string | undefined = first?.asOf;
    const result: OrganisationInsightsPage = await api.get<OrganisationInsightsPage>(
      `/coalitions/${coalitionId}/insights/organisations`,
      // One instant for every page, so the pages agree with each other.
      { signal, query: { page, pageSize: MAX_PAGE_SIZE, sort: 'name', asOf } },
    );
    first ??= result;
    organisations.push(
      ...result.items.map((item) => ({
        organisationId: item.organisationId,
        name: item.name,
        score: item.engagement.score,
        peak: item.engagement.peak,
        daysSinceLastInteraction: item.engagement.daysSinceLastInteraction,
      })),
    );
    if (result.items.length === 0 || organisations.length >= result.total) break;
  }
  return { asOf: first.asOf, settings: first.settings, organisations };
}

export function engagementNumbersQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: settingsKeys.engagement(coalitionId),
    queryFn: ({ signal }) => getEngagementNumbers(coalitionId, signal),
  });
}

export function useEngagementNumbers(coalitionId: string) {
  return useQuery(engagementNumbersQueryOptions(coalitionId));
}

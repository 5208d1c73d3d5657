import type { OrganisationListQuery } from '@regiokracht/shared';

export type OrganisationListFilters = Omit<OrganisationListQuery, 'relationshipOwnerId'>;

/**
 * The organisations themselves. What an organisation's page shows of other resources (people,
 * commitments, action items, benefits, insights) lives in those resources' own key trees.
 */
export const organisationKeys = {
  all: ['organisations'] as const,
  lists: () => [...organisationKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: OrganisationListFilters) =>
    [...organisationKeys.lists(), coalitionId, filters] as const,
  /** Every organisation of the coalition, fetched page by page (pickers, client-side filters). */
  everything: (coalitionId: string, filters: OrganisationListFilters) =>
    [...organisationKeys.lists(), coalitionId, 'all', filters] as const,
  /** Id and name of every organisation, for filters and pickers. */
  options: (coalitionId: string) => [...organisationKeys.lists(), coalitionId, 'options'] as const,
  details: () => [...organisationKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) =>
    [...organisationKeys.details(), coalitionId, id] as const,
};

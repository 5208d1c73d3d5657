import type { OrganisationListQuery } from '@regiokracht/shared';

export type OrganisationListFilters = Omit<OrganisationListQuery, 'relationshipOwnerId'>;

/** Everything that belongs to one organisation's page, cached below its detail key. */
export type OrganisationRelated = 'people' | 'commitments' | 'benefits' | 'action-items';

export const organisationKeys = {
  all: ['organisations'] as const,
  lists: () => [...organisationKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: OrganisationListFilters) =>
    [...organisationKeys.lists(), coalitionId, filters] as const,
  /** Every organisation of the coalition, fetched page by page (pickers, client-side filters). */
  everything: (coalitionId: string, filters: OrganisationListFilters) =>
    [...organisationKeys.lists(), coalitionId, 'all', filters] as const,
  details: () => [...organisationKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) =>
    [...organisationKeys.details(), coalitionId, id] as const,
  related: (coalitionId: string, id: string, related: OrganisationRelated) =>
    [...organisationKeys.detail(coalitionId, id), related] as const,
  /** Engagement and succession of every organisation (GET insights/organisations). */
  insights: (coalitionId: string) => [...organisationKeys.all, 'insights', coalitionId] as const,
  /** Coalition staff: people without an organisation (participants, owners). */
  staff: (coalitionId: string) => [...organisationKeys.all, 'staff', coalitionId] as const,
};

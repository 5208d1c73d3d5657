import type { PersonListQuery } from '@regiokracht/shared';

export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: PersonListQuery) =>
    [...peopleKeys.lists(), coalitionId, filters] as const,
  /** Every person of one organisation, fetched page by page (the organisation's page). */
  everything: (coalitionId: string, filters: { organisationId: string }) =>
    [...peopleKeys.lists(), coalitionId, 'all', filters] as const,
  /** Coalition staff: active people without an organisation (participants, owners). */
  staff: (coalitionId: string) => [...peopleKeys.lists(), coalitionId, 'staff'] as const,
  details: () => [...peopleKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) => [...peopleKeys.details(), coalitionId, id] as const,
};

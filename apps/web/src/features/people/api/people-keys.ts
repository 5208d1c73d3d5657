import type { PersonListQuery } from '@regiokracht/shared';

export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: PersonListQuery) =>
    [...peopleKeys.lists(), coalitionId, filters] as const,
  details: () => [...peopleKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) => [...peopleKeys.details(), coalitionId, id] as const,
  /** Who holds what (GET insights/responsibilities), for "what they hold". */
  responsibilities: (coalitionId: string) =>
    [...peopleKeys.all, 'responsibilities', coalitionId] as const,
};

import type { InteractionListQuery } from '@regiokracht/shared';

export const interactionKeys = {
  all: ['interactions'] as const,
  lists: () => [...interactionKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: InteractionListQuery) =>
    [...interactionKeys.lists(), coalitionId, filters] as const,
  details: () => [...interactionKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) =>
    [...interactionKeys.details(), coalitionId, id] as const,
};

import type { ListHandoversQuery } from '@regiokracht/shared';

export const handoverKeys = {
  all: ['handovers'] as const,
  lists: () => [...handoverKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: ListHandoversQuery) =>
    [...handoverKeys.lists(), coalitionId, filters] as const,
  details: () => [...handoverKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) =>
    [...handoverKeys.details(), coalitionId, id] as const,
  /** People to hand over from or to; not handovers, but they change when one completes. */
  people: (coalitionId: string) => [...handoverKeys.all, 'people', coalitionId] as const,
};

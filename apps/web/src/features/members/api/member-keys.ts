export const memberKeys = {
  all: ['members'] as const,
  lists: () => [...memberKeys.all, 'list'] as const,
  list: (coalitionId: string) => [...memberKeys.lists(), coalitionId] as const,
  details: () => [...memberKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) => [...memberKeys.details(), coalitionId, id] as const,
  organisations: (coalitionId: string) =>
    [...memberKeys.all, 'organisations', coalitionId] as const,
};

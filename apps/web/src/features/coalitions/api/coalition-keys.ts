export const coalitionKeys = {
  all: ['coalitions'] as const,
  lists: () => [...coalitionKeys.all, 'list'] as const,
  list: () => [...coalitionKeys.lists()] as const,
  details: () => [...coalitionKeys.all, 'detail'] as const,
  detail: (coalitionId: string) => [...coalitionKeys.details(), coalitionId] as const,
};

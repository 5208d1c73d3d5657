export const importKeys = {
  all: ['imports'] as const,
  details: () => [...importKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) => [...importKeys.details(), coalitionId, id] as const,
};

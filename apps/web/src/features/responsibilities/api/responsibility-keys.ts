export const responsibilityKeys = {
  all: ['responsibilities'] as const,
  details: () => [...responsibilityKeys.all, 'detail'] as const,
  /** One answer per coalition: everybody's holdings and what nobody holds. */
  detail: (coalitionId: string) => [...responsibilityKeys.details(), coalitionId] as const,
};

export const benefitKeys = {
  all: ['benefits'] as const,
  lists: () => [...benefitKeys.all, 'list'] as const,
  /** Every benefit one organisation received, fetched page by page. */
  everything: (coalitionId: string, filters: { organisationId: string }) =>
    [...benefitKeys.lists(), coalitionId, 'all', filters] as const,
};

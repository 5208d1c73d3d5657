import type { CommitmentFilters } from './get-commitments';

export const commitmentKeys = {
  all: ['commitments'] as const,
  lists: () => [...commitmentKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: CommitmentFilters) =>
    [...commitmentKeys.lists(), coalitionId, filters] as const,
  /** Every commitment matching the filters, summed by kind; a list, so it refreshes with them. */
  overview: (coalitionId: string, filters: CommitmentFilters) =>
    [...commitmentKeys.lists(), 'overview', coalitionId, filters] as const,
  details: () => [...commitmentKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) =>
    [...commitmentKeys.details(), coalitionId, id] as const,
  fairShare: (coalitionId: string, period: { from?: string; to?: string }) =>
    [...commitmentKeys.all, 'fair-share', coalitionId, period] as const,
  organisations: (coalitionId: string) =>
    [...commitmentKeys.all, 'organisations', coalitionId] as const,
};

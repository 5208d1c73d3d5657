import type { CommitmentKind, CommitmentStatus } from '@regiokracht/shared';

export interface CommitmentFilters {
  kind?: CommitmentKind;
  status?: CommitmentStatus;
  organisationId?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

export const commitmentKeys = {
  all: ['commitments'] as const,
  lists: () => [...commitmentKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: CommitmentFilters) =>
    [...commitmentKeys.lists(), coalitionId, filters] as const,
  /** Every commitment of one organisation, fetched page by page (the organisation's page). */
  everything: (coalitionId: string, filters: { organisationId: string }) =>
    [...commitmentKeys.lists(), coalitionId, 'all', filters] as const,
  /** Every commitment matching the filters, summed by kind; a list, so it refreshes with them. */
  overview: (coalitionId: string, filters: CommitmentFilters) =>
    [...commitmentKeys.lists(), 'overview', coalitionId, filters] as const,
  details: () => [...commitmentKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) =>
    [...commitmentKeys.details(), coalitionId, id] as const,
  fairShare: (coalitionId: string, period: { from?: string; to?: string }) =>
    [...commitmentKeys.all, 'fair-share', coalitionId, period] as const,
};

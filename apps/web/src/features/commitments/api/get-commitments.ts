import type { CommitmentDto, Page } from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { commitmentKeys, type CommitmentFilters } from './commitment-keys';

export function getCommitments(
  coalitionId: string,
  filters: CommitmentFilters,
  signal?: AbortSignal,
): Promise<Page<CommitmentDto>> {
  return api.get<Page<CommitmentDto>>(`/coalitions/${coalitionId}/commitments`, {
    signal,
    query: { ...filters },
  });
}

export function commitmentsQueryOptions(coalitionId: string, filters: CommitmentFilters) {
  return queryOptions({
    queryKey: commitmentKeys.list(coalitionId, filters),
    queryFn: ({ signal }) => getCommitments(coalitionId, filters, signal),
  });
}

export function useCommitments(coalitionId: string, filters: CommitmentFilters) {
  return useQuery({
    ...commitmentsQueryOptions(coalitionId, filters),
    placeholderData: keepPreviousData,
  });
}

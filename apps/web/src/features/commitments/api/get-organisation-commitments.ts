import type { CommitmentDto, Page } from '@regiokracht/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { commitmentKeys } from './commitment-keys';

export function getOrganisationCommitments(
  coalitionId: string,
  organisationId: string,
  signal?: AbortSignal,
): Promise<CommitmentDto[]> {
  return fetchAllPages((page, pageSize) =>
    api.get<Page<CommitmentDto>>(`/coalitions/${coalitionId}/commitments`, {
      query: { organisationId, page, pageSize },
      signal,
    }),
  );
}

export function useOrganisationCommitments(coalitionId: string, organisationId: string) {
  return useQuery({
    queryKey: commitmentKeys.everything(coalitionId, { organisationId }),
    queryFn: ({ signal }) => getOrganisationCommitments(coalitionId, organisationId, signal),
  });
}

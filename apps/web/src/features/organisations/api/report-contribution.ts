import type { ContributionDto, CreateContributionRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { organisationKeys } from './organisation-keys';

export function reportContribution(
  coalitionId: string,
  commitmentId: string,
  body: CreateContributionRequest,
): Promise<ContributionDto> {
  return api.post<ContributionDto>(
    `/coalitions/${coalitionId}/commitments/${commitmentId}/contributions`,
    body,
  );
}

export function useReportContribution(
  coalitionId: string,
  organisationId: string,
  commitmentId: string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateContributionRequest) =>
      reportContribution(coalitionId, commitmentId, body),
    // The commitment's delivered quantity grows.
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: organisationKeys.related(coalitionId, organisationId, 'commitments'),
      }),
  });
}

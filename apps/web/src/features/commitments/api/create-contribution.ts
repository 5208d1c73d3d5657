import type { ContributionDto, CreateContributionRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { commitmentKeys } from './commitment-keys';

export function createContribution(
  coalitionId: string,
  commitmentId: string,
  body: CreateContributionRequest,
): Promise<ContributionDto> {
  return api.post<ContributionDto>(
    `/coalitions/${coalitionId}/commitments/${commitmentId}/contributions`,
    body,
  );
}

export function useCreateContribution(coalitionId: string, commitmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateContributionRequest) =>
      createContribution(coalitionId, commitmentId, body),
    // Delivered totals, the overview and the fair-share index all move.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commitmentKeys.all }),
  });
}

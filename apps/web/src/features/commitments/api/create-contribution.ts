import type { ContributionDto, CreateContributionRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';

/**
 * A delivery on a commitment: staff report it in the commitments overview and on an
 * organisation's page, a partner on one of its own commitments in the portal (the API marks it
 * as the partner's).
 */
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
    // Delivered totals, the overview, the fair-share index and the partner's figures all move.
    onSuccess: () => invalidateAfterWrite(queryClient, 'contributions'),
  });
}

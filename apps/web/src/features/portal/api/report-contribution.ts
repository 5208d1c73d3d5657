import type { ContributionDto, CreateContributionRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { portalKeys } from './portal-keys';

/** A partner reports a delivery on one of its own commitments (the API marks it as the partner's). */
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

export function useReportContribution(coalitionId: string, commitmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateContributionRequest) =>
      reportContribution(coalitionId, commitmentId, body),
    // Delivered figures, the fair-share index and the comparison all move.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.details() }),
  });
}

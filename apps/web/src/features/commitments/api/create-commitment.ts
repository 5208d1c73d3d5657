import type { CommitmentDto, CreateCommitmentRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { commitmentKeys } from './commitment-keys';

export function createCommitment(
  coalitionId: string,
  body: CreateCommitmentRequest,
): Promise<CommitmentDto> {
  return api.post<CommitmentDto>(`/coalitions/${coalitionId}/commitments`, body);
}

export function useCreateCommitment(coalitionId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<CreateCommitmentRequest, 'organisationId'>) =>
      createCommitment(coalitionId, { ...body, organisationId }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: commitmentKeys.lists() }),
        invalidateAfterWrite(queryClient, 'commitments'),
      ]),
  });
}

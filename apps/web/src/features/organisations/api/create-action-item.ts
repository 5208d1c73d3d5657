import type { ActionItemDto, CreateActionItemRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { organisationKeys } from './organisation-keys';

export function createActionItem(
  coalitionId: string,
  body: CreateActionItemRequest,
): Promise<ActionItemDto> {
  return api.post<ActionItemDto>(`/coalitions/${coalitionId}/action-items`, body);
}

export function useCreateActionItem(coalitionId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<CreateActionItemRequest, 'organisationId'>) =>
      createActionItem(coalitionId, { ...body, organisationId }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: organisationKeys.related(coalitionId, organisationId, 'action-items'),
        }),
        // An owned item can end an orphaned-actions factor.
        queryClient.invalidateQueries({ queryKey: organisationKeys.insights(coalitionId) }),
      ]),
  });
}

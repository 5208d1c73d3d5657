import type { ActionItemDto, CreateActionItemRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { actionItemKeys } from './action-item-keys';

export function createActionItem(
  coalitionId: string,
  body: CreateActionItemRequest,
): Promise<ActionItemDto> {
  return api.post<ActionItemDto>(`/coalitions/${coalitionId}/action-items`, body);
}

export function useCreateActionItem(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateActionItemRequest) => createActionItem(coalitionId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: actionItemKeys.lists() }),
        invalidateAfterWrite(queryClient, 'action-items'),
      ]),
  });
}

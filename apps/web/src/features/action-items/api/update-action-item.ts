import type { ActionItemDto, UpdateActionItemRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { actionItemKeys } from './action-item-keys';
import { getActionItem } from './get-action-item';

export type ActionItemChanges = Omit<UpdateActionItemRequest, 'version'>;

export function updateActionItem(
  coalitionId: string,
  id: string,
  body: UpdateActionItemRequest,
): Promise<ActionItemDto> {
  return api.patch<ActionItemDto>(`/coalitions/${coalitionId}/action-items/${id}`, body);
}

export interface UpdateActionItemVariables {
  id: string;
  /** The version the user saw; a stale one answers 409. */
  version: number;
  changes: ActionItemChanges;
  /**
   * After a 409 the user chose "reload and retry": read the current version first and apply the
   * same changes on top of it.
   */
  reload?: boolean;
}

export function useUpdateActionItem(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, changes, reload }: UpdateActionItemVariables) => {
      const current = reload ? (await getActionItem(coalitionId, id)).version : version;
      return updateActionItem(coalitionId, id, { ...changes, version: current });
    },
    onSuccess: (item) => {
      queryClient.setQueryData(actionItemKeys.detail(coalitionId, item.id), item);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: actionItemKeys.lists() }),
        invalidateAfterWrite(queryClient, 'action-items'),
      ]);
    },
  });
}

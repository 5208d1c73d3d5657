import type {
  BulkAssignActionItemsRequest,
  BulkAssignActionItemsResponse,
} from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { actionItemKeys } from './action-item-keys';
import { getActionItem } from './get-action-item';

export function bulkAssignActionItems(
  coalitionId: string,
  body: BulkAssignActionItemsRequest,
): Promise<BulkAssignActionItemsResponse> {
  return api.post<BulkAssignActionItemsResponse>(
    `/coalitions/${coalitionId}/action-items/bulk-assign`,
    body,
  );
}

export interface BulkAssignVariables extends BulkAssignActionItemsRequest {
  /** After a 409: read every item's current version first, then assign the same owner. */
  reload?: boolean;
}

export function useBulkAssignActionItems(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ items, ownerId, reload }: BulkAssignVariables) => {
      const current = reload
        ? await Promise.all(
            items.map(async ({ id }) => {
              const fresh = await getActionItem(coalitionId, id);
              return { id, version: fresh.version };
            }),
          )
        : items;
      return bulkAssignActionItems(coalitionId, { items: current, ownerId });
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: actionItemKeys.all }),
        invalidateAfterWrite(queryClient, 'action-items'),
      ]),
  });
}

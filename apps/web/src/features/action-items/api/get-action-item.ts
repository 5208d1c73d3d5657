import type { ActionItemDto } from '@regiokracht/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { actionItemKeys } from './action-item-keys';

export function getActionItem(
  coalitionId: string,
  id: string,
  signal?: AbortSignal,
): Promise<ActionItemDto> {
  return api.get<ActionItemDto>(`/coalitions/${coalitionId}/action-items/${id}`, { signal });
}

/** Used to reload an item after a 409, so a retry carries the current version. */
export function actionItemQueryOptions(coalitionId: string, id: string) {
  return queryOptions({
    queryKey: actionItemKeys.detail(coalitionId, id),
    queryFn: ({ signal }) => getActionItem(coalitionId, id, signal),
    staleTime: 0,
  });
}

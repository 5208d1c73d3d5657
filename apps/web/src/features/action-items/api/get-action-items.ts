import type { ActionItemDto, Page } from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { actionItemKeys, type ActionItemFilters } from './action-item-keys';

export function getActionItems(
  coalitionId: string,
  filters: ActionItemFilters,
  signal?: AbortSignal,
): Promise<Page<ActionItemDto>> {
  const { status, unowned, orphaned, overdue, ...rest } = filters;
  return api.get<Page<ActionItemDto>>(`/coalitions/${coalitionId}/action-items`, {
    signal,
    query: {
      ...rest,
      // The API reads only `true`; leaving the others out keeps URLs and cache keys short.
      unowned: unowned || undefined,
      orphaned: orphaned || undefined,
      overdue: overdue || undefined,
      status: status?.length ? status.join(',') : undefined,
    },
  });
}

export function actionItemsQueryOptions(coalitionId: string, filters: ActionItemFilters) {
  return queryOptions({
    queryKey: actionItemKeys.list(coalitionId, filters),
    queryFn: ({ signal }) => getActionItems(coalitionId, filters, signal),
  });
}

export function useActionItems(
  coalitionId: string,
  filters: ActionItemFilters,
  { enabled = true }: { enabled?: boolean } = {},
) {
  // The previous page stays on screen while the next filter loads: no flashing skeletons.
  return useQuery({
    ...actionItemsQueryOptions(coalitionId, filters),
    enabled,
    placeholderData: keepPreviousData,
  });
}

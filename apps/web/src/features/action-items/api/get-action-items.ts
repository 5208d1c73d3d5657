import type {
  ActionItemDto,
  ActionItemPriority,
  ActionItemStatus,
  Page,
} from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { actionItemKeys } from './action-item-keys';

/** The query of `GET action-items`; every field is optional, booleans only filter when true. */
export interface ActionItemFilters {
  ownerId?: string;
  unowned?: boolean;
  orphaned?: boolean;
  overdue?: boolean;
  status?: readonly ActionItemStatus[];
  priority?: ActionItemPriority;
  organisationId?: string;
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

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

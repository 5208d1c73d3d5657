import type { NotificationsPage } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationKeys, type NotificationFilters } from './notification-keys';

/** How many the bell's panel lists: a month of daily digests in two coalitions. */
export const PANEL_PAGE_SIZE = 60;

/** The digest is made once a day; a few minutes' delay in showing it is fine. */
const REFRESH_MS = 5 * 60_000;

export function getNotifications(
  filters: NotificationFilters,
  signal?: AbortSignal,
): Promise<NotificationsPage> {
  return api.get<NotificationsPage>('/notifications', {
    signal,
    query: { unreadOnly: filters.unreadOnly || undefined, pageSize: filters.pageSize },
  });
}

export function notificationsQueryOptions(filters: NotificationFilters) {
  return queryOptions({
    queryKey: notificationKeys.list(filters),
    queryFn: ({ signal }) => getNotifications(filters, signal),
    refetchInterval: REFRESH_MS,
    staleTime: 60_000,
  });
}

export function useNotifications(filters: NotificationFilters = { pageSize: PANEL_PAGE_SIZE }) {
  return useQuery(notificationsQueryOptions(filters));
}

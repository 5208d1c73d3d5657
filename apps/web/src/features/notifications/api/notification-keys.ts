export interface NotificationFilters {
  unreadOnly?: boolean;
  pageSize?: number;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (filters: NotificationFilters) => [...notificationKeys.lists(), filters] as const,
  /** The signed-in user's preferences (the e-mail switch); they live next to the notifications. */
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
};

import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Skeleton } from '../../../components/ui/skeleton';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { DigestNotification } from './digest-notification';
import { EmailDigestToggle } from './email-digest-toggle';

export interface NotificationPanelProps {
  id: string;
  /** Called when the user follows a link out of the panel. */
  onNavigate: () => void;
}

export function NotificationPanel({ id, onNavigate }: NotificationPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const unread = notifications.data?.unread ?? 0;

  // Opening moves the reader into the panel; Escape (in the bell) brings them back.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section id={id} className="notification-panel" aria-labelledby={headingId}>
      <header className="notification-panel__header">
        <h2 id={headingId} className="notification-panel__title" tabIndex={-1} ref={headingRef}>
          {t('notifications.title')}
        </h2>
        {unread > 0 && (
          <Button
            size="sm"
            variant="ghost"
            pending={markAllRead.isPending}
            onClick={() => markAllRead.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
      </header>
      <div className="notification-panel__body" aria-busy={notifications.isPending || undefined}>
        {notifications.isPending ? (
          <div className="notification-panel__loading">
            <Skeleton height={96} />
            <Skeleton height={96} />
          </div>
        ) : notifications.isError ? (
          <div className="notification-panel__message" role="alert">
            <p>{t('notifications.loadFailed')}</p>
            <Button size="sm" onClick={() => void notifications.refetch()}>
              {t('notifications.retry')}
            </Button>
          </div>
        ) : notifications.data.items.length === 0 ? (
          <div className="notification-panel__message">
            <p className="notification-panel__empty-title">{t('notifications.emptyTitle')}</p>
            <p>{t('notifications.emptyDescription')}</p>
          </div>
        ) : (
          <ul className="notification-panel__list">
            {notifications.data.items.map((notification) => (
              <DigestNotification
                key={notification.id}
                notification={notification}
                onMarkRead={() => markRead.mutate(notification.id)}
                onNavigate={() => {
                  if (notification.readAt === null) markRead.mutate(notification.id);
                  onNavigate();
                }}
              />
            ))}
          </ul>
        )}
        {(markRead.isError || markAllRead.isError) && (
          <p className="notification-panel__error" role="alert">
            {t('notifications.markFailed')}
          </p>
        )}
      </div>
      <footer className="notification-panel__footer">
        <EmailDigestToggle />
      </footer>
    </section>
  );
}
